// "not only A but also B" (claims/notOnly.ts, stop 50): which shape a "not only" opens, said once. A predicate pair
// ("X not only raises A, but also lowers B") is judged by B (sideClauses.ts); the members of a noun list (objects,
// subjects, the owners of a nominal) are asserted alike, so the sentence is judged exactly as the same sentence with
// "A and B" is (analyzeBlock.ts listedWith), whatever the list rule makes of that list.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { notOnlyShape, opensNotOnlyList } from '../../src/core/claims/notOnly';
import { bundledKb, verdictOf } from './helpers';

suite('notOnly: the shape a "not only" opens', () => {
  const cases: Array<[string, 'predicate' | 'list']> = [
    // A predicate on each side of the "but".
    ['not only raises MMP-13, but also lowers ATF4.', 'predicate'],
    ['not only promotes invasion but it also drives metastasis.', 'predicate'],
    ['not only is a cytokine but also acts as a growth factor.', 'predicate'],
    ['not only strongly raised IGF-1 but also clearly lowered ATF4.', 'predicate'],
    // Stop 51: an adverb before "also" ("but likely also"), as after it.
    ['not only raised IGF-1 but likely also drives EMT.', 'predicate'],
    ['not only raised IGF-1 but probably also ATF4.', 'list'],
    // A noun list: after a verb or a preposition, a subject list, the verb said once for both objects.
    ['not only MMP-13 but also ATF4 rose.', 'list'],
    ['not only of IL-6 but also of gp130 ligands.', 'list'],
    ['not only the levels of STAT3 but also those of ATF4.', 'list'],
    ['not only raised IGF-1 but also ATF4 in HCC cells.', 'list'],
  ];
  for (const [rest, shape] of cases) test(`"${rest}" opens a ${shape}`, () => assert.equal(notOnlyShape(rest), shape));

  test('a first member is opened by the "not only" before it in its phrase, never across a "but" or a semicolon', () => {
    const list = 'IL-6 raised not only the levels of IGF-1 but also ATF4.';
    assert.equal(opensNotOnlyList(list, list.indexOf('IGF-1')), true);
    const pair = 'IL-6 not only raised IGF-1 but also lowered ATF4.';
    assert.equal(opensNotOnlyList(pair, pair.indexOf('IGF-1')), false);
    const across = 'Not only IL-6 rose; IL-11 but also ATF4 fell.';
    assert.equal(opensNotOnlyList(across, across.indexOf('IL-11')), false);
    const none = 'IL-6 raised IGF-1 but also ATF4.';
    assert.equal(opensNotOnlyList(none, none.indexOf('IGF-1')), false);
  });
});

suite('notOnly: a noun list is judged as "A and B" is (the list rule)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  // [the "not only" sentence, the same sentence with "A and B", the verdict both get]
  const cases: Array<[string, string, string]> = [
    // Objects: a backed member and one the library is silent on (no sibling of it): supported, in either order.
    ['In HCC cells, IL-6 raised not only IGF-1 but also ATF4.', 'In HCC cells, IL-6 raised IGF-1 and ATF4.', 'supported'],
    ['In HCC cells, IL-6 raised not only ATF4 but also IGF-1.', 'In HCC cells, IL-6 raised ATF4 and IGF-1.', 'supported'],
    // The verb said once before the first object: the same list of objects.
    ['In HCC cells, IL-6 not only raised ATF4 but also IGF-1.', 'In HCC cells, IL-6 raised ATF4 and IGF-1.', 'supported'],
    // Subjects.
    ['In HCC cells, not only IL-6 but also ATF4 raised IGF-1 levels.', 'In HCC cells, IL-6 and ATF4 raised IGF-1 levels.', 'supported'],
    // The owners of a nominal, the preposition said again.
    ['On the cell surface, gp130 transmits the signals not only of IL-11 but also of TNF-α.', 'On the cell surface, gp130 transmits the signals of IL-11 and TNF-α.', 'supported'],
    ['On the cell surface, gp130 transmits the signals not only of TNF-α but also of IL-11.', 'On the cell surface, gp130 transmits the signals of TNF-α and of IL-11.', 'supported'],
    // Near misses: an unbacked sibling of the backed member is the guideline's near miss, in a subject list, an
    // object list and a list of owners alike.
    ['Not only IL-11 but also IL-6 raised MMP-13 in OSCC.', 'IL-11 and IL-6 raised MMP-13 in OSCC.', 'unsupported/no-evidence'],
    ['In OSCC cells, IL-11 raised not only MMP-11 but also MMP-13.', 'In OSCC cells, IL-11 raised MMP-11 and MMP-13.', 'unsupported/no-evidence'],
    ['On the cell surface, gp130 transmits the signals not only of IL-11 but also of IL-6.', 'On the cell surface, gp130 transmits the signals of IL-11 and IL-6.', 'unsupported/no-evidence'],
    // A contradicted member wins, whichever member it is and whichever role the list fills.
    ['In OSCC cells, IL-11 lowered not only MMP-13 but also ATF4.', 'In OSCC cells, IL-11 lowered MMP-13 and ATF4.', 'contradicted'],
    ['In OSCC cells, IL-11 lowered not only ATF4 but also MMP-13.', 'In OSCC cells, IL-11 lowered ATF4 and MMP-13.', 'contradicted'],
    ['In OSCC cells, not only ATF4 but also IL-11 lowered MMP-13.', 'In OSCC cells, ATF4 and IL-11 lowered MMP-13.', 'contradicted'],
  ];
  for (const [notOnly, and, verdict] of cases) {
    test(notOnly, () => {
      assert.equal(verdictOf(and, kb), verdict, and);
      assert.equal(verdictOf(notOnly, kb), verdict);
    });
  }
});

suite('notOnly: a predicate pair is still judged by its second half (sideClauses.ts)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  test('a backed first predicate does not lend its support to an unbacked second one', () => {
    assert.equal(verdictOf('In HCC cells, IL-6 not only raised IGF-1 but also lowered ATF4.', kb), 'unsupported/no-evidence');
  });
  test('a silent first predicate before a backed second one: supported', () => {
    assert.equal(verdictOf('IL-11 not only fuels angiogenesis but also promotes the metastasis of OSCC.', kb), 'supported');
  });
  test('with one relation in both halves the granted first half is no member of the second half\'s list (sideClauses.ts grantedHalves)', () => {
    assert.equal(verdictOf('In HCC cells, IL-6 not only raised ATF4 but also raised IGF-1.', kb), 'supported');
    assert.equal(verdictOf('In HCC cells, IL-6 not only raised IGF-1 but also raised ATF4.', kb), 'unsupported/no-evidence');
  });
  test('a second predicate turned round against the library still contradicts', () => {
    assert.equal(verdictOf('In OSCC cells, IL-11 not only promoted migration but also lowered MMP-13.', kb), 'contradicted');
  });
});
