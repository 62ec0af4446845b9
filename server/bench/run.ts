// `npm run bench`: speed and memory of the checker on manuscripts of realistic and large size, in one run so
// that ratios compare like with like. Numbers, not assertions: targets are printed next to them.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { ClaimLensService } from '../src/core/service';
import { extractProse } from '../src/core/text/index';
import { clearMarkdownChunkCache } from '../src/core/text/markdownChunks';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { benchLibrary } from './library';
import { denseLatexBody, denseMarkdown, unbalancedLatex } from './stressDocuments';
import { pathologicalCases, runCase } from './pathological';
import { timeToFirstDiagnostic } from './startup';

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

/** A manuscript of about `bytes` characters: the example's body paragraphs, repeated with numbered variants. */
function manuscript(language: 'markdown' | 'latex', bytes: number): string {
  const source = fs.readFileSync(path.join(examples, language === 'markdown' ? 'manuscript.md' : 'manuscript.tex'), 'utf8');
  const body = language === 'markdown' ? source.replace(/^---[\s\S]*?---\n/, '') : source.slice(source.indexOf('\\section'), source.indexOf('\\bibliographystyle'));
  const parts: string[] = [];
  let size = 0;
  for (let copy = 1; size < bytes; copy++) {
    // Each copy differs in every paragraph, as the paragraphs of a real manuscript do, so that no cache
    // can serve one copy's paragraph for another's.
    const variant = body.replace(/^([A-Z][^\n]*)$/gm, `Series ${copy}: $1`).replace(/(# |\\section\{)([A-Z])/g, `$1Part ${copy}: $2`);
    parts.push(variant);
    size += variant.length;
  }
  const text = parts.join('\n');
  return language === 'latex' ? `\\documentclass{article}\n\\begin{document}\n${text}\n\\end{document}\n` : text;
}

/** Types one character in the middle of the document, as a writer does. */
function editInMiddle(text: string, n: number): string {
  const at = text.indexOf('OSCC', Math.floor(text.length / 2));
  return `${text.slice(0, at)}${n % 2 ? 'x' : 'y'}${text.slice(at)}`;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Issue 11's shapes, and time to first diagnostic with the server cold (issues 9 and 10). */
async function robustness(kb: Awaited<ReturnType<typeof loadKnowledgeBase>>['kb']): Promise<void> {
  const goal = 50;
  console.log(`\npathological inputs, checked cold: CPU per 10 kB (goal < ${goal} ms)`);
  for (const testCase of pathologicalCases) {
    const result = await runCase(testCase, kb);
    console.log(`${result.perTenKb < goal ? 'PASS' : 'FAIL'} ${result.perTenKb.toFixed(1).padStart(9)} ms/10 kB  ${result.cpuMs.toFixed(0).padStart(7)} ms for ${String(result.bytes).padStart(7)} chars  ${result.name}`);
  }
  const cli = path.join(__dirname, '..', '..', 'dist', 'cli.js');
  if (!fs.existsSync(cli)) return console.log('\ntime to first diagnostic: dist/cli.js not built (npm run build)');
  const text = manuscript('markdown', 50_000);
  const runs = [];
  for (let n = 0; n < 3; n++) runs.push(await timeToFirstDiagnostic(cli, 'markdown', text));
  const wall = median(runs.map((r) => r.firstDiagnosticMs));
  console.log(
    `\ntime to first diagnostic, 50 KB draft, server cold (median of 3): ${wall.toFixed(0)} ms wall (target < 2000 ms; ${wall < 2000 ? 'PASS' : 'FAIL'}), ` +
      `initialize answered at ${median(runs.map((r) => r.initializeMs)).toFixed(0)} ms, server CPU ${median(runs.map((r) => r.serverCpuMs)).toFixed(0)} ms`,
  );
}

async function main(): Promise<void> {
  const heapBefore = process.memoryUsage().heapUsed;
  const loadStart = process.hrtime.bigint();
  const { kb } = await loadKnowledgeBase({ extra: [path.join(examples, 'references.bib')] });
  const loadMs = Number(process.hrtime.bigint() - loadStart) / 1e6;
  console.log(`knowledge base: ${kb.papers.size} papers, ${kb.entities.size} entities, ${kb.facts.length} facts, loaded in ${loadMs.toFixed(0)} ms (target < 1000 ms)`);

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
  console.log(`\nmemory after loading the library and checking 250 KB of drafts: heap ${mb(memory.heapUsed - heapBefore)} above start, rss ${mb(memory.rss)} (target rss < 300 MB)`);
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
  await benchLibrary();
  await robustness(kb);

}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
