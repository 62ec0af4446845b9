// A snapshot's papers as columns (kb/paperColumns.ts): papers of every shape come back equal and in order (the
// usual shape from the columns, the others as JSON), shared authors and keyword lists are one object, and
// numbers that point outside their tables are refused.
import { strict as assert } from 'node:assert';
import { decodePapers, encodePapers } from '../../src/core/kb/paperColumns';
import type { Paper } from '../../src/core/kb/schema';

const usual = (key: string, rest: Partial<Paper> = {}): Paper => ({
  key, title: `On gp130 signalling (${key})`, authors: [{ family: 'Okafor', given: 'C.' }], journal: 'J Test', year: 2019, volume: '12', issue: '3', pages: '1-9',
  doi: `10.5555/${key}`, pmid: null, keywords: ['STAT3'], summary: null, ...rest,
});

const papers: Paper[] = [
  usual('a2019'),
  usual('b2019', { authors: null, year: null, journal: null, volume: null, keywords: [], summary: 'A summary in our words.' }),
  // Optional fields, another key order, a person without a given name, text outside Latin-1: kept as JSON.
  { ...usual('c2020'), month: 4, abstract: 'NF-κB rose.' },
  { title: 'Keys in another order', key: 'd2021', authors: [{ family: 'Nwosu' }], journal: 'J Test', year: 2021, volume: null, issue: null, pages: null, doi: null, pmid: '123', keywords: [], summary: null },
  usual('e2022', { title: 'NF-κB and IL-6 – a note', authors: [{ family: 'Okafor', given: 'C.' }, { family: 'Lindqvist' }] }),
  usual('f2022'),
];

suite('papers as columns (library snapshot)', () => {
  test('every paper comes back equal, in order; the usual shape from the columns', () => {
    const encoded = encodePapers(papers);
    assert.deepEqual(Array.from(encoded.rows), [0, 1, -1, -2, 2, 3]);
    const decoded = decodePapers(encoded)!;
    assert.deepEqual(decoded, papers);
    assert.deepEqual(decoded.map((paper) => Object.keys(paper)), papers.map((paper) => Object.keys(paper)), 'the same keys in the same order');
    assert.equal(decoded[0].authors![0], decoded[5].authors![0], 'one person shared by the papers that name them');
    assert.equal(decoded[0].keywords, decoded[5].keywords);
  });

  test('a number outside its table, or rows out of order, is refused', () => {
    const encoded = encodePapers(papers);
    const wrong = (change: (e: typeof encoded) => void) => {
      const copy = { ...encoded, rows: encoded.rows.slice(), columns: encoded.columns.slice() };
      change(copy);
      return decodePapers(copy);
    };
    assert.equal(wrong((e) => (e.columns[1] = 10_000)), undefined, 'a title that is no string of the table');
    assert.equal(wrong((e) => (e.columns[2] = 99)), undefined, 'an author list that is not there');
    assert.equal(wrong((e) => (e.columns[10] = -1)), undefined, 'keywords cannot be null');
    assert.equal(wrong((e) => (e.rows[1] = 0)), undefined, 'a row used twice');
    assert.equal(wrong((e) => (e.rows[2] = -2)), undefined, 'another paper out of order');
  });
});
