// Browser tests for the copydesk web page (GET /) and Swagger UI (GET /swagger-ui/), in headless
// Debian Chromium driven by playwright-core. Run: `npm ci && node --test` in tests/browser, or
// tests/browser/run.sh from anywhere.
//
// Environment:
//   COPYDESK_BIN     binary to start (default: ../../target/release/copydesk, relative to this file)
//   COPYDESK_URL     use an already running server instead of starting the binary
//   CHROMIUM_PATH    browser executable (default: /usr/bin/chromium)
//
// Only loopback traffic is allowed: every other request the page makes is aborted, and counted as
// a failure.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../..');
const outDir = resolve(repoRoot, 'target/browser');
const bin = process.env.COPYDESK_BIN ? resolve(process.env.COPYDESK_BIN) : resolve(here, '../../target/release/copydesk');
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

let server;
let serverLog = '';
let baseUrl;
let browser;
const offLoopback = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.unref();
    s.on('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });
}

async function waitReady(url, ms) {
  const deadline = Date.now() + ms;
  let last;
  while (Date.now() < deadline) {
    if (server && server.exitCode !== null) throw new Error(`copydesk exited with ${server.exitCode}:\n${serverLog}`);
    try {
      const r = await fetch(url + '/readyz');
      if (r.ok) return;
      last = `status ${r.status}`;
    } catch (e) {
      last = e.message;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`copydesk not ready at ${url} after ${ms} ms (${last}):\n${serverLog}`);
}

async function openApp(page) {
  const res = await page.goto(baseUrl + '/');
  assert.ok(res && res.ok(), `GET / answered ${res && res.status()}: the binary must serve web/index.html at /`);
}

async function newPage(viewport = { width: 1280, height: 900 }) {
  const context = await browser.newContext({ viewport });
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) || u.protocol === 'data:' || u.protocol === 'blob:') {
      return route.continue();
    }
    offLoopback.push(u.href);
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

