// Issue 7, stop 53 (h-fsup53): the claim that speaks for a sentence. Two mechanisms that let a side claim speak while
// the sentence's own predicate went unread: a name with an unhyphenated signalling participle, "enhances IL-6R
// mediated signalling" (claims/tokens.ts tieSpacedSignallingParticiples: the frame reader took "mediated" for a
// second verb and lost the object), and the class adjective "antitumour", also paired with a describing word of
// another sort, "antitumour and drug-sensitizing properties" (claims/kindAsDirection.ts: "some CAFs display antitumour
// properties" read nothing, so an opening concession spoke for the sentence).
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('a name before an unhyphenated signalling participle is the name\'s own signalling (stop 53)', () => {
  test('after a verb that governs it, the second predicate is read and a contradiction wins', () => {
    check('Sarilumab binds to IL-6R and enhances IL-6R mediated signaling.', 'contradicted', 'SARILUMAB increases IL6R');
    check('Sarilumab is an antibody that binds IL-6R, and has been found to boost IL-6R mediated signalling.', 'contradicted', 'SARILUMAB increases IL6R');
    check('Sarilumab attaches to IL-6R and strengthens the IL-6R driven pathway.', 'contradicted', 'SARILUMAB promotes IL6R');
  });
  test('alone, or in the agreeing direction, the reading is as the hyphen gives it', () => {
    check('Sarilumab enhances IL-6R mediated signaling.', 'contradicted', 'SARILUMAB increases IL6R');
    check('Sarilumab binds to IL-6R and lowers IL-6R mediated signalling.', 'supported', 'SARILUMAB decreases IL6R');
    check('Hypoxia enhances IL-11 mediated signalling in MDA-MB-231 cells.', 'supported', 'HYPOXIA increases IL11');
  });
  test('control: at a clause\'s opening the participle stays a verb', () => {
    check('In HCC cells, IL-6R mediated signalling through STAT3.', 'supported', 'IL6R signals-through STAT3');
  });
});

suite('"antitumour" is a class adjective of restraint, as "tumour-suppressive" is (stop 53)', () => {
  test('said of a cell or molecule the library finds driving tumours: contradicted', () => {
    check('Some CAFs display antitumor properties.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
    check('CAFs can exert anti-tumour effects in the liver.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
    check('IL-6 is antitumoral in these mice.', 'contradicted', 'IL6 inhibits TUMORIGENESIS');
  });
  test('after an opening concession, the main clause\'s class speaks: contradicted', () => {
    check('Although CAFs are tied to tumour growth, some CAFs show antitumoral activity.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
    check('Though CAFs are often linked to drug resistance, studies show that CAFs vary widely, and some CAFs display antitumour properties.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
  });
  test('a class word paired with a describing word of another sort before the noun is still said (stop 53)', () => {
    check('Some CAFs display antitumor and drug-sensitizing properties.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
    check('STAT3 exerts tumour-suppressive and pro-apoptotic effects.', 'contradicted', 'STAT3 inhibits TUMORIGENESIS');
    check('Some CAFs display tumour-restraining and immunostimulatory properties.', 'contradicted', 'CAF inhibits TUMORIGENESIS');
  });
  test('controls: antitumour immunity is a process of its own; a drug\'s antitumour activity is its efficacy, not read here', () => {
    check('CAFs dampen antitumour immunity.', 'supported', 'CAF decreases ANTITUMOR_IMMUNITY');
    check('Sorafenib displays antitumour activity in HCC.', 'unsupported');
  });
});
