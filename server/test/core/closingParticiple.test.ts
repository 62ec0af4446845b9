// The agent of a closing participle (claims/subjects.ts closingParticipleAgents, and the reversed verb's case in
// inheritedSubjects): ", promoting Y" after a clause is said of the clause's subject, never of a name a preposition of
// time or place governs ("during tumour progression", vocabulary.ts settingPrepositions) nor of the upstream partner of
// "downstream of" / "depends on" (issue 7, stop 47: read as tumour progression, or IGF-1R, promoting Y).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));
/** Each sentence reads its right claim and not the wrong one (the participle's agent chosen as before stop 47). */
function readsRightNotWrong(cases: readonly [text: string, right: string, wrong: string][]): void {
  for (const [text, right, wrong] of cases) {
    assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
    assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
  }
}

suite('the agent of a closing participle', () => {
  test('a name after "during" or "in" is the setting, the sentence opening name the agent', () => {
    const cases: [string, string, string][] = [
      ['Macrophages are present in tumours and accumulate during tumour progression, promoting metastasis.', 'CL_0000235 promotes METASTASIS', 'TUMOR_PROGRESSION promotes METASTASIS'],
      ['Neutrophils are drawn into the liver and gather during tumour progression, driving metastasis.', 'CL_0000775 promotes METASTASIS', 'TUMOR_PROGRESSION promotes METASTASIS'],
      ['STAT3 is switched on in tumour cells and persists during EMT, enhancing invasion.', 'STAT3 increases CELL_INVASION', 'EMT increases CELL_INVASION'],
    ];
    readsRightNotWrong(cases);
  });

  test('after "downstream of" the participle is the downstream name\'s, not the upstream partner\'s', () => {
    const cases: [string, string, string][] = [
      ['IRS-1 acts downstream of IGF-1R, facilitating cell growth.', 'IRS1 promotes CELL_GROWTH', 'IGF1R promotes CELL_GROWTH'],
      ['STAT3 lies downstream of IL-6, enhancing cell proliferation.', 'STAT3 increases CELL_PROLIFERATION', 'IL6 increases CELL_PROLIFERATION'],
      ['MMP-11 lies downstream of IL-11, promoting invasion.', 'NCBIGENE_4320 promotes CELL_INVASION', 'IL11 promotes CELL_INVASION'],
    ];
    readsRightNotWrong(cases);
  });

  test('the wrong readings no longer come out supported', () => {
    assert.equal(onlySentence('Macrophages are present in tumours and accumulate during tumour progression, promoting metastasis.', kb).verdict, 'out-of-scope');
    assert.notEqual(onlySentence('MMP-11 lies downstream of IL-11, promoting invasion.', kb).verdict, 'supported');
  });
  test('after a claim whose cause is only a setting, the participle is the clause subject\'s', () => {
    // The passive's or the verb of change's condition ("under hypoxia", "during hypoxia") was read as its cause; the
    // participle or verb after it is said of the name that was secreted or rose (stop 48).
    const cases: [string, string, string][] = [
      ['IL-6 is secreted under hypoxia, promoting invasion.', 'IL6 promotes CELL_INVASION', 'HYPOXIA promotes CELL_INVASION'],
      ['IL-6 is released during hypoxia, driving metastasis.', 'IL6 promotes METASTASIS', 'HYPOXIA promotes METASTASIS'],
      ['VEGF is released in hypoxia, promoting invasion.', 'VEGF promotes CELL_INVASION', 'HYPOXIA promotes CELL_INVASION'],
      ['Neutrophils increase under hypoxic conditions and drive metastasis.', 'CL_0000775 promotes METASTASIS', 'HYPOXIA promotes METASTASIS'],
    ];
    readsRightNotWrong(cases);
  });
  test('after a fall whose cause is only a setting, the participle is said of the patient\'s loss', () => {
    // "X was reduced in the tumours, preventing Y": the fall prevents Y, so X promotes Y (loss inverts), never "X
    // prevents Y".
    const cases: [string, string, string][] = [
      ['IL-6 is reduced under hypoxia, lowering invasion.', 'IL6 increases CELL_INVASION', 'IL6 decreases CELL_INVASION'],
      ['IL-11 is suppressed during hypoxia, preventing metastasis.', 'IL11 activates METASTASIS', 'IL11 inhibits METASTASIS'],
    ];
    readsRightNotWrong(cases);
  });

  test('a passive\'s "by" agent keeps the participle right after it; a predicate of the patient between takes it', () => {
    // Near misses: with no predicate between, the agent is kept as before (the event it starts closes with the
    // participle); "and" before a second agent is no predicate.
    assert.ok(reads('STAT3 is activated by IL-11, promoting invasion.', 'IL11 promotes CELL_INVASION'), claimsOf('STAT3 is activated by IL-11, promoting invasion.').join('; '));
    assert.ok(reads('IL-6 is secreted by CAFs and macrophages, promoting tumour progression.', 'CAF promotes TUMOR_PROGRESSION'));
    const cases: [string, string, string][] = [
      ['IL-11 is released by CAFs and builds up in the stroma, promoting tumour progression.', 'IL11 promotes TUMOR_PROGRESSION', 'CAF promotes TUMOR_PROGRESSION'],
      ['IL-11 is produced by CAFs and accumulates in the stroma, driving angiogenesis.', 'IL11 promotes ANGIOGENESIS', 'CAF promotes ANGIOGENESIS'],
      ['IL-17 is produced by CAFs and then persists in the stroma, driving tumour progression.', 'NCBIGENE_3605 promotes TUMOR_PROGRESSION', 'CAF promotes TUMOR_PROGRESSION'],
    ];
    readsRightNotWrong(cases);
  });

  test('the setting and the passive\'s agent no longer make those sentences supported', () => {
    for (const text of ['IL-8 is secreted under hypoxia, promoting migration.', 'IL-11 is produced by CAFs and accumulates in the stroma, driving angiogenesis.']) {
      assert.notEqual(onlySentence(text, kb).verdict, 'supported', text);
    }
  });
});
