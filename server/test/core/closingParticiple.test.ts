// The agent of a closing participle (claims/extract.ts closingParticipleAgents, and the reversed verb's case in
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
});
