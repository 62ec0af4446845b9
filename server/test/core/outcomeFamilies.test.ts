// Claims read, and matched to the finding that backs them, when the outcome is named as a kind the finding's
// outcome belongs to or as its opposite (issue 7, stop 32): three rules, each with examples in our own words,
// differently worded, and the near misses they must not accept.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { drugOutcomeAt } from '../../src/core/kb/outcomes';
import { oppositeOutcome } from '../../src/core/kb/inference';
import { bundledKb, claimsOf, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('the cells between an outcome noun and its drug: "the sensitivity of HCC cells to cisplatin" (kb/outcomes.ts drugOutcomeAt)', () => {
  const kindAt = (text: string, drug: string) => {
    const start = text.indexOf(drug);
    return drugOutcomeAt(text, start, start + drug.length);
  };
  test('sensitivity, chemosensitivity and susceptibility with the cells named between', () => {
    assert.equal(kindAt('It raised the sensitivity of Huh7 cells to doxorubicin.', 'doxorubicin'), 'sensitivity');
    assert.equal(kindAt('Loss of X restored chemosensitivity of colon cancer cell lines to the oxaliplatin regimen.', 'oxaliplatin'), 'sensitivity');
    assert.equal(kindAt('the susceptibility of resistant gastric cells to 5-FU', '5-FU'), 'sensitivity');
  });
  test('resistance with the cells named between', () => {
    assert.equal(kindAt('This lowered the resistance of A549 cells to gefitinib.', 'gefitinib'), 'resistance');
    assert.equal(kindAt('the chemoresistance of ovarian tumour cells to cisplatin', 'cisplatin'), 'resistance');
  });
  test('no outcome noun, or punctuation between: the drug stays a drug', () => {
    assert.equal(kindAt('We exposed the cells of each line to cisplatin.', 'cisplatin'), undefined);
    assert.equal(kindAt('the sensitivity of the assay, adapted to cisplatin', 'cisplatin'), undefined);
  });
  test('a factor that lowers the cells\' sensitivity to another drug raises resistance to it: another context, never supported', () => {
    // The library's IL-6 findings are on sorafenib and regorafenib resistance; the drug is part of the context.
    assert.deepEqual(claimsOf('IL-6 lowered the sensitivity of hepatoma cells to cisplatin.', kb), ['IL6 increases DRUG_RESISTANCE [ctx DRUG_CISPLATIN,HCC]']);
    assert.equal(verdictOf('IL-6 lowered the sensitivity of hepatoma cells to cisplatin.'), 'unsupported/other-context');
    assert.equal(verdictOf('Neutralising IL-6 raised the chemosensitivity of SW480 cells to oxaliplatin.'), 'unsupported/other-context');
    assert.equal(verdictOf('IL-6 enhanced the resistance of liver cancer cells to doxorubicin.'), 'unsupported/other-context');
  });
  test('the drug the finding names, with the cells between, is still backed', () => {
    assert.equal(verdictOf('IL-6 reduced the sensitivity of HCC cells to sorafenib.'), 'supported');
  });
});

suite('chemo- and radiosensitivity are the opposites of chemo- and radioresistance (kb/inference.ts oppositeTreatmentOutcomes)', () => {
  test('the table runs both ways; a drug phenotype keeps its own rule', () => {
    assert.equal(oppositeOutcome('RADIOSENSITIVITY', undefined), 'RADIORESISTANCE');
    assert.equal(oppositeOutcome('CHEMORESISTANCE', undefined), 'CHEMOSENSITIVITY');
    assert.equal(oppositeOutcome('SORAFENIB_SENSITIVITY', { drug: 'SORAFENIB', kind: 'SENSITIVITY' }), 'SORAFENIB_RESISTANCE');
    assert.equal(oppositeOutcome('CELL_INVASION', undefined), undefined);
  });
  const backed: string[] = [
    'Low oxygen reduces the radiosensitivity of tumour cells.',
    'Hypoxic conditions may impair the chemosensitivity of cancer cells.',
    'In HCC, IGF-1 lowered chemosensitivity.',
  ];
  for (const sentence of backed) test(`backed by the resistance finding: ${sentence}`, () => assert.equal(verdictOf(sentence), 'supported'));
  test('the opposite direction is contradicted', () => {
    assert.equal(verdictOf('Hypoxia enhances the radiosensitivity of cancer cells.'), 'contradicted');
    assert.equal(verdictOf('IGF-1 increased chemosensitivity in HCC.'), 'contradicted');
  });
  test('near misses: a finding on cancer in general against a named cancer, a factor with no such finding', () => {
    // bg-hypoxia-radioresistance is stated of cancer in general: a claim naming a cancer is no-evidence (project policy).
    assert.equal(verdictOf('Hypoxia lowers the radiosensitivity of oral squamous cell carcinoma.'), 'unsupported/no-evidence');
    assert.equal(verdictOf('IL-11 decreases the chemosensitivity of breast cancer cells.'), 'unsupported/no-evidence');
  });
});

suite('a tumour\'s aggressiveness holds its invasion and metastasis (data/entities.json parents)', () => {
  const backed: string[] = [
    'IL-11 promotes the malignant phenotype of OSCC cells.',
    'In oral squamous cell carcinoma, IL-11 drives aggressive behaviour.',
    'IL-11 may enhance the aggressiveness of OSCC.',
  ];
  for (const sentence of backed) test(`a member's finding backs the family: ${sentence}`, () => assert.equal(verdictOf(sentence), 'supported'));
  test('the opposite direction is contradicted', () => {
    assert.equal(verdictOf('IL-11 restrains the aggressive phenotype of OSCC cells.'), 'contradicted');
  });
  test('never the reverse: a finding on aggressiveness alone backs no claim on invasion or metastasis', () => {
    assert.ok(kb.isA('CELL_INVASION', 'TUMOR_AGGRESSIVENESS') && kb.isA('METASTASIS', 'TUMOR_AGGRESSIVENESS'));
    assert.ok(!kb.isA('TUMOR_AGGRESSIVENESS', 'CELL_INVASION') && !kb.isA('TUMOR_AGGRESSIVENESS', 'METASTASIS'));
  });
  test('near misses: proliferation is no member, and a finding elsewhere is another context', () => {
    // IL-6's findings are on proliferation, apoptosis and resistance in HCC, none on invasion or metastasis.
    assert.equal(verdictOf('IL-6 promotes the malignant behaviour of HCC cells.'), 'unsupported/no-evidence');
    // IL-11's invasion and metastasis findings are in breast, gastric, colorectal, thyroid and oral cancers.
    assert.equal(verdictOf('IL-11 promotes the aggressiveness of HCC cells.'), 'unsupported/other-context');
  });
});

suite('the library\'s cancers under the names papers also use (data/entities.json synonyms)', () => {
  const contextOf = (sentence: string): string[] => claimsOf(sentence, kb).map((c) => /\[ctx ([^\]]*)\]/.exec(c)?.[1] ?? '');
  test('an organ word kept with the carcinoma it names, and the long forms of OSCC and ATC', () => {
    assert.deepEqual(contextOf('IL-11 raised the migration of oral carcinoma cells.'), ['ORAL_CANCER']);
    assert.deepEqual(contextOf('IL-11 increased MMP-13 in squamous cell carcinoma of the oral cavity.'), ['OSCC']);
    assert.deepEqual(contextOf('In undifferentiated thyroid carcinoma cells, IL-11 enhanced invasion.'), ['ATC']);
    assert.deepEqual(contextOf('IL-6 stimulates the proliferation of liver cell carcinoma cells.'), ['HCC']);
  });
  test('so findings there cover them, either way round', () => {
    assert.equal(verdictOf('IL-11 raised the migration of oral carcinoma cells.'), 'supported');
    assert.equal(verdictOf('IL-11 hindered the migration of oral cavity carcinoma cells.'), 'contradicted');
    assert.equal(verdictOf('In undifferentiated thyroid carcinoma cells, IL-11 enhanced invasion.'), 'supported');
  });
  test('near misses: a finding made in another cancer, or stated for cancer in general', () => {
    assert.equal(verdictOf('IL-6 drives the proliferation of oral carcinoma cells.'), 'unsupported/other-context');
    assert.equal(verdictOf('In squamous cell carcinoma of the oral cavity, hypoxia promotes metastasis.'), 'unsupported/no-evidence');
  });
});

suite('"resistant to radiotherapy", "sensitive to chemotherapy": the adjectives name the phenotypes (data/entities.json synonyms)', () => {
  test('a cause that makes cells resistant or sensitive', () => {
    assert.deepEqual(claimsOf('Low oxygen made cancer cells resistant to radiation.', kb), ['HYPOXIA promotes RADIORESISTANCE [ctx CANCER]']);
    assert.equal(verdictOf('Low oxygen made cancer cells resistant to radiation.'), 'supported');
    assert.equal(verdictOf('Hypoxia rendered tumour cells sensitive to radiotherapy.'), 'contradicted');
    assert.equal(verdictOf('Loss of IGF-1 rendered HCC cells chemosensitive.'), 'supported');
  });
  test('near misses: a named cancer against a cancer-general finding, a factor with no finding', () => {
    assert.equal(verdictOf('Hypoxia makes oral cancer cells resistant to radiotherapy.'), 'unsupported/no-evidence');
    assert.equal(verdictOf('IL-11 rendered breast cancer cells sensitive to radiation.'), 'unsupported/no-evidence');
  });
});
