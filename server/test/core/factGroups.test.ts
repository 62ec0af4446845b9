// The knowledge base's fact indices as positions (kb/factGroups.ts) answer as the Map of arrays they replace,
// and facts read by the fast path hold their repeated parts once (kb/sharedParts.ts).
import { strict as assert } from 'node:assert';
import { columnArrays, columnGroups, FactGroupsBuilder, JoinedFactGroups, KeySlots } from '../../src/core/kb/factGroups';
import { loadKbJson } from '../../src/core/kb/loadFile';
import type { Fact } from '../../src/core/kb/schema';

/** A deterministic stream of small numbers (no Math.random: a failure must repeat). */
function numbers(seed: number): () => number {
  let state = seed;
  return () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 8;
}

const factNumbered = (n: number, subject: string, paper: string): Fact =>
  ({ id: `f${n}`, subject, relation: 'increases', object: 'B', mediators: [], context: [], evidence: { paper, locator: 'abstract', kind: 'finding' }, statement: `fact ${n}` }) as Fact;

suite('fact groups', () => {
  test("slots over another's map use it as it is, and copy it before a key is added (KeySlots.over)", () => {
    const slotOf = new Map([['p1', 0], ['p2', 1]]);
    const keys = ['p1', 'p2'];
    const slots = KeySlots.over(slotOf, keys);
    assert.equal(slots.slot('p2'), 1);
    assert.equal(slots.slotOf, slotOf);
    assert.equal(slots.slot('p3'), 2);
    assert.equal(slots.slot('p1'), 0);
    assert.deepEqual([...slots.slotOf], [['p1', 0], ['p2', 1], ['p3', 2]]);
    assert.deepEqual(slots.keys, ['p1', 'p2', 'p3']);
    // The map and keys it was made over are as they were.
    assert.deepEqual([...slotOf], [['p1', 0], ['p2', 1]]);
    assert.deepEqual(keys, ['p1', 'p2']);
  });

  test("a column of slots groups as a builder given each fact's slot in order: none (-1) left out, keys first-seen, the same arrays (columnGroups)", () => {
    const next = numbers(11);
    const facts: Fact[] = [];
    const slots = new KeySlots();
    // Slots made in an order of their own (some never used by the column), then a column that skips some facts.
    for (let k = 0; k < 60; k++) slots.slot(`K${(k * 7) % 60}`);
    const column = new Int32Array(3_000);
    const builder = new FactGroupsBuilder(slots);
    for (let n = 0; n < column.length; n++) {
      facts.push(factNumbered(n, 'A', 'p1'));
      const value = next() % 70;
      column[n] = value < 55 ? value : -1;
      if (column[n] >= 0) builder.addSlot(column[n], n);
    }
    assert.deepEqual(columnArrays(column, slots.keys.length), builder.arrays());
    const grouped = columnGroups(facts, slots, column);
    const expected = builder.groups(facts);
    assert.deepEqual([...grouped.keys()], [...expected.keys()]);
    for (const key of expected.keys()) assert.deepEqual(grouped.get(key), expected.get(key));
    assert.equal(grouped.get(slots.keys[57]), undefined, 'a slot no fact has');
    assert.equal(columnGroups(facts, slots, new Int32Array(0)).size, 0);
  });

  test('a grouping answers as a Map of arrays filled by pushes: keys in first-seen order, facts in order', () => {
    const next = numbers(7);
    const facts: Fact[] = [];
    for (let n = 0; n < 5_000; n++) facts.push(factNumbered(n, `E${next() % 300}`, `p${Math.floor(n / 10)}`));
    const slots = new KeySlots();
    const bySubject = new FactGroupsBuilder(slots);
    const byPaper = new FactGroupsBuilder(slots);
    const expectedSubject = new Map<string, Fact[]>();
    const expectedPaper = new Map<string, Fact[]>();
    facts.forEach((fact, n) => {
      bySubject.add(fact.subject, n);
      byPaper.add(fact.evidence.paper, n);
      expectedSubject.set(fact.subject, [...(expectedSubject.get(fact.subject) ?? []), fact]);
      expectedPaper.set(fact.evidence.paper, [...(expectedPaper.get(fact.evidence.paper) ?? []), fact]);
    });
    for (const [groups, expected] of [[bySubject.groups(facts), expectedSubject], [byPaper.groups(facts), expectedPaper]] as const) {
      assert.deepEqual([...groups.keys()], [...expected.keys()]);
      assert.equal(groups.size, expected.size);
      for (const [key, list] of expected) {
        assert.deepEqual(groups.get(key), list);
        assert.equal(groups.get(key), groups.get(key), 'a key answers with the same array each time');
        assert.equal(groups.count(key), list.length);
      }
    }
    // The slots are shared, yet a paper key is no subject.
    const subjects = bySubject.groups(facts);
    assert.equal(subjects.get('p0'), undefined);
    assert.equal(subjects.has('p0'), false);
    assert.equal(subjects.count('p0'), 0);
  });

  test('joined groups list a key\'s first facts, then its second ones', () => {
    const facts = [factNumbered(0, 'A', 'p'), factNumbered(1, 'B', 'p')];
    const builder = new FactGroupsBuilder();
    facts.forEach((fact, n) => builder.add(fact.subject, n));
    const derived = factNumbered(2, 'A', 'p');
    const only = factNumbered(3, 'C', 'p');
    const joined = new JoinedFactGroups(builder.groups(facts), new Map([['A', [derived]], ['C', [only]]]));
    assert.deepEqual(joined.get('A'), [facts[0], derived]);
    assert.deepEqual(joined.get('B'), [facts[1]]);
    assert.deepEqual(joined.get('C'), [only]);
    assert.deepEqual([...joined.keys()], ['A', 'B', 'C']);
    assert.equal(joined.size, 3);
  });

  test('facts read by the fast path share their repeated lists and evidence, and still read as written', () => {
    const record = (id: string, context: string[], locator: string) => ({ id, subject: 'IL11', relation: 'associated-with', polarity: 'positive', object: 'STAT3', context, evidence: { paper: 'roe2024', locator, kind: 'finding' }, statement: 'IL-11 goes with STAT3.' });
    const file = {
      papers: [{ key: 'roe2024', title: 'A study', authors: null, journal: null, year: 2024, volume: null, issue: null, pages: null, doi: null, pmid: null, summary: null }],
      entities: [],
      facts: [record('a', ['GASTRIC_CANCER', 'HYPOXIA'], 'results, Fig. 2B'), record('b', ['GASTRIC_CANCER', 'HYPOXIA'], 'results, Fig. 2B'), record('c', ['HYPOXIA'], 'abstract')],
    };
    const loaded = loadKbJson('library.json', JSON.stringify(file));
    assert.ok(loaded.factLocations, 'the fast path read it');
    const [a, b, c] = loaded.content.facts;
    assert.equal(a.context, b.context);
    assert.equal(a.evidence, b.evidence);
    assert.equal(a.relation, b.relation);
    assert.equal(a.mediators, c.mediators);
    assert.notEqual(a.evidence, c.evidence);
    assert.deepEqual(c.context, ['HYPOXIA']);
    assert.deepEqual(b, { ...record('b', ['GASTRIC_CANCER', 'HYPOXIA'], 'results, Fig. 2B'), mediators: [] });
  });
});
