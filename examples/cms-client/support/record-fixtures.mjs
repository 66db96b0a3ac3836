// Re-records the copydesk answers for post.html: node support/record-fixtures.mjs http://127.0.0.1:8080
import { readFileSync, writeFileSync } from 'node:fs';
import { parseFragment } from './fake-dom.mjs';
import { textOf, analyze } from '../copydesk-client.mjs';

const base = process.argv[2] || process.env.COPYDESK_URL || 'http://127.0.0.1:8080';
const at = (name) => new URL(`../test/fixtures/${name}`, import.meta.url);
const root = parseFragment(readFileSync(at('post.html'), 'utf8'));
for (const [name, text] of [['post.blocks.analysis.json', textOf(root, { blocks: true })], ['post.textcontent.analysis.json', root.textContent]]) {
  const answer = await analyze(base, { text });
  writeFileSync(at(name), JSON.stringify(answer, null, 1) + '\n');
  console.log(`wrote ${name}`);
}
