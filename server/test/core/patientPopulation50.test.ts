import * as assert from 'node:assert/strict';
import { sentenceFiltersOff } from '../../src/core/claims/sentenceFilters';
import { bundledReadings } from './helpers';

// Issue 7, stop 50 (h-wrong50): a disease after "patients with" (cases, individuals, subjects) names a population,
// not an agent: the marker the patients show goes with the disease (patientPopulation.ts, the `patient-population`
// sentence filter). Our own sentences, one construction each.
const { read, check } = bundledReadings();

suite('a population named by its disease (stop 50)', () => {
  test('"tumours from patients with X showed more Y": Y goes with X', () => {
    check('Tumour samples from patients with metastasis showed increased expression of STAT3.', 'supported', 'STAT3 associated-with METASTASIS');
  });
  test('a fall of the marker is a negative association, against a finding that the marker drives the disease', () => {
    check('Cases with metastasis had lower STAT3 activity in the tumour tissue.', 'contradicted', 'STAT3 associated-with METASTASIS');
  });
  test('without the filter the disease is read as raising the marker', () => {
    sentenceFiltersOff.add('patient-population');
    try {
      assert.ok(read('Tumour samples from patients with metastasis showed increased expression of STAT3.').claims.some((c) => c.startsWith('METASTASIS increases STAT3')));
    } finally {
      sentenceFiltersOff.delete('patient-population');
    }
  });
  test('near misses: an agent after the population stays, and a marker level after "patients with" is not a disease', () => {
    check('Among patients with metastasis, IL-11 raised MMP-9 in the tumours.', 'supported', 'IL11 increases MMP9');
    check('In patients with HCC, IL-6 raised STAT3 phosphorylation.', 'supported', 'IL6 increases STAT3');
    assert.ok(read('Patients with high IL-6 levels developed more metastasis.').claims.some((c) => c.startsWith('IL6 increases METASTASIS')));
  });
});
