// Issue 7, stop 55 (helper h-side55): a backed claim only in a side clause (analysis/backedOnlyInSideClause.ts). The
// sentence's verdict follows its main claim; where every backed claim lies in a concession, a reason, a relative
// clause or a closing inference and the main clause's own predicate went unread, the side remark alone is no evidence
// for the sentence. A main clause that describes its subject (a copula, a verb of composition), reports what was done
// to it (a passive), restates the backed claim, asks, or is read, and a relative clause closing the sentence, keep the reading.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('a backed claim only in a side clause is not SUPPORTED (stop 55)', () => {
  test('a concession or reason holding the backed claim before an unread main predicate: no evidence, the side claim kept', () => {
    check('As IL-6 activates STAT3 in HCC cells, STAT3 dictates the rhythm of the circadian clock there.', 'unsupported', 'IL6 activates STAT3');
    check('Although hypoxia raises IL-11 in breast cancer cells, IL-11 governs the shape of the mitotic spindle.', 'unsupported', 'HYPOXIA increases IL11');
    check('Because IL-6 activates STAT3 in HCC cells, STAT3 marked the boundary between tumour and liver.', 'unsupported', 'IL6 activates STAT3');
    check('Since hypoxia promotes EMT in many tumours, EMT cells undergo a distinct remodelling of their cilia.', 'unsupported');
    // After a verb of reporting, the predicate it frames is the main one.
    check('Although IL-11 raises MMP-13 in OSCC cells, several reports have found that IL-11 protects the oral mucosa.', 'unsupported', 'IL11 increases MMP13');
    check('While IL-11 is known to raise MMP-13 in OSCC cells, this study identifies a distinct IL-11 splice form whose function is tied to the cell cycle.', 'unsupported');
  });
  test('controls: a main clause that describes, reports a treatment, restates the claim or is read keeps the reading', () => {
    // A copula describes the subject; so does a verb of composition.
    check('Although IL-11 raises STAT3 phosphorylation in breast cancer cells, it is a pleiotropic cytokine.', 'supported');
    check('IL-11 is a cytokine of the IL-6 family, which activates STAT3 in breast cancer cells.', 'supported', 'IL11 activates STAT3');
    check('The stroma contains many cell types, including CAFs, which raise IL-6 levels in HCC.', 'supported', 'CAF increases IL6');
    // A passive main clause says what was done to its subject: the relative clause carries the result.
    check('Tumour cells were incubated with IL-6, which raised STAT3 phosphorylation.', 'supported');
    // The main clause names both participants of the backed claim: it restates it.
    check('Whereas IL-6 raised STAT3 in other cell types, IL-6 also raised STAT3 in HCC cells.', 'supported', 'IL6 increases STAT3');
    // A relative clause closing the sentence is the next link it asserts, not a side remark.
    check('Tumour-associated fibroblasts release IL-6, which drives the growth of HCC cells.', 'supported');
    // A main clause that asks claims nothing of its own: the finding granted before it is still checked.
    check('Since IL-11 raises MMP-13 in OSCC cells, we examined whether MMP-13 shapes the invasive front.', 'supported', 'IL11 increases MMP13');
    // The main clause's claim is read and backed.
    check('Although the mechanism is unclear, IL-11 activates STAT3 in MDA-MB-231 cells.', 'supported', 'IL11 activates STAT3');
    check('Studies have shown that IL-6, which is produced by CAFs, promotes the proliferation of HCC cells.', 'supported');
  });
});