before(async () => {
  mkdirSync(outDir, { recursive: true });
  if (process.env.COPYDESK_URL) {
    baseUrl = process.env.COPYDESK_URL.replace(/\/$/, '');
  } else {
    assert.ok(existsSync(bin), `copydesk binary not found at ${bin} (set COPYDESK_BIN)`);
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    server = spawn(bin, ['serve', '--addr', `127.0.0.1:${port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout.on('data', (d) => (serverLog += d));
    server.stderr.on('data', (d) => (serverLog += d));
  }
  await waitReady(baseUrl, 60_000);
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-quic',
    ],
  });
});

after(async () => {
  if (browser) await browser.close().catch(() => {});
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((r) => { server.once('exit', r); setTimeout(r, 3000); });
  }
});

// Every highlighted span on the page, reassembled from the non-overlapping <mark> segments (a
// span that overlaps others is split into several marks). Span ids say what a span is:
// "hedging:<category>:<n>", "summary:<n>", "bias:<kind>:<n>", "sourcing:<attribution id>:source|cue|content[:kind]".
function collectSpans(page) {
  return page.evaluate(() => {
    const spans = new Map();
    for (const m of document.querySelectorAll('#text mark')) {
      const labels = (m.getAttribute('data-label') || '').split('\n');
      for (const id of (m.getAttribute('data-spans') || '').split(' ').filter(Boolean)) {
        const s = spans.get(id) || { id, parts: id.split(':'), text: '', labels: new Set(), marks: 0 };
        s.text += m.textContent;
        s.marks += 1;
        labels.forEach((l) => s.labels.add(l));
        spans.set(id, s);
      }
    }
    return [...spans.values()].map((s) => ({ ...s, labels: [...s.labels] }));
  });
}

test('the page analyses the example article and highlights it', async () => {
  const { context, page, errors } = await newPage();
  try {
    await openApp(page);
    assert.match(await page.title(), /copydesk/i);
    const ex = await fetch(baseUrl + '/examples/kursk-deminers.txt');
    assert.equal(ex.status, 200, 'GET /examples/kursk-deminers.txt');
    await page.getByRole('button', { name: 'Load example' }).click();
    await page.waitForFunction(() => document.getElementById('input').value.includes('Peskov'));
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.waitForSelector('#results:not(.hidden) #text mark', { timeout: 30_000 });
    assert.equal(await page.locator('#error').isVisible(), false, 'no error shown');

    const text = await page.locator('#text').textContent();
    const example = await page.locator('#input').inputValue();
    assert.equal(text, example, 'the analysed text is the input, unchanged');

    const spans = await collectSpans(page);
    const layer = (name, sub) => spans.filter((s) => s.parts[0] === name && (sub === undefined || s.parts.includes(sub)));

    // "Analysts suggest" is a vague attribution.
    const vague = layer('hedging', 'vague_attribution');
    assert.ok(vague.some((s) => s.text === 'Analysts suggest'), `vague attributions: ${JSON.stringify(vague.map((s) => s.text))}`);
    assert.ok(vague.find((s) => s.text === 'Analysts suggest').labels.some((l) => /vague attribution/.test(l) && /strength/.test(l)));

    // The three "could" are modal.
    const modal = layer('hedging', 'modal');
    assert.equal(modal.filter((s) => s.text.toLowerCase() === 'could').length, 3, `modal: ${JSON.stringify(modal.map((s) => s.text))}`);

    // Peskov's quote is attributed to Dmitry Peskov: on the quote's highlight and in the table.
    const quote = layer('sourcing', 'content').find((s) => s.text.includes('We are grateful to our friends from Korea'));
    assert.ok(quote, 'the quote is highlighted as attributed content');
    assert.ok(quote.labels.some((l) => /Direct quote attributed to Dmitry Peskov/.test(l)), `quote labels: ${quote.labels}`);
    const row = page.locator('#sources-table tbody tr', { hasText: 'Dmitry Peskov' });
    assert.equal(await row.count(), 1, 'one source row for Dmitry Peskov');
    const cells = await row.locator('td').allTextContents();
    assert.equal(cells[0], 'person');
    assert.equal(cells[1], 'named');
    assert.ok(Number(cells[3]) >= 1, `Peskov has a direct quote: ${cells}`);

    // The summary sentences are marked, and are the ones the API selects.
    const api = await (await fetch(baseUrl + '/v1/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: example, offset_encoding: 'utf16' }),
    })).json();
    const expected = api.summary.sentences.map((s) => s.text);
    assert.ok(expected.length >= 1);
    const marked = layer('summary').map((s) => s.text);
    assert.deepEqual(marked, expected);
    assert.equal(await page.locator('#summary-list li').count(), expected.length);

    // Every highlighted span reads exactly as the API's text at its offsets.
    for (const m of api.hedging.markers) assert.equal(example.slice(m.start, m.end), m.text);
    assert.equal(layer('hedging').length, api.hedging.markers.length);
    assert.equal(layer('bias').length, api.bias.spans.length);

    // Legend counts.
    const legend = await page.locator('#legend').textContent();
    assert.match(legend, new RegExp(`modal \\(${api.hedging.counts.modal}\\)`));
    assert.match(legend, new RegExp(`vague attribution \\(${api.hedging.counts.vague_attribution}\\)`));

    // Hover and keyboard focus show the description.
    const analysts = page.locator('#text mark.hedge-vague_attribution', { hasText: 'suggest' }).last();
    await analysts.hover();
    await page.waitForSelector('#tooltip:not(.hidden)');
    assert.match(await page.locator('#tooltip').textContent(), /vague attribution, strength/);
    await page.mouse.move(0, 0);
    const firstMark = page.locator('#text mark').first();
    await firstMark.focus();
    assert.match(await page.locator('#tooltip').textContent(), /\S/);
    assert.equal(await page.locator('#tooltip').isVisible(), true);

    // Layer toggle: switching hedging off removes its marks, on restores them.
    await page.locator('#layer-hedging').uncheck();
    assert.equal(await page.locator('#text mark.hedge').count(), 0);
    await page.locator('#layer-hedging').check();
    assert.ok((await page.locator('#text mark.hedge').count()) > 0);

    await page.screenshot({ path: resolve(outDir, 'ui.png'), fullPage: true });

    // Phone width: nothing scrolls sideways.
    await page.setViewportSize({ width: 375, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than a 375px screen`);
    await page.screenshot({ path: resolve(outDir, 'ui-375.png'), fullPage: true });

    assert.deepEqual(errors, [], 'no script errors');
  } finally {
    await context.close();
  }
  assert.deepEqual(offLoopback, [], 'no request left loopback');
});

test('the page shows problem+json errors readably', async () => {
  const { context, page } = await newPage();
  try {
    await openApp(page);
    await page.locator('#input').fill('   ');
    await page.getByRole('button', { name: 'Analyze' }).click();
    const err = page.locator('#error');
    await err.waitFor({ state: 'visible' });
    const t = await err.textContent();
    assert.match(t, /422/);
    assert.match(t, /empty_text/);
  } finally {
    await context.close();
  }
});

test('the page analyses HTML input and highlights document.text', async () => {
  const { context, page } = await newPage();
  try {
    await openApp(page);
    await page.locator('#input').fill('<article><h1>Deminers 👩🏽‍🍳</h1><p>“We are grateful,” said Dmitry Peskov. Analysts suggest the deployment <em>could</em> grow.</p></article>');
    await page.getByRole('button', { name: 'Analyze' }).click();
    await page.waitForSelector('#results:not(.hidden) #text mark', { timeout: 30_000 });
    const text = await page.locator('#text').textContent();
    assert.ok(!text.includes('<'), 'markup is not shown');
    assert.ok(text.includes('👩🏽‍🍳'));
    const could = (await collectSpans(page)).find((s) => s.parts[0] === 'hedging' && s.parts[1] === 'modal');
    assert.equal(could && could.text, 'could');
    assert.equal(await page.locator('#warnings').textContent().then((w) => w.includes('client_offset_mismatch')), false);
  } finally {
    await context.close();
  }
});

test('Swagger UI runs "Try it out" on POST /v1/analyze and gets a 200', async () => {
  const { context, page } = await newPage({ width: 1280, height: 1600 });
  try {
    await page.goto(baseUrl + '/swagger-ui/');
    const op = page.locator('.opblock.opblock-post', { has: page.locator('[data-path="/v1/analyze"]') }).first();
    await op.waitFor({ timeout: 30_000 });
    await op.locator('.opblock-summary').first().click();
    await op.getByRole('button', { name: 'Try it out' }).click();
    await op.getByRole('button', { name: 'Execute' }).click();
    const status = op.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 30_000 });
    assert.equal((await status.textContent()).trim(), '200');
    await op.locator('.live-responses-table').scrollIntoViewIfNeeded();
    await page.screenshot({ path: resolve(outDir, 'swagger-try.png'), fullPage: true });
  } finally {
    await context.close();
  }
  assert.deepEqual(offLoopback, [], 'no request left loopback');
});
