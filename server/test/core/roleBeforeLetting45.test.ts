// A role the agent plays, named before the verb of letting (claims/enablesCells.ts roleBeforeLetting; issue 7,
// h-w22b45c): "X is a key process giving cells the ability to V", "X represents a mechanism that enables cells to
// V" say X promotes the process V names, as "X gives cells the ability to V" does. The reader named the agent and the
// process and read nothing. Sentences written for this test: wordings it reads, and near readings it must leave alone.
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsWithoutContextOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(60_000);
  kb = await bundledKb();
});

const plain = (text: string): string[] => claimsWithoutContextOf(text, kb);

suite('a role named before the verb of letting cells do something', () => {
  const read: [string, string][] = [
    ['Hypoxia is an important process giving breast cancer cells the capacity to invade.', 'HYPOXIA promotes CELL_INVASION'],
    ['STAT3 signalling represents a central mechanism that enables HCC cells to proliferate.', 'STAT3 promotes CELL_PROLIFERATION'],
    ['In gastric tumours, IL-11 acts as a factor which allows the cells to migrate.', 'IL11 promotes CELL_MIGRATION'],
  ];
  for (const [text, reads] of read) {
    test(text, () => {
      const claims = plain(text);
      assert.ok(claims.includes(reads), `${reads} not in ${JSON.stringify(claims)}`);
    });
  }
  const nothing: [string, string][] = [
    // A denied role, or a role the agent plays for someone else's ability, reads no promotion.
    ['Hypoxia is not a process giving breast cancer cells the capacity to invade.', 'HYPOXIA promotes CELL_INVASION'],
    ['STAT3 knockdown is a step that allows HCC cells to proliferate.', 'STAT3 promotes CELL_PROLIFERATION'],
  ];
  for (const [text, reads] of nothing) {
    test(`no claim: ${text}`, () => {
      const claims = plain(text);
      assert.ok(!claims.includes(reads), `${reads} in ${JSON.stringify(claims)}`);
    });
  }
});
