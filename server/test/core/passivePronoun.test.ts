// Issue 7 (stop 50, h-actor50; extract.ts, the pronoun's antecedent): after a passive clause a pronoun subject is
// the clause's grammatical subject, the name that undergoes the verb, not the agent named after "by".
// "IL-6 is secreted by CAFs, and it promotes Y" was read as CAFs promoting Y (supported by the CAFs' own finding).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a pronoun subject after a passive clause', () => {
  test('"it" after "X is secreted by Y" is X, in the sentence and in the next one', () => {
    assert.deepEqual(claimsWithoutContextOf('IL-6 is secreted by CAFs, and it promotes tumour growth.', kb), ['CAF increases IL6', 'IL6 promotes TUMOR_GROWTH']);
    assert.deepEqual(claimsWithoutContextOf('IL-6 is secreted by CAFs. It promotes tumour growth.', kb), ['CAF increases IL6', 'IL6 promotes TUMOR_GROWTH']);
  });

  test('a condition as the agent: "X is induced by hypoxia, and it promotes Y" is X promoting Y', () => {
    assert.deepEqual(claimsWithoutContextOf('IL-11 is induced by hypoxia, and it promotes invasion.', kb), ['HYPOXIA induces IL11', 'IL11 promotes CELL_INVASION']);
  });

  // Near miss: an active first clause keeps its subject as the pronoun's.
  test('after an active clause "it" is still that clause\'s subject', () => {
    assert.deepEqual(claimsWithoutContextOf('Hypoxia raises IL-11, and it promotes EMT.', kb), ['HYPOXIA increases IL11', 'HYPOXIA promotes EMT']);
  });
});
