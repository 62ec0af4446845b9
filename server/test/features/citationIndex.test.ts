// The citation index built at load, a step at a time (as the server does between requests): it must answer
// exactly as one built at once, and a completion that comes before the build ends must finish it itself.
import * as assert from 'node:assert/strict';
import { CitationIndex, citationIndexOf, citationIndexSteps } from '../../src/core/features/citationIndex';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';

/** A .bib of `n` entries of our own: surnames, title words and years that repeat across entries. */
function bib(n: number): string {
  const surnames = ['Okafor', 'Müller', 'Tanaka', 'Garcia', 'Smith'];
  const words = ['signalling', 'migration', 'hypoxia', 'invasion', 'resistance'];
  const entries: string[] = [];
  for (let i = 0; i < n; i++) {
    entries.push(`@article{${surnames[i % 5].toLowerCase()}${2000 + (i % 23)}e${i}, author={${surnames[i % 5]}, Ada and Lee, Bo}, title={A note on ${words[i % 5]} and ${words[(i * 3) % 5]} number ${i}}, journal={J Test}, year={${2000 + (i % 23)}}}`);
  }
  return entries.join('\n');
}

let loads = 0;

/** Each test its own library: a load of the same files as the last load hands back the same knowledge base. */
async function library(n: number): Promise<KnowledgeBase> {
  return (await buildKnowledgeBase([{ path: `refs-${loads++}.bib`, text: bib(n) }], undefined, { readAbstracts: false })).kb;
}

const prefixes = ['', 'oka', 'muller', 'tanaka2003', 'garcia 2010', 'migr', 'hypoxia 2001', 'smith2022e4', 'smiht', 'zzz'];

suite('citation index built in steps', function () {
  // Loading 5,000 entries takes a few seconds on a busy machine; nothing here is timed.
  this.timeout(60_000);

  test('answers every prefix as an index built at once', async () => {
    const kb = await library(5_000);
    const step = citationIndexSteps(kb);
    let steps = 1;
    while (!step()) steps++;
    assert.ok(steps > 2, `a 5,000-entry library takes several steps (${steps})`);
    const stepped = citationIndexOf(kb);
    const direct = new CitationIndex(kb);
    for (const prefix of prefixes) {
      assert.deepEqual(stepped.matchPrefix(prefix, 100), direct.matchPrefix(prefix, 100), `prefix "${prefix}"`);
      assert.deepEqual(stepped.matchFuzzy(prefix, 100), direct.matchFuzzy(prefix, 100), `fuzzy "${prefix}"`);
    }
    assert.deepEqual([...stepped.rank], [...direct.rank]);
    assert.equal(stepped.indexOfKey('okafor2000e0'), direct.indexOfKey('okafor2000e0'));
  });

  test('a completion before the build ends finishes it; the remaining steps then have nothing to do', async () => {
    const kb = await library(5_000);
    const step = citationIndexSteps(kb);
    assert.equal(step(), false);
    const index = citationIndexOf(kb);
    assert.equal(index.matchPrefix('tanaka2003', 100).indices.length > 0, true);
    assert.equal(step(), true);
    assert.equal(citationIndexOf(kb), index, 'one index per library');
  });

  test('a prefix finds the papers a scan of every paper\'s words finds (all of them when they fit the limit)', async () => {
    const kb = await library(3_000);
    const index = citationIndexOf(kb);
    const folded = (w: string) => w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    const wordsOf = (i: number): string[] => {
      const paper = index.papers[i];
      return [paper.key.toLowerCase(), ...(paper.authors ?? []).map((a) => folded(a.family)), ...paper.title.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3).map(folded), String(paper.year ?? '')];
    };
    for (const prefix of [...prefixes, 'o', 'okafor20', 'a note', '2011', 'migration hyp', 'number 12', 'lee']) {
      const parts = prefix.split(/\s+/).map(folded).filter(Boolean);
      const scan = index.papers.map((_, i) => i).filter((i) => parts.every((part) => wordsOf(i).some((w) => w.startsWith(part))));
      for (const limit of [5, 100, 5_000]) {
        const found = index.matchPrefix(prefix, limit);
        if (parts.length === 0) continue;
        assert.equal(found.complete, scan.length <= limit, `"${prefix}" limit ${limit}`);
        assert.equal(found.indices.length, Math.min(limit, scan.length), `"${prefix}" limit ${limit}`);
        assert.ok(found.indices.every((i) => scan.includes(i)), `"${prefix}" finds only papers that match`);
        if (found.complete) assert.deepEqual([...found.indices].sort((a, b) => a - b), scan, `"${prefix}" finds them all`);
      }
    }
  });
});
