// Two pieces of issue 7, stop 47 (h-w24b47), sentences written for this test, one construction each.
// 1. A word of degree before an adverb, "most often", "more strongly", "less frequently", belongs to the adverb
//    (claims/subjects.ts skipBack, degreeBeforeAdverb): the verb keeps every subject of its list. Before, "most" cut
//    the verb from its subjects and only the nearest was read, or none.
// 2. A list of subjects backed only on a route the library infers (analyzeBlock.ts listVerdict): IRS-1 is reached as
//    the mediator of NT157's effect on proliferation, a derived finding that carries no unbacked subject beside it,
//    as a list of objects backed that way does not (namedByFinding).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf, verdictOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

suite('a word of degree before an adverb keeps the verb with its subjects', () => {
  const cases: [sentence: string, claims: string[]][] = [
    ['IL-6 and IL-4 are most often linked to invasion of breast cancer cells.', ['IL6 associated-with(positive) CELL_INVASION', 'NCBIGENE_3565 associated-with(positive) CELL_INVASION']],
    ['In gastric cancer, STAT3 and STAT1 are most strongly associated with metastasis.', ['STAT3 associated-with(positive) METASTASIS', 'STAT1 associated-with(positive) METASTASIS']],
    ['Hypoxia and IL-6 more frequently induce IL-11 in these tumours.', ['HYPOXIA induces IL11', 'IL6 induces IL11']],
  ];
  for (const [sentence, claims] of cases) {
    test(sentence, () => {
      const read = claimsWithoutContextOf(sentence, kb);
      for (const claim of claims) assert.ok(read.includes(claim), `${claim} not in ${JSON.stringify(read)}`);
    });
  }
  test('"most" as a quantifier before a noun is no adverb of degree', () => {
    const read = claimsWithoutContextOf('IL-6 raised most markers of EMT, including vimentin.', kb);
    assert.ok(!read.some((c) => c.startsWith('NCBIGENE')), JSON.stringify(read));
  });
});

suite('a subject backed only on an inferred route carries no silent subject beside it', () => {
  const cases: [branch: string, sentence: string, verdict: string][] = [
    ['alone, the route-backed subject stays supported (the lead: route-downstream stays)', 'IRS-1 promotes proliferation of HCC cells.', 'supported'],
    ['beside a silent subject that acts', 'IRS-1 and IRS-4 promote proliferation of HCC cells.', 'unsupported/no-evidence'],
    ['beside a silent subject, the silent one first', 'IRS-4 and IRS-1 drive the proliferation of liver cancer cells.', 'unsupported/no-evidence'],
    ['in a marker panel too: the route names no association', 'IRS-1 and IRS-4 are most frequently associated with proliferation in tumours.', 'unsupported/no-evidence'],
    ['a subject a finding names still carries a silent one that is no sibling', 'In HCC, IL-6 and IGF-1 activate STAT3.', 'supported'],
  ];
  for (const [branch, sentence, verdict] of cases) {
    test(branch, () => {
      assert.equal(verdictOf(sentence, kb), verdict, sentence);
    });
  }
});
