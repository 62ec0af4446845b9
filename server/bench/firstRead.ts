// The first read of the 1M-fact library on its own (issue 10), for profiling: `node --cpu-prof out/bench/firstRead.js
// <folder>` (esbuild.mjs --bench builds it). The library is generated into <folder>/generated once and kept, so runs
// after the first measure only the load; the draft's verdicts are written beside it to compare two builds.
// `--snapshot`: the next session instead (the bench's "next session from the cache" row): the first run with it
// reads the library and writes its snapshot into <folder>; each run after loads from that snapshot, as the server does.
// Instruction counts, repeatable where CPU time on a shared machine is not: a smaller library (`--papers=10000`,
// 100k facts) run under `valgrind --tool=callgrind node --expose-gc out/bench/firstRead.js <folder> --papers=10000`,
// once as it is and once with `--before-clock`; the difference is the load. With `node --perf-basic-prof`, the
// unnamed addresses of callgrind's output are the JIT's functions in /tmp/perf-<pid>.map.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { fastLoadKbJson } from '../src/core/kb/fastLoad';
import { ScannedFactMaker, scanFactsArray, scanKbJson } from '../src/core/kb/factScan';
import { bundledKnowledgeBaseDir, readKnowledgeBaseSources } from '../src/node/knowledgeBaseFiles';
import { limitHeapGrowth } from '../src/node/heapGrowth';
import { LibrarySnapshotStore, snapshotFileIn } from '../src/node/librarySnapshots';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import type { KnowledgeBase } from '../src/core/kb/knowledgeBase';
import { clearMarkdownChunkCache } from '../src/core/text/markdownChunks';
import { fullSize, generateLibrary, type LibrarySize } from './generate/library';
import { manuscript } from './generate/manuscript';
import { cpuMs, threadCpuMs, wallMs } from './table';

async function main(): Promise<void> {
  const folder = process.argv[2];
  const written = path.join(folder, 'generated');
  if (!fs.existsSync(written)) {
    fs.mkdirSync(written, { recursive: true });
    for (const source of generateLibrary(librarySize()).sources) if (source.path.startsWith('generated/')) fs.writeFileSync(path.join(written, source.path.slice('generated/'.length)), source.text);
  }
  limitHeapGrowth();
  const read = process.argv.find((a) => a.startsWith('--read='))?.slice('--read='.length);
  if (read) return readOnly(written, read);
  if (process.argv.includes('--snapshot')) return nextSession(folder, written);
  // The files read and hashed (as a first session reads them: node/knowledgeBaseFiles.ts), before the clock, as the
  // bench's first-read row counts them apart (scaleRows.ts): with the load, what a first session costs.
  global.gc?.();
  const filesCpu = cpuMs();
  const filesThread = threadCpuMs();
  const sources = readKnowledgeBaseSources([bundledKnowledgeBaseDir(), written], [], { hash: true }).sources;
  const files = `files read and hashed before the clock: ${((cpuMs() - filesCpu) / 1000).toFixed(2)} s CPU, thread ${((threadCpuMs() - filesThread) / 1000).toFixed(2)} s`;
  await buildKnowledgeBase(sources.filter((s) => !s.path.startsWith(written)));
  // `--before-clock`: stop here, so that under `valgrind --tool=callgrind` a run's instruction count minus this
  // run's is the timed load alone (the method of stop 50: counts repeat to a few per cent, where CPU time here
  // varied by a third between runs).
  if (process.argv.includes('--before-clock')) return;
  global.gc?.();
  const steps: Record<string, number> = {};
  // `--buffers`: the typed arrays' memory (outside the heap) at each step's end: its growth is what the collector
  // counts as external memory pressure; with the time each step ended, to place the collections --trace-gc prints.
  const buffers: string[] = [];
  const start = process.hrtime.bigint();
  const cpu = cpuMs();
  let last = threadCpuMs();
  const thread = last;
  const built = await buildKnowledgeBase(sources, undefined, {
    onStep: (step) => {
      const now = threadCpuMs();
      steps[step] = now - last;
      last = now;
      if (process.argv.includes('--buffers')) buffers.push(`${step} ${(process.memoryUsage().arrayBuffers / 2 ** 20).toFixed(0)} MB (at ${performance.now().toFixed(0)} ms, as --trace-gc counts)`);
    },
  });
  const wall = wallMs(start);
  const loadCpu = cpuMs() - cpu;
  const loadThread = threadCpuMs() - thread;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`first read: ${(wall / 1000).toFixed(2)} s wall, ${(loadCpu / 1000).toFixed(2)} s CPU, thread ${(loadThread / 1000).toFixed(2)} s (${Object.entries(steps).map(([s, ms]) => `${s} ${(ms / 1000).toFixed(2)}`).join(', ')}); ${built.kb.factCount} facts, ${built.problems.length} problems, peak ${peak.toFixed(0)} MB RSS`);
  console.log(files);
  if (buffers.length > 0) console.log(`array buffers after each step: ${buffers.join(', ')}`);
  writeVerdicts(built.kb);
}

