// The writer's own library in `npm run bench`: a generated 5,000-entry .bib with abstracts (first read,
// reload from cache). The 100,000-entry .bib is in the scale table (scaleRows.ts). The generator is
// deterministic, so runs compare.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { StoredAbstractCache } from '../src/node/abstractStore';
import { generateBib } from './generate/bib';

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function benchLibrary(): Promise<void> {
  const entities = { path: 'entities.json', text: fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'entities.json'), 'utf8') };
  console.log('\nthe writer\'s own library (generated .bib files)');

  const bib5k = { path: 'library-5k.bib', text: generateBib(5000, 1) };
  // h-lib: the readings are kept on disk as the editor keeps them, for the next-session row below.
  const store = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-store-')), 'abstract-readings.json');
  const cache = new StoredAbstractCache(store, 'bench');
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
  // h-lib: the editor's next session, with the readings stored on disk (node/abstractStore.ts): the store is
  // loaded and nothing is read again. (The generated entries are plain, read by the fast scan, which keeps no cache.)
  cache.save();
  start = process.hrtime.bigint();
  const reader = new StoredAbstractCache(store, 'bench');
  const loadStoreMs = ms(start);
  reader.beginBuild(0);
  const fromStore = await buildKnowledgeBase([entities, bib5k], undefined, { abstractCache: reader });
  const fromStoreMs = ms(start);
  const unread = reader.takePending().papers.length;
  console.log(`  5,000 entries, next session from the disk cache: ${(fromStoreMs / 1000).toFixed(2)} s (target < 2 s; loading the store ${loadStoreMs.toFixed(0)} ms, ${(fs.statSync(store).size / 2 ** 20).toFixed(1)} MB), ${fromStore.kb.facts.filter((f) => f.evidence.extracted).length} facts, ${unread} abstracts read again`);
  fs.rmSync(path.dirname(store), { recursive: true, force: true });

}
