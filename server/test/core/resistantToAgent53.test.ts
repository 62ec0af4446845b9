// Issue 7, stop 53 (h-swap53): cells named by their resistance to the drug that is the claim's own agent. roles.ts
// resistantCellsDrug gives such cells the drug as their condition; when the drug is also the subject, extract.ts
// dropped that condition as a participant, so "D did Y in D-resistant cells" read as D doing Y anywhere and a finding
// made without the drug's condition (a trial, untreated tissue) backed it. The condition now stays (extract.ts
// `resistantToAgent`); a finding made under the drug still covers it, as for any agent in resistant cells.
import { bundledReadings } from './helpers';

const { check } = bundledReadings();

suite('resistance to the claim\'s own agent is its setting (stop 53)', () => {
  test('the drug\'s effect in cells resisting it is not its effect in general', () => {
    check('Sorafenib lengthened overall survival in sorafenib-resistant cells.', 'unsupported', 'SORAFENIB increases OVERALL_SURVIVAL');
    check('Sorafenib prolonged overall survival of HCC patients in sorafenib-resistant cells.', 'unsupported', 'SORAFENIB increases OVERALL_SURVIVAL');
  });
  test('without the resistance, the same claim is backed', () => {
    check('Sorafenib prolonged overall survival of patients with HCC.', 'supported', 'SORAFENIB increases OVERALL_SURVIVAL');
    check('Sorafenib lengthened overall survival in HCC.', 'supported', 'SORAFENIB increases OVERALL_SURVIVAL');
  });
  test('a finding made under the drug still covers the drug\'s claim in its resistant cells', () => {
    check('Sorafenib raised IL-6R expression in sorafenib-resistant HCC cells.', 'supported', 'SORAFENIB increases IL6R');
  });
  test('another agent in the resistant cells keeps the drug as its condition, as before', () => {
    check('IL-6 raised STAT3 phosphorylation in sorafenib-resistant HCC cells.', 'supported', 'IL6 increases STAT3');
  });
});
