// copydesk-client.d.ts is checked against openapi/openapi.json: every schema with properties has an
// interface of the same name declaring each property (optional exactly when the schema does not
// require it, referencing the right schema), and every enum value appears in its type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

const openapi = JSON.parse(readFileSync(new URL('../../../openapi/openapi.json', import.meta.url), 'utf8'));
const dts = readFileSync(new URL('../copydesk-client.d.ts', import.meta.url), 'utf8');
const schemas = openapi.components.schemas;

function interfaceBody(name) {
  const m = new RegExp(`export interface ${name}(?:\\s+extends\\s+([\\w, ]+))?\\s*\\{`).exec(dts);
  if (!m) return null;
  let depth = 1;
  let i = m.index + m[0].length;
  const start = i;
  while (depth && i < dts.length) {
    if (dts[i] === '{') depth++;
    else if (dts[i] === '}') depth--;
    i++;
  }
  let body = dts.slice(start, i - 1);
  for (const parent of (m[1] || '').split(',').map((s) => s.trim()).filter(Boolean)) body += '\n' + (interfaceBody(parent) || '');
  return body;
}

function refs(schema) {
  const out = [];
  const walk = (s) => {
    if (!s || typeof s !== 'object') return;
    if (s.$ref) out.push(s.$ref.split('/').pop());
    for (const v of Object.values(s)) if (typeof v === 'object') walk(v);
  };
  walk(schema);
  return out;
}

const withProps = Object.entries(schemas).filter(([, s]) => s.properties);
const responses = ['AnalyzeResponse', 'SummarizeResponse', 'HedgingResponse', 'SourcingResponse', 'BiasResponse', 'Problem'];

test('the OpenAPI document has the schemas the client is typed for', () => {
  for (const name of responses) assert.ok(schemas[name], `schema ${name}`);
  assert.ok(withProps.length >= 25);
});

for (const [name, schema] of withProps) {
  test(`interface ${name} matches the schema`, () => {
    const body = interfaceBody(name);
    assert.ok(body, `copydesk-client.d.ts declares interface ${name}`);
    const required = new Set(schema.required || []);
    for (const [prop, ps] of Object.entries(schema.properties)) {
      const m = new RegExp(`^\\s*${prop}(\\??):\\s*([^;]+);`, 'm').exec(body);
      assert.ok(m, `${name}.${prop} is declared`);
      assert.equal(m[1] === '?', !required.has(prop), `${name}.${prop} is ${required.has(prop) ? 'required' : 'optional'}`);
      for (const r of refs(ps)) assert.ok(m[2].includes(r), `${name}.${prop} refers to ${r}: ${m[2]}`);
      const t = ps.type;
      const types = Array.isArray(t) ? t : t ? [t] : [];
      if (types.includes('null') || (ps.oneOf || []).some((o) => o.type === 'null')) assert.match(m[2], /null/, `${name}.${prop} is nullable`);
      if (types.includes('array')) assert.match(m[2], /\[\]/, `${name}.${prop} is an array`);
      if (types.includes('integer') || types.includes('number')) assert.match(m[2], /number/, `${name}.${prop} is a number`);
      if (types.includes('boolean')) assert.match(m[2], /boolean/, `${name}.${prop} is a boolean`);
    }
    // and nothing the schema does not have
    const declared = [...body.matchAll(/^\s*(\w+)\??:/gm)].map((x) => x[1]);
    for (const d of declared) assert.ok(d in schema.properties, `${name}.${d} is in the schema`);
  });
}

test('enum types list every value', () => {
  for (const [name, schema] of Object.entries(schemas).filter(([, s]) => s.enum)) {
    const m = new RegExp(`export type ${name}\\s*=([^;]+);`).exec(dts);
    assert.ok(m, `type ${name}`);
    for (const v of schema.enum) assert.ok(m[1].includes(`"${v}"`), `${name} has "${v}"`);
  }
});

test('every property name of every response schema appears in the .d.ts', () => {
  const seen = new Set();
  const walk = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = schemas[name];
    for (const [prop, ps] of Object.entries(s.properties || {})) {
      assert.match(dts, new RegExp(`\\b${prop}\\??:`), `${name}.${prop}`);
      refs(ps).forEach(walk);
    }
  };
  responses.forEach(walk);
  assert.ok(seen.size > 15);
});
