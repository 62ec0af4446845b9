// Every non-claim rule's example is its own test; claims next to a weak marker survive.
import * as assert from 'node:assert/strict';
import { readSentence } from '../../src/core/claims/extract';
import { nonClaimRules } from '../../src/core/claims/nonClaims';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

function reading(text: string) {
  return readSentence(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()), kb);
}

suite('non-claims: each rule', () => {
  for (const rule of nonClaimRules) {
    test(`${rule.reason}: ${rule.example}`, () => {
      const read = reading(rule.example);
      assert.equal(read.nonClaim, rule.reason);
      assert.deepEqual(read.claims, []);
    });
  }
});

suite('non-claims: what stays a claim', () => {
  test('a finding is not a non-claim', () => {
    assert.equal(reading('IL-11 increased MMP-13 expression in OSCC cells.').nonClaim, undefined);
  });

  test('a method marker next to a finding keeps the finding', () => {
    const text = 'MMP-13 expression, measured by qPCR, was increased by IL-11.';
    assert.deepEqual(claimsOf(text, kb), ['IL11 increases MMP13']);
    assert.equal(reading(text).nonClaim, undefined);
  });

  test('an aim drops the relation it names', () => {
    assert.deepEqual(claimsOf('The aim of this work was to determine whether IL-6 promotes HCC progression.', kb), []);
  });

  test('a definition that also states a relation keeps the relation', () => {
    assert.deepEqual(claimsOf('IL-11 is a member of the IL-6 family and signals through gp130.', kb), ['IL11 signals-through GP130']);
  });
});
