// A tiny DOM, just enough for copydesk-client's highlight(): text nodes, elements, comments,
// fragments, a small HTML parser and serializer. Keeps the tests free of dependencies.

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW = new Set(['script', 'style', 'textarea']);

class Node {
  constructor(nodeType, ownerDocument) {
    this.nodeType = nodeType;
    this.ownerDocument = ownerDocument;
    this.parentNode = null;
    this.childNodes = [];
  }
  get firstChild() { return this.childNodes[0] || null; }
  get lastChild() { return this.childNodes[this.childNodes.length - 1] || null; }
  appendChild(child) { return this.insertBefore(child, null); }
  insertBefore(child, ref) {
    if (child.nodeType === 11) {
      for (const c of [...child.childNodes]) this.insertBefore(c, ref);
      return child;
    }
    if (child.parentNode) child.parentNode.removeChild(child);
    const i = ref ? this.childNodes.indexOf(ref) : this.childNodes.length;
    if (i < 0) throw new Error('insertBefore: reference is not a child');
    this.childNodes.splice(i, 0, child);
    child.parentNode = this;
    return child;
  }
  removeChild(child) {
    const i = this.childNodes.indexOf(child);
    if (i < 0) throw new Error('removeChild: not a child');
    this.childNodes.splice(i, 1);
    child.parentNode = null;
    return child;
  }
  get textContent() { return this.childNodes.filter((c) => c.nodeType !== 8).map((c) => c.textContent).join(''); }
}

class Text extends Node {
  constructor(data, doc) { super(3, doc); this.data = String(data); }
  get nodeValue() { return this.data; }
  get textContent() { return this.data; }
  get nodeName() { return '#text'; }
}

class Comment extends Node {
  constructor(data, doc) { super(8, doc); this.data = String(data); }
  get textContent() { return this.data; }
}

class Element extends Node {
  constructor(tag, doc) {
    super(1, doc);
    this.localName = tag.toLowerCase();
    this.attrs = new Map();
  }
  get tagName() { return this.localName.toUpperCase(); }
  get nodeName() { return this.tagName; }
  setAttribute(k, v) { this.attrs.set(k, String(v)); }
  getAttribute(k) { return this.attrs.has(k) ? this.attrs.get(k) : null; }
  get className() { return this.getAttribute('class') || ''; }
  get outerHTML() { return serialize(this); }
  get innerHTML() { return this.childNodes.map(serialize).join(''); }
  querySelectorAll(tag) { // tag names only
    const out = [];
    const want = tag.toLowerCase();
    const walk = (n) => n.childNodes.forEach((c) => { if (c.nodeType === 1) { if (c.localName === want) out.push(c); walk(c); } });
    walk(this);
    return out;
  }
}

class Fragment extends Node {
  constructor(doc) { super(11, doc); }
  get innerHTML() { return this.childNodes.map(serialize).join(''); }
  querySelectorAll(tag) { return Element.prototype.querySelectorAll.call(this, tag); }
}

export class Document extends Node {
  constructor() { super(9, null); }
  createElement(tag) { return new Element(tag, this); }
  createTextNode(data) { return new Text(data, this); }
  createComment(data) { return new Comment(data, this); }
  createDocumentFragment() { return new Fragment(this); }
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', rsquo: '\u2019', lsquo: '\u2018', ldquo: '\u201c', rdquo: '\u201d', mdash: '\u2014', hellip: '\u2026' };
function decode(s) {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}
const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u00a0/g, '&nbsp;');
const escAttr = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Parse an HTML fragment (well-formed enough: every non-void element closed) into a fragment. */
export function parseFragment(html, doc = new Document()) {
  const root = doc.createDocumentFragment();
  const stack = [root];
  const re = /<!--([\s\S]*?)-->|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=>\/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|([^<]+)/g;
  let m;
  while ((m = re.exec(html))) {
    const top = stack[stack.length - 1];
    if (m[1] !== undefined) top.appendChild(doc.createComment(m[1]));
    else if (m[2]) {
      const tag = m[2].toLowerCase();
      if (stack.length > 1 && stack[stack.length - 1].localName === tag) stack.pop();
      else throw new Error(`unbalanced </${tag}>`);
    } else if (m[3]) {
      const el = doc.createElement(m[3]);
      const attrRe = /([^\s=>\/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
      let a;
      while ((a = attrRe.exec(m[4] || ''))) el.setAttribute(a[1].toLowerCase(), decode(a[2] ?? a[3] ?? a[4] ?? ''));
      top.appendChild(el);
      if (RAW.has(el.localName)) {
        const close = html.toLowerCase().indexOf(`</${el.localName}`, re.lastIndex);
        const end = close < 0 ? html.length : close;
        if (end > re.lastIndex) el.appendChild(doc.createTextNode(html.slice(re.lastIndex, end)));
        re.lastIndex = end;
        if (close >= 0) stack.push(el);
      } else if (!VOID.has(el.localName) && !m[5]) stack.push(el);
    } else if (m[6]) top.appendChild(doc.createTextNode(decode(m[6])));
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1].localName}>`);
  return root;
}

export function serialize(node) {
  if (node.nodeType === 3) {
    const p = node.parentNode;
    return p && p.localName && RAW.has(p.localName) ? node.data : escText(node.data);
  }
  if (node.nodeType === 8) return `<!--${node.data}-->`;
  if (node.nodeType === 11 || node.nodeType === 9) return node.childNodes.map(serialize).join('');
  const attrs = [...node.attrs].map(([k, v]) => ` ${k}="${escAttr(v)}"`).join('');
  if (VOID.has(node.localName)) return `<${node.localName}${attrs}>`;
  return `<${node.localName}${attrs}>${node.childNodes.map(serialize).join('')}</${node.localName}>`;
}
