// Issue 7 (h-prec34, stop 34): claims read with the wrong sign or scope, so that they met a finding they should
// contradict or miss: denials of a nominal event or by a quantifier of none, amounts made "less", a hold on an event
// lifted or imposed, an effect that stops after a loss, a loss in a fronted time phrase, a partner left unchanged, a
// place set against the claim's place, a rival agent with its own verb, superseded reports and expectations, and
// questions framed as worth asking. Sentences of our own, with other entities, verbs and tenses than the modules'
// examples, and near misses that must keep their reading.
import { readingTable } from './helpers';

readingTable('reader prec 34', 'a relation noun denied by its determiner: "no activation of Y by X", "a lack of Y induction by X" (extract.ts nominalDenied)', [
  ['We detected no activation of AP-1 by IL-11 in OSCC cells.', ['NOT IL11 activates AP1 [ctx OSCC]'], 'contradicted'],
  ['There was a lack of IGF-1 induction by IL-6 in the hepatoma cells.', ['NOT IL6 induces IGF1 [ctx HCC]'], 'contradicted'],
  ['Our blots showed an absence of IL-6Rα induction by regorafenib.', ['NOT REGORAFENIB induces IL6R'], 'contradicted'],
  ['No appreciable induction of ATF3 by sorafenib was seen.', ['NOT SORAFENIB induces ATF3'], 'contradicted'],
  // Control: the same noun without a denial.
  ['The induction of ATF3 by sorafenib was marked in HCC cells.', ['SORAFENIB induces ATF3 [ctx HCC]'], 'supported'],
]);

