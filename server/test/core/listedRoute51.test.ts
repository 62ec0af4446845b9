// Issue 7, stop 51 (h-recall51): a list of routes, "X drives Y through A, B and C" (analysis/listedRoute.ts). One
// route the library shows backs the claim, as one backed member backs a list; a chain of routes, a sibling of a
// backed route and the other near misses stay as they were. Sentences of our own.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { EntityMention } from '../../src/core/entities/recognize';
import { routesListed } from '../../src/core/analysis/listedRoute';
import { bundledKb, verdictOf as labelOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

const verdictOf = (text: string): string => labelOf(text, kb);

/** Mentions of the given names in `text`, each at its first place. */
function mentionsOf(text: string, ...names: string[]): EntityMention[] {
  return names.map((name) => ({ entityId: name.toUpperCase(), start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name }) as unknown as EntityMention);
}

suite('routes that stand in one list (routesListed)', () => {
  const listed = (text: string, ...names: string[]): boolean => routesListed(mentionsOf(text, ...names), text);
  test('"through A and B"', () => assert.ok(listed('X drives Y through STAT3 and Akt.', 'STAT3', 'Akt')));
  test('"through A, B and C signalling", the middle one unnamed', () => assert.ok(listed('X drives Y by driving STAT3, MAPK and Akt signalling.', 'STAT3', 'Akt')));
  test('"via activation of A and of B"', () => assert.ok(listed('X drives Y via activation of STAT3 and activation of Akt.', 'STAT3', 'Akt')));
  test('not a chain: "through A by way of B"', () => assert.ok(!listed('X drives Y through STAT3 by way of Akt.', 'STAT3', 'Akt')));
  test('not a chain: "via A, which activates B"', () => assert.ok(!listed('X drives Y via STAT3, which activates Akt.', 'STAT3', 'Akt')));
  test('one route named twice is no list', () => assert.ok(!listed('X drives Y through STAT3.', 'STAT3')));
});

suite('a list of routes with one the library shows', () => {
  test('"through A and B", the library showing the route through A: supported', () => {
    assert.equal(verdictOf('IL-6 drives cell proliferation through STAT3 and Akt.'), 'supported');
  });
  test('an association with a list of three routes, one unnamed', () => {
    assert.equal(verdictOf('High IL-6 is tied to cell proliferation by driving STAT3, MAPK and Akt signalling.'), 'supported');
  });
});

suite('near misses of a list of routes: not supported', () => {
  test('a sibling of the backed route: "through STAT1 and STAT3"', () => {
    assert.notEqual(verdictOf('IL-6 drives cell proliferation through STAT1 and STAT3.'), 'supported');
  });
  test('no listed route shown', () => {
    assert.notEqual(verdictOf('IL-6 drives cell proliferation through Akt and ERK.'), 'supported');
  });
  test('a chain, not a list', () => {
    assert.notEqual(verdictOf('IL-6 drives cell proliferation through STAT3 by way of Akt.'), 'supported');
  });
  test('denied', () => {
    assert.notEqual(verdictOf('IL-6 does not drive cell proliferation through STAT3 and Akt.'), 'supported');
  });
  test('the wrong direction', () => {
    assert.notEqual(verdictOf('IL-6 curbs cell proliferation through STAT3 and Akt.'), 'supported');
  });
  test('another cancer than the library\'s', () => {
    assert.notEqual(verdictOf('In gastric cancer, IL-6 drives cell proliferation through STAT3 and Akt.'), 'supported');
  });
  test('a hypothesis the writer sets aside', () => {
    assert.notEqual(verdictOf('It was proposed that IL-6 drives cell proliferation through STAT3 and Akt, but we saw no such effect.'), 'supported');
  });
});
