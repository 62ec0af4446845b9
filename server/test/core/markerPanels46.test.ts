// The list policy, branch by branch (issue 7, stop 46; analyzeBlock.ts listVerdict / objectListVerdict / markerPanel):
// a list with a backed member and none contradicted is supported and each unbacked member keeps its own diagnostic,
// unless an unbacked member is a sibling of a backed one in a list of members that act (a near miss). A marker panel,
// molecules merely associated with an outcome ("A and B are linked to shorter survival"), is no such list: its
// sibling is a side remark like any other member. These sentences are our own, one construction each.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('the list policy, one sentence a branch', () => {
  const cases: [branch: string, sentence: string, verdict: string][] = [
    ['a sibling beside a backed member that acts: a near miss', 'MMP-13 and MMP-1 promote metastasis in oral cancer.', 'unsupported/no-evidence'],
    ['a marker panel: a sibling associated with an outcome is a side remark', 'High STAT3 and STAT1 levels were linked to shorter survival.', 'supported'],
    ['a marker panel of three, the backed member first', 'MMP-13, MMP-7 and MMP-1 levels were associated with metastasis in OSCC.', 'supported'],
    ['an association whose shared end is a molecule is no panel: the sibling stays a near miss', 'IL-11 and IL-6 levels were associated with MMP-13 expression in OSCC.', 'unsupported/no-evidence'],
    ['a panel with no backed member', 'STAT1 and STAT4 levels were linked to shorter survival.', 'unsupported/no-evidence'],
    ['a panel whose backed member is found only in another cancer', 'MMP-13 and MMP-1 levels were associated with metastasis in breast cancer.', 'unsupported/other-context'],
    ['a panel whose backed member is turned round', 'Low MMP-13 and MMP-1 levels were associated with metastasis in oral cancer.', 'contradicted'],
    ['an unbacked member that is no sibling: a side remark', 'MMP-13 and IGF-1 are associated with metastasis in oral cancer.', 'supported'],
    ['a molecule found only in another context leaves the list other-context', 'In OSCC cells, IL-11 raised MMP-13 and MMP-2 levels.', 'unsupported/other-context'],
    ['a list of outcomes with a silent member', 'IL-11 promotes the invasion, migration and angiogenesis of MDA-MB-231 cells.', 'supported'],
    ['a list of subjects, the silent one no sibling', 'In HCC, IL-6 and IGF-1 activate STAT3.', 'supported'],
  ];
  for (const [branch, sentence, verdict] of cases) {
    test(branch, () => {
      assert.equal(verdictOf(sentence), verdict, sentence);
    });
  }
});
