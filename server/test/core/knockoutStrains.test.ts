// Mice named by a lost gene and a knockout background, "X-deficient Y-/- strains revealed accelerated Z"
// (manipulatedCellsShow.ts, manipulatedGroup.ts, nounPhrases.ts): the knockout mark keeps the phrase whole, strains
// are a group like mice, and "revealed" is a verb of showing; the loss turns the change round (X restrains Z).
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => analyzeDocument('markdown', text, kb).sentences.flatMap((s) => s.claims.map(({ claim: c }) => `${c.subject.entityId} ${c.negated ? 'not ' : ''}${c.relation} ${c.object.entityId}`));

suite('knockout strains and what they revealed', () => {
  test('a gene lost on a knockout background: the loss speeds the change, so the gene restrains it', () => {
    const claims = claimsOf('STAT3-deficient Mdr2-/- strains revealed clearly accelerated tumorigenesis.');
    assert.ok(claims.includes('STAT3 decreases TUMORIGENESIS'), JSON.stringify(claims));
  });
  test('a denied showing reads nothing', () => {
    const claims = claimsOf('STAT3-deficient Mdr2-/- strains revealed no accelerated tumorigenesis.');
    assert.ok(!claims.includes('STAT3 decreases TUMORIGENESIS'), JSON.stringify(claims));
  });
});
