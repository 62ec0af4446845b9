// Issue 7, stop 51 (h-lib51): the drug a patient cohort received, named in a setting fronted before the finding ("In
// patients treated with X, ...", and the partitive "Of the patients who received X, those with Y had ..."), is where
// the finding holds, never its agent or marker (claims/patientSetting.ts, shared by frontedSetting.ts and
// kb/clinicalAssociation.ts). The library kit showed it: a marker's association inside a treated cohort was read as
// the drug shortening survival, which a writer's claim on that drug would find as support. "those with X" names the
// marker's group as "patients with X" does (patientGroups.ts). Our own sentences, one construction each.
import * as assert from 'node:assert/strict';
import { frontedPatientSettingEnd } from '../../src/core/claims/patientSetting';
import { abstractFindings, bundledReadings } from './helpers';

const findings = (abstract: string): Promise<string[]> => abstractFindings(abstract, { polarity: true, context: true });

const { read } = bundledReadings();

suite('a treated cohort fronted before the finding is its setting (stop 51)', () => {
  suiteSetup(async function () {
    this.timeout(60000);
    await findings('x');
  });

  test('the partitive "Of the patients who received X," is a fronted setting; a sentence opening on "Of" otherwise is not', () => {
    const text = 'Of the patients who received gemcitabine after surgery, those with SMAD4 loss relapsed sooner.';
    assert.equal(text.slice(0, frontedPatientSettingEnd(text, 0, text.length)), 'Of the patients who received gemcitabine after surgery,');
    assert.equal(frontedPatientSettingEnd('Of note, gemcitabine lowered SMAD4.', 0, 35), undefined);
  });

  test('abstract: within a treated cohort, the marker group\'s worse survival is the marker\'s, the drug only its context', async () => {
    assert.deepEqual(await findings('Of the patients treated with gemcitabine, those with SMAD4 loss had markedly worse DFS and OS.'), [
      'NCBIGENE_4089 associated-with(positive) DISEASE_FREE_SURVIVAL [DRUG_GEMCITABINE]',
      'NCBIGENE_4089 associated-with(positive) OVERALL_SURVIVAL [DRUG_GEMCITABINE]',
    ]);
  });

  test('abstract: "In patients treated with X, loss of Y was associated with Z" makes no association of the drug', async () => {
    assert.deepEqual(await findings('In patients treated with gemcitabine, SMAD4 loss was associated with worse overall survival.'), ['NCBIGENE_4089 associated-with(positive) OVERALL_SURVIVAL [DRUG_GEMCITABINE]']);
  });

  test('near miss: a treated group that is itself the subject still reports the drug\'s effect', async () => {
    assert.deepEqual(await findings('Patients treated with regorafenib had a longer overall survival.'), ['REGORAFENIB increases OVERALL_SURVIVAL []']);
  });

  test('draft: the drug of a partitive cohort is no agent; "those with X" is the marker\'s group', () => {
    const claims = read('Of the patients treated with gemcitabine, those with SMAD4 loss had worse DFS and OS.').claims;
    assert.ok(!claims.some((c) => c.startsWith('DRUG_GEMCITABINE')), claims.join('; '));
    assert.ok(claims.some((c) => c.startsWith('NCBIGENE_4089 associated-with OVERALL_SURVIVAL')), claims.join('; '));
  });
});