readingTable('reader prec 34', 'a subject opened by "no" or "none" denies its verb (extract.ts noneOpens)', [
  ['No MMP was induced by IL-11 in the breast cancer cells.', ['NOT IL11 induces MMPS [ctx BREAST_CANCER]'], 'contradicted'],
  ['None of the cytokines tested, IL-6 included, was raised by hypoxia.', ['NOT HYPOXIA increases CYTOKINE', 'NOT HYPOXIA increases IL6'], 'contradicted'],
  // Near miss: "No doubt," quantifies no subject.
  ['No doubt, IL-11 raised MMP-9 in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
]);

readingTable('reader prec 34', 'a verb of making before a word of less names a fall (roles.ts lessAmountAfterVerb, cues.ts lessWords); against a rival it only ranks (comparisons.ts)', [
  ['Hypoxic MDA-MB-231 cells secreted less IL-11 than normoxic cells.', ['HYPOXIA decreases IL11 [ctx MDA_MB_231]'], 'contradicted'],
  ['Under hypoxia, the tumour cells released lower amounts of IL-11.', ['HYPOXIA decreases IL11 [ctx CANCER]'], 'contradicted'],
  ['IL-11 treatment resulted in less vimentin.', ['IL11 suppresses VIM'], 'contradicted'],
  ['Compared with normoxic controls, hypoxic HepG2 cells produced less IL-11.', ['HYPOXIA decreases IL11 [ctx HEPG2]'], 'contradicted'],
  // Controls: more is a rise; less than a rival of the same kind is a ranking no finding makes.
  ['Cells under hypoxia secreted more IL-11 than normoxic cells.', ['HYPOXIA increases IL11'], 'supported'],
  ['CAFs produced lower levels of IL-6 than normal fibroblasts.', ['CAF increases IL6'], 'unsupported/no-evidence'],
]);

readingTable('reader prec 34', 'a hold on an event lifted raises it, imposed lowers it (holdOn.ts)', [
  ['In HCC cells, NT157 lifted the IGF-1-dependent block on apoptosis.', ['NT157 increases APOPTOSIS [ctx HCC]'], 'supported'],
  ['NT157 released the brake that IGF-1 puts on apoptosis in HCC cells.', ['NT157 increases APOPTOSIS [ctx HCC]'], 'supported'],
  ['IGF-1 imposed a block on apoptosis of hepatoma cells.', ['IGF1 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['NT157 did not relieve the block on apoptosis in HCC cells.', ['NOT NT157 increases APOPTOSIS [ctx HCC]'], 'contradicted'],
]);

readingTable('reader prec 34', 'an effect that stops after a loss: the lost name is needed for it (noLongerAfterLoss.ts)', [
  ['After STAT3 knockdown, IL-11 no longer raised MMP-2 in MDA-MB-231 cells.', ['IL11 increases MMP2 [ctx MDA_MB_231] via STAT3', 'STAT3 increases MMP2 [ctx MDA_MB_231]'], 'supported'],
  ['In the absence of IL-6Rα, IL-6 could no longer drive sorafenib resistance.', ['IL6 promotes SORAFENIB_RESISTANCE via IL6R', 'IL6R promotes SORAFENIB_RESISTANCE'], 'supported'],
  ['CAF-derived IL-6 no longer protected HCC cells from apoptosis once IGF-1 had been neutralised.', ['CAF increases IL6 [ctx HCC]', 'IGF1 decreases APOPTOSIS [ctx HCC]', 'IL6 decreases APOPTOSIS [ctx HCC] via IGF1'], 'supported'],
  // Near miss: no loss named, the denial stands.
  ['IL-11 no longer raised MMP-9 after 48 hours.', ['NOT IL11 increases MMP9'], 'contradicted'],
]);

readingTable('reader prec 34', 'a fronted cause named by its loss turns its changes round (frontedChanges.ts, noLongerAfterLoss.ts namedByLoss)', [
  ['After IL-11 knockdown, MMP-2 fell in MDA-MB-231 cells.', ['IL11 increases MMP2 [ctx MDA_MB_231]'], 'supported'],
  ['Following silencing of STAT3, E-cadherin rose while vimentin fell.', ['STAT3 decreases CDH1', 'STAT3 increases VIM'], 'supported'],
  // Control: a cause given, not taken away.
  ['After exposure to sorafenib, ATF3 levels rose in HCC cells.', ['SORAFENIB increases ATF3 [ctx HCC]'], 'supported'],
]);

readingTable('reader prec 34', 'a partner left unchanged beside an effect is the same agent\'s no effect (unchangedPartner.ts)', [
  ['IL-11 raised MMP-2, whereas MMP-3 was unaffected.', ['IL11 increases MMP2', 'IL11 no-effect MMP3'], 'contradicted'],
  ['IL-11 lowered E-cadherin in MDA-MB-231 cells, while N-cadherin levels did not change.', ['IL11 decreases CDH1 [ctx MDA_MB_231]', 'IL11 no-effect CDH2 [ctx MDA_MB_231]'], 'contradicted'],
  // Control: the library reports the partner unchanged.
  ['STAT3 knockdown lowered MMP-9, whereas MMP-3 expression remained unchanged.', ['STAT3 increases MMP9', 'STAT3 no-effect MMP3'], 'supported'],
]);

readingTable('reader prec 34', 'a place set against the claim\'s own place is where the effect is said to be absent (analyzeBlock.ts, scope.ts excludedPlaces)', [
  ['Hypoxia raised IL-11 in HepG2 cells but not in MDA-MB-231 cells.', ['HYPOXIA increases IL11 [ctx HEPG2,MDA_MB_231]', 'NOT HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'contradicted'],
  ['IL-11 raised migration in OSCC cells but not in normal keratinocytes.', ['IL11 increases CELL_MIGRATION [ctx CL_0000312,OSCC]', 'NOT IL11 increases CELL_MIGRATION [ctx CL_0000312]'], 'supported'],
  // Near miss: no place of its own to set against, the excluded place is only no setting.
  ['IL-6 drives sorafenib resistance, but not in HCC.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'unsupported/other-context'],
]);

readingTable('reader prec 34', 'a condition with a verb of its own after "than" is a rival agent (comparisons.ts)', [
  ['IL-11 raised MMP-9 more strongly than hypoxia did.', ['IL11 increases MMP9'], 'unsupported/no-evidence'],
  // Control: the baseline of a measure.
  ['IL-11 secretion was greater in hypoxic than in normoxic ATC cells.', ['HYPOXIA increases IL11 [ctx ATC]'], 'supported'],
]);

readingTable('reader prec 34', 'a report, belief or expectation the writer sets aside is no claim of the writer\'s (denials.ts superseded)', [
  ['Previous studies claimed that IL-11 suppresses migration, but we found that IL-11 enhances migration of OSCC cells.', ['IL11 increases CELL_MIGRATION [ctx OSCC]'], 'supported'],
  ['It was proposed that STAT3 lowers MMP-9; however, our data show that STAT3 raises MMP-9 in hypoxic breast cancer cells.', ['STAT3 increases MMP9 [ctx BREAST_CANCER,HYPOXIA]'], 'supported'],
  ['Although it was long assumed that sorafenib lowers IL-6Rα, sorafenib raised IL-6Rα in HCC cells.', ['SORAFENIB increases IL6R [ctx HCC]'], 'supported'],
  ['Contrary to the idea that IGF-1 promotes apoptosis, IGF-1 protected HCC cells from apoptosis.', ['IGF1 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['We predicted that NT157 would raise IRS-1, but NT157 lowered IRS-1 in HCC cells.', ['NT157 decreases IRS1 [ctx HCC]'], 'supported'],
  ['Others reported that IGF-1 promotes chemoresistance in HCC, a finding we could not confirm.', ['NOT IGF1 promotes CHEMORESISTANCE [ctx HCC]'], 'contradicted'],
  // Near misses: a report the writer adds to, and a result "as expected", stay claims.
  ['Earlier work reported that hypoxia raises IL-11, and we also found that hypoxia raises IL-11 in HepG2 cells.', ['HYPOXIA increases IL11'], 'supported'],
  ['As expected, IL-11 raised MMP-9 in MDA-MB-231 cells, but it did not raise MMP-3.', ['IL11 increases MMP9 [ctx MDA_MB_231]', 'NOT IL11 increases MMP3 [ctx MDA_MB_231]'], 'contradicted'],
]);

readingTable('reader prec 34', 'a question framed as worth asking, and "no effect of X on Y" (scope.ts, deniedEffect.ts)', [
  ['It would be of interest to know if IGF-1 lowers apoptosis of HCC cells.', ['IGF1 decreases APOPTOSIS [ctx HCC]'], 'out-of-scope'],
  ['The question of whether STAT3 promotes EMT in cancer cells remains open.', [], 'out-of-scope'],
  ['It will be important to test whether IL-11 raises MMP-13 in OSCC.', [], 'out-of-scope'],
  ['Earlier work suggested that IL-11 promotes migration; however, we found no effect of IL-11 on migration of OSCC cells.', ['IL11 no-effect CELL_MIGRATION [ctx OSCC]'], 'contradicted'],
  ['We saw no significant effect of hypoxia on IL-11 secretion.', ['HYPOXIA no-effect IL11'], 'contradicted'],
]);

readingTable('reader prec 34', 'a gerund of taking away names a loss (vocabulary.ts lossOfFunctionBefore)', [
  ['Removing IGF-1 from the medium increased the apoptosis of HCC cells.', ['IGF1 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['Withdrawing IL-11 lowered the migration of OSCC cells.', ['IL11 increases CELL_MIGRATION [ctx OSCC]'], 'supported'],
  ['Depleting STAT3 raised E-cadherin in MDA-MB-231 cells.', ['STAT3 decreases CDH1 [ctx MDA_MB_231]'], 'supported'],
]);

readingTable('reader prec 34', 'the same forms checked on a second set of our own sentences (frames.ts renders-cells-resistant-to-process, triggers.ts unchangedWords, noLongerAfterLoss.ts, holdOn.ts, denials.ts)', [
  // "resistant to" a process is less of it; to a drug, the resistance.
  ['IL-6 makes HCC cells more resistant to apoptosis.', ['IL6 suppresses APOPTOSIS [ctx HCC]'], 'supported'],
  ['NT157 rendered the hepatoma cells resistant to apoptosis.', ['NT157 suppresses APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['IL-6 made HCC cells more resistant to sorafenib.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['NT157 lowered IRS-1 but left STAT3 phosphorylation untouched in HCC cells.', ['NT157 decreases IRS1 [ctx HCC]', 'NT157 no-effect STAT3 [ctx HCC]'], 'contradicted'],
  ['IL-11 no longer promoted migration of OSCC cells that lacked IL-11Rα.', ['IL11 promotes CELL_MIGRATION [ctx OSCC] via IL11RA', 'IL11RA promotes CELL_MIGRATION [ctx OSCC]'], 'supported'],
  // Read by anchored reading, then by the construction in analyzeBlock.
  ['Sorafenib could no longer induce IL-6Rα after ATF4 had been silenced.', ['ATF4 increases IL6R', 'SORAFENIB increases IL6R via ATF4'], 'supported'],
  ['NT157 lifted the suppression of apoptosis in HCC cells.', ['NT157 increases APOPTOSIS [ctx HCC]'], 'supported'],
  ['IL-11 maintained the repression of E-cadherin in MDA-MB-231 cells.', ['IL11 decreases CDH1 [ctx MDA_MB_231]'], 'supported'],
  ['Although IL-11 was thought to suppress EMT, IL-11 promoted EMT in MDA-MB-231 cells.', ['IL11 promotes EMT [ctx MDA_MB_231]'], 'supported'],
  // Near miss: a fact conceded ("is known to") is no belief set aside.
  ['Although IL-11 is known to promote EMT, its route in OSCC is unclear.', ['IL11 promotes EMT [ctx OSCC]'], 'unsupported/other-context'],
]);

readingTable('reader prec 34', 'a bare "lower" after an auxiliary, "not" or an infinitive\'s "to" is the verb (triggers.ts verbsAfterAuxiliary, vocabulary.ts infinitiveOpeners)', [
  ['NT157 did not lower IRS-1 in HCC cells.', ['NOT NT157 decreases IRS1 [ctx HCC]'], 'contradicted'],
  ['NT157 failed to lower IRS-1 in HCC cells.', ['NOT NT157 decreases IRS1 [ctx HCC]'], 'contradicted'],
  ['Because NT157 blocks IGF-1R, it did not lower IRS-1 in HCC cells.', ['NOT NT157 decreases IRS1 [ctx HCC]', 'NT157 inhibits IGF1R [ctx HCC]'], 'contradicted'],
  ['Sarilumab may lower sorafenib resistance in HCC.', ['SARILUMAB decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Near miss: after a light verb's "to", "lower" names the amount.
  ['IL-11 treatment led to lower E-cadherin levels.', ['IL11 suppresses CDH1'], 'supported'],
]);
