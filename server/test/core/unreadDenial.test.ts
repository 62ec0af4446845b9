// Issue 7, stop 54 (helper h-contra54): a word of denial between the main claim's subject and object that the claim
// does not show (analysis/unreadDenial.ts). The claim read without it matched a finding and the sentence came out
// SUPPORTED; with it unread, the reader cannot say what the sentence claims: no evidence. Denials the reader reads,
// and wordings whose denial asserts the claim after all, keep their reading.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('an unread denial between subject and object is not SUPPORTED (stop 54)', () => {
  test('a loss of a partner, a failure with words between: no evidence, the claim kept as read', () => {
    check('IL-11, in the absence of its receptor, raised STAT3 phosphorylation in MDA-MB-231 cells.', 'unsupported', 'IL11 increases STAT3');
    check('IL-11 acting without its receptor raised STAT3 phosphorylation in MDA-MB-231 cells.', 'unsupported', 'IL11 increases STAT3');
    check('IL-11 failed in every assay to raise STAT3 phosphorylation in MDA-MB-231 cells.', 'unsupported', 'IL11 increases STAT3');
  });
  test('controls: the same claims said plainly stay supported', () => {
    check('IL-11 raised STAT3 phosphorylation in MDA-MB-231 cells.', 'supported', 'IL11 increases STAT3');
    check('IL-11 acting through its receptor raised STAT3 phosphorylation in MDA-MB-231 cells.', 'supported', 'IL11 increases STAT3');
  });
  test('controls: a denial that asserts, ranks or names another partner keeps the reading', () => {
    check('IL-11 is not the only cytokine that raises STAT3 phosphorylation.', 'supported', 'IL11 increases STAT3');
    check('Hypoxia did not raise IL-11 as strongly as CoCl2 did in MDA-MB-231 cells.', 'supported', 'HYPOXIA increases IL11');
    check('EMT is not a superfluous step in tumour metastasis.', 'supported', 'EMT promotes METASTASIS');
    check('IL-11 raised STAT3 phosphorylation, but not MMP-9 expression, in MDA-MB-231 cells.', 'contradicted', 'IL11 no-effect MMP9');
    check('IL-11, which is not made by these cells, raised STAT3 phosphorylation in MDA-MB-231 cells.', 'supported', 'IL11 increases STAT3');
  });
  test('one set of exemptions (stop 54, h-denyone54): a denial either reading grants is read by both', () => {
    // A word of an unneeded part denied grants the role (roleScale.ts's table, which the text's reading lacked).
    check('IL-11 is not an expendable step in the invasion of MDA-MB-231 cells.', 'supported', 'IL11 promotes CELL_INVASION');
    check('Hypoxia is not a negligible factor in the invasion of MDA-MB-231 cells.', 'supported', 'HYPOXIA promotes CELL_INVASION');
  });
  test('a word of independence denies only with its partner after it (denialWords.ts deniesAsUsed)', () => {
    // The multivariate affirmative: "independently raised", "an independent positive regulator" state the claim.
    check('Hypoxia independently raised IL-11 expression in MDA-MB-231 cells.', 'supported', 'HYPOXIA increases IL11');
    check('IL-11 expression independently raised MMP-13 expression in OSCC cells.', 'supported', 'IL11 increases MMP13');
    check('IL-11 is an independent positive regulator of STAT3 phosphorylation in MDA-MB-231 cells.', 'supported', 'IL11 promotes STAT3');
    // "independent of Y" with the partner after it is the denial the reader reads.
    check('IL-11 expression was independent of hypoxia in MDA-MB-231 cells.', 'contradicted', 'HYPOXIA no-effect IL11');
  });
  test('a read denial is judged as read', () => {
    check('Hypoxia is a superfluous factor in the invasion of breast cancer cells.', 'contradicted', 'HYPOXIA no-effect CELL_INVASION');
    check('STAT3 is superfluous for the invasion of breast cancer cells.', 'contradicted', 'STAT3 no-effect CELL_INVASION');
  });
});
