// A clause of its own after ", and" (claims/subjects.ts ownClauseAfterComma, issue 7, stop 47): "Z relays the signals
// of A, and B raises Y". The verb before the comma is no trigger, so the second verb's subject phrase ran back to the
// sentence's start and took Z as the subject ("Z raises Y", supported by a finding on B). A single name with its own
// finite verb after ", and" is the second clause's subject; a list whose comma before "and" closes three members or
// more ("A, B, and C raise Y") stays one subject phrase. Sentences written for this test.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, sentencesOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('a clause of its own after ", and"', () => {
  test('the second verb takes the name after ", and" as its subject, not the first clause\'s subject', () => {
    for (const [text, reads, not] of [
      ['The receptor gp130 conveys the signals of oncostatin M, and IL-6 raises MMP-13 in OSCC cells.', 'IL6 increases MMP13 [ctx OSCC]', 'GP130 increases MMP13 [ctx OSCC]'],
      ['gp130 transmits the signalling of IL-6, and IL-11 then increased VEGF in breast cancer cells.', 'IL11 increases VEGF [ctx BREAST_CANCER]', 'GP130 increases VEGF [ctx BREAST_CANCER]'],
      ['In HCC cells, gp130 transduces signals of IL-6, and IL-11 activates STAT3.', 'IL11 activates STAT3 [ctx HCC]', 'GP130 activates STAT3 [ctx HCC]'],
    ]) {
      const claims = claimsOf(text, kb);
      assert.ok(claims.includes(reads), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.includes(not), `${text}: ${JSON.stringify(claims)}`);
      // Nor is the second clause's subject a member of the frame's list (extract.ts subjectsAfter, the same test).
      assert.ok(!claims.some((c) => /^IL11 signals-through/.test(c) && !text.includes('signals of IL-11')), `${text}: ${JSON.stringify(claims)}`);
    }
  });

  test('the first clause\'s frame comes first: the sentence follows it (analyzeBlock main claim)', () => {
    const [sentence] = sentencesOf('gp130 transduces signals of IL-6, and IL-11 raises MMP-13 in OSCC cells.', kb);
    assert.equal(sentence.verdict, 'unsupported');
    assert.match(sentence.claims.map((c) => `${c.claim.subject.entityId} ${c.claim.relation}`).join(' | '), /^IL6 signals-through/);
  });

  test('a list of three names or more with a comma before "and" stays one subject phrase', () => {
    for (const text of ['IL-6, OSM, and IL-11 raised MMP-13 in OSCC cells.', 'Expression of IL-6, OSM, and IL-11 increases MMP-13 in OSCC cells.']) {
      const claims = claimsOf(text, kb);
      for (const subject of ['IL6', 'IL11', 'NCBIGENE_5008']) assert.ok(claims.includes(`${subject} increases MMP13 [ctx OSCC]`), `${text}: ${JSON.stringify(claims)}`);
    }
  });
});

// A second predicate after a verb of having (claims/subjects.ts copulaSubjects, `possessing`): "X has a survival
// function and protects Y" says X protects Y; the process that only qualifies "function" is no subject of the verb.
suite('a second predicate after "has a <process> function and"', () => {
  test('the verb after "and" keeps the subject of "has"', () => {
    for (const [text, reads, not] of [
      ['STAT3 has a survival function and protects gastric cancer cells from apoptosis.', 'STAT3 decreases APOPTOSIS [ctx GASTRIC_CANCER]', 'SURVIVAL decreases APOPTOSIS [ctx GASTRIC_CANCER]'],
      ['Akt has a strong migratory function and raises MMP-9 in HCC cells.', 'AKT increases MMP9 [ctx HCC]', 'CELL_MIGRATION increases MMP9 [ctx HCC]'],
      ['In HCC cells, STAT1 possesses a key survival function and lowers caspase-3.', 'STAT1 decreases NCBIGENE_836 [ctx HCC]', 'SURVIVAL decreases NCBIGENE_836 [ctx HCC]'],
    ]) {
      const claims = claimsOf(text, kb);
      assert.ok(claims.includes(reads), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.includes(not), `${text}: ${JSON.stringify(claims)}`);
    }
  });

  test('a name in a phrase after "have a" that is no qualifier is left as it was', () => {
    // "have a high level of X": X is inside a phrase of "of"; the cells, no name, stay without a subject of their own.
    assert.ok(claimsOf('The cells have a high level of STAT3 and show more invasion.', kb).includes('STAT3 increases CELL_INVASION'));
  });
});
