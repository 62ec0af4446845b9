// Citation completion with a bibliography far larger than a list can show: a bounded list from an index,
// ranked by the sentence, marked incomplete so the editor asks again as the writer types.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { ClaimLensService } from '../../src/core/service';
import { fixture } from './fixture';

const entities = fs.readFileSync(path.resolve(__dirname, '..', '..', '..', 'data', 'entities.json'), 'utf8');

let loads = 0;

/** A service on its own library (a load of the same files as the last load hands back the same knowledge base). */
async function serviceWith(bib: string): Promise<ClaimLensService> {
  const { kb } = await buildKnowledgeBase([{ path: 'entities.json', text: entities }, { path: `refs-${loads++}.bib`, text: bib }]);
  return new ClaimLensService(kb);
}

/** 1,000 entries on nothing in particular, one on IL-11 and migration with an abstract that says so. */
function largeBib(): string {
  const entries = Array.from({ length: 1000 }, (_, i) => `@article{filler${i},\n  title = {Filler study ${i}},\n  author = {Author${i % 97}, Ann},\n  year = {${1980 + (i % 40)}}\n}\n`);
  entries.splice(500, 0, '@article{roe2011migration,\n  title = {An older paper},\n  author = {Roe, Kim},\n  year = {2011},\n  abstract = {IL-11 promoted cell migration of HCT116 cells.}\n}\n');
  return entries.join('');
}

suite('citation completion at scale', () => {
  let service: ClaimLensService;
  suiteSetup(async function () {
    this.timeout(60000);
    service = await serviceWith(largeBib());
  });

  test('a large bibliography gives at most 100 items, marked incomplete', () => {
    const { doc, offset } = fixture('Some words [@$0]', 'markdown');
    const result = service.completion(doc, offset);
    assert.ok(result);
    assert.equal(result.citations.length, 100);
    assert.equal(result.citationsIncomplete, true);
  });

  test('the paper whose abstract matches the sentence comes first although it is old', () => {
    const { doc, offset } = fixture('IL-11 promotes the migration of colorectal cancer cells [@$0]', 'markdown');
    assert.equal(service.completion(doc, offset)?.citations[0].key, 'roe2011migration');
  });

  test('a typed prefix finds papers by key, surname, title word or year; a typo in a key still finds it', () => {
    const keysFor = (typed: string) => {
      const { doc, offset } = fixture(`Text \\cite{${typed}$0}`, 'latex');
      return service.completion(doc, offset)?.citations.map((c) => c.key) ?? [];
    };
    assert.deepEqual(keysFor('roe20'), ['roe2011migration']);
    assert.deepEqual(keysFor('filler99').sort(), ['filler99', 'filler990', 'filler991', 'filler992', 'filler993', 'filler994', 'filler995', 'filler996', 'filler997', 'filler998', 'filler999']);
    assert.deepEqual(keysFor('roe'), ['roe2011migration']);
    // A surname and a year together: every typed word must match.
    const expected = Array.from({ length: 1000 }, (_, i) => i).filter((i) => String(i % 97).startsWith('5') && 1980 + (i % 40) === 1985).map((i) => `filler${i}`);
    assert.ok(expected.length > 0);
    assert.deepEqual(keysFor('author5 1985').sort(), expected.sort());
    assert.ok(keysFor('reo2011migration').includes('roe2011migration'));
  });

  test('switching sentences, and back, ranks each as a fresh library would (scores are kept for one sentence only)', async () => {
    const items = (svc: ClaimLensService, sentence: string) => {
      const { doc, offset } = fixture(`${sentence} [@$0]`, 'markdown');
      return svc.completion(doc, offset)?.citations.map((c) => `${c.key}:${c.score}`);
    };
    const about = 'IL-11 promotes the migration of colorectal cancer cells';
    const other = 'Sorafenib raises IL-6 receptor levels';
    const asked = [items(service, about), items(service, other), items(service, about), items(service, `${about}, mostly`)];
    const fresh = await serviceWith(largeBib());
    assert.deepEqual(asked[1], items(fresh, other));
    const again = await serviceWith(largeBib());
    assert.deepEqual(asked[0], items(again, about));
    assert.deepEqual(asked[2], asked[0]);
    assert.deepEqual(asked[3], asked[0]);
    assert.ok(asked[0]![0].startsWith('roe2011migration:') && !asked[1]![0].startsWith('roe2011migration:'));
  });

  test('a prefix that matches thousands of papers ranks all of them: the best for the sentence first, then the newest', async function () {
    this.timeout(60000);
    // 2,500 papers by Smiths from the 1990s and 2000s; after them, the one paper whose abstract matches the
    // sentence and the one newest paper, both sorting after every other key that starts with "smi".
    const entries = Array.from({ length: 2500 }, (_, i) => `@article{smith${String(i).padStart(4, '0')},\n  title = {Filler study ${i}},\n  author = {Smith, Ann},\n  year = {${1990 + (i % 20)}}\n}\n`);
    entries.push('@article{smithzz1999,\n  title = {An older paper},\n  author = {Smith, Kim},\n  year = {1999},\n  abstract = {IL-11 promoted cell migration of HCT116 cells.}\n}\n');
    entries.push('@article{smithzy2024,\n  title = {The newest paper},\n  author = {Smith, Lee},\n  year = {2024}\n}\n');
    const smiths = await serviceWith(entries.join(''));
    const { doc, offset } = fixture('IL-11 promotes the migration of colorectal cancer cells \\cite{smi$0}', 'latex');
    const result = smiths.completion(doc, offset);
    assert.deepEqual(result?.citations.slice(0, 2).map((c) => c.key), ['smithzz1999', 'smithzy2024']);
    assert.equal(result?.citations.length, 100);
    assert.equal(result?.citationsIncomplete, true);
  });
});
