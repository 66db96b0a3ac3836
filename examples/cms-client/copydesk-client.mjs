// copydesk-client: a small, dependency-free ES module for CMS plugins (WordPress, Ghost, ...).
//
//   analyze(baseUrl, {text | html, ...}, {fetch})  POST /v1/analyze with offset_encoding "utf16"
//   analyzeElement(baseUrl, root, options)         analyse the text of a DOM node (block-aware)
//   highlight(root, spans, options)                wrap spans in <mark> elements inside a DOM node,
//                                                   without breaking its markup
//   clearHighlights(root, options)                 remove those marks again
//   textOf(root, {blocks})                          the text that highlight() offsets index
//   spansOf(result, layers)                         spans of an answer, with class names and titles
//
// Offsets are UTF-16 code units (JavaScript string indices), which is what the client always asks
// the service for: emoji and other astral characters count 2, as they do in JavaScript.
// Only standard DOM calls are used (childNodes, insertBefore, removeChild, createElement,
// createTextNode, setAttribute), so it runs in browsers, in editors' iframes and on server-side
// DOMs alike. Types: copydesk-client.d.ts.

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;

/** Elements whose text is never wrapped (and, in block mode, not counted). */
const OPAQUE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'TEXTAREA', 'NOSCRIPT']);
/** Elements that start and end a line in block mode. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT',
  'TH', 'THEAD', 'TR', 'UL',
]);

export class CopydeskError extends Error {
  constructor(status, problem, body) {
    const p = problem && typeof problem === 'object' ? problem : null;
    const msg = p && (p.title || p.detail)
      ? `${p.title || 'Request failed'} (${p.status || status}${p.code ? ', ' + p.code : ''})${p.detail ? ': ' + p.detail : ''}`
      : `copydesk answered ${status}${body ? ': ' + String(body).slice(0, 200) : ''}`;
    super(msg);
    this.name = 'CopydeskError';
    this.status = status;
    this.code = p && p.code != null ? p.code : null;
    this.title = p && p.title != null ? p.title : null;
    this.detail = p && p.detail != null ? p.detail : null;
    this.problem = p;
  }
}

/**
 * POST {baseUrl}/v1/analyze with offset_encoding "utf16". `input` has exactly one of `text` and
 * `html`, and optionally `title`, `language`, `summary`. Resolves to the answer; rejects with a
 * CopydeskError carrying the problem+json fields on any non-2xx answer.
 */
export async function analyze(baseUrl, input, options = {}) {
  const { fetch: fetchImpl = globalThis.fetch, endpoint = '/v1/analyze', headers = {}, signal } = options;
  if (!input || typeof input !== 'object') throw new TypeError('analyze: input must be an object with text or html');
  const hasText = input.text != null;
  const hasHtml = input.html != null;
  if (hasText === hasHtml) throw new TypeError('analyze: give exactly one of text and html');
  if (typeof fetchImpl !== 'function') throw new TypeError('analyze: no fetch available; pass {fetch}');
  const url = String(baseUrl || '').replace(/\/+$/, '') + '/' + String(endpoint).replace(/^\/+/, '');
  const res = await fetchImpl(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json, application/problem+json', ...headers },
    body: JSON.stringify({ ...input, offset_encoding: 'utf16' }),
    signal,
  });
  const body = await res.text();
  let data = null;
  try {
    data = JSON.parse(body);
  } catch {
    data = null;
  }
  if (!res.ok) throw new CopydeskError(res.status, data, body);
  if (data === null) throw new CopydeskError(res.status, null, 'answer is not JSON');
  return data;
}

/**
 * Analyse the text of a DOM node: sends textOf(root, {blocks}) as `text` (blocks defaults to true,
 * so paragraphs stay apart). Highlight the answer with the same `blocks` option.
 */
export function analyzeElement(baseUrl, root, options = {}) {
  const { blocks = true, fetch, endpoint, headers, signal, ...rest } = options;
  return analyze(baseUrl, { ...rest, text: textOf(root, { blocks }) }, { fetch, endpoint, headers, signal });
}

