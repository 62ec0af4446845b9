// Stop 48 (h-prec48b): four readings the first precision helper left open.
// - "X promotes Y in the absence (presence) of M", "regardless of M": M is a condition, not X's partner (roles.ts
//   conditionOf); read as X promoting M, a finding that X raises M backed it.
// - "causes defective (reduced) Y", "leads to a failure of Y": Y falls (roles.ts fallBefore); "the failure of M to V"
//   is not a fall of M.
// - "X renders cells apoptosis-resistant": X holds the process back (frames.ts renders-cells-process-resistant).
// - "associated with IL-6 release and poor prognosis": "release" after a name "with" governs is a noun
//   (triggers.ts usedAsVerb), so the association with IL-6 stands.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));
const check = (cases: readonly (readonly [string, string | undefined, string | undefined])[]): void => {
  for (const [text, right, wrong] of cases) {
    if (right) assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
    if (wrong) assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
  }
};

suite('a condition named with "in the absence of", a failed process, a process-resistant state', () => {
  test('"in the absence (presence) of M", "regardless of M": M is no object of the verb', () => {
    check([
      ['IL-6 promotes invasion of HCC cells in the absence of STAT3.', 'IL6 promotes CELL_INVASION', 'IL6 promotes STAT3'],
      ['IL-6 promotes invasion of HCC cells even in the complete absence of STAT3.', 'IL6 promotes CELL_INVASION', 'IL6 promotes STAT3'],
      ['IL-6 promotes invasion of HCC cells in the presence of STAT3.', 'IL6 promotes CELL_INVASION', 'IL6 promotes STAT3'],
      ['IL-6 promotes invasion of HCC cells regardless of STAT3.', 'IL6 promotes CELL_INVASION', 'IL6 promotes STAT3'],
      ['IL-11 raises MMP-3 in the absence of STAT3 in MDA-MB-231 cells.', 'IL11 increases MMP3', 'IL11 increases STAT3'],
    ]);
    assert.equal(onlySentence('IL-11 raises MMP-3 in the absence of STAT3 in MDA-MB-231 cells.', kb).verdict, 'supported');
    // Near misses: a condition the lexicon files as a setting stays the claim's setting, and "in the presence of X"
    // with no agent before it still names X as the cause (anchored.ts).
    check([
      ['IL-11 promotes invasion of MDA-MB-231 cells in the presence of hypoxia.', 'IL11 promotes CELL_INVASION [ctx HYPOXIA,MDA_MB_231]', undefined],
      ['MMP-2 rose in the presence of IL-11 in MDA-MB-231 cells.', 'IL11 increases MMP2', undefined],
    ]);
  });

  test('"causes defective (reduced) Y" and "a failure of Y" lower Y; "the failure of M to V" does not lower M', () => {
    check([
      ['NT157 causes defective apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 caused reduced apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 leads to a failure of apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 results in failure of apoptosis in HCC cells.', 'NT157 suppresses APOPTOSIS', 'NT157 induces APOPTOSIS'],
      ['NT157 caused reduced proliferation of HCC cells.', 'NT157 suppresses CELL_PROLIFERATION', 'NT157 increases CELL_PROLIFERATION'],
    ]);
    assert.equal(onlySentence('NT157 causes defective apoptosis in HCC cells.', kb).verdict, 'contradicted');
    // Near miss: the cause verb with no adjective of a fall.
    check([['NT157 causes apoptosis in HCC cells.', 'NT157 induces APOPTOSIS', 'NT157 suppresses APOPTOSIS']]);
    check([['NT157 causes the failure of STAT3 to activate in HCC cells.', undefined, 'NT157 suppresses STAT3']]);
  });

  test('"renders (makes) cells apoptosis-resistant": the agent holds the process back', () => {
    check([
      ['IL-6 renders HCC cells apoptosis-resistant.', 'IL6 suppresses APOPTOSIS', 'IL6 promotes APOPTOSIS'],
      ['IL-6 makes HCC cells apoptosis-resistant.', 'IL6 suppresses APOPTOSIS', 'IL6 promotes APOPTOSIS'],
      ['NT157 renders HCC cells apoptosis-resistant.', 'NT157 suppresses APOPTOSIS', 'NT157 promotes APOPTOSIS'],
    ]);
    assert.equal(onlySentence('IL-6 renders HCC cells apoptosis-resistant.', kb).verdict, 'supported');
    // Near miss: a resistance the lexicon names as one term is still promoted.
    check([['Prolonged hypoxia renders tumour cells chemotherapy-resistant.', 'HYPOXIA promotes CHEMORESISTANCE', undefined]]);
  });

  test('"associated with IL-6 release and poor prognosis": the release is a noun, the association with IL-6 stands', () => {
    check([
      ['Hypoxia is associated with IL-6 release and poor prognosis.', 'HYPOXIA associated-with(positive) IL6', 'IL6 increases POOR_PROGNOSIS'],
      ['Hypoxia is associated with IL-11 release.', 'HYPOXIA associated-with(positive) IL11', undefined],
      ['Hypoxia is linked to IL-11 release in MDA-MB-231 cells.', 'HYPOXIA associated-with(positive) IL11', undefined],
    ]);
    // Near miss: the bare verb with its object after it is the verb.
    check([['HCC cells treated with IL-6 increase IGF-1 expression.', 'IL6 increases IGF1', undefined]]);
  });
});

