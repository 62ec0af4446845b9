// A stray comma between a new subject and its verb (claims/subjects.ts interventionSubjectBeforeComma, issue 7,
// h-dev44b): "A raised B and use of an X inhibitor, lowered Y". After an earlier predicate a comma before a verb
// usually lists another predicate of the same subject; a phrase that "and" opens with a noun of intervention and its
// "of"/"with" is a new subject instead. Sentences written for this test: three wordings that read the second verb
// with its own subject, and near readings that keep a list of predicates of one subject.
import * as assert from 'node:assert/strict';
import { bundledPlainReadings } from './helpers';

const { plain, reads } = bundledPlainReadings();

suite('a stray comma after a subject of intervention', () => {
  reads([
    ['Serum exposure raised IL-11 secretion and use of a STAT3 inhibitor, curbed the invasion of gastric cancer cells.', 'STAT3 activates CELL_INVASION'],
    ['Hypoxia elevated HIF-1α and the knockdown of STAT3, lowered vimentin in these cells.', 'STAT3 increases VIM'],
    ['Conditioned medium activated JAK2 and treatment with a STAT3 inhibitor, reduced the migration of colon cancer cells.', 'STAT3 increases CELL_MIGRATION'],
  ]);
  test('a list of predicates keeps its one subject', () => {
    for (const [text, reads, not] of [
      ['IL-11 raised MMP-2 and MMP-9, lowered E-cadherin and activated STAT3.', 'IL11 decreases CDH1', 'MMP9 decreases CDH1'],
      ['IL-11 raised STAT3 and the expression of MMP-9, lowered E-cadherin and spurred invasion.', 'IL11 decreases CDH1', 'MMP9 decreases CDH1'],
    ]) {
      const claims = plain(text);
      assert.ok(claims.includes(reads), `${text}: ${JSON.stringify(claims)}`);
      assert.ok(!claims.includes(not), `${text}: ${JSON.stringify(claims)}`);
    }
  });
});
