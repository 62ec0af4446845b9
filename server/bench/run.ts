// `npm run bench`: speed and memory of the checker on manuscripts of realistic and large size, in one run so
// that ratios compare like with like. Numbers, not assertions: targets are printed next to them.
import { fork } from 'node:child_process';
import * as fs from 'node:fs';
import * as inspector from 'node:inspector';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { ClaimLensService } from '../src/core/service';
import { extractProse } from '../src/core/text/index';
import { clearMarkdownChunkCache } from '../src/core/text/markdownChunks';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { BiomedicalLexicon, deserializeLexicon } from '../src/core/entities/biomedical';
import { prebuiltLexicon } from '../src/core/entities/lexiconPrebuilt';
import { bundledLexiconData } from '../src/core/entities/biomedicalData';
import { manuscript } from './generate/manuscript';
import { generateDraft } from './generate/drafts';
import { tokenizeFloor } from './tokenizeFloor';
import { benchLatexShapes } from './latexShapes';
import { denseLatexBody, denseMarkdown, unbalancedLatex } from './stressDocuments';
import { checkCase, checksPerRow, pathologicalCases, warmUp, warmUpLine } from './pathological';
import { rowModules } from './rows';
import { runTable } from './table';
import { resetStageCosts, stageCostTable, stageCosts } from '../src/core/util/stageCosts';

const examples = path.join(__dirname, '..', '..', 'examples');

