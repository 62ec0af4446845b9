// The membership word class (claims/membership.ts), shared by scope.ts's definition and memberSharedRoute.ts (issue 7,
// stop 44): each wording's example holds it and its word, the wordings that say membership alone make a definition,
// every wording read with a shared receptor after its family gives the member's route, and the wordings that need a
// family after them are no definition in a claim of our own.
import * as assert from 'node:assert/strict';
import { membershipSource, membershipWordings, membershipWords } from '../../src/core/claims/membership';
import { nonClaimKind } from '../../src/core/verify/scope';
import { requiredLiterals } from '../../src/core/util/requiredLiterals';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

suite('membership wordings', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(30000);
    kb = await bundledKb();
  });

  for (const { source, alone, word, example } of membershipWordings) {
    test(`${alone ? 'alone' : 'before a family'}: "${example}"`, () => {
      const wording = new RegExp(String.raw`\b${source}\b`, 'i');
      assert.match(example, wording);
      // The word is a sound prefilter: every match holds it.
      assert.ok(example.toLowerCase().includes(word), word);
      for (const literal of requiredLiterals(wording) ?? assert.fail(`no literals in ${source}`)) assert.ok(literal.includes(word), `${literal} lacks ${word}`);
      // A membership that says itself is a definition when no claim is read.
      if (alone) assert.equal(nonClaimKind(example, false), 'definition', example);
      // With what the family shares after it, the member signals through it.
      const shared = `${example.replace(/\.$/, '')}, all of which use gp130.`;
      assert.ok(claimsOf(shared, kb).some((c) => c.endsWith(' signals-through GP130')), `${shared}: ${claimsOf(shared, kb).join('; ')}`);
    });
  }

  test('each reader\'s words are those of its wordings', () => {
    assert.deepEqual(membershipWords('all'), ['belong', 'member', 'classified', 'grouped', 'placed', 'included', 'one of', 'among']);
    assert.deepEqual(membershipWords('alone'), ['belong', 'member', 'classified', 'grouped']);
    assert.ok(membershipSource('alone').length < membershipSource('all').length);
  });

  // Why scope.ts takes only the wordings that say membership alone: the others open claims.
  test('"is one of", "is among", "is included in" open claims, which are no definitions', () => {
    for (const text of ['In oral tumours, IL-11 is one of the strongest inducers of MMP-13.', 'STAT3 is among the genes that hypoxia raises most in liver tumour cells.', 'MMP-9 is included in the panel of markers that rise with IL-6.']) {
      assert.notEqual(nonClaimKind(text, false), 'definition', text);
    }
  });
});
