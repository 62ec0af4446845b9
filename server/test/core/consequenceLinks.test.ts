// A relative clause of consequence (", which led to", ", which resulted in") speaks of the whole event before its
// comma: its subject is the main clause's agent, with that clause's loss of function, as ", resulting in" and
// ", thereby" read (subjects.ts consequenceVerbs; anchored.ts stops the pair of the blocked object and the effect).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('consequence links: the first clause\'s agent carries to the effect', () => {
  const cases: [string, string[]][] = [
    // A raising main clause: the agent raises the effect.
    ['IL-11 activated STAT3, which led to enhanced cell invasion.', ['IL11 activates STAT3', 'IL11 induces CELL_INVASION']],
    // A blocking agent: the blocked object leads to nothing; the agent lowers the effect.
    ['Sorafenib blocked STAT3, which led to reduced cell invasion.', ['SORAFENIB inhibits STAT3', 'SORAFENIB suppresses CELL_INVASION']],
    // A loss of function in the first clause turns the effect round, present tense and "resulted in".
    ['Knockdown of STAT3 lowers MMP-13, which results in reduced cell invasion.', ['STAT3 increases MMP13', 'STAT3 induces CELL_INVASION']],
    // With a setting and a condition: both claims keep it.
    ['In breast cancer cells, hypoxia raised HIF-1α levels, which resulted in higher IL-11 secretion.', ['HYPOXIA increases HIF1A [ctx BREAST_CANCER]', 'HYPOXIA induces IL11 [ctx BREAST_CANCER]']],
  ];
  for (const [sentence, claims] of cases) {
    test(sentence, () => {
      assert.deepEqual(claimsOf(sentence, kb), [...claims].sort());
    });
  }

  test('a relative clause of another verb still speaks of its antecedent', () => {
    assert.deepEqual(claimsOf('IL-11 activated STAT3, which subsequently promoted cell invasion.', kb), ['IL11 activates STAT3', 'STAT3 promotes CELL_INVASION']);
  });

  test('a blocked object is no cause of the effect: no false contradiction', () => {
    assert.notEqual(onlySentence('Sorafenib blocked STAT3 phosphorylation, which led to reduced cell invasion.', kb).verdict, 'contradicted');
  });
});

suite('consequence links: a change word shared by the list of effects', () => {
  const cases: [string, string[]][] = [
    ['Sorafenib inhibited STAT3, resulting in reduced migration and invasion.', ['SORAFENIB inhibits STAT3', 'SORAFENIB suppresses CELL_INVASION', 'SORAFENIB suppresses CELL_MIGRATION']],
    ['NT157 lowered IGF-1R levels, which led to diminished proliferation, migration and invasion.', ['NT157 decreases IGF1R', 'NT157 suppresses CELL_INVASION', 'NT157 suppresses CELL_MIGRATION', 'NT157 suppresses CELL_PROLIFERATION']],
    // A member with its own change word keeps it.
    ['Hypoxia raised HIF-1α, resulting in reduced apoptosis and increased IL-11 secretion.', ['HYPOXIA increases HIF1A', 'HYPOXIA increases IL11', 'HYPOXIA suppresses APOPTOSIS']],
  ];
  for (const [sentence, claims] of cases) {
    test(sentence, () => {
      assert.deepEqual(claimsOf(sentence, kb), [...claims].sort());
    });
  }
});
