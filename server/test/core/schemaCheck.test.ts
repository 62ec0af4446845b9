// The fast path's checks are made from the zod schemas (kb/schemaCheck.ts): for every record, valid or broken
// in any one place, they must say what zod says, and fill in the same defaults.
import { strict as assert } from 'node:assert';
import { z } from 'zod';
import { EntitySchema, FactSchema, PaperSchema } from '../../src/core/kb/schema';
import { recordCheck } from '../../src/core/kb/schemaCheck';

const paper = {
  key: 'roe2024', title: 'A study', authors: [{ family: 'Roe', given: 'Kim' }], authorsTruncated: true, journal: 'J Test', journalAbbrev: null,
  year: 2024, month: 3, volume: '12', issue: null, pages: '1-9', doi: '10.1234/abc', pmid: '123', keywords: ['a'], summary: 'Ours.', abstract: 'Text.', source: 's',
};
const entity = { id: 'IL11', name: 'interleukin-11', symbol: 'IL-11', type: 'cytokine', synonyms: ['IL11'], parents: ['IL6_FAMILY'], components: [], description: 'A cytokine.', xrefs: { hgnc: 'IL11' } };
const fact = {
  id: 'roe-1', subject: 'IL11', relation: 'associated-with', polarity: 'positive', object: 'STAT3', objectAspect: 'phosphorylation', mediators: ['JAK1'], context: ['HCC'],
  evidence: { paper: 'roe2024', locator: 'Fig. 2', kind: 'finding', cites: 'Lee 2020', extracted: { sentence: 0, text: 'IL-11 rose.', reader: 'r1', hedged: false, negated: false } },
  statement: 'IL-11 goes with STAT3.',
};

/** Values a broken record might hold in any one place (undefined: the key is missing). */
const replacements: unknown[] = [undefined, null, '', 'x', 'IL11', 'bad id', '10.1/x', 'signals-through', 'finding', 'positive', 0, -1, 1.5, 1799, 2024, 13, true, [], ['A'], [''], [1], {}, { family: 'Roe' }];

/** Every path to a value in the record (into objects and arrays). */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function withValue(record: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(record) as Record<string | number, unknown>;
  let holder = copy;
  for (const step of path.slice(0, -1)) holder = holder[step] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (value === undefined && !Array.isArray(holder)) delete holder[last];
  else holder[last] = value;
  return copy;
}

/** The record with one place changed, in every way: each replacement at each path, and an unknown key in each object. */
function variants(record: object): unknown[] {
  const out: unknown[] = [record];
  for (const path of paths(record)) {
    if (path.length === 0) continue;
    for (const value of replacements) out.push(withValue(record, path, value));
  }
  for (const path of paths(record)) {
    const target = path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], record);
    if (typeof target === 'object' && target !== null && !Array.isArray(target)) out.push(withValue(record, [...path, 'unknownKey'], 'x'));
  }
  return out;
}

suite('fast-path checks made from the schema', () => {
  for (const [name, schema, record] of [['paper', PaperSchema, paper], ['entity', EntitySchema, entity], ['fact', FactSchema, fact]] as const) {
    test(`a ${name} broken in any one place is refused exactly when zod refuses it, and defaults are zod's`, () => {
      const check = recordCheck(schema);
      let refused = 0;
      const all = variants(record);
      for (const variant of all) {
        const parsed = (schema as z.ZodType).safeParse(structuredClone(variant));
        const value = structuredClone(variant);
        const accepted = check(value);
        assert.equal(accepted, parsed.success, `${JSON.stringify(variant)}`);
        if (accepted) assert.deepEqual(value, parsed.data, `${JSON.stringify(variant)}`);
        else refused++;
      }
      assert.ok(refused > all.length / 3, `most variants are broken (${refused} of ${all.length})`);
    });
  }

  test('a schema element the fast path does not know is refused when the check is made, never passed over', () => {
    assert.throws(() => recordCheck(z.object({ a: z.string() })), /not a strict object/);
    assert.throws(() => recordCheck(z.strictObject({ a: z.email() })), /does not know/);
    assert.throws(() => recordCheck(z.strictObject({ a: z.union([z.string(), z.number()]) })), /does not know/);
  });
});
