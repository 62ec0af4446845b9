// Every sentence-level claim filter's example is its own test (core/claims/sentenceFilters.ts): the whole reader, as a
// draft is read, finds the filter's expected claims in it, and reads it otherwise with the filter switched off.
import * as assert from 'node:assert/strict';
import { constructions } from '../../src/core/claims/constructions';
import { sentenceFilters, sentenceFiltersOff } from '../../src/core/claims/sentenceFilters';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('sentence-level claim filters: each example', () => {
  for (const filter of sentenceFilters) {
    test(`${filter.name}: ${filter.example}`, () => {
      assert.deepEqual(claimsOf(filter.example, kb), [...filter.expected].sort());
      sentenceFiltersOff.add(filter.name);
      try {
        assert.notDeepEqual(claimsOf(filter.example, kb), [...filter.expected].sort(), 'the example reads the same without its filter');
      } finally {
        sentenceFiltersOff.delete(filter.name);
      }
    });
  }

  test('names are unique, none is also a construction, and every filter has an example with a claim', () => {
    const names = sentenceFilters.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    for (const c of constructions) assert.ok(!names.includes(c.name), c.name);
    for (const f of sentenceFilters) assert.ok(f.example.length > 0 && f.expected.length > 0 && f.why.length > 0, f.name);
  });
});
