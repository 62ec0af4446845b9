// Issue 7, stop 54 (helper h-histB54): a second predicate the reader left unread (analysis/unreadDirectedMention.ts).
// An infinitive or gerund of directed change acting on a named molecule or process that no claim takes in ("...; one
// route is to enhance Z", "..., a step needed to induce Z", "Known for inhibiting Z, X ...") is as much what the
// sentence says as the claim read; the finding on the read claim is no evidence for the sentence. Side clauses (a
// relative clause, a concession, an opening purpose) and modifiers ("Z-induced") keep the reading.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('an unread predicate on a named partner is not SUPPORTED (stop 54)', () => {
  test('an infinitive or gerund of change on a partner no claim reads: no evidence, the read claim kept', () => {
    check('Hypoxia drives metastasis in many tumours; one route is to enhance EMT.', 'unsupported', 'HYPOXIA promotes METASTASIS');
    check('IL-11 activates STAT3 in MDA-MB-231 cells, a step needed to induce the MMP-13 gene.', 'unsupported', 'IL11 activates STAT3');
    check('IL-11 raised MMP-13 in OSCC cells and was later reported to suppress the AP-1 response.', 'unsupported', 'IL11 increases MMP13');
  });
  test('controls: side clauses, an opening purpose and modifiers keep the reading', () => {
    check('Stattic, a compound that inhibits STAT3, curbs the invasion of breast cancer cells.', 'supported');
    check('To activate STAT3, HCC cells were treated with IL-6, which raised STAT3 phosphorylation.', 'supported');
    check('Although IL-11 was thought to suppress EMT, IL-11 promoted EMT in MDA-MB-231 cells.', 'supported');
    check('The PI3K inhibitor LY294002 blocked IL-11-induced EMT in anaplastic thyroid cancer cells.', 'supported');
    check('By activating STAT3, IL-11 drives the invasion of breast cancer cells.', 'supported');
    // A closing participle right after a comma is the result of the clause before it, a side remark.
    check('Since hypoxia gives cells mesenchymal traits by way of EMT, causing metastasis in many tumour types, we asked if IL-11 takes part in hypoxia-induced EMT.', 'supported', 'IL11 promotes EMT');
    check('IL-11 drives the invasion of breast cancer cells by several routes, including promoting EMT, raising MMP-9 and activating STAT3.', 'supported');
  });
  test('controls: the claims said plainly stay supported', () => {
    check('IL-11 activates STAT3 in MDA-MB-231 cells.', 'supported', 'IL11 activates STAT3');
    check('Hypoxia promotes metastasis in many tumours.', 'supported', 'HYPOXIA promotes METASTASIS');
  });
});