suite('an agent ranked by its ability against a rival (comparisons.ts rankedAbility)', () => {
  test('"X was more effective than Y at raising Z" is X raising Z, not the rival Y', () => {
    check([
      ['IL-6 was more effective than IL-11 at raising MMP-2 in MDA-MB-231 cells.', 'IL6 increases MMP2', 'IL11 increases MMP2'],
      ['IL-6 was more potent than IL-11 in raising MMP-2 in MDA-MB-231 cells.', 'IL6 increases MMP2', 'IL11 increases MMP2'],
      ['IL-6 was as effective as IL-11 at raising MMP-2 in MDA-MB-231 cells.', 'IL6 increases MMP2', 'IL11 increases MMP2'],
    ]);
    assert.equal(onlySentence('IL-6 was more effective than IL-11 at raising MMP-2 in MDA-MB-231 cells.', kb).verdict, 'unsupported');
    // Near miss: no ranking word before the rival, no ranking.
    assert.equal(onlySentence('IL-11 raised MMP-2 in MDA-MB-231 cells.', kb).verdict, 'supported');
  });
});

suite('a loss in a fronted phrase is not the subject\'s (roles.ts frontedLossBefore)', () => {
  test('"In the absence of Z, X raises Y": X is the subject, not lost', () => {
    check([
      ['In the absence of STAT3, IL-11 raises MMP-3 in MDA-MB-231 cells.', 'IL11 increases MMP3', 'IL11 decreases MMP3'],
      ['In the absence of STAT3, IL-11 still promotes invasion of MDA-MB-231 cells.', 'IL11 promotes CELL_INVASION', 'IL11 suppresses CELL_INVASION'],
    ]);
    assert.equal(onlySentence('In the absence of STAT3, IL-11 raises MMP-3 in MDA-MB-231 cells.', kb).verdict, 'supported');
    // "Even without Z, X raises Y": Z is the condition, no member of the subject list.
    check([
      ['Even without STAT3, IL-11 raises MMP-3 in MDA-MB-231 cells.', 'IL11 increases MMP3', 'STAT3 increases MMP3'],
      ['Without STAT3, IL-11 raises MMP-3 in MDA-MB-231 cells.', 'IL11 increases MMP3', 'STAT3 increases MMP3'],
    ]);
    assert.equal(onlySentence('Even without STAT3, IL-11 raises MMP-3 in MDA-MB-231 cells.', kb).verdict, 'supported');
    // Near miss: cells without Z are a place that lacks it (lostPlace.ts), read as before.
    check([['Cells without STAT3 showed less MMP-2 in MDA-MB-231 cells.', 'STAT3 increases MMP2', undefined]]);
    // Near miss: a list of lost names inside the phrase keeps each member lost.
    check([['Knockdown of STAT3, IL-11 and IL-6 lowered MMP-2 in MDA-MB-231 cells.', 'IL11 increases MMP2', 'IL11 decreases MMP2']]);
  });
});
