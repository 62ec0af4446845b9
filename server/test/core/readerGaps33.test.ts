// Issue 7 (h-gap33, stop 33): classes of construction and vocabulary the reader missed, named by the helpers of stop 32
// in sentences of their own. Each suite is one class, in sentences of our own with different surface forms (other
// entities, verbs, tenses), with the near misses that must not be read as the class.
import { readingTable } from './helpers';

readingTable('reader gaps 33', 'a class noun as predicate, with a relative clause carrying the claim (classAsPredicate.ts)', [
  // The writer puts X in a class the library does not give it (IL-6 is of the IL-6 family, not "inflammatory
  // cytokines"); a sibling class under one family, so the relative clause is X's.
  ['IL-6 is an inflammatory cytokine which protects hepatoma cells from apoptosis.', ['IL6 decreases APOPTOSIS [ctx HCC]'], 'supported'],
  ['IL-11 is a pleiotropic cytokine that drives the migration of MDA-MB-231 cells.', ['IL11 promotes CELL_MIGRATION [ctx MDA_MB_231]'], 'supported'],
  // Stop 38: the verb of regard ("was described as") is read around (simplifiedViews.ts verb-of-regard), so the
  // class noun's own kind is read too, after the relative clause's claim.
  ['IL-6 was described as a pro-inflammatory cytokine that induces IGF-1 expression in HCC cells.', ['IL6 induces IGF1 [ctx HCC]', 'IL6 promotes INFLAMMATION [ctx HCC]'], 'supported'],
  ['IL-11 is an IL-6 family cytokine which raises MMP-9 in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  // Near miss: the class noun is the complement of a preposition, so the relative clause is the class's own.
  ['IL-6R is a receptor for inflammatory cytokines that promote metastasis.', ['INFLAMMATORY_CYTOKINE promotes METASTASIS'], 'supported'],
]);

readingTable('reader gaps 33', 'a treatment in one clause, the change in the next (treatedThenChanged.ts)', [
  ['MDA-MB-231 cells were treated with IL-11 for 24 h, and MMP-9 expression rose.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['HCC cells were exposed to sorafenib for 48 hours and ATF3 levels increased markedly.', ['SORAFENIB increases ATF3 [ctx HCC]'], 'supported'],
  ['We incubated MDA-MB-231 cells with recombinant IL-11 for two days, and vimentin went up.', ['IL11 increases VIM [ctx MDA_MB_231]'], 'supported'],
  ['Hepatoma cells were cultured with IL-6 (20 ng/ml) for 24 h, after which IGF-1 secretion was elevated.', ['IL6 increases IGF1 [ctx HCC]'], 'supported'],
  ['MDA-MB-231 cells were stimulated with IL-11, and MMP-2 and MMP-9 both rose.', ['IL11 increases MMP2 [ctx MDA_MB_231]', 'IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  // A fronted clause of when or after, a semicolon, a condition the cells were kept under.
  ['When MDA-MB-231 cells were stimulated with IL-11, MMP-9 expression increased.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['Once hepatoma cells had been treated with IL-6, IGF-1 secretion went up.', ['IL6 increases IGF1 [ctx HCC]'], 'supported'],
  ['MDA-MB-231 cells were treated with IL-11 for 24 h; MMP-9 mRNA then rose.', ['IL11 increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['MDA-MB-231 cells were cultured under hypoxia for 24 h, and IL-11 secretion increased.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'supported'],
  // A finding the library lacks is unsupported, no longer a method out of scope (verify/scope.ts).
  ['MDA-MB-231 cells were exposed to hypoxia for 24 h, and E-cadherin expression decreased.', ['HYPOXIA decreases CDH1 [ctx MDA_MB_231]'], 'unsupported/no-evidence'],
  // Near misses: a treatment that removes X is left to the loss readers; a method with no change stays a method.
  ['MDA-MB-231 cells were treated with IL-11 siRNA for 24 h, and MMP-9 expression fell.', [], 'unsupported/no-evidence'],
  ['HCC cells were treated with sorafenib for 24 h and then harvested for western blotting.', [], 'out-of-scope'],
]);

readingTable('reader gaps 33', 'made sensitive or resistant to a drug, and a poor response to it (sensitization.ts madeSensitive, roles.ts loweredResponseTo)', [
  ['Loss of IGF-1R made HCC cells more sensitive to sorafenib.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['Inhibition of IGF-1R renders liver cancer cells sensitive to sorafenib.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'supported'],
  ['NT157 made the HCC cells considerably more sensitive to sorafenib.', ['NT157 decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // Cells named by the loss, with a copula: the loss's finding first, the drug acting on the cells after it.
  ['HCC cells lacking IGF-1R were more sensitive to sorafenib.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IGF-1R-silenced HCC cells became markedly more sensitive to sorafenib.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC]'], 'supported'],
  ['IGF-1R-deficient HCC cells were less responsive to sorafenib.', ['IGF1R decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
  // The loss named after the drug ("... after X knockdown", "following the silencing of X").
  ['The HCC cells became more sensitive to sorafenib after IGF-1R knockdown.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC]'], 'supported'],
  ['HCC cells were more susceptible to sorafenib following the silencing of IGF-1R.', ['IGF1R increases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC]'], 'supported'],
  // Near misses: a treatment after the drug is no loss (it sensitises itself, stop 34: contradicted by the library's
  // IL-6 raising the resistance); a marker's high state is no loss, and is left to the marker readers.
  ['HCC cells were more sensitive to sorafenib after treatment with IL-6.', ['IL6 decreases SORAFENIB_RESISTANCE [ctx HCC]', 'SORAFENIB inhibits CELL_GROWTH [ctx HCC]'], 'contradicted'],
  ['HCC cells with high IGF-1R were less sensitive to sorafenib.', [], 'unsupported/no-evidence'],
  ['IGF-1R contributes to the poor response of HCC to sorafenib.', ['IGF1R promotes SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IGF-1R signalling contributes to a poor response of liver cancer cells to sorafenib.', ['IGF1R_PATHWAY promotes SORAFENIB_RESISTANCE [ctx LIVER_CANCER]'], 'supported'],
  ['IGF-1R leads to a reduced response to sorafenib in HCC cells.', ['IGF1R induces SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['IGF-1R was associated with a weak response to sorafenib in HCC.', ['IGF1R associated-with(positive) SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  ['NT157 led to a better response of HCC cells to sorafenib.', ['NT157 suppresses SORAFENIB_RESISTANCE [ctx HCC]'], 'supported'],
  // A lowering adjective after the light verb's article lowers the sensitivity named as an entity too (roles.ts fallBefore).
  ['IL-11 contributes to a reduced sensitivity to sorafenib.', ['IL11 suppresses SORAFENIB_SENSITIVITY'], 'unsupported/no-evidence'],
  ['IL-11 leads to a reduced E-cadherin level in MDA-MB-231 cells.', ['IL11 suppresses CDH1 [ctx MDA_MB_231]'], 'supported'],
  // Near misses, the other way round (contradicted: the library has IGF-1R lowering sorafenib's effect).
  ['IGF-1R knockdown left HCC cells less responsive to sorafenib.', ['IGF1R decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
  ['Blocking IGF-1R made HCC cells less sensitive to sorafenib.', ['IGF1R decreases SORAFENIB_RESISTANCE [ctx HCC]'], 'contradicted'],
]);

readingTable('reader gaps 33', 'an X-dependent change, and an X-independent one that denies X (independentlyOf.ts, roles.ts)', [
  ['An IL-11-dependent rise in MMP-2 was seen in MDA-MB-231 cells.', ['IL11 increases MMP2 [ctx MDA_MB_231]'], 'supported'],
  ['We observed a STAT3-dependent increase in vimentin expression in hypoxic MDA-MB-231 cells.', ['STAT3 increases VIM [ctx HYPOXIA,MDA_MB_231]'], 'supported'],
  // "X-independent" never makes X the cause: it denies X's effect (read as "Y rose independently of X" is).
  ['An IL-11-independent rise in MMP-3 was seen in MDA-MB-231 cells.', ['IL11 no-effect MMP3 [ctx MDA_MB_231]'], 'contradicted'],
  ['MMP-9 rose in an IL-11-independent manner.', ['IL11 no-effect MMP9'], 'contradicted'],
  ['IL-6 caused a STAT3-independent increase in IGF-1 in HCC cells.', ['STAT3 no-effect IGF1 [ctx HCC]'], 'contradicted'],
]);

readingTable('reader gaps 33', 'a change that followed a stimulus (seenAfter.ts, changesAfter.ts)', [
  ['Increased STAT3 phosphorylation followed IL-11 stimulation of MDA-MB-231 cells.', ['IL11 increases STAT3 [ctx MDA_MB_231]'], 'supported'],
  ['A sharp rise in ATF3 followed sorafenib treatment of HCC cells.', ['SORAFENIB increases ATF3 [ctx HCC]'], 'supported'],
  ['Reduced E-cadherin expression rapidly followed exposure to IL-11 in MDA-MB-231 cells.', ['IL11 decreases CDH1 [ctx MDA_MB_231]'], 'supported'],
  ['STAT3 phosphorylation increased upon IL-11 stimulation in MDA-MB-231 cells.', ['IL11 increases STAT3 [ctx MDA_MB_231]'], 'supported'],
  ['Induction of IGF-1 followed IL-6 exposure in HCC cells.', ['IL6 increases IGF1 [ctx HCC]'], 'supported'],
  ['Suppression of E-cadherin was seen following IL-11 exposure.', ['IL11 suppresses CDH1'], 'supported'],
  // Near miss: one treatment after another names no change.
  ['Treatment with sorafenib followed IL-6 stimulation in HCC cells.', [], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 33', 'a verb of rebuilding and the structure it acts on (impliedMentions.ts)', [
  ['CAFs remodel the ECM in tumours.', ['CAF promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  ['Cancer-associated fibroblasts remodeled the extracellular matrix.', ['CAF promotes ECM_REMODELING'], 'supported'],
  ['STAT3 remodels the extracellular matrix of tumours.', ['STAT3 promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  ['Around the tumour, the extracellular matrix is actively remodelled by CAFs.', ['CAF promotes ECM_REMODELING [ctx CANCER]'], 'supported'],
  ['IL-6 remodelled the extracellular matrix of HCC.', ['IL6 promotes ECM_REMODELING [ctx HCC]'], 'unsupported/no-evidence'],
]);

readingTable('reader gaps 33', 'vocabulary: stromal fibroblasts, interleukins, tumour stroma, an inflammatory milieu, oxygen by its per cent', [
  ['Stromal fibroblasts secrete IL-6 in HCC.', ['CAF increases IL6 [ctx HCC]'], 'supported'],
  // Near miss: normal stromal fibroblasts are the control, no CAFs (mentionSenses.ts).
  ['Normal stromal fibroblasts secrete IL-6 in HCC.', ['CL_0000057 increases IL6 [ctx HCC]'], 'unsupported/no-evidence'],
  // The class, a kind of cytokine: a finding on IL-6 or on cytokines is not one on every interleukin.
  ['Interleukins activate STAT3 in cancer cells.', ['INTERLEUKIN activates STAT3 [ctx CANCER]'], 'unsupported/no-evidence'],
  ['The tumour stroma promotes angiogenesis.', ['TUMOR_MICROENVIRONMENT promotes ANGIOGENESIS'], 'supported'],
  ['An inflammatory milieu promotes metastasis.', ['INFLAMMATION promotes METASTASIS'], 'supported'],
  // "%" after a number joins it to the next word (recognize.ts joins), so names with "%" are matched at all.
  ['Culture at 1% O2 raised IL-11 mRNA in MDA-MB-231 cells.', ['HYPOXIA increases IL11 [ctx MDA_MB_231]'], 'supported'],
  ['Exposure to 1 % oxygen increased MMP-9 in MDA-MB-231 cells.', ['HYPOXIA increases MMP9 [ctx MDA_MB_231]'], 'supported'],
  ['IL-11 raised the invasion of MDA-MB-231 cells kept at 21% O2.', ['IL11 increases CELL_INVASION [ctx MDA_MB_231,NORMOXIA]'], 'supported'],
]);