function time<T>(fn: () => T): { value: T; ms: number } {
  const start = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Types one character in the middle of the document, as a writer does. */
function editInMiddle(text: string, n: number): string {
  const at = text.indexOf('OSCC', Math.floor(text.length / 2));
  return `${text.slice(0, at)}${n % 2 ? 'x' : 'y'}${text.slice(at)}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * `--full-check [--language=markdown|latex] [--runs=5] [--words=100000] [--profile=<file> [--allocations]] [--costs]`: only the scale table's "full check vs a bare tokenize
 * pass" ratio, each cold check alternated with a tokenize pass so the two share the machine's state; quick
 * enough to run under `node --cpu-prof`. `--costs`: with it, the cost table of the checks after the first
 * (util/stageCosts.ts: each construction, sentence filter and reader stage; the clock readings add to those checks).
 */
async function fullCheckRatio(): Promise<void> {
  const { kb } = await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] });
  const languages = (process.argv.find((a) => a.startsWith('--language='))?.slice('--language='.length).split(',') ?? ['markdown', 'latex']) as ('markdown' | 'latex')[];
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
  // `--words=10000`: a shorter draft (the same generator and seed), for instruction counts under callgrind, which
  // runs some fifty times slower: the counts of `--runs=3` less those of `--runs=1` are two warm checks.
  const words = Number(process.argv.find((a) => a.startsWith('--words='))?.slice('--words='.length) ?? 100_000);
  // `--profile=<file>`: a CPU profile of the checks after the first (the warm ones a median reads), without the
  // cold first check's compilation and the tokenize passes, as `node --cpu-prof` would mix them in.
  const profileFile = process.argv.find((a) => a.startsWith('--profile='))?.slice('--profile='.length);
  const session = profileFile ? new inspector.Session() : undefined;
  const post = (method: string, params?: object) => new Promise<any>((resolve, reject) => session!.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  // `--allocations` with it: a sampling heap profile instead (where the collector's work comes from), .heapprofile.
  const allocations = process.argv.includes('--allocations');
  const costs = process.argv.includes('--costs');
  if (session) {
    session.connect();
    await post(allocations ? 'HeapProfiler.enable' : 'Profiler.enable');
  }
  for (const language of languages) {
    const draft = generateDraft(language, words);
    const checks: number[] = [];
    const tokenizes: number[] = [];
    const profiles: any[] = [];
    // CPU time as well: on a shared machine the wall clock also counts other processes' turns.
    const checkCpu: number[] = [];
    const tokenizeCpu: number[] = [];
    let costedWall = 0;
    const cpuMs = (fn: () => unknown): number => {
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      return (used.user + used.system) / 1000;
    };
    for (let run = 0; run < runs; run++) {
      clearMarkdownChunkCache();
      const service = new ClaimLensService(kb);
      global.gc?.();
      const doc = { id: `draft${run}.${language === 'markdown' ? 'md' : 'tex'}`, languageId: language, version: 0, text: draft.text };
      let wall = 0;
      if (session && run > 0) await post(allocations ? 'HeapProfiler.startSampling' : 'Profiler.start', allocations ? { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } : undefined);
      if (costs && run === 1) resetStageCosts();
      stageCosts.on = costs && run > 0;
      checkCpu.push(cpuMs(() => (wall = time(() => service.diagnostics(doc)).ms)));
      stageCosts.on = false;
      if (run > 0) costedWall += wall;
      if (session && run > 0) profiles.push((await post(allocations ? 'HeapProfiler.stopSampling' : 'Profiler.stop')).profile);
      checks.push(wall);
      tokenizeCpu.push(cpuMs(() => (wall = time(() => tokenizeFloor(draft.text)).ms)));
      tokenizes.push(wall);
    }
    const check = median(checks);
    const tokenize = Math.min(...tokenizes);
    const cpuRatio = median(checkCpu) / Math.min(...tokenizeCpu);
    if (profileFile) for (const [i, profile] of profiles.entries()) fs.writeFileSync(profileFile.replace(/(\.cpuprofile|\.heapprofile)?$/, `-${language}-${i + 1}.${allocations ? 'heapprofile' : 'cpuprofile'}`), JSON.stringify(profile));
    // Beside the profiles, the CPU time of the checks they sampled and the floor of the same run: profileStages.ts
    // turns each stage's share of the samples into CPU ms and multiples of the floor (issue 10's closing note).
    if (profileFile && !allocations) fs.writeFileSync(profileFile.replace(/\.cpuprofile$/, '') + `-${language}.cpu.json`, JSON.stringify({ language, words: draft.words, checkCpu: checkCpu.slice(1), tokenizeFloorCpu: Math.min(...tokenizeCpu) }));
    console.log(`full check vs a bare tokenize pass, ${Math.round(draft.words / 1000)}k words ${language}: ${(check / tokenize).toFixed(1)}x wall (median ${check.toFixed(0)} ms [${checks.map((ms) => ms.toFixed(0)).join(', ')}] vs ${tokenize.toFixed(1)} ms); ${cpuRatio.toFixed(1)}x CPU (median ${median(checkCpu).toFixed(0)} ms [${checkCpu.map((ms) => ms.toFixed(0)).join(', ')}] vs ${Math.min(...tokenizeCpu).toFixed(1)} ms)`);
    if (costs && runs > 1) printStageCosts(language, runs - 1, costedWall / (runs - 1));
  }
}

/**
 * The cost table of `--full-check --costs`: per check (the mean of the checks after the first), the time inside
 * each stage, its share of the check, its calls, how many of them changed what the stage was handed, and the time a
 * call. Constructions and filters: the 15 costliest of each; the reader's and the document's stages: all. Stages nest
 * (readSentence holds the constructions, block analysis every reader stage), so shares add up within a kind only.
 */
function printStageCosts(language: string, checks: number, checkMs: number): void {
  const table = stageCostTable();
  console.log(`\ncost per stage, ${language} (mean of ${checks} checks of ${checkMs.toFixed(0)} ms wall, main thread inside each stage; the clock readings included):`);
  for (const kind of ['document', 'stage', 'construction', 'sentence filter']) {
    const rows = table.filter((c) => c.kind === kind);
    const total = rows.reduce((sum, c) => sum + c.ms, 0) / checks;
    console.log(`  ${kind}s: ${rows.length} timed, ${total.toFixed(0)} ms a check together (${((100 * total) / checkMs).toFixed(1)}%)${kind === 'construction' || kind === 'sentence filter' ? '; the 15 costliest' : ''}`);
    console.log(`    ${'ms'.padStart(7)} ${'share'.padStart(6)} ${'calls'.padStart(8)} ${'changed'.padStart(8)} ${'µs/call'.padStart(8)}  name`);
    for (const c of kind === 'construction' || kind === 'sentence filter' ? rows.slice(0, 15) : rows) {
      const ms = c.ms / checks;
      console.log(`    ${ms.toFixed(1).padStart(7)} ${((100 * ms) / checkMs).toFixed(1).padStart(5)}% ${String(Math.round(c.calls / checks)).padStart(8)} ${String(Math.round(c.changed / checks)).padStart(8)} ${((1000 * c.ms) / c.calls).toFixed(2).padStart(8)}  ${c.name}`);
    }
  }
}

const pathologicalGoal = 50;

/** A row of the table: the verdict rests on the median of the checks after the warm-up; the first is shown beside it. */
function printPathologicalRow(result: Awaited<ReturnType<typeof checkCase>>): void {
  const main = result.mainPerTenKb === undefined ? '' : ` (main thread ${result.mainPerTenKb.toFixed(1)}, V8's compiler and collector threads ${(result.perTenKb - result.mainPerTenKb).toFixed(1)})`;
  console.log(`${result.perTenKb < pathologicalGoal ? 'PASS' : 'FAIL'} ${result.perTenKb.toFixed(1).padStart(9)} ms/10 kB  ${result.cpuMs.toFixed(0).padStart(7)} ms for ${String(result.bytes).padStart(7)} chars  ${result.name}${main}`);
  // Each check's figure, with its main thread's part: whether the excess is the first check's alone or every check's.
  const each = result.checks.map((c) => (c.mainPerTenKb === undefined ? c.perTenKb.toFixed(1) : `${c.perTenKb.toFixed(1)} (main ${c.mainPerTenKb.toFixed(1)})`)).join(', ');
  console.log(`     ${result.first.toFixed(1).padStart(9)} ms/10 kB  the first of the ${checksPerRow} checks (after the warm-up); the checks in turn: ${each}`);
}

/**
 * Issue 11's shapes (time to first diagnostic is a row of the scale table). `--case=<part of a name>` runs only
 * the rows whose names contain it, after the same warm-up.
 */
async function robustness(kb: Awaited<ReturnType<typeof loadKnowledgeBase>>['kb'], only?: string): Promise<void> {
  console.log(`\npathological inputs, each checked cold ${checksPerRow} times (no analysis cache; heap collected before a row's first check): median CPU per 10 kB (goal < ${pathologicalGoal} ms); the first of the ${checksPerRow} on its own`);
  console.log(warmUpLine(await warmUp(kb)));
  for (const testCase of pathologicalCases.filter((c) => only === undefined || c.name.includes(only))) printPathologicalRow(await checkCase(testCase, kb));
}

/**
 * The lexicon of biomedicine: what loading it costs the server. The bundle parses data/lexicon/*.json with
 * JSON.parse when it starts (timed here on the same files), and the term index is built on first use.
 */
function benchLexicon(): void {
  const dir = path.join(__dirname, '..', '..', 'data', 'lexicon');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'MANIFEST.json').map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  global.gc?.();
  const heapStart = process.memoryUsage().heapUsed;
  const parse = median([0, 1, 2].map(() => time(() => files.map((text) => JSON.parse(text))).ms));
  const index = median([0, 1, 2].map(() => time(() => new BiomedicalLexicon(bundledLexiconData()).lookup('egfr')).ms));
  // CPU time as well: on a shared machine the wall clock also counts other processes' turns.
  const cpuStart = process.cpuUsage();
  files.map((text) => JSON.parse(text));
  new BiomedicalLexicon(bundledLexiconData()).lookup('egfr');
  const cpu = process.cpuUsage(cpuStart);
  const calibrationStart = process.cpuUsage();
  const reference = new Map<string, number>();
  for (let i = 0; i < 120_000; i++) reference.set(`k${(i * 7919) % 1_000_003}`, i);
  const calibration = process.cpuUsage(calibrationStart);
  const kept = new BiomedicalLexicon(bundledLexiconData());
  kept.lookup('egfr');
  global.gc?.();
  const heap = process.memoryUsage().heapUsed - heapStart;
  console.log(`lexicon of biomedicine: ${kept.size} entries, ${kept.indexSize} index keys; JSON.parse ${parse.toFixed(0)} ms + index ${index.toFixed(0)} ms = ${(parse + index).toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (from the rows, as tests and tsx do); heap ${mb(heap)} (target < 150 MB)`);
  // What the server does at start-up instead (esbuild.mjs builds the index into lexicon.bin beside the bundle).
  if (prebuiltLexicon) {
    const load = prebuiltLexicon;
    const prebuiltCpuStart = process.cpuUsage();
    const wall = time(() => new BiomedicalLexicon(deserializeLexicon(load())).lookup('egfr')).ms;
    const prebuiltCpu = process.cpuUsage(prebuiltCpuStart);
    console.log(`  the server's path, the prebuilt index (lexicon.bin) read and a first lookup: ${wall.toFixed(0)} ms wall, ${((prebuiltCpu.user + prebuiltCpu.system) / 1000).toFixed(0)} ms CPU (target < 300 ms)`);
  }
  console.log(`  (this machine's speed: a Map of 120,000 short keys takes ${((calibration.user + calibration.system) / 1000).toFixed(0)} ms CPU)`);
}

const quick = process.argv.includes('--quick') || process.env.CLAIMLENS_BENCH_QUICK === '1';

async function main(): Promise<void> {
  // `--table`: only the scale table of issue 10 (the slow part is its big workloads; `--quick` shrinks them).
  // `--rows=bib,library`: only the modules whose names contain one of the words (a part of the table).
  const only = process.argv.find((a) => a.startsWith('--rows='))?.slice('--rows='.length).split(',');
  const modules = only ? rowModules.filter((m) => only.some((word) => m.name.includes(word))) : rowModules;
  if (process.argv.includes('--table')) {
    await runTable(modules, { quick });
    return;
  }
  if (process.argv.includes('--full-check')) {
    await fullCheckRatio();
    return;
  }
  const caseName = process.argv.find((a) => a.startsWith('--case='))?.slice('--case='.length);
  if (caseName !== undefined) {
    await robustness((await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] })).kb, caseName);
    return;
  }
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = process.hrtime.bigint();
  const { kb } = await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] });
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  console.log(`knowledge base: ${kb.papers.size} papers, ${kb.entities.size} entities, ${kb.facts.length} facts, loaded in ${loadMs.toFixed(0)} ms (target < 1000 ms)`);
  benchLexicon();

  const rows: string[] = [];
  let fullCheck50 = 1;
  for (const language of ['markdown', 'latex'] as const) {
    for (const size of [50_000, 200_000]) {
      const text = manuscript(language, size);
      const sentences = analyzeDocument(language, text, kb).sentences.length;
      const extraction = median([0, 1, 2].map(() => { clearMarkdownChunkCache(); return time(() => extractProse(language, text)).ms; }));
      const cold = median([0, 1, 2].map(() => { clearMarkdownChunkCache(); return time(() => analyzeDocument(language, text, kb, new AnalysisCache())).ms; }));
      const cache = new AnalysisCache();
      analyzeDocument(language, text, kb, cache);
      let current = text;
      const incremental: number[] = [];
      let recomputed = 0;
      for (let n = 0; n < 15; n++) {
        current = editInMiddle(current, n);
        const run = time(() => analyzeDocument(language, current, kb, cache));
        incremental.push(run.ms);
        recomputed = run.value.recomputedBlocks;
      }
      const warm = median(incremental);
      if (language === 'markdown' && size === 50_000) fullCheck50 = cold;
      rows.push(
        `${language.padEnd(9)} ${`${Math.round(text.length / 1000)} KB`.padStart(7)} ${String(sentences).padStart(6)} ` +
          `${extraction.toFixed(1).padStart(10)} ${cold.toFixed(1).padStart(10)} ${warm.toFixed(1).padStart(12)} ${(cold / warm).toFixed(1).padStart(7)}x ${String(recomputed).padStart(11)}`,
      );
    }
  }
  console.log('\nfull check (cold caches) vs re-check after typing one character (warm caches), median of runs, in ms');
  console.log('language     size  sents  extraction  full check  after an edit  ratio  blocks redone');
  for (const row of rows) console.log(row);
  console.log('targets: re-check after an edit < 100 ms for a 50 KB manuscript; full check of 200 KB < 3000 ms');

  // Markup-dense and unbalanced inputs (the unit tests check their offsets; their time is measured here only).
  const stress = [
    ['Markdown, 200 KB of dense markup', 'markdown', denseMarkdown(), 5000],
    ['LaTeX, 200 KB of dense markup', 'latex', `\\documentclass{article}\n\\begin{document}\n${denseLatexBody()}\n\\end{document}\n`, 2000],
    ['LaTeX, 200 KB of unbalanced braces and math', 'latex', unbalancedLatex(), 2000],
  ] as const;
  console.log('\nprose extraction of stress documents, median of 3 runs');
  for (const [label, language, input, targetMs] of stress) {
    const ms = median([0, 1, 2].map(() => { clearMarkdownChunkCache(); return time(() => extractProse(language, input)).ms; }));
    console.log(`${label}: ${ms.toFixed(0)} ms (target < ${targetMs} ms)`);
  }

  const service = new ClaimLensService(kb);
  const text = manuscript('markdown', 50_000);
  const doc = { id: 'bench.md', languageId: 'markdown', version: 1, text };
  service.analyze(doc);
  const hoverOffsets = [...text.matchAll(/IL-11|OSCC|wu2022interleukin|MMP-13/g)].slice(0, 300).map((m) => (m.index ?? 0) + 1);
  const hovers = hoverOffsets.map((offset) => time(() => service.hover(doc, offset)).ms);
  const withCitation = { ...doc, version: 2, text: `${text}\n\nIn OSCC, IL-11 raises MMP-13 expression [@` };
  service.analyze(withCitation);
  const completions = Array.from({ length: 50 }, () => time(() => service.completion(withCitation, withCitation.text.length)).ms);
  console.log(`\nhover on ${hovers.length} entities and keys (50 KB draft): median ${median(hovers).toFixed(2)} ms, p95 ${percentile(hovers, 95).toFixed(2)} ms (target < 10 ms)`);
  console.log(`citation completion with ranking: median ${median(completions).toFixed(2)} ms, p95 ${percentile(completions, 95).toFixed(2)} ms (target < 20 ms)`);

  const big = manuscript('latex', 200_000);
  service.analyze({ id: 'big.tex', languageId: 'latex', version: 1, text: big });
  global.gc?.();
  const memory = process.memoryUsage();
  // Measured in a process of its own (memoryChild): this one also holds what the bench did before (the lexicon
  // parsed seven times by benchLexicon, every draft size checked cold and warm), which no editor session does.
  const session = await sessionMemory();
  console.log(`\nmemory after loading the library and checking 250 KB of drafts (a process of its own, as an editor session): heap ${mb(session.heap)} above start, rss ${mb(session.rss)} (target rss < 300 MB): ${session.rss < 300 * 2 ** 20 ? 'PASS' : 'FAIL'}; this bench process after all of the above: heap ${mb(memory.heapUsed - heapBefore)} above start, rss ${mb(memory.rss)}`);
  // A large personal library: the bundled papers fifty times over under new keys (about 7,500 facts).
  const copies = 50;
  const sources = fs.readdirSync(path.join(__dirname, '..', '..', 'data', 'papers')).map((file) => JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'papers', file), 'utf8')));
  const largeSources = [{ path: 'entities.json', text: fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'entities.json'), 'utf8') }];
  for (let copy = 0; copy < copies; copy++) {
    for (const source of sources) {
      const key = `${source.papers[0].key}c${copy}`;
      largeSources.push({
        path: `${key}.json`,
        text: JSON.stringify({ papers: [{ ...source.papers[0], key }], facts: source.facts.map((f: { id: string; evidence: object }) => ({ ...f, id: `${f.id}c${copy}`, evidence: { ...f.evidence, paper: key } })) }),
      });
    }
  }
  const largeStart = process.hrtime.bigint();
  const large = (await buildKnowledgeBase(largeSources)).kb;
  const largeLoadMs = Number(process.hrtime.bigint() - largeStart) / 1e6;
  const largeText = manuscript('markdown', 50_000);
  clearMarkdownChunkCache();
  const largeCheck = time(() => analyzeDocument('markdown', largeText, large, new AnalysisCache())).ms;
  const largeService = new ClaimLensService(large);
  const largeDoc = { id: 'large.md', languageId: 'markdown', version: 1, text: `${largeText}\n\nIn OSCC, IL-11 raises MMP-13 expression [@` };
  largeService.analyze(largeDoc);
  const largeCompletion = median(Array.from({ length: 20 }, () => time(() => largeService.completion(largeDoc, largeDoc.text.length)).ms));
  const afterLarge = process.memoryUsage();
  console.log(`\nlarge library (${large.papers.size} papers, ${large.facts.length} facts): built in ${largeLoadMs.toFixed(0)} ms; full check of 50 KB ${largeCheck.toFixed(0)} ms (${(largeCheck / fullCheck50).toFixed(1)}x the bundled library's); ranked completion median ${largeCompletion.toFixed(1)} ms; rss ${mb(afterLarge.rss)} with both libraries loaded`);
  await robustness(kb);

  benchLatexShapes();
  await runTable(modules, { quick });
}

