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
