// Issue 7, stop 42 (helper h-prec42b): a backed side remark beside a main claim that names nothing the reader knows
// (analysis/unreadMainSlot.ts; near misses nm-i4* in corpus/nearmiss.jsonl). Each came out SUPPORTED before: the
// unread main claim left the backed remark to speak for the sentence.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('an unread main claim beside a backed side remark (stop 42)', () => {
  test('an unnamed first list member: the sentence is no evidence', () => {
    check('IL-11 raised platelet counts and MMP-9 expression in MDA-MB-231 cells.', 'unsupported', 'IL11 increases MMP9');
    check('In MDA-MB-231 cells, IL-11 raised lactate output and the invasion of the cells.', 'unsupported', 'IL11 increases CELL_INVASION');
  });
  test('a relative clause on the subject beside an unread main verb: the sentence is no evidence', () => {
    check('IL-11, which enhances MMP-9 expression, shortened the bleeding time.', 'unsupported', 'IL11 increases MMP9');
    check('Hypoxia, which raises IL-11 expression, thickened the basement membrane.', 'unsupported', 'HYPOXIA increases IL11');
  });
  test('a passive relative clause on the subject, its agent the backed claim, beside an unread main verb: no evidence (stop 53)', () => {
    check('STAT3, which can be activated by IL-11, plays a key role in hair follicle cycling.', 'unsupported', 'IL11 activates STAT3');
    check('The JAK/STAT pathway, which is triggered by IL-11, regulates eyelid closure.', 'unsupported', 'IL11 induces JAK_STAT_PATHWAY');
    check('STAT3, which is often activated by IL-11 and many growth factors, plays an essential part in the shedding of microvesicles.', 'unsupported', 'IL11 activates STAT3');
    check('STAT3, which may be activated by IL-11, growth factors, and hormones, governs hair follicle cycling.', 'unsupported', 'IL11 activates STAT3');
    check('IL-11, which is induced by hypoxia, has a central role in wound contraction.', 'unsupported', 'HYPOXIA induces IL11');
    check('STAT3, which can be switched on by IL-11, governs the cycling of hair follicles.', 'unsupported', 'IL11 activates STAT3');
  });
  test('controls: a copula, a read main claim, a named main object, a relative closing the sentence or set after the object stay as read (stop 53)', () => {
    check('STAT3, which is activated by IL-11, is a transcription factor.', 'supported', 'IL11 activates STAT3');
    check('STAT3, which is activated by IL-11, raises MMP-9 expression in MDA-MB-231 cells.', 'supported', 'STAT3 increases MMP9');
    check('STAT3, which is activated by IL-11, lowers MMP-9 expression.', 'contradicted', 'STAT3 decreases MMP9');
    check('Hypoxia raised STAT3, which is activated by IL-11, in MDA-MB-231 cells.', 'supported', 'HYPOXIA increases STAT3');
    check('In MDA-MB-231 cells, hypoxia raises STAT3, which is activated by IL-11.', 'supported', 'HYPOXIA increases STAT3');
  });
  test('a contradiction still wins', () => {
    check('IL-11 increased platelet counts and lowered MMP-9 expression in MDA-MB-231 cells.', 'contradicted', 'IL11 decreases MMP9');
    check('IL-11, which activates STAT3, decreased MMP-9 expression in MDA-MB-231 cells.', 'contradicted', 'IL11 decreases MMP9');
  });
  test('controls: a named first member, a copula, a possessive, an aspect and a shared preposition stay supported', () => {
    check('IL-11 increased the invasion and MMP-9 expression of MDA-MB-231 cells.', 'supported', 'IL11 increases MMP9');
    check('IL-11, which enhances MMP-9 expression, is secreted by many tumours.', 'supported', 'IL11 increases MMP9');
    check('IL-11 is a pleiotropic cytokine and activates STAT3.', 'supported', 'IL11 activates STAT3');
    check('IL-11 binds its receptor and activates STAT3.', 'supported', 'IL11 activates STAT3');
    check('IL-11 increased the expression and phosphorylation of STAT3.', 'supported', 'IL11 increases STAT3');
  });
  test('an unread first predicate is left to coordinatedPredicateVerdict (two predicates, order deciding nothing)', () => {
    check('IL-11 stimulated megakaryocyte maturation and activated STAT3.', 'supported', 'IL11 activates STAT3');
  });
  test('an opening concession holding the backed claim, its main clause setting another molecule against it unread (stop 47)', () => {
    check('Although IL-11 promotes the invasion of MDA-MB-231 cells, IL-6 does not share this property in breast cancer.', 'unsupported', 'IL11 promotes CELL_INVASION');
    check('Though hypoxia elevates IL-11 in MDA-MB-231 cells, STAT1 showed no comparable response.', 'unsupported', 'HYPOXIA increases IL11');
  });
  test('controls: a concession whose main clause names no molecule of its own, or refers back, still speaks (stop 47)', () => {
    check('Although IL-11 promotes the invasion of MDA-MB-231 cells, the mechanism remains unclear.', 'supported', 'IL11 promotes CELL_INVASION');
    check('Although hypoxia raises IL-11 in MDA-MB-231 cells, this rise of IL-11 fades after two days.', 'supported', 'HYPOXIA increases IL11');
  });
});
