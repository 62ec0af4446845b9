// A described list member (issue 7, stop 35): "IL-6 and its downstream effector STAT3 are pro-tumorigenic", "IL-11
// and the major signal transducer STAT3 drive invasion". After the joiner, a determiner and up to three describing
// words open the second member's noun phrase; the list still holds both members, so the claim is said of each
// (claims/coordination.ts, describedMember). Before, the description broke the list and only the member nearest the
// predicate was read, leaving a backed first member unread. The members' verdicts follow the list policy of
// mixedLists.test.ts: a sibling of a backed member or an unknown member with no finding stays unsupported. These
// sentences are our own, one surface form each.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsAndVerdict } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const read = (text: string) => claimsAndVerdict(text, kb);

suite('a list member opened by a determiner and describing words keeps the list whole', () => {
  const cases: [form: string, sentence: string, claim: string][] = [
    ['copular class, "its downstream effector"', 'IL-6 and its downstream effector STAT3 are pro-tumorigenic factors in liver cancer.', 'IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]'],
    ['copular class, "the major downstream effector", reported', 'Earlier work has shown that IL-6 and the major downstream effector STAT3 are pro-tumorigenic agents in liver cancer.', 'IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]'],
    ['bracketed abbreviation before the join', 'Interleukin 6 (IL-6) and its principal downstream mediator STAT3 are pro-tumorigenic molecules in liver tumours.', 'IL6 promotes TUMORIGENESIS [ctx LIVER_CANCER]'],
    ['verb, past tense', 'IL-11 and its downstream effector STAT3 drove the invasion of MDA-MB-231 cells.', 'IL11 promotes CELL_INVASION [ctx MDA_MB_231]'],
    ['passive report with a fronted setting', 'In hypoxic breast tumour cells, IL-11 and its signal transducer STAT3 were shown to promote migration.', 'IL11 promotes CELL_MIGRATION [ctx BREAST_CANCER,HYPOXIA]'],
  ];
  for (const [form, sentence, claim] of cases) {
    test(form, () => {
      const r = read(sentence);
      assert.ok(r.claims.includes(claim), `${sentence}\n${r.claims.join('\n')}`);
      assert.ok(r.claims.some((c) => c.startsWith('STAT3 ')), `${sentence}\n${r.claims.join('\n')}`);
      assert.equal(r.verdict, 'supported', sentence);
    });
  }
});

suite('near misses around a described member stay unsupported', () => {
  const cases: [form: string, sentence: string][] = [
    // IL-10 has no finding and STAT3 none on tumour formation in HCC: nothing backs the list.
    ['an unknown cytokine and its effector', 'IL-10 and its downstream effector STAT3 drive tumour formation in HCC.'],
    // IL-6 is IL-11's sibling: a near miss leaves the list unsupported.
    ['a described sibling', 'Hypoxia raised IL-11 and the related cytokine IL-6 in MDA-MB-231 cells.'],
    // A preposition among the words after the join: no list, the second molecule is no member.
    ['"of" after the join ends the list', 'IL-10 and the level of STAT3 rose in tumour formation in HCC.'],
  ];
  for (const [form, sentence] of cases) {
    test(form, () => {
      assert.notEqual(read(sentence).verdict, 'supported', sentence);
    });
  }
});
