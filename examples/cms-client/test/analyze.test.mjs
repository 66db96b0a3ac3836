// analyze(): request shape (offset_encoding utf16, JSON) and problem+json errors, with a fake fetch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, analyzeElement, CopydeskError } from '../copydesk-client.mjs';
import { parseFragment } from '../support/fake-dom.mjs';

function fakeFetch(status, body, contentType = 'application/json') {
  const calls = [];
  const f = async (url, init) => {
    calls.push({ url, init, body: JSON.parse(init.body) });
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    return { ok: status >= 200 && status < 300, status, headers: new Map([['content-type', contentType]]), text: async () => text };
  };
  f.calls = calls;
  return f;
}

test('posts JSON to /v1/analyze with offset_encoding utf16', async () => {
  const f = fakeFetch(200, { language: { code: 'en' } });
  const r = await analyze('https://copydesk.example/', { text: 'It could rain.', summary: { sentences: 1 }, offset_encoding: 'utf32' }, { fetch: f, headers: { 'X-Api-Key': 'k' } });
  assert.deepEqual(r, { language: { code: 'en' } });
  assert.equal(f.calls.length, 1);
  const { url, init, body } = f.calls[0];
  assert.equal(url, 'https://copydesk.example/v1/analyze');
  assert.equal(init.method, 'POST');
  assert.equal(init.headers['Content-Type'], 'application/json');
  assert.equal(init.headers['X-Api-Key'], 'k');
  assert.deepEqual(body, { text: 'It could rain.', summary: { sentences: 1 }, offset_encoding: 'utf16' });
});

test('html input and a same-origin base URL', async () => {
  const f = fakeFetch(200, {});
  await analyze('', { html: '<p>Hi</p>' }, { fetch: f });
  assert.equal(f.calls[0].url, '/v1/analyze');
  assert.deepEqual(f.calls[0].body, { html: '<p>Hi</p>', offset_encoding: 'utf16' });
});

test('exactly one of text and html', async () => {
  const f = fakeFetch(200, {});
  await assert.rejects(analyze('', { text: 'a', html: '<p>a</p>' }, { fetch: f }), TypeError);
  await assert.rejects(analyze('', {}, { fetch: f }), TypeError);
  assert.equal(f.calls.length, 0);
});

test('problem+json errors become a CopydeskError with their fields', async () => {
  const problem = { type: 'https://copydesk.dev/problems/empty_text', title: 'No text to analyse', status: 422, detail: 'the text is empty or only white space', code: 'empty_text' };
  const f = fakeFetch(422, problem, 'application/problem+json');
  const err = await analyze('http://x', { text: ' ' }, { fetch: f }).catch((e) => e);
  assert.ok(err instanceof CopydeskError);
  assert.equal(err.status, 422);
  assert.equal(err.code, 'empty_text');
  assert.equal(err.title, 'No text to analyse');
  assert.deepEqual(err.problem, problem);
  assert.match(err.message, /No text to analyse \(422, empty_text\): the text is empty/);
});

test('non-JSON errors keep the status', async () => {
  const err = await analyze('http://x', { text: 'a' }, { fetch: fakeFetch(502, 'Bad gateway', 'text/html') }).catch((e) => e);
  assert.ok(err instanceof CopydeskError);
  assert.equal(err.status, 502);
  assert.equal(err.code, null);
});

test('analyzeElement sends the block text of a node', async () => {
  const f = fakeFetch(200, {});
  await analyzeElement('http://x', parseFragment('<h2>Title 👩🏽‍🍳</h2><p>One.</p><p>Two <em>could</em>.</p>'), { fetch: f, language: 'en' });
  assert.deepEqual(f.calls[0].body, { language: 'en', text: 'Title 👩🏽‍🍳\nOne.\nTwo could.\n', offset_encoding: 'utf16' });
});
