// A generated .bib of any size, deterministic (seeded): plain entries as reference managers write them, some
// with abstracts of five sentences built from the bundled library's entities, so that the abstract reader
// finds findings in them. Used by `npm run bench` for the 5k-entry (with abstracts) and 100k-entry rows.
import { SeededRandom } from './random';

const subjects = ['IL-11', 'IL-6', 'STAT3', 'HIF-1α', 'Akt', 'ERK', 'VEGF', 'IGF-1', 'ZEB1', 'Twist1'];
const objects = ['cell migration', 'cell invasion', 'MMP-9 expression', 'E-cadherin expression', 'apoptosis', 'tumor growth', 'angiogenesis', 'EMT', 'cell proliferation', 'metastasis'];
const verbs = ['promoted', 'increased', 'reduced', 'inhibited', 'induced'];
const places = ['colorectal cancer', 'HCC', 'breast cancer', 'OSCC', 'gastric carcinoma', 'NSCLC'];
const cells = ['HCT116', 'MDA-MB-231', 'HepG2', 'H1299', 'A375'];
export const surnames = ['Smith', 'Chen', 'Wang', 'Garcia', 'Müller', 'Kim', 'Rossi', 'Novak', 'Okafor', 'Silva', 'Tanaka', 'Dubois', 'Ivanova', 'Haddad', 'Nakamura', 'Kowalski', 'Andersen', 'Moreau', 'Fischer', 'Costa'];
const journals = ['J Gen Stud', 'Cell Signal', 'Oncol Rep', 'Mol Cancer', 'Cancer Res', 'Front Oncol'];
const titleWords = ['signalling', 'regulation', 'expression', 'resistance', 'progression', 'invasion', 'prognosis', 'microenvironment', 'inflammation', 'metabolism'];

/** The key of entry `i`: surname, year and a serial, as Better BibTeX would make them unique. */
export function bibKey(i: number): string {
  return `${surnames[i % surnames.length].toLowerCase()}${1990 + (i % 35)}s${i}`;
}

/** One .bib entry; with an abstract of five sentences when asked. */
function entry(i: number, withAbstract: boolean, random: SeededRandom): string {
  const authors = Array.from({ length: 1 + random.int(4) }, (_, k) => `${k === 0 ? surnames[i % surnames.length] : random.pick(surnames)}, ${String.fromCharCode(65 + random.int(26))}.`).join(' and ');
  const year = 1990 + (i % 35);
  const lines = [
    `@article{${bibKey(i)},`,
    `  title = {Study ${i} of ${random.pick(subjects)} ${random.pick(titleWords)} in ${random.pick(places)}},`,
    `  author = {${authors}},`,
    `  journal = {${random.pick(journals)}},`,
    `  year = {${year}},`,
    `  volume = {${1 + random.int(60)}},`,
    `  pages = {${1 + random.int(900)}--${901 + random.int(99)}},`,
    `  doi = {10.${1000 + random.int(9000)}/gen.${i}},`,
  ];
  if (withAbstract) {
    const s = (k: number) => `${subjects[(i + k) % subjects.length]} ${verbs[(i * 3 + k) % verbs.length]} ${objects[(i * 5 + k) % objects.length]}`;
    const abstract = [
      `Background: ${subjects[i % subjects.length]} has been implicated in ${places[(i * 3) % places.length]}.`,
      `We examined ${cells[i % cells.length]} cells.`,
      `Knockdown of ${subjects[(i + 1) % subjects.length]} reduced ${objects[(i * 2) % objects.length]} (p < 0.05).`,
      `${s(2)} in ${cells[i % cells.length]} cells, and ${s(3).charAt(0).toLowerCase()}${s(3).slice(1)}.`,
      `These results suggest that ${s(4)}.`,
    ].join(' ');
    lines.push(`  abstract = {${abstract}}`);
  }
  lines.push('}', '');
  return lines.join('\n');
}

/**
 * A .bib of `entries` entries (seeded: the same arguments give the same text); every `abstractEvery`-th entry
 * has an abstract (1: all of them, 0: none).
 */
export function generateBib(entries: number, abstractEvery: number, seed = 10): string {
  const random = new SeededRandom(seed);
  const parts: string[] = [];
  for (let i = 0; i < entries; i++) parts.push(entry(i, abstractEvery > 0 && i % abstractEvery === 0, random));
  return parts.join('\n');
}
