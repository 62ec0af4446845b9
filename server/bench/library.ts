// The writer's own library (issue 8's scale goal) in the scale table of `npm run bench`: a generated
// 5,000-entry .bib with an abstract in every entry, read into findings the first time (the editor does this in
// the background), then reloaded after a one-entry edit, then read in a next session from the readings kept
// on disk; and the memory of the process that holds it. Measured in a child process of the same bundle, so
// its memory is its own (the 100k-entry rows run before it in the parent). The generator is deterministic,
// so runs compare. The 100,000-entry .bib is in scaleRows.ts.
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { StoredAbstractCache } from '../src/node/abstractStore';
import { generateBib } from './generate/bib';
import { repoRoot } from './generate/paths';
import type { BenchContext, BenchRow } from './table';

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

interface WriterLibraryFigures {
  entries: number;
  papers: number;
  firstMs: number;
  firstFacts: number;
  reloadMs: number;
  storeMs: number;
  storeMb: number;
  nextSessionMs: number;
  nextSessionFacts: number;
  readAgain: number;
  rssMb: number;
  peakRssMb: number;
}

async function writerLibraryChild(quick: boolean): Promise<WriterLibraryFigures> {
  const entities = { path: 'entities.json', text: fs.readFileSync(path.join(repoRoot, 'data', 'entities.json'), 'utf8') };
  const entries = quick ? 1000 : 5000;
  const bib = { path: 'library-5k.bib', text: generateBib(entries, 1) };
  // The readings are kept on disk as the editor keeps them, for the next-session row.
  const store = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-bench-store-')), 'abstract-readings.json');
  try {
    const cache = new StoredAbstractCache(store, 'bench');
    let start = process.hrtime.bigint();
    const first = await buildKnowledgeBase([entities, bib], undefined, { abstractCache: cache });
    const firstMs = ms(start);
    const firstFacts = first.kb.facts.filter((f) => f.evidence.extracted).length;
    start = process.hrtime.bigint();
    const edited = { ...bib, text: bib.text.replace('Study 17 of', 'Study seventeen of') };
    await buildKnowledgeBase([entities, edited], first.goodContent, { abstractCache: cache });
    const reloadMs = ms(start);
    const rssMb = process.memoryUsage().rss / 2 ** 20;
    // The editor's next session, with the readings stored on disk (node/abstractStore.ts): the store is loaded
    // and nothing is read again.
    cache.save();
    start = process.hrtime.bigint();
    const reader = new StoredAbstractCache(store, 'bench');
    const storeMs = ms(start);
    reader.beginBuild(0);
    const fromStore = await buildKnowledgeBase([entities, bib], undefined, { abstractCache: reader });
    const nextSessionMs = ms(start);
    return {
      entries, papers: first.kb.papers.size, firstMs, firstFacts, reloadMs, storeMs, storeMb: fs.statSync(store).size / 2 ** 20, nextSessionMs,
      nextSessionFacts: fromStore.kb.facts.filter((f) => f.evidence.extracted).length, readAgain: reader.takePending().papers.length,
      rssMb, peakRssMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    fs.rmSync(path.dirname(store), { recursive: true, force: true });
  }
}

/** Issue 8's rows: a 5,000-entry .bib with abstracts, first read, reload, next session, memory. */
export async function writerLibraryRows(context: BenchContext): Promise<BenchRow[]> {
  const f = await new Promise<WriterLibraryFigures>((resolve, reject) => {
    const child = fork(__filename, ['--writer-library-child', ...(context.quick ? ['--quick'] : [])], { execArgv: ['--expose-gc'] });
    child.on('message', (message) => resolve(message as WriterLibraryFigures));
    child.on('error', reject);
    child.on('exit', (code) => code === 0 || reject(new Error(`the writer's-library child exited with ${code}`)));
  });
  const label = `${f.entries.toLocaleString('en')}-entry .bib, every entry with an abstract`;
  return [
    { what: `${label}: first read (issue 8)`, measured: `${(f.firstMs / 1000).toFixed(1)} s wall, ${f.firstFacts} facts from ${f.papers} papers`, goal: '< 60 s', pass: f.firstMs < 60_000 },
    { what: '  the same, reloaded after a one-entry edit', measured: `${(f.reloadMs / 1000).toFixed(2)} s wall`, goal: '< 2 s', pass: f.reloadMs < 2000 },
    {
      what: '  the same, next session from the readings on disk',
      measured: `${(f.nextSessionMs / 1000).toFixed(2)} s wall (store ${f.storeMb.toFixed(1)} MB loaded in ${f.storeMs.toFixed(0)} ms), ${f.nextSessionFacts} facts, ${f.readAgain} abstracts read again`,
      goal: '< 2 s', pass: f.nextSessionMs < 2000 && f.nextSessionFacts === f.firstFacts,
    },
    { what: '  memory of the process holding it', measured: `${f.rssMb.toFixed(0)} MB RSS after the reload, peak ${f.peakRssMb.toFixed(0)} MB`, goal: '< 600 MB', pass: f.peakRssMb < 600 },
  ];
}

if (process.argv.includes('--writer-library-child')) {
  writerLibraryChild(process.argv.includes('--quick')).then(
    (figures) => process.send!(figures, () => process.exit(0)),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
