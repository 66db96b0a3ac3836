// highlight(): spans returned by copydesk (UTF-16 offsets) are wrapped in <mark> elements inside a
// CMS-like HTML fragment with emoji and curly quotes, without shifting a single span and without
// breaking the markup.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { parseFragment, serialize, Document } from '../support/fake-dom.mjs';
import { highlight, clearHighlights, textOf, spansOf, analyzeElement } from '../copydesk-client.mjs';

const fixture = (name) => new URL(`./fixtures/${name}`, import.meta.url);
const POST = readFileSync(fixture('post.html'), 'utf8');
const load = (name) => JSON.parse(readFileSync(fixture(name), 'utf8'));
const opts = (blocks) => ({ blocks, className: (s) => s.className, attributes: (s) => ({ title: s.title, 'data-layer': s.layer }) });

// Every mark made for a span, read in document order, spells the span's text exactly; marks hold
// only text and other marks (never an element of the page), and the page's elements survive.
function assertExact(root, spans, result) {
  assert.deepEqual(result.skipped, [], 'no span skipped');
  spans.forEach((span, i) => {
    const marks = result.marks[i];
    assert.ok(marks.length >= 1, `span ${i} "${span.text}" has marks`);
    assert.equal(marks.map((m) => m.textContent).join(''), span.text, `span ${i} reads exactly`);
    for (const m of marks) {
      const bad = (n) => n.childNodes.some((c) => (c.nodeType === 1 && c.localName !== 'mark') || (c.nodeType === 1 && bad(c)));
      assert.ok(!bad(m), `mark of span ${i} wraps no page element`);
    }
  });
}

function originalElements(root) {
  const out = [];
  const walk = (n) => n.childNodes.forEach((c) => { if (c.nodeType === 1) { out.push([c, c.parentNode]); walk(c); } });
  walk(root);
  return out;
}

for (const [name, blocks] of [['post.blocks.analysis.json', true], ['post.textcontent.analysis.json', false]]) {
  test(`a recorded copydesk answer (${blocks ? 'block text' : 'textContent'}) highlights without shifting a span`, () => {
    const root = parseFragment(POST);
    const before = serialize(root);
    const text = textOf(root, { blocks });
    const answer = load(name);
    const spans = spansOf(answer);
    // the answer was made from exactly this text
    for (const s of answer.sentences) assert.equal(text.slice(s.start, s.end), s.text);
    assert.ok(text.includes('👩🏽‍🍳') && text.includes('🇰🇷') && text.includes('“') && text.includes('’'), 'fixture has emoji and curly quotes');
    assert.ok(spans.some((s) => s.layer === 'hedging') && spans.some((s) => s.layer === 'sourcing') && spans.some((s) => s.layer === 'bias'));
    const elements = originalElements(root);

    const result = highlight(root, spans, opts(blocks));
    assertExact(root, spans, result);
    // text is unchanged; every page element is still where it was
    assert.equal(textOf(root, { blocks }), text);
    for (const [el, parent] of elements) assert.equal(el.parentNode, parent);
    // spans after astral characters are not shifted: check specific ones
    const vague = spans.findIndex((s) => s.text === 'Analysts suggest');
    assert.ok(vague >= 0);
    assert.equal(result.marks[vague].map((m) => m.textContent).join(''), 'Analysts suggest');
    let up = result.marks[vague][0].parentNode;
    while (up.localName === 'mark') up = up.parentNode; // the summary sentence's mark may surround it
    assert.equal(up.localName, 'strong', 'the mark sits inside the <strong>');
    const lastCould = spans.filter((s) => s.layer === 'hedging' && s.text === 'could').length;
    assert.equal(lastCould, 3);
    // a span crossing element boundaries becomes several marks
    assert.ok(result.marks.some((m) => m.length > 1), 'some span crosses markup');
    // titles made by spansOf are set
    const quote = spans.findIndex((s) => s.role === 'content' && s.text.includes('We are grateful'));
    assert.ok(quote >= 0, 'Peskov quote found');
    assert.match(result.marks[quote][0].getAttribute('title'), /Dmitry Peskov/);

    // removing the marks gives the original markup back
    assert.equal(clearHighlights(root), result.marks.flat().length);
    assert.equal(serialize(root), before);
  });
}

