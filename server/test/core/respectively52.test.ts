// "A and B bind C and D, respectively" (claims/respectively.ts, stop 52, h-misread52): the lists pair member by member.
// Every reader paired each subject with each object, so the crossed pairs ("A binds D") were read too.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('"respectively" pairs two lists member by member', () => {
  test('the crossed pairs go, the respective ones stay', () => {
    for (const [text, claims] of [
      ['IL-6 and IL-11 bind IL-6R and IL-11Rα, respectively.', ['IL11 binds IL11RA', 'IL6 binds IL6R']],
      ['IL-6/IL-11 bind IL-6R/IL-11Rα, respectively.', ['IL11 binds IL11RA', 'IL6 binds IL6R']],
      ['IL-11 and hypoxia raised MMP-9 and MMP-2, respectively.', ['HYPOXIA increases MMP2', 'IL11 increases MMP9']],
      ['MMP-2 and MMP-9 were induced by IL-6 and IL-11, respectively.', ['IL11 induces MMP9', 'IL6 induces MMP2']],
      ['IL-6 and IL-11 activate STAT3 and ERK, respectively, in HCC cells.', ['IL11 activates ERK [ctx HCC]', 'IL6 activates STAT3 [ctx HCC]']],
    ] as const) assert.deepEqual(claimsOf(text, kb), [...claims], text);
  });

  test('the rest of the sentence is read as before', () => {
    const claims = claimsOf('The cytokines IL-6 and IL-11 bind to their receptors IL-6R and IL-11R, respectively, resulting in complexes that associate with gp130.', kb);
    assert.ok(!claims.includes('IL6 binds IL11RA') && !claims.includes('IL11 binds IL6R'), claims.join('; '));
    assert.ok(claims.includes('IL6 binds IL6R') && claims.includes('IL11 binds IL11RA'), claims.join('; '));
  });

  test('controls: without "respectively", or with lists of unequal length, every pair stays', () => {
    assert.equal(claimsOf('IL-6 and IL-11 bind IL-6R and IL-11Rα.', kb).length, 4);
    assert.equal(claimsOf('IL-6 and IL-11 bind IL-6R, IL-11Rα and gp130, respectively.', kb).length, 6);
  });
});
