// Issue 7, stop 43 (appositions.ts participleDescription): a reduced passive with its agent between commas on the
// subject ("X, activated by Y, drives Z") describes the subject; the verb after the closing comma is the subject's,
// never the participle's agent's.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { participleDescription } from '../../src/core/claims/appositions';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a reduced passive on the subject', () => {
  test(participleDescription.example, () => {
    assert.deepEqual(claimsOf(participleDescription.example, kb), [...participleDescription.reads].sort());
  });

  test('after a described subject, the verb is still the subject\'s', () => {
    const claims = claimsOf('STAT3, one of the STAT proteins, largely activated by IL-11, promotes migration of breast cancer cells.', kb);
    assert.ok(claims.some((c) => c.startsWith('STAT3 promotes CELL_MIGRATION')), claims.join('; '));
    assert.ok(!claims.some((c) => c.startsWith('IL11 promotes')), claims.join('; '));
  });

  test('the participle\'s agent does not take the verb after the comma', () => {
    const claims = claimsOf('SOCS3, strongly induced by IL-6, suppresses STAT3 phosphorylation in HCC.', kb);
    assert.ok(!claims.some((c) => c.startsWith('IL6 suppresses')), claims.join('; '));
  });

  test('a participle without its agent is left as it was read', () => {
    const claims = claimsOf('IL-11, induced in hypoxia, promotes invasion.', kb);
    assert.ok(claims.includes('HYPOXIA induces IL11'), claims.join('; '));
  });
});
