// Issue 7, stop 41: SUPPORTED precision on sentences of our own that the context-swap probe (eval/swapProbe.ts) showed
// losing a part of their setting (helper h-prec41; near misses nm-hu* in corpus/nearmiss.jsonl):
// - cells named by their resistance alone, with no line or cancer between, "in sorafenib-resistant cells", "In
//   cisplatin-resistant clones, ...": the resistance was read as the verb's object or a subject of its own, and the
//   claim kept no drug, so a finding made in drug-sensitive cells covered it (claims/roles.ts resistantCellsDrug);
//   the constructions' claims, "EMT was seen after X exposure in sorafenib-resistant cells", "X-knockdown cells showed
//   less invasion in sorafenib-resistant cells", likewise (claims/construction.ts contextMentions);
// - an event named as the subject and its observation denied, "A Z-driven rise in Y was not seen in C": the claims
//   inside the subject phrase were kept as asserted (claims/deniedObservation.ts, found by flipProbe --negate).
import * as assert from 'node:assert/strict';
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('precision audit (stop 41): cells named by their resistance alone', () => {
  test('the drug the cells resist is their condition, after the verb or fronted', () => {
    check('NT157 raised apoptosis in sorafenib-resistant cells.', 'unsupported', 'NT157 increases APOPTOSIS');
    check('In sorafenib-resistant cells, NT157 raised apoptosis.', 'unsupported', 'NT157 increases APOPTOSIS');
  });
  test('a finding made under the drug still covers the claim', () => {
    check('IL-6 raised STAT3 phosphorylation in sorafenib-resistant cells.', 'supported', 'IL6 increases STAT3');
  });
  test('the resistance as what the verb acts on is still the object', () => {
    check('IL-6 promotes sorafenib resistance in HCC cells.', 'supported', 'IL6 promotes SORAFENIB_RESISTANCE');
  });
  test('a construction\'s claim keeps the drug too', () => {
    check('EMT was seen after IL-11 exposure in sorafenib-resistant clones.', 'unsupported', 'IL11 promotes EMT');
    check('HIF-1α knockdown cells showed less invasion in sorafenib-resistant cells.', 'unsupported', 'HIF1A increases CELL_INVASION');
  });
});

suite('precision audit (stop 41): an event whose observation is denied', () => {
  test('"A Z-driven rise in Y was not seen (never observed)": the finding is denied', () => {
    check('A hypoxia-driven gain in IL-11 secretion was not seen in HepG2 cells.', 'contradicted');
    check('In ATC cells, an IL-11-driven gain in EMT was never observed.', 'contradicted');
    check('An increase in MMP-9 after IL-11 exposure could not be detected in MDA-MB-231 cells.', 'contradicted');
    check('The rise in MMP-9 seen after IL-11 exposure was absent in MDA-MB-231 cells.', 'contradicted');
  });
  test('a loss or absence after the denial leaves the event standing', () => {
    check('An IL-11-driven rise in MMP-9 was not detected in STAT3-deficient MDA-MB-231 cells.', 'supported');
    check('A hypoxia-driven gain in IL-11 secretion was not seen in the absence of HIF-1α.', 'supported');
    check('The IL-11-induced rise in MMP-9 was absent in cells lacking STAT3.', 'supported');
  });
  test('a clause of its own before the denial is not the subject phrase', () => {
    check('IL-11 raised MMP-9 in MDA-MB-231 cells, but a rise in MMP-13 was not seen.', 'supported');
  });
});

suite('precision audit (stop 41): tumours or cells named by a resistance with no one drug', () => {
  // "chemoresistant tumours" says which tumours the verb acts in; before, the resistance was read as a second object
  // ("IL-6 increases chemoresistance"), and a seed sentence on IGF-1R inhibition and sorafenib lost its support.
  const { read } = bundledReadings();
  test('the resistance adjective before tumours or cells is no object of the verb', () => {
    for (const text of ['IL-6 enhanced invasion in chemoresistant tumours.', 'IL-6 enhanced invasion in chemoresistant cells.']) {
      const { claims } = read(text);
      assert.ok(claims.some((c) => /^IL6 increases CELL_INVASION/.test(c)), `${text}: ${claims.join('; ')}`);
      assert.ok(!claims.some((c) => /CHEMORESISTANCE/.test(c)), `${text}: ${claims.join('; ')}`);
    }
  });
  test('a sentence whose only claim is backed stays supported beside the chemoresistant place', () => {
    check('Blocking IGF-1R also strengthened the therapeutic effect of sorafenib on HCC, notably chemoresistant tumours.', 'supported');
  });
  test('chemoresistance as what the verb acts on is still the object', () => {
    const { claims } = read('IL-6 promotes chemoresistance in gastric cancer cells.');
    assert.ok(claims.some((c) => /^IL6 promotes CHEMORESISTANCE/.test(c)), claims.join('; '));
  });
});