/**
 * `--papers=N`: a library of N papers (ten facts each, an entity per five papers, as the full size's proportions)
 * instead of the full 100k, generated into <folder> as the full one is (so a folder holds one size). Instruction
 * counts grow about linearly with it (stop 50, callgrind, every thread counted: the load of 100k facts 4.8-5.0 G
 * instructions, of 300k 11.9 G, so ~35k a fact and ~1.4 G fixed). Under valgrind the threads take turns, so the
 * compiler's threads finish late and the big loops run longer unoptimized than natively: compare two builds at the
 * same size, not a count with a native time.
 */
function librarySize(): LibrarySize {
  const papers = Number(process.argv.find((a) => a.startsWith('--papers='))?.slice('--papers='.length) ?? fullSize.papers);
  return papers === fullSize.papers ? fullSize : { papers, factsPerPaper: fullSize.factsPerPaper, entities: Math.max(1, Math.round((papers * fullSize.entities) / fullSize.papers)) };
}

/** With `--verdicts <file>`: the draft's verdicts against the library, one sentence a line, to compare two builds. */
function writeVerdicts(kb: KnowledgeBase): void {
  if (!process.argv.includes('--verdicts')) return;
  clearMarkdownChunkCache();
  const analysis = analyzeDocument('markdown', manuscript('markdown', 65_000), kb, new AnalysisCache());
  const out = process.argv[process.argv.indexOf('--verdicts') + 1];
  fs.writeFileSync(out, analysis.sentences.map((s) => JSON.stringify([s.verdict ?? '', s.basis ?? null, s.claims])).join('\n'));
  console.log(`verdicts written to ${out}`);
}

/**
 * The next session (scaleRows.ts snapshotChild): the library loaded as the server loads it, from its snapshot in
 * <folder>. Without one yet, the first read with the snapshot store, then the snapshot written, not timed.
 */
async function nextSession(folder: string, written: string): Promise<void> {
  const snapshotFile = snapshotFileIn(folder);
  if (!fs.existsSync(snapshotFile)) {
    const snapshots = new LibrarySnapshotStore(snapshotFile, 'bench');
    const sources = readKnowledgeBaseSources([bundledKnowledgeBaseDir(), written], [], { hash: true, hashes: snapshots.fileHashes }).sources;
    await buildKnowledgeBase(sources, undefined, { snapshots });
    if (!(await snapshots.saveInSteps(async () => {}))) throw new Error('the snapshot could not be written');
    console.log(`snapshot written to ${snapshotFile} (${(snapshots.stats.written / 2 ** 20).toFixed(0)} MB); run again to load from it`);
    return;
  }
  // The lexicon of biomedicine is loaded before the clock starts, as in the bench's child.
  await buildKnowledgeBase(readKnowledgeBaseSources([bundledKnowledgeBaseDir()]).sources);
  const snapshots = new LibrarySnapshotStore(snapshotFile, 'bench');
  global.gc?.();
  const start = process.hrtime.bigint();
  const cpu = cpuMs();
  const thread = threadCpuMs();
  const loaded = await loadKnowledgeBase({ extra: [written] }, undefined, undefined, { snapshots });
  const wall = wallMs(start);
  const loadCpu = cpuMs() - cpu;
  const loadThread = threadCpuMs() - thread;
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`next session: ${(wall / 1000).toFixed(2)} s wall, ${(loadCpu / 1000).toFixed(2)} s CPU, thread ${(loadThread / 1000).toFixed(2)} s; snapshot ${snapshots.stats.found ? 'used' : `not used (${snapshots.stats.ignored})`}; ${loaded.kb.factCount} facts, peak ${peak.toFixed(0)} MB RSS`);
  writeVerdicts(loaded.kb);
}

