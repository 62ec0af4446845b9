// Issue 7, stop 37: contradicted and denial wordings, by class, in sentences of our own, each class decided from the
// labelling guideline (../shared/eval/real/README.md): a reported "no effect" against a claimed effect is contradicted;
// a denial that leaves the effect open is no evidence (verify/effects.ts compareNegated's rule for what a denial does
// not deny); a size given to an effect ("limited efficacy") is no denial.
// (1) "X had little or no (little, if any; no or only minimal) effect on Y": no effect (vocabulary.ts phraseTriggers).
// (2) "Y remained (stayed) unaltered by X", "Y was left untouched by X": no effect (cues.ts cueRows).
// (3) "Y was induced (upregulated, elevated) independently of X": no effect (independentlyOf.ts).
// (4) "cells responded to X with a rise in Y": X raises Y; "failed to respond to X with Y": denied (respondWith.ts).
//     "cells fail to respond to D" (no content named) is resistance, not read as an effect.
// (5) A denial of sufficiency, "X alone was not sufficient to raise Y", "X was insufficient to raise Y without Z":
//     no evidence, never contradicted (sufficiencyDenial.ts); a plain "X was insufficient to raise Y" still denies.
// (6) "X showed limited (modest) efficacy in Y": a size, not a denial; never contradicted.
// (7) Near misses that must not contradict: "not only X but also", "whether X alone suffices", a denial in
//     another clause about another pair.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, sentencesOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

function verdicts(rows: readonly (readonly [text: string, verdict: string])[]): void {
  for (const [text, verdict] of rows) {
    const [sentence] = sentencesOf(text, kb);
    const claims = sentence.claims.map((c) => formatClaim(c.claim));
    assert.equal(`${sentence.verdict}${sentence.basis ? `/${sentence.basis}` : ''}`, verdict, `${text}\n${JSON.stringify(claims)}`);
  }
}

suite('contradicted wordings (stop 37)', () => {
  test('(1) a size joined to a denial of an effect says no effect', () => {
    verdicts([
      ['Hypoxia had little or no effect on MMP-9 activity in MDA-MB-231 cells.', 'contradicted'],
      ['In these hepatoma cells, sorafenib exerted little to no influence on IL-6R expression.', 'contradicted'],
      ['IL-11 may have little, if any, impact on MMP-13 levels in oral tumour cells.', 'contradicted'],
      ['IL-6 showed no or only minimal effect on the phosphorylation of STAT3.', 'contradicted'],
    ]);
  });
  test('(2) staying or being left unchanged by an agent says no effect', () => {
    verdicts([
      ['MMP-9 secretion remained unaffected by IL-11 in MDA-MB-231 cells.', 'contradicted'],
      ['IL-6R levels stay unchanged by sorafenib in hepatoma cells.', 'contradicted'],
      ['STAT3 phosphorylation was left untouched by IL-6 in liver tumour cells.', 'contradicted'],
    ]);
  });
  test('(3) a passive of cause "independently of" an agent denies the agent', () => {
    verdicts([
      ['MMP-9 was upregulated independently of IL-11 in MDA-MB-231 cells.', 'contradicted'],
      ['In hepatoma cells, IL-6R was induced largely independently of sorafenib.', 'contradicted'],
      ['IL-11 secretion appeared to be elevated independently of hypoxia.', 'contradicted'],
    ]);
  });
  test('(4) what cells respond to an agent with is its effect; a failure to respond so denies it', () => {
    verdicts([
      ['Hepatoma cells respond to sorafenib with a sharp increase in IL-6R expression.', 'supported'],
      ['MDA-MB-231 cells responded to IL-11 with enhanced MMP-9 secretion.', 'supported'],
      ['Liver tumour cells failed to respond to IL-6 with STAT3 phosphorylation.', 'contradicted'],
      ['The OSCC cells did not respond to IL-11 treatment with any increase in MMP-13.', 'contradicted'],
      ['Hepatoma cells responded to sorafenib with reduced IL-6R levels.', 'contradicted'],
      // No content named: the cells resist the drug; no effect is read.
      ['Hepatoma cells with high ATF3 levels fail to respond to sorafenib.', 'unsupported/no-evidence'],
    ]);
  });
  test('(5) a denial of sufficiency is no evidence; a plain insufficiency still denies', () => {
    verdicts([
      ['IL-11 alone was not sufficient to raise MMP-9 in MDA-MB-231 cells.', 'unsupported/no-evidence'],
      ['Sorafenib by itself failed to induce IL-6R in hepatoma cells.', 'unsupported/no-evidence'],
      ['On their own, IL-6 and IL-11 did not activate STAT3 in these tumour cells.', 'unsupported/no-evidence'],
      ['IL-6 was insufficient to activate STAT3 without IL-6R in liver tumour cells.', 'unsupported/no-evidence'],
      ['IL-6 treatment alone had no effect on STAT3 phosphorylation in HCC cells.', 'unsupported/no-evidence'],
      ['IL-11 was insufficient to raise MMP-9 in MDA-MB-231 cells.', 'contradicted'],
      ['IL-11 alone was sufficient to raise MMP-13 in OSCC cells.', 'supported'],
    ]);
  });
  test('(6) a limited efficacy is a size, not a denial', () => {
    for (const text of [
      'Sorafenib showed limited efficacy in advanced hepatocellular carcinoma.',
      'Sorafenib offers only a modest survival benefit to patients with HCC.',
      'Sarilumab had limited activity against regorafenib resistance in HCC.',
    ]) {
      const [sentence] = sentencesOf(text, kb);
      assert.notEqual(sentence.verdict, 'contradicted', text);
    }
  });
  test('(7) near misses: no contradiction', () => {
    verdicts([
      ['Hypoxia not only raised IL-11 but also increased MMP-9 in MDA-MB-231 cells.', 'supported'],
      ['Whether IL-11 alone suffices to raise MMP-13 in OSCC cells remains unclear.', 'out-of-scope'],
      ['IL-11 raised MMP-13 in OSCC cells, whereas it did not change MMP-3.', 'supported'],
      ['IL-6 did not raise IGF-1 on its own, and STAT3 was activated by IL-6 in HCC cells.', 'supported'],
    ]);
  });
});
