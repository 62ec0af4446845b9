// A role in an act told in a relative clause set off by a comma (issue 7, stop 45, h-actor45b): "X, which plays a role
// in promoting Y" read nothing, though "X plays a role in promoting Y" and "X, which plays a role in Y" read (frames.ts
// relative-plays-role-in-doing); and the relative on a list after a verb, "Tumours contain A and B, which play a role
// in ...", is said of every member when its verb is plural (extract.ts pluralRelativeAfter), where the frame reader
// took the list for the verb's object and kept only its last member. Sentences written for this test: three wordings
// that read the claim, and near readings that must not read it as said.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);

function reads(cases: readonly [string, readonly string[]][]): void {
  for (const [text, expected] of cases) {
    test(text, () => {
      const claims = plain(text);
      for (const claim of expected) assert.ok(claims.includes(claim), `${claim} not in ${JSON.stringify(claims)}`);
    });
  }
}

suite('a role in an act, in a relative clause on a name or on a list', () => {
  reads([
    ['Cancer-associated fibroblasts secrete IL-6, which has an essential role in accelerating the proliferation of hepatoma cells.', ['IL6 promotes CELL_PROLIFERATION']],
    ['Liver tumours hold IL-6 and IL-8, which play an important part in driving the growth of cancer cells.', ['IL6 promotes CELL_GROWTH', 'NCBIGENE_3576 promotes CELL_GROWTH']],
    ['The stroma of these tumours harbours macrophages and CAFs, which play a key role in promoting the proliferation of cancer cells.', ['CAF promotes CELL_PROLIFERATION', 'CL_0000235 promotes CELL_PROLIFERATION']],
  ]);
  test('a role denied in the relative clause denies it for each member; a gerund of limiting turns it round', () => {
    const denied = plain('Tumours contain CAFs and macrophages, which play no role in promoting the proliferation of cancer cells.');
    assert.ok(denied.includes('NOT CAF promotes CELL_PROLIFERATION') && !denied.includes('CAF promotes CELL_PROLIFERATION'), JSON.stringify(denied));
    const limiting = plain('Hepatoma tissue holds CAFs, which play a decisive part in limiting the proliferation of cancer cells.');
    assert.ok(limiting.includes('CAF decreases CELL_PROLIFERATION') && !limiting.includes('CAF promotes CELL_PROLIFERATION'), JSON.stringify(limiting));
  });
  test('after a verb, a singular or a modal relative verb leaves the list to the verb: only the last member plays the role', () => {
    for (const text of [
      'Tumour cells release IL-6 and IL-8, which plays an important part in driving the growth of cancer cells.',
      'Tumour cells release IL-6 and IL-8, which may play an important part in driving the growth of cancer cells.',
    ]) {
      const claims = plain(text);
      assert.ok(claims.includes('NCBIGENE_3576 promotes CELL_GROWTH') && !claims.includes('IL6 promotes CELL_GROWTH'), `${text}: ${JSON.stringify(claims)}`);
    }
  });
});

// A passive whose agent is a class noun with its source before the examples (subjects.ts byClassExample, same stop):
// "Y is activated by signals derived from the tumour microenvironment, including X": X is the agent, the source none.
suite('the examples of a class after its source, as a passive\'s agents', () => {
  reads([
    ['In liver cancer cells, STAT3 is switched on by signals derived from the tumour microenvironment, including IL-6.', ['IL6 activates STAT3']],
    ['EMT is regulated by stimuli from the stroma, including growth factors and cytokines.', ['GROWTH_FACTOR regulates EMT', 'CYTOKINE regulates EMT']],
    ['Invasion was promoted by cues coming from CAFs, including IL-6.', ['IL6 promotes CELL_INVASION']],
  ]);
  // Kept narrow on purpose: a source naming a molecule ("ligands of gp130") or more than one place is not taken.
  test('a source that names two places leaves the examples unread as agents', () => {
    for (const text of ['MMP-13 is induced by factors released within hypoxic tumours, such as IL-11.']) {
      const claims = plain(text);
      assert.ok(!claims.some((c) => c.startsWith('IL6 activates') || c.startsWith('IL11 ')), `${text}: ${JSON.stringify(claims)}`);
    }
  });
});
