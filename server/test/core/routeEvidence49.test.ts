// The evidence named for a claim on a route ("IL-11 signals through gp130", "the IL-6 family signals through gp130")
// is a finding whose route names the step, of the subject or of a member the family rule uses: never a finding of the
// same subject on another matter (stop 49: explainRows printed such evidence without its route, and it read as
// unrelated facts; the editor's messages, hover and `check --format json` name the same facts with their route).
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { verifyClaim } from '../../src/core/verify/verify';
import { describeFact } from '../../src/core/analysis/explain';
import { entity, fact, kbFrom, paper } from './helpers';

const library = {
  papers: [paper('p1'), paper('p2')],
  entities: [
    entity('FAM', 'protein-family', { symbol: 'FamC' }),
    entity('CYT1', 'cytokine', { symbol: 'Cyt1', parents: ['FAM'] }),
    entity('CYT2', 'cytokine', { symbol: 'Cyt2', parents: ['FAM'] }),
    entity('RCP', 'receptor', { symbol: 'Rcp' }),
    entity('TGT', 'protein', { symbol: 'Tgt' }),
    entity('TGT2', 'protein', { symbol: 'Tgt2' }),
    entity('MIGRATION', 'process', { name: 'cell migration' }),
  ],
  facts: [
    fact('cyt1-tgt-via-rcp', 'CYT1', 'increases', 'TGT', { mediators: ['RCP'] }),
    // The same subject on other matters, with no route through the receptor.
    fact('cyt1-tgt2', 'CYT1', 'increases', 'TGT2', { paper: 'p2' }),
    fact('cyt2-migration', 'CYT2', 'promotes', 'MIGRATION', { paper: 'p2' }),
  ],
};

let kb: KnowledgeBase;
suiteSetup(async () => {
  const built = await kbFrom(library);
  assert.deepEqual(built.problems, []);
  kb = built.kb;
});

const verdict = (subject: string) => {
  const v = verifyClaim({ subject, relation: 'signals-through', object: 'RCP', context: [], mediators: [], negated: false }, kb);
  return { head: v.verdict, evidence: v.evidence.map((f) => f.id).sort(), described: v.evidence.map((f) => describeFact(f, kb)) };
};

suite('verify: the evidence for a claim on a route names the route', () => {
  test("Cyt1 signals through Rcp: backed by Cyt1's finding by way of Rcp, not by its other findings", () => {
    const v = verdict('CYT1');
    assert.equal(v.head, 'supported');
    assert.deepEqual(v.evidence, ['cyt1-tgt-via-rcp']);
    // What the editor and the CLI write for it says the route.
    assert.deepEqual(v.described, ['Cyt1 increases Tgt via Rcp']);
  });
  test("the family signals through Rcp: backed by the member's finding by way of Rcp, not by a sibling's other finding", () => {
    const v = verdict('FAM');
    assert.equal(v.head, 'supported');
    assert.deepEqual(v.evidence, ['cyt1-tgt-via-rcp']);
  });
  test('a member with no finding by way of Rcp is not backed by its other findings', () => {
    const v = verdict('CYT2');
    assert.notEqual(v.head, 'supported');
    assert.deepEqual(v.evidence, []);
  });
});
