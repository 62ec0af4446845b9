// The writer's own library in `npm run bench`: a generated 5,000-entry .bib with abstracts (first read,
// reload from cache). The 100,000-entry .bib is in the scale table (scaleRows.ts). The generator is
// deterministic, so runs compare.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AbstractReadingCache } from '../src/core/kb/abstracts';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { generateBib } from './generate/bib';

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchLibrary(): Promise<void> {
  const entities = { path: 'entities.json', text: fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'entities.json'), 'utf8') };
  console.log('\nthe writer\'s own library (generated .bib files)');

  const bib5k = { path: 'library-5k.bib', text: generateBib(5000, 1) };
  const cache = new AbstractReadingCache();
  let start = process.hrtime.bigint();
  const first = await buildKnowledgeBase([entities, bib5k], undefined, { abstractCache: cache });
  const firstMs = ms(start);
  const extracted = first.kb.facts.filter((f) => f.evidence.extracted).length;
  start = process.hrtime.bigint();
  const edited = { ...bib5k, text: bib5k.text.replace('Study 17 of', 'Study seventeen of') };
  await buildKnowledgeBase([entities, edited], first.goodContent, { abstractCache: cache });
  const reloadMs = ms(start);
  const rss = process.memoryUsage().rss;
  console.log(`  5,000 entries with abstracts: first read ${(firstMs / 1000).toFixed(1)} s (target < 60 s), ${extracted} facts from ${first.kb.papers.size} papers; reload after one edit ${(reloadMs / 1000).toFixed(2)} s (target < 2 s); rss ${(rss / 2 ** 20).toFixed(0)} MB (target < 600 MB)`);

}