/**
 * The read of the library's files alone, by one of three readers, results kept (`--read=parse|scan|scan-made`, or
 * `scan-facts` for the facts' arrays alone; `compact`: compactOnly below): the
 * fast path (JSON.parse and the checks, fastLoad.ts), the scan into columns (factScan.ts), and the scan with every
 * fact then made as an object (what a load that still needs fact objects would pay).
 */
function readOnly(folder: string, how: string): void {
  const texts = fs.readdirSync(folder).sort().map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
  if (how === 'compact') return compactOnly(texts);
  global.gc?.();
  const kept: unknown[] = [];
  const cpu = cpuMs();
  const thread = threadCpuMs();
  let count = 0;
  let declined = 0;
  for (const text of texts) {
    if (how === 'parse') {
      const content = fastLoadKbJson(text, () => {});
      count += content?.facts.length ?? 0;
      kept.push(content);
      continue;
    }
    if (how === 'scan-facts') {
      // The facts' array alone (papers and entities not read): the scan's own cost.
      const at = text.indexOf('"facts": [');
      const facts = at < 0 ? undefined : scanFactsArray(text, at + '"facts": '.length);
      facts ? (kept.push(facts), (count += facts.count)) : declined++;
      continue;
    }
    const scanned = scanKbJson(text, () => {});
    if (!scanned) {
      declined++;
      kept.push(fastLoadKbJson(text, () => {}));
      continue;
    }
    count += scanned.facts.count;
    if (how === 'scan-made') {
      const maker = new ScannedFactMaker(scanned.facts, text);
      const made = new Array(scanned.facts.count);
      for (let n = 0; n < made.length; n++) made[n] = maker.factAt(n);
      kept.push(made);
    }
    kept.push(scanned);
  }
  const peak = process.resourceUsage().maxRSS / 1024;
  console.log(`read=${how}: ${((cpuMs() - cpu) / 1000).toFixed(2)} s CPU, thread ${((threadCpuMs() - thread) / 1000).toFixed(2)} s; ${count} facts, ${declined} of ${texts.length} files declined by the scan; peak ${peak.toFixed(0)} MB RSS`);
}

/**
 * `--read=compact`: the files scanned (not timed), then their facts' ids and statements copied out of the texts
 * (ScannedFactMaker's compact copy, factScan.ts asciiCopy) and the texts let go, timed with a full collection after:
 * the step of the first read that keeps them, on its own, so that a change to it is measured without the noise of
 * the whole read (stop 49: 0.43-0.55 s of this thread, 0.57-0.70 s of the process, for a million facts).
 */
function compactOnly(texts: string[]): void {
  const scanned = texts.map((text) => ({ text, scan: scanKbJson(text, () => {}) }));
  texts.length = 0;
  global.gc?.();
  const kept: ScannedFactMaker[] = [];
  const cpu = cpuMs();
  const thread = threadCpuMs();
  for (let i = 0; i < scanned.length; i++) {
    const { text, scan } = scanned[i];
    if (scan) kept.push(new ScannedFactMaker(scan.facts, text, true));
    scanned[i] = { text: '', scan: undefined };
  }
  global.gc?.();
  const cpuAll = cpuMs() - cpu;
  const threadAll = threadCpuMs() - thread;
  const heap = process.memoryUsage();
  console.log(`read=compact: ${(cpuAll / 1000).toFixed(3)} s CPU, thread ${(threadAll / 1000).toFixed(3)} s, with a full collection after; ${kept.reduce((n, m) => n + m.count, 0)} facts; heap used ${(heap.heapUsed / 2 ** 20).toFixed(0)} MB, array buffers ${(heap.arrayBuffers / 2 ** 20).toFixed(0)} MB`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
