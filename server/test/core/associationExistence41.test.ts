// Issue 7, stop 41 (h-w18b41): three general shapes of clinical and correlative prose, each with sentences of our
// own and near misses that must not come out supported.
// 1. An association stated by existence or finding before "between": "no association exists between X and Y", "a
//    correlation existed between X and Y" (triggers.ts existenceBeforeBetween); the side "between" names first may
//    be the outcome, "between overall survival and X expression" (extract.ts). A denial before the noun is a denial
//    for the abstract reader too (kb/clinicalAssociation.ts deniedBefore), which kept it as the association.
// 2. A denied association with a survival end point needs no direction: "X was not associated with overall
//    survival" meets a finding that X goes with a poor prognosis as a contradiction (verify.ts).
// 3. A clinical list whose members are named by their grade without a determiner, "poor survival, high clinical
//    stage and metastasis", stays one list (analyzeBlock.ts memberGrade), so the list policy weighs all its members.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { readAbstract } from '../../src/core/kb/abstracts';
import { bundledKb, claimsOf, paperWithAbstract, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

suite('an association stated by existence before "between"', () => {
  test('"a correlation existed between X and Y" reads the association', () => {
    assert.deepEqual(claimsOf('A marked correlation existed between IL-11 levels and metastasis.', kb), ['IL11 associated-with(positive) METASTASIS']);
  });
  test('"has been observed between" reads it too', () => {
    assert.deepEqual(claimsOf('A close association has been observed between IL-11 levels and metastasis.', kb), ['IL11 associated-with(positive) METASTASIS']);
  });
  test('"no association exists between" denies it', () => {
    assert.deepEqual(claimsOf('No association exists between IL-11 levels and metastasis.', kb), ['NOT IL11 associated-with(positive) METASTASIS']);
  });
  test('"no significant correlation existed between" denies it, never reads a correlation', () => {
    assert.equal(verdictOf('No significant correlation existed between IL-11 levels and metastasis.'), 'contradicted');
  });
  test('an outcome named first: the molecule is still what goes with it', () => {
    assert.deepEqual(claimsOf('No association exists between metastasis and IL-11 levels.', kb), ['NOT IL11 associated-with(positive) METASTASIS']);
  });
  test('two molecules: the first side stays the subject', () => {
    assert.deepEqual(claimsOf('A correlation existed between IL-6 levels and STAT3 activity.', kb), ['IL6 associated-with(positive) STAT3']);
  });
  test('a word that is no existence or finding ends the search: no trigger', () => {
    assert.deepEqual(claimsOf('The association of the groups between IL-11 levels and metastasis.', kb).filter((c) => c.includes('associated-with') && c.startsWith('IL11')), []);
  });
});

suite('a denied association with a survival end point', () => {
  test('"X was not associated with overall survival" is contradicted by X going with a poor prognosis', () => {
    assert.equal(verdictOf('IL-11 expression was not associated with overall survival.'), 'contradicted');
  });
  test('the outcome named first after "between" is read the same', () => {
    assert.equal(verdictOf('No association exists between overall survival and IL-11 expression.'), 'contradicted');
  });
  test('near miss: a sibling the library has no prognosis finding on stays unsupported', () => {
    assert.equal(verdictOf('STAT1 expression was not associated with overall survival.'), 'unsupported/no-evidence');
  });
  test('near miss: the association asserted without a direction is not supported', () => {
    assert.equal(verdictOf('An association exists between overall survival and STAT3 expression.'), 'unsupported/no-evidence');
  });
});

suite('the abstract reader keeps no denied correlation as one', () => {
  test('"No significant correlation existed between X and Y" gives no association of X with Y', () => {
    const paper = paperWithAbstract('We measured IL-11 in tumour samples. No significant correlation existed between IL-11 levels and lymph node metastasis.');
    const facts = readAbstract(paper, kb).map((f) => `${f.subject} ${f.relation}${f.polarity ? `(${f.polarity})` : ''} ${f.object}`);
    assert.ok(!facts.some((f) => /^IL11 associated-with\(positive\) LYMPH_NODE_METASTASIS/.test(f)), facts.join('; '));
  });
});

suite('a clinical list with members opened by their grade', () => {
  test('a backed member after a grade-opened one keeps the list supported', () => {
    assert.equal(verdictOf('High MMP-13 expression was linked to poor survival, advanced tumour stage and metastasis.'), 'supported');
  });
  test('the grade-opened member last', () => {
    assert.equal(verdictOf('IL-11 levels were related to metastasis, high clinical stage and poor survival.'), 'supported');
  });
  test('near miss: a sibling of the backed gene stays unsupported', () => {
    assert.equal(verdictOf('High MMP-11 expression was linked to poor survival, advanced tumour stage and metastasis.'), 'unsupported/no-evidence');
  });
  test('near miss: "lower" after "and" is a verb of a second predicate, no grade of a member', () => {
    assert.equal(verdictOf('CAFs secrete IL-6 and lower interferon-gamma in HCC.'), 'unsupported/no-evidence');
  });
});

// 4. The set named before the copula (frames.ts one-of-the-key-is-x; its example is tested in frames.test.ts).
suite('"One of the key drivers of Y is X"', () => {
  test('a single name after the copula', () => {
    assert.deepEqual(claimsOf('A major driver of metastasis is STAT3.', kb), ['STAT3 promotes METASTASIS']);
  });
  test('a loss after the copula turns it round', () => {
    assert.deepEqual(claimsOf('One of the main causes of chemoresistance is the loss of STAT3.', kb), ['STAT3 suppresses CHEMORESISTANCE']);
  });
  test('a denied copula denies it', () => {
    assert.deepEqual(claimsOf('One of the key drivers of metastasis is not STAT3.', kb), ['NOT STAT3 promotes METASTASIS']);
  });
  test('the setting before the copula is no object', () => {
    assert.ok(!claimsOf('One of the key drivers of metastasis in gastric cancer is IL-6.', kb).some((c) => c.includes('TUMORIGENESIS') || c.endsWith('GASTRIC_CANCER')));
  });
  test('near miss: the sibling STAT1 stays unsupported', () => {
    assert.equal(verdictOf('One of the key drivers of invasion is STAT1.'), 'unsupported/no-evidence');
  });
  test('no importance word, no claim: "the cause of Y is X" may name only a part', () => {
    assert.deepEqual(claimsOf('The factor of metastasis is STAT3.', kb).filter((c) => c.startsWith('STAT3')), []);
  });
});

// 5. Traits listed after a verb of showing (claims/listedTraits.ts; its example runs in sentenceFilters.test.ts).
suite('a participle opening a listed trait is no verb of the trait before it', () => {
  test('after "exhibited": no claim of STAT3 on the later traits', () => {
    assert.deepEqual(claimsOf('The xenografts exhibited STAT3 activation, reduced apoptosis and high angiogenesis.', kb), []);
  });
  test('after "characterized by": a definition reads no trait acting on another', () => {
    assert.deepEqual(claimsOf('Gastric carcinoma is a malignancy characterized by early metastasis, reduced apoptosis and a poor prognosis.', kb), []);
  });
  test('the fronted condition keeps its claims on the traits', () => {
    assert.deepEqual(claimsOf('Under hypoxia, MDA-MB-231 cells showed EMT, enhanced invasion and increased migration.', kb), ['HYPOXIA increases CELL_INVASION [ctx MDA_MB_231]', 'HYPOXIA increases CELL_MIGRATION [ctx MDA_MB_231]']);
  });
  test('a series of predicates of one subject keeps every predicate', () => {
    assert.deepEqual(claimsOf('Hypoxia induced EMT, limited apoptosis, and promoted invasion.', kb), ['HYPOXIA decreases APOPTOSIS', 'HYPOXIA induces EMT', 'HYPOXIA promotes CELL_INVASION']);
  });
});