// Walks the text nodes below root in document order: [{node, start, end}] and the text they make.
function collect(root, blocks) {
  const nodes = [];
  const parts = [];
  let pos = 0;
  let last = '';
  const separate = () => {
    if (blocks && pos > 0 && last !== '\n') {
      parts.push('\n');
      pos += 1;
      last = '\n';
    }
  };
  const visit = (node, opaque) => {
    if (node.nodeType === TEXT_NODE) {
      const data = node.data != null ? node.data : node.nodeValue || '';
      if (blocks && opaque) return;
      if (data.length) {
        nodes.push({ node, start: pos, end: pos + data.length, opaque });
        parts.push(data);
        pos += data.length;
        last = data[data.length - 1];
      }
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== DOCUMENT_NODE && node.nodeType !== DOCUMENT_FRAGMENT_NODE) return;
    const tag = node.nodeType === ELEMENT_NODE ? String(node.tagName || node.nodeName).toUpperCase() : '';
    const block = BLOCKS.has(tag);
    if (block) separate();
    const inner = opaque || OPAQUE.has(tag);
    // <template> keeps its children in .content; textContent ignores them too.
    const kids = node.childNodes || [];
    for (let i = 0; i < kids.length; i++) visit(kids[i], inner);
    if (block) separate();
  };
  visit(root, false);
  return { nodes, text: parts.join('') };
}

/**
 * The text that highlight() offsets index: root.textContent (default), or with {blocks: true} the
 * text with a line break between block elements (without script and style content).
 */
export function textOf(root, options = {}) {
  return collect(root, !!options.blocks).text;
}

function ownerDocumentOf(root) {
  if (root.nodeType === DOCUMENT_NODE) return root;
  return root.ownerDocument;
}

/**
 * Wrap spans ({start, end[, text]}, UTF-16 offsets into textOf(root, options)) in <mark> elements.
 * Only text nodes are split; elements stay as they are, so a span crossing element boundaries
 * becomes several marks, one per text node piece. Overlapping spans nest (the longer outside).
 * A span whose `text` does not equal the text at its offsets is skipped and reported.
 */
export function highlight(root, spans, options = {}) {
  const { className = 'copydesk-mark', attributes = null, tagName = 'mark', blocks = false } = options;
  const doc = ownerDocumentOf(root);
  const { nodes, text } = collect(root, !!blocks);
  const marks = spans.map(() => []);
  const skipped = [];
  const pieces = new Array(nodes.length);

  spans.forEach((span, i) => {
    const { start, end } = span;
    const ok = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= start && end <= text.length
      && (span.text == null || text.slice(start, end) === span.text);
    if (!ok) {
      skipped.push(span);
      return;
    }
    if (start === end) return;
    // first text node ending after start (binary search)
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (nodes[mid].end <= start) lo = mid + 1;
      else hi = mid;
    }
    for (let n = lo; n < nodes.length && nodes[n].start < end; n++) {
      const t = nodes[n];
      if (t.opaque) continue;
      const from = Math.max(start, t.start) - t.start;
      const to = Math.min(end, t.end) - t.start;
      if (to > from) (pieces[n] || (pieces[n] = [])).push({ from, to, i, length: end - start });
    }
  });

  const classOf = typeof className === 'function' ? className : () => className;
  const attrsOf = typeof attributes === 'function' ? attributes : () => attributes;

  for (let n = 0; n < nodes.length; n++) {
    const list = pieces[n];
    if (!list) continue;
    const textNode = nodes[n].node;
    const parent = textNode.parentNode;
    const data = textNode.data != null ? textNode.data : textNode.nodeValue;
    const cuts = [...new Set([0, data.length, ...list.flatMap((p) => [p.from, p.to])])].sort((a, b) => a - b);
    const out = [];
    for (let c = 0; c + 1 < cuts.length; c++) {
      const a = cuts[c];
      const b = cuts[c + 1];
      let content = doc.createTextNode(data.slice(a, b));
      // innermost first: shorter spans inside longer ones, ties by order given
      const covering = list.filter((p) => p.from <= a && p.to >= b).sort((x, y) => x.length - y.length || y.i - x.i);
      for (const p of covering) {
        const m = doc.createElement(tagName);
        const cls = classOf(spans[p.i], p.i);
        if (cls) m.setAttribute('class', cls);
        const attrs = attrsOf(spans[p.i], p.i);
        if (attrs) for (const [k, v] of Object.entries(attrs)) if (v != null) m.setAttribute(k, String(v));
        m.appendChild(content);
        content = m;
        marks[p.i].push(m);
      }
      out.push(content);
    }
    for (const node of out) parent.insertBefore(node, textNode);
    parent.removeChild(textNode);
  }
  return { marks, skipped };
}

function hasClass(el, name) {
  const cls = el.getAttribute && el.getAttribute('class');
  return !!cls && cls.split(/\s+/).includes(name);
}

