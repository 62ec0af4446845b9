// The writer's own library in `npm run bench`: a generated 5,000-entry .bib with abstracts (first read,
// reload from cache), a generated 100,000-entry .bib (load), and citation completion against it (p50/p99).
// The generators are deterministic, so runs compare.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AbstractReadingCache } from '../src/core/kb/abstracts';
import { buildKnowledgeBase } from '../src/core/kb/build';
import { ClaimLensService } from '../src/core/service';

/** Sentences built from the bundled lexicon, so the abstracts hold findings the reader can find. */
const subjects = ['IL-11', 'IL-6', 'STAT3', 'HIF-1α', 'Akt', 'ERK', 'VEGF', 'IGF-1', 'ZEB1', 'Twist1'];
const objects = ['cell migration', 'cell invasion', 'MMP-9 expression', 'E-cadherin expression', 'apoptosis', 'tumor growth', 'angiogenesis', 'EMT', 'cell proliferation', 'metastasis'];
const verbs = ['promoted', 'increased', 'reduced', 'inhibited', 'induced'];
const places = ['colorectal cancer', 'HCC', 'breast cancer', 'OSCC', 'gastric carcinoma', 'NSCLC'];
const cells = ['HCT116', 'MDA-MB-231', 'HepG2', 'H1299', 'A375'];
const surnames = ['Smith', 'Chen', 'Wang', 'Garcia', 'Müller', 'Kim', 'Rossi', 'Novak', 'Okafor', 'Silva', 'Tanaka', 'Dubois'];

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length];
}

/** One .bib entry; with an abstract of five sentences when asked. */
function entry(i: number, withAbstract: boolean): string {
  const author = `${pick(surnames, i)}, A. and ${pick(surnames, i * 7 + 3)}, B.`;
  const year = 1990 + (i % 35);
  const lines = [`@article{${pick(surnames, i).toLowerCase()}${year}s${i},`, `  title = {Study ${i} of ${pick(subjects, i)} in ${pick(places, i * 3)}},`, `  author = {${author}},`, `  journal = {J Gen Stud},`, `  year = {${year}},`];
  if (withAbstract) {
    const s = (k: number) => `${pick(subjects, i + k)} ${pick(verbs, i * 3 + k)} ${pick(objects, i * 5 + k)}`;
    const abstract = [
      `Background: ${pick(subjects, i)} has been implicated in ${pick(places, i * 3)}.`,
      `We examined ${pick(cells, i)} cells.`,
      `Knockdown of ${pick(subjects, i + 1)} reduced ${pick(objects, i * 2)} (p < 0.05).`,
      `${s(2)} in ${pick(cells, i)} cells, and ${s(3).charAt(0).toLowerCase()}${s(3).slice(1)}.`,
      `These results suggest that ${s(4)}.`,
    ].join(' ');
    lines.push(`  abstract = {${abstract.replace(/%/g, '\\%')}}`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

export function generateBib(entries: number, withAbstracts: boolean): string {
  return Array.from({ length: entries }, (_, i) => entry(i, withAbstracts)).join('\n');
}

function ms(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchLibrary(): Promise<void> {
  const entities = { path: 'entities.json', text: fs.readFileSync(path.join(__dirname, '..', '..', 'data', 'entities.json'), 'utf8') };
  console.log('\nthe writer\'s own library (generated .bib files)');

  const bib5k = { path: 'library-5k.bib', text: generateBib(5000, true) };
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

  const bib100k = { path: 'library-100k.bib', text: generateBib(100_000, false) };
  start = process.hrtime.bigint();
  const large = await buildKnowledgeBase([entities, bib100k]);
  const loadMs = ms(start);
  console.log(`  100,000 entries (${(bib100k.text.length / 2 ** 20).toFixed(0)} MB): loaded in ${(loadMs / 1000).toFixed(1)} s (target < 3 s)`);

  const service = new ClaimLensService(large.kb);
  const prefixes = ['', 'smi', 'chen20', 'wang2001s', 'müller', 'garcia 2010', 'okafr', 'study 12', 'tanaka1999s4'];
  const times: number[] = [];
  let items = 0;
  for (let run = 0; run < 30; run++) {
    for (const prefix of prefixes) {
      const text = `IL-11 promoted the migration of HCT116 cells \\cite{${prefix}`;
      const doc = { id: `c${run}-${prefix}`, languageId: 'latex', version: 1, text };
      const t = process.hrtime.bigint();
      const result = service.completion(doc, text.length);
      times.push(ms(t));
      items = Math.max(items, result?.citations.length ?? 0);
    }
  }
  console.log(`  citation completion, 100,000 entries: p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms (target p99 < 10 ms), at most ${items} items per request`);
}
