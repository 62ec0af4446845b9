// Reader classes of stop 42 (issue 7, helper h-rh42): the recombinant prefix ("rhIL-11", "rmIL-6") read as the
// protein, and the two guards that keep an added protein from being supported by a finding on something else: a
// finding on the partner's phosphorylation backs no claim on its amount (verify.ts levelAgainstPhosphorylation), and
// the route of a change of something the library names nothing for is no object of the verb (routeOfUnnamedChange.ts).
// Each class with sentences of our own and the near misses that must not be read as it.
import * as assert from 'node:assert/strict';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, readingTable } from './helpers';

suite('reader rh42: a protein written with the recombinant prefix "rh" / "rm" is the protein (recognize.ts recombinantWordAt)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  const named = (text: string) => recognizeEntities(text, lexiconOf(kb), new Map()).map((m) => `${m.text}=${m.entityId}`);
  test('"rhIL-11", "rhIL-6", "rmIL-6" are the cytokines, with the prefix inside the mention', () => {
    assert.deepEqual(named('Platelets rose after rhIL-11.'), ['rhIL-11=IL11']);
    assert.deepEqual(named('rhIL-6 and rmIL-6 were added.'), ['rhIL-6=IL6', 'rmIL-6=IL6']);
  });
  test('words that merely start with "rh" or "rm" name nothing, nor does the prefix before a lower-case word', () => {
    assert.deepEqual(named('We sequenced the rhesus genome and rhizome samples in rmsk cells.'), []);
    assert.deepEqual(named('The rhil-11 typo stays unread.'), []);
  });
});

readingTable('reader rh42', 'the recombinant prefix in claims: the protein given is the agent', [
  ['Treatment with rhIL-11 raised MMP-13 expression in OSCC cells.', ['IL11 increases MMP13 [ctx OSCC]'], 'supported'],
  ['rhIL-6 may enhance STAT3 phosphorylation in hepatoma cells.', ['IL6 increases STAT3 [ctx HCC]'], 'supported'],
  // Near misses: the opposite change (contradicted); a method that names the protein and no change.
  ['rhIL-11 lowered MMP-13 levels in OSCC cells.', ['IL11 decreases MMP13 [ctx OSCC]'], 'contradicted'],
  ['Patients received rhIL-11 and their platelet counts were monitored.', [], 'unsupported/no-evidence'],
]);

readingTable('reader rh42', 'a finding on the partner\'s phosphorylation backs no claim on its amount (verify.ts levelAgainstPhosphorylation)', [
  ['rhIL-11 increased STAT3 mRNA expression in MDA-MB-231 cells.', ['IL11 increases STAT3 [ctx MDA_MB_231]'], 'unsupported/no-evidence'],
  ['Recombinant IL-11 raised total STAT3 protein levels.', ['IL11 increases STAT3'], 'unsupported/no-evidence'],
  // The amount word governs the whole list: gp130 (a route of the library) and STAT3 alike.
  ['rhIL-11 up-regulated the expression of gp130 and STAT3.', ['IL11 upregulates GP130', 'IL11 upregulates STAT3'], 'unsupported/no-evidence'],
  // Near misses: the active form's level and the bare name still meet the finding; the opposite direction still contradicts it.
  ['rhIL-11 raised the levels of phosphorylated STAT3 in MDA-MB-231 cells.', ['IL11 increases STAT3 [ctx MDA_MB_231]'], 'supported'],
  ['rhIL-11 activated STAT3 in MDA-MB-231 cells.', ['IL11 activates STAT3 [ctx MDA_MB_231]'], 'supported'],
  ['Recombinant IL-11 lowered STAT3 levels in MDA-MB-231 cells.', ['IL11 decreases STAT3 [ctx MDA_MB_231]'], 'contradicted'],
]);

readingTable('reader rh42', 'the route of a change of something unnamed is no object of the verb (routeOfUnnamedChange.ts)', [
  ['rhIL-11 raised platelet counts through STAT3 activation.', [], 'unsupported/no-evidence'],
  ['IL-11 shortened the bleeding time via activation of STAT3.', [], 'unsupported/no-evidence'],
  ['In HCC patients, IL-6 protected the liver by way of STAT3.', [], 'unsupported/no-evidence'],
  // Near misses: with a named object the route is its mediator; a route of the subject itself is the claim.
  ['rhIL-11 raised MMP-9 through STAT3 activation in MDA-MB-231 cells.', ['IL11 increases MMP9 [ctx MDA_MB_231] via STAT3'], 'supported'],
  ['IL-11 signals mainly through STAT3.', ['IL11 signals-through STAT3'], 'supported'],
]);