function mergeTextNodes(parent) {
  const kids = parent.childNodes;
  for (let i = kids.length - 1; i > 0; i--) {
    const a = kids[i - 1];
    const b = kids[i];
    if (a.nodeType === TEXT_NODE && b.nodeType === TEXT_NODE) {
      a.data = a.data + b.data;
      parent.removeChild(b);
    }
  }
}

/** Remove the marks highlight() made (matched by tag and class), keeping their text. Returns how many. */
export function clearHighlights(root, options = {}) {
  const { className = 'copydesk-mark', tagName = 'mark' } = options;
  const tag = tagName.toUpperCase();
  const found = [];
  const visit = (node) => {
    const kids = node.childNodes || [];
    for (let i = 0; i < kids.length; i++) {
      const k = kids[i];
      if (k.nodeType !== ELEMENT_NODE) continue;
      visit(k);
      if (String(k.tagName).toUpperCase() === tag && hasClass(k, className)) found.push(k);
    }
  };
  visit(root);
  // children before parents (post-order), so nested marks unwrap cleanly
  const parents = new Set();
  for (const m of found) {
    const parent = m.parentNode;
    while (m.firstChild || (m.childNodes && m.childNodes.length)) parent.insertBefore(m.firstChild || m.childNodes[0], m);
    parent.removeChild(m);
    parents.add(parent);
  }
  for (const p of parents) mergeTextNodes(p);
  return found.length;
}

const human = (s) => String(s).replace(/_/g, ' ');
const num = (n) => (typeof n === 'number' ? (Number.isInteger(n) ? String(n) : n.toFixed(2)) : String(n));

/**
 * Spans of an analysis for highlight(), each with `layer`, `className` (e.g.
 * "copydesk-mark copydesk-hedge copydesk-hedge-modal") and a readable `title`.
 * Use {className: s => s.className, attributes: s => ({title: s.title})}.
 */
export function spansOf(result, layers = ['summary', 'hedging', 'sourcing', 'bias']) {
  const out = [];
  const want = new Set(layers);
  const sources = new Map(((result.sourcing && result.sourcing.sources) || []).map((s) => [s.id, s]));
  if (want.has('summary')) {
    for (const s of (result.summary && result.summary.sentences) || []) {
      out.push({ start: s.start, end: s.end, text: s.text, layer: 'summary', className: 'copydesk-mark copydesk-summary',
        title: `Summary sentence, rank ${s.rank}` });
    }
  }
  if (want.has('hedging')) {
    for (const m of (result.hedging && result.hedging.markers) || []) {
      out.push({ start: m.start, end: m.end, text: m.text, layer: 'hedging', category: m.category,
        className: `copydesk-mark copydesk-hedge copydesk-hedge-${m.category}`,
        title: `Hedging: ${human(m.category)}, strength ${num(m.strength)}` });
    }
  }
  if (want.has('sourcing')) {
    for (const a of (result.sourcing && result.sourcing.attributions) || []) {
      const src = a.source_id ? sources.get(a.source_id) : null;
      const who = src ? `${src.name} (${human(src.type)}, ${src.named ? 'named' : 'unnamed'})` : a.source ? a.source.text : 'unattributed';
      if (a.source) {
        out.push({ ...pick(a.source), layer: 'sourcing', role: 'source', attribution: a.id, source: src ? src.name : null,
          className: 'copydesk-mark copydesk-source', title: `Source: ${who}` });
      }
      out.push({ ...pick(a.cue), layer: 'sourcing', role: 'cue', attribution: a.id, source: src ? src.name : null,
        className: 'copydesk-mark copydesk-cue', title: `Attribution cue (${a.kind}) for ${who}` });
      out.push({ ...pick(a.content), layer: 'sourcing', role: 'content', attribution: a.id, kind: a.kind, source: src ? src.name : null,
        className: `copydesk-mark copydesk-content copydesk-${a.kind}`,
        title: `${a.kind === 'direct' ? 'Direct quote' : a.kind === 'mixed' ? 'Partly quoted statement' : 'Paraphrase'} attributed to ${who}` });
    }
  }
  if (want.has('bias')) {
    for (const b of (result.bias && result.bias.spans) || []) {
      out.push({ start: b.start, end: b.end, text: b.text, layer: 'bias', kind: b.kind,
        className: `copydesk-mark copydesk-bias copydesk-bias-${b.kind}`, title: `Bias: ${human(b.kind)} language` });
    }
  }
  return out;
}

function pick(span) {
  return { start: span.start, end: span.end, text: span.text };
}
