// Issue 7, stop 38 (h-con38): contradicted recall. Classes of sentences whose claim the library's finding says the
// opposite of (the labelling guideline, ../shared/eval/real/README.md: the opposite direction or a denial of a
// reported effect, in a covering context), each in sentences of our own with other entities, verbs and tenses, and
// the near misses that must not come out contradicted (a denial, a loss, a relative clause's own subject, another
// context).
import { readingTable } from './helpers';

readingTable('contradicted recall 38', 'a surrounding made immunostimulatory raises antitumour immunity; other qualities may come first (immunosuppressiveMilieu.ts)', [
  ['CAFs create a pro-survival and immunostimulatory microenvironment.', ['CAF promotes ANTITUMOR_IMMUNITY'], 'contradicted'],
  ['Cancer-associated fibroblasts establish an immune-stimulating milieu.', ['CAF promotes ANTITUMOR_IMMUNITY'], 'contradicted'],
  ['By releasing chemokines, CAFs shape an immunostimulatory tumour microenvironment.', ['CAF promotes ANTITUMOR_IMMUNITY'], 'contradicted'],
  ['CAFs generate a pro-tumorigenic and immunosuppressive niche.', ['CAF suppresses ANTITUMOR_IMMUNITY'], 'supported'],
  ['CAFs build a hypoxic, acidic and immunosuppressive microenvironment.', ['CAF suppresses ANTITUMOR_IMMUNITY'], 'supported'],
  ['CAFs disrupt an immunostimulatory milieu in tumours.', ['CAF suppresses ANTITUMOR_IMMUNITY [ctx CANCER]'], 'supported'],
  // Near misses: a finding in cancer at large does not cover HCC; a denial, a relative clause's own subject and a
  // subject named by its loss read nothing.
  ['Cancer-associated fibroblasts establish an immune-stimulating milieu in liver tumours.', ['CAF promotes ANTITUMOR_IMMUNITY [ctx LIVER_CANCER]'], 'unsupported/no-evidence'],
  ['Activated CAFs do not generate an immunostimulatory microenvironment.', [], 'unsupported/no-evidence'],
  ['IL-6 recruits cells that create an immunostimulatory microenvironment.', [], 'unsupported/no-evidence'],
  ['CAF knockdown created an immunostimulatory microenvironment.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 38', 'an adjective of direction on an agent noun in an apposition, "X, a negative regulator of Y," (triggers.ts directedRegulatorWords)', [
  ['IL-11, a negative regulator of cell migration, is produced by OSCC cells.', ['IL11 suppresses CELL_MIGRATION'], 'contradicted'],
  ['In OSCC, IL-11, a negative regulator of MMP-13, is secreted by tumour cells.', ['IL11 suppresses MMP13 [ctx OSCC]'], 'contradicted'],
  ['STAT3, a positive regulator of MMP-9, is activated by hypoxia in MDA-MB-231 cells.', ['HYPOXIA activates STAT3 [ctx MDA_MB_231]', 'STAT3 promotes MMP9'], 'supported'],
  // Near miss: regulators named as other molecules, by their loss, are no apposition on a name.
  ['Silencing of negative regulators of STAT3 raised MMP-9.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 38', 'a plain denial of a class, "X is not a pro-inflammatory cytokine", "X does not act as an oncogene" (kindAsDirection.ts, inflammatoryKind.ts)', [
  ['IL-6 is not a pro-inflammatory cytokine.', ['NOT IL6 promotes INFLAMMATION'], 'contradicted'],
  ['In the liver, interleukin-6 was not a pro-inflammatory mediator.', ['NOT IL6 promotes INFLAMMATION'], 'contradicted'],
  ['IL-11 is not oncogenic in cancer.', ['NOT IL11 promotes TUMORIGENESIS [ctx CANCER]'], 'contradicted'],
  ['In HCC, IL-6 is not tumour-promoting.', ['NOT IL6 promotes TUMORIGENESIS [ctx HCC]'], 'contradicted'],
  ['IL-11 does not act as an oncogene in cancer.', ['NOT IL11 promotes TUMORIGENESIS [ctx CANCER]'], 'contradicted'],
  ['IL-6 does not exert pro-inflammatory effects.', ['NOT IL6 promotes INFLAMMATION'], 'contradicted'],
  // Near misses: the opposite class denied is no evidence; "not only", "not merely", "not necessarily", "but a ...",
  // a doubt or a question, a subject named by its loss: nothing contradicted.
  ['STAT3 is not a tumour suppressor in these cells.', ['NOT STAT3 inhibits TUMORIGENESIS'], 'unsupported/no-evidence'],
  ['IL-6 is not an anti-inflammatory cytokine.', ['NOT IL6 inhibits INFLAMMATION'], 'unsupported/no-evidence'],
  ['IL-6 is not only a pro-inflammatory cytokine but also a growth factor.', [], 'unsupported/no-evidence'],
  ['IL-6 is not merely a pro-inflammatory cytokine.', [], 'unsupported/no-evidence'],
  ['IL-6 is not a pro-inflammatory cytokine but a growth factor.', [], 'unsupported/no-evidence'],
  ['It is unclear whether IL-11 is not oncogenic.', [], 'out-of-scope'],
  ['IL-11 is not necessarily oncogenic.', [], 'unsupported/no-evidence'],
  ['IL-11 knockdown is not oncogenic.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 38', 'a class named in passing before a name is a side remark that may contradict, never back (classInPassing.ts, analyzeBlock sentenceVerdict)', [
  ['Serum concentrations of the anti-inflammatory cytokine interleukin-6 were higher in HCC patients.', ['IL6 inhibits INFLAMMATION [ctx HCC]'], 'contradicted'],
  ['Levels of the anti-inflammatory cytokine IL-6 rise in HCC and predict poor outcome.', ['IL6 associated-with(negative) POOR_PROGNOSIS [ctx HCC]', 'IL6 inhibits INFLAMMATION [ctx HCC]'], 'contradicted'],
  ['The tumour suppressor IL-11 is highly expressed in OSCC.', ['IL11 inhibits TUMORIGENESIS [ctx OSCC]'], 'contradicted'],
  ['Anti-inflammatory cytokines such as IL-6 were abundant in the tumours.', ['IL6 inhibits INFLAMMATION [ctx CANCER]'], 'contradicted'],
  // Near misses: the class agreeing with the finding backs nothing (the sentence keeps its main claim's verdict); a
  // pair the sentence's own claim reads is that claim's; a question, a "so-called" class, a name followed by its loss:
  // no class read.
  ['The pro-inflammatory cytokine IL-6 is produced by macrophages.', ['IL6 promotes INFLAMMATION [ctx CL_0000235]'], 'unsupported/no-evidence'],
  ['Levels of the pro-inflammatory cytokine IL-6 rise in HCC and predict poor outcome.', ['IL6 associated-with(positive) POOR_PROGNOSIS [ctx HCC]', 'IL6 promotes INFLAMMATION [ctx HCC]'], 'unsupported/no-evidence'],
  ['The pro-inflammatory cytokine IL-6 promotes sorafenib resistance in HCC.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]', 'IL6 promotes INFLAMMATION [ctx HCC]'], 'supported'],
  ['HCC development depended on higher output of the tumour-promoting cytokines IL-6 and TNF.', ['IL6 promotes TUMORIGENESIS [ctx HCC]', 'NCBIGENE_7124 promotes TUMORIGENESIS [ctx HCC]'], 'supported'],
  ['Whether the anti-inflammatory cytokine IL-6 rises in HCC is unknown.', [], 'out-of-scope'],
  ['The so-called anti-inflammatory cytokine IL-6 rises in HCC.', [], 'unsupported/no-evidence'],
  ['The oncogene STAT3 knockdown reduced MMP-9.', ['STAT3 increases MMP9'], 'supported'],
]);

readingTable('contradicted recall 38', 'sensitive (resistant) to a kind of therapy named by its examples after "including", "such as" (impliedMentions.ts kindThenExamples)', [
  ['This may reflect hypoxic cancer cells being sensitive to anticancer therapy, including radiotherapy and chemotherapy.', ['HYPOXIA promotes RADIOSENSITIVITY [ctx CANCER]'], 'contradicted'],
  ['Hypoxic tumour cells are sensitive to conventional therapies, such as radiotherapy and chemotherapy.', ['HYPOXIA promotes RADIOSENSITIVITY [ctx CANCER]'], 'contradicted'],
  ['Hypoxic tumour cells are sensitive to many treatments, including chemotherapy.', ['HYPOXIA promotes CHEMOSENSITIVITY [ctx CANCER]'], 'contradicted'],
  ['Hypoxic tumour cells are resistant to standard therapies, including radiation.', ['HYPOXIA promotes RADIORESISTANCE [ctx CANCER]'], 'supported'],
  // Near miss: a drug as the example is no kind of therapy the rows name.
  ['Hypoxic tumour cells are resistant to several treatments, such as sorafenib.', [], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 38', 'a noun of change denied by "no" past its words of degree, "X caused no significant increase in Y" (anchored.ts deniedChange)', [
  ['Hypoxia caused no significant increase in IL-11 expression in MDA-MB-231 cells.', ['NOT HYPOXIA induces IL11 [ctx MDA_MB_231]'], 'contradicted'],
  ['In OSCC cells, IL-11 led to no marked rise in MMP-13 levels.', ['NOT IL11 increases MMP13 [ctx OSCC]'], 'contradicted'],
  ['Sorafenib produced no appreciable increase in IL-6R expression in HCC cells.', ['NOT SORAFENIB increases IL6R [ctx HCC]'], 'contradicted'],
  // Near misses: the change asserted; the opposite change denied is no evidence, never contradicted.
  ['Hypoxia caused a significant increase in IL-11 expression in MDA-MB-231 cells.', ['HYPOXIA induces IL11 [ctx MDA_MB_231]'], 'supported'],
  ['Hypoxia caused no significant decrease in IL-11 expression in MDA-MB-231 cells.', ['NOT HYPOXIA suppresses IL11 [ctx MDA_MB_231]'], 'unsupported/no-evidence'],
]);

readingTable('contradicted recall 38', 'a nominal event reported unseen, "the induction of Y by X was not observed" (extract.ts unobservedAfter)', [
  ['The induction of IL-6R by sorafenib was not observed in HCC cells.', ['NOT SORAFENIB induces IL6R [ctx HCC]'], 'contradicted'],
  ['In MDA-MB-231 cells, the activation of STAT3 by IL-11 could not be detected.', ['NOT IL11 activates STAT3 [ctx MDA_MB_231]'], 'contradicted'],
  ['Upregulation of MMP-13 by IL-11 in OSCC cells was not seen.', ['NOT IL11 upregulates MMP13 [ctx OSCC]'], 'contradicted'],
  // Near misses: the event observed; "not only observed"; a relative clause's denial of another setting.
  ['The induction of IL-6R by sorafenib was observed in HCC cells.', ['SORAFENIB induces IL6R [ctx HCC]'], 'supported'],
  ['The induction of IL-6R by sorafenib, which was not observed in normal cells, drives resistance.', ['SORAFENIB induces IL6R'], 'supported'],
]);

readingTable('contradicted recall 38', 'findings that argue (speak) against, or rule out, a role for X in Y, or do not support the notion that X raises Y (denials.ts)', [
  ['These results argue against a role for ATF3 in sorafenib resistance of HCC.', ['NOT ATF3 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
  ['Our findings rule out a role for STAT3 in hypoxia-induced invasion of MDA-MB-231 cells.', ['NOT STAT3 promotes CELL_INVASION [ctx MDA_MB_231]'], 'contradicted'],
  ['This speaks against the idea that hypoxia induces IL-11 in MDA-MB-231 cells.', ['NOT HYPOXIA induces IL11 [ctx MDA_MB_231]'], 'contradicted'],
  // Near misses: findings that support the role; a report of what others argued.
  ['These data support a role for IL-6 in sorafenib resistance of HCC.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Earlier work argued that IL-6 promotes sorafenib resistance in HCC.', ['IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
]);

readingTable('contradicted recall 38', 'a predicate noun with pro- (anti-) process properties, "X is a cytokine with anti-invasive properties" (frames.ts noun-with-pro-process-properties)', [
  ['IL-11 is a cytokine with anti-invasive properties.', ['IL11 suppresses CELL_INVASION'], 'contradicted'],
  ['IL-6 is a cytokine with pro-apoptotic activity in HCC.', ['IL6 promotes APOPTOSIS [ctx HCC]'], 'contradicted'],
  ['IL-11 is a cytokine with pro-invasive properties in MDA-MB-231 cells.', ['IL11 promotes CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
  // Near misses: a denied class; the class in another cancer.
  ['IL-11 is not a cytokine with anti-invasive properties.', [], 'unsupported/no-evidence'],
  ['IL-6 is a cytokine with anti-invasive properties in gastric cancer.', ['IL6 suppresses CELL_INVASION [ctx GASTRIC_CANCER]'], 'unsupported/no-evidence'],
]);