/**
 * What the line "memory after loading the library and checking 250 KB of drafts" stands for, in a new process: the
 * bundled library loaded, and a service checking a 50 KB Markdown and a 200 KB LaTeX draft, as an editor session
 * holding both would; the heap collected, then the process's memory.
 */
async function memoryChild(): Promise<void> {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const { kb } = await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] });
  const service = new ClaimLensService(kb);
  service.analyze({ id: 'bench.md', languageId: 'markdown', version: 1, text: manuscript('markdown', 50_000) });
  service.analyze({ id: 'big.tex', languageId: 'latex', version: 1, text: manuscript('latex', 200_000) });
  global.gc?.();
  const memory = process.memoryUsage();
  process.send!({ heap: memory.heapUsed - heapBefore, rss: memory.rss }, () => process.exit(0));
}

function sessionMemory(): Promise<{ heap: number; rss: number }> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--memory-child'], { execArgv: ['--expose-gc'] });
    child.on('message', (message) => resolve(message as { heap: number; rss: number }));
    child.on('error', reject);
    child.on('exit', (code) => code === 0 || reject(new Error(`the memory child exited with ${code}`)));
  });
}

if (process.argv.includes('--memory-child')) {
  memoryChild().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}

// The scale table's library rows run in a child process of this same bundle (scaleRows.ts, library.ts).
if (!['--library-child', '--library-snapshot-child', '--library-parse-child', '--writer-library-child', '--memory-child'].some((role) => process.argv.includes(role))) {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
