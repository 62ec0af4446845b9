// Reading forms the library kit's real abstracts showed the reader getting wrong, one per test, in sentences
// written for these tests: a gene's loss written with the molecule's form between name and loss word, and an
// association noun whose polarity its own words (or the subject's loss) turn round.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

suite('loss written with the molecule\'s form: "X gene silencing"', () => {
  test('"X gene silencing lowered Y": X raises Y, as "X silencing lowered Y" says', () => {
    assert.deepEqual(claimsOf('STAT3 gene silencing lowered the migration of MCF-7 cells.', kb), ['STAT3 increases CELL_MIGRATION [ctx CELL_MCF_7]']);
  });

  test('"A and B gene silencing": both names lose their function', () => {
    assert.deepEqual(claimsOf('IL-6 and STAT3 gene silencing lowered the migration of MCF-7 cells.', kb), [
      'IL6 increases CELL_MIGRATION [ctx CELL_MCF_7]',
      'STAT3 increases CELL_MIGRATION [ctx CELL_MCF_7]',
    ]);
  });

  test('"X mRNA knockdown raised Y": X lowers Y', () => {
    assert.deepEqual(claimsOf('STAT3 mRNA knockdown raised E-cadherin expression.', kb), ['STAT3 decreases CDH1']);
  });

  test('the gene named without a loss acts itself', () => {
    assert.deepEqual(claimsOf('The STAT3 gene raised the migration of MCF-7 cells.', kb), ['STAT3 increases CELL_MIGRATION [ctx CELL_MCF_7]']);
  });
});

suite('association nouns: polarity from the phrase', () => {
  test('"a negative correlation with Y" is a negative association', () => {
    assert.deepEqual(claimsOf('SMAD4 expression showed a negative correlation with vimentin levels.', kb), ['NCBIGENE_4089 associated-with(negative) VIM']);
  });

  test('"an inverse association with Y" is a negative association', () => {
    assert.deepEqual(claimsOf('SMAD4 expression showed an inverse association with lymph node metastasis.', kb), ['NCBIGENE_4089 associated-with(negative) LYMPH_NODE_METASTASIS']);
  });

  test('"loss of X showed an association with Y": X goes the other way, as with "was associated with"', () => {
    assert.deepEqual(claimsOf('Loss of SMAD4 showed a significant association with lymph node metastasis.', kb), ['NCBIGENE_4089 associated-with(negative) LYMPH_NODE_METASTASIS']);
    assert.deepEqual(claimsOf('SMAD4 loss showed a strong correlation with lymph node metastasis.', kb), ['NCBIGENE_4089 associated-with(negative) LYMPH_NODE_METASTASIS']);
  });

  test('a lost subject and an inverse association: the two turns cancel', () => {
    assert.deepEqual(claimsOf('Loss of SMAD4 showed a negative correlation with vimentin levels.', kb), ['NCBIGENE_4089 associated-with(positive) VIM']);
  });

  test('a high level showing an association stays positive', () => {
    assert.deepEqual(claimsOf('High vimentin expression showed a significant association with lymph node metastasis.', kb), ['VIM associated-with(positive) LYMPH_NODE_METASTASIS']);
  });
});

suite('means clauses: a manner adverb between "by" and the gerund', () => {
  test('"by either blocking A or inducing B" is a means, as "by blocking A or inducing B" is: the subject blocks A (stop 39)', () => {
    const claims = claimsOf('Hypoxia promotes invasion by both inducing EMT and raising IL-11.', kb);
    assert.ok(claims.includes('HYPOXIA induces EMT'), JSON.stringify(claims));
    assert.ok(claims.includes('HYPOXIA increases IL11'), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.startsWith('CELL_INVASION')), JSON.stringify(claims));
  });

  test('"raised Y by directly binding Z" is a means, as "by binding Z" is, not Y binding Z', () => {
    assert.deepEqual(claimsOf('HOTAIR raised EMT by directly binding the SMAD4 protein.', kb), ['NCBIGENE_100124700 binds NCBIGENE_4089', 'NCBIGENE_100124700 increases EMT via NCBIGENE_4089']);
  });
});

suite('evidenced changes: the markers after "as shown by"', () => {
  test('each marker takes its own direction word, and a verb reading of the main verb on them gives way', () => {
    assert.deepEqual(claimsOf('HOTAIR activated EMT in HT-29 cells, as indicated by higher vimentin expression and lower E-cadherin expression.', kb), [
      'NCBIGENE_100124700 activates EMT [ctx CELL_HT_29]',
      'NCBIGENE_100124700 decreases CDH1 [ctx CELL_HT_29]',
      'NCBIGENE_100124700 increases VIM [ctx CELL_HT_29]',
    ]);
  });

  test('an agent named by its loss turns each change round', () => {
    assert.deepEqual(claimsOf('ZEB1 knockdown blocked EMT, as shown by higher E-cadherin and lower vimentin levels.', kb), ['ZEB1 activates EMT', 'ZEB1 decreases CDH1', 'ZEB1 increases VIM']);
  });

  test('the processes the markers are said to mark are no changes of their own', () => {
    assert.deepEqual(claimsOf('HOTAIR promoted invasion, as shown by the increased expression of markers of invasion and metastasis (vimentin and SNAI1) and the decreased expression of E-cadherin.', kb), [
      'NCBIGENE_100124700 decreases CDH1',
      'NCBIGENE_100124700 increases NCBIGENE_6615',
      'NCBIGENE_100124700 increases VIM',
      'NCBIGENE_100124700 promotes CELL_INVASION',
    ]);
  });
});

suite('nominal means after a passive with its agent', () => {
  test('"Y was lowered by X through inhibition of Z": X brings the means about, Y acts on nothing', () => {
    assert.deepEqual(claimsOf('Invasion was reduced by sorafenib through the inhibition of MMP-9 expression.', kb), ['SORAFENIB decreases CELL_INVASION via MMP9']);
  });
});

suite('a change noun after a route preposition', () => {
  test('"X lowered Y through a reduction in Z": Z is the route, never raised by X', () => {
    assert.deepEqual(claimsOf('Sorafenib inhibited lung metastasis through a reduction in cell invasion and migration.', kb), ['SORAFENIB inhibits METASTASIS via CELL_INVASION+CELL_MIGRATION']);
  });
});