test('emoji, flags and curly quotes: every offset is a UTF-16 index', () => {
  const root = parseFragment('<p>Chef 👩🏽‍🍳 said: “<b>Flags 🇰🇷🇷🇺</b> matter,” he said. ‘It’s <i>likely</i>,’ 🪖 added.</p>');
  const text = root.textContent;
  const find = (s, from = 0) => { const i = text.indexOf(s, from); assert.ok(i >= 0, s); return { start: i, end: i + s.length, text: s }; };
  const spans = [
    find('👩🏽‍🍳'), find('“Flags 🇰🇷🇷🇺 matter,”'), find('🇷🇺'), find('he said'), find('‘It’s likely,’'), find('likely'), find('🪖 added.'),
  ];
  // astral characters count two: the woman cook emoji is 7 UTF-16 units, 4 code points
  assert.equal(spans[0].end - spans[0].start, 7);
  const result = highlight(root, spans);
  assertExact(root, spans, result);
  assert.equal(root.textContent, text);
  // overlapping spans nest: "likely" is inside the mark of the quote, and inside <i>
  const likely = result.marks[5][0];
  assert.equal(likely.parentNode.localName, 'mark');
  assert.equal(likely.parentNode.parentNode.localName, 'i');
  assert.equal(serialize(root).replace(/<\/?mark[^>]*>/g, ''), '<p>Chef 👩🏽‍🍳 said: “<b>Flags 🇰🇷🇷🇺</b> matter,” he said. ‘It’s <i>likely</i>,’ 🪖 added.</p>');
});

test('spans that do not match the text are skipped and reported, not shifted', () => {
  const root = parseFragment('<p>It could 👩🏽‍🍳 rain.</p>');
  const good = { start: 3, end: 8, text: 'could' };
  const wrong = { start: 4, end: 9, text: 'could' };
  const outside = { start: 10, end: 99 };
  const codePoints = { start: 11, end: 16, text: 'rain.' }; // utf32 offsets would be off by 3
  const result = highlight(root, [good, wrong, outside, codePoints]);
  assert.deepEqual(result.skipped, [wrong, outside, codePoints]);
  assert.equal(result.marks[0].length, 1);
  assert.equal(serialize(root), '<p>It <mark class="copydesk-mark">could</mark> 👩🏽‍🍳 rain.</p>');
});

test('script and style content is counted like textContent but never wrapped', () => {
  const root = parseFragment('<div><p>Alpha beta.</p><script>var could = 1;</script><p>Gamma could.</p></div>');
  const text = root.textContent;
  const i = text.indexOf('could');
  const j = text.lastIndexOf('could');
  const result = highlight(root, [{ start: i, end: i + 5, text: 'could' }, { start: j, end: j + 5, text: 'could' }]);
  assert.equal(result.marks[0].length, 0);
  assert.equal(result.marks[1].length, 1);
  assert.equal(root.querySelectorAll('script')[0].textContent, 'var could = 1;');
  // block mode leaves script text out and separates paragraphs
  assert.equal(textOf(root, { blocks: true }), 'Alpha beta.\nGamma could.\n');
});

test('options: tag name, static class and attributes; a Document as owner', () => {
  const doc = new Document();
  const root = parseFragment('<p>Some say so.</p>', doc);
  const { marks } = highlight(root, [{ start: 0, end: 8 }], { tagName: 'span', className: 'hl', attributes: { 'data-x': '1', tabindex: '0' } });
  assert.equal(serialize(marks[0][0]), '<span class="hl" data-x="1" tabindex="0">Some say</span>');
  assert.equal(clearHighlights(root, { className: 'hl', tagName: 'span' }), 1);
  assert.equal(serialize(root), '<p>Some say so.</p>');
});

test('live: analyzeElement + highlight against a running copydesk (COPYDESK_URL)', { skip: !process.env.COPYDESK_URL && 'COPYDESK_URL not set' }, async () => {
  const root = parseFragment(POST);
  const answer = await analyzeElement(process.env.COPYDESK_URL, root);
  const spans = spansOf(answer);
  assert.ok(spans.length > 10);
  const result = highlight(root, spans, opts(true));
  assertExact(root, spans, result);
});
