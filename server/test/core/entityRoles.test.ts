// What checks ask of the index by entity, answered without it (kb/entityRoles.ts): whether a stated fact names an
// entity in any role, and whether one names it as a mediator (hasFindings). Each must agree with the index itself
// (factsByEntity, made on first use), for a library read as columns (the scan) and for facts given as objects.
import { strict as assert } from 'node:assert';
import { buildKnowledgeBase } from '../../src/core/kb/build';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { EntitySchema, FactSchema } from '../../src/core/kb/schema';

const paper = { key: 'doe2025', title: 'A study', authors: [{ family: 'Doe' }], journal: null, year: 2025, volume: null, issue: null, pages: null, doi: null, pmid: null, keywords: [], summary: null };
const entity = (id: string, type = 'protein') => ({ id, name: id, type, description: `The entity ${id}.` });
const entities = ['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'EPSILON', 'ZETA', 'ETA'].map((id) => entity(id)).concat([entity('LIVER', 'experimental-system')]);
const fact = (id: string, subject: string, object: string | undefined, mediators: string[], context: string[]) => ({
  id, subject, relation: object ? 'activates' : 'signals-through', ...(object ? { object } : {}), mediators, context,
  evidence: { paper: 'doe2025', locator: 'abstract', kind: 'finding' }, statement: `${subject} acts.`,
});
// GAMMA only as a mediator, LIVER only as a context, EPSILON as a mediator and a subject, ETA in no fact.
const facts = [fact('f1', 'ALPHA', 'BETA', ['GAMMA'], ['LIVER']), fact('f2', 'EPSILON', 'ALPHA', [], []), fact('f3', 'DELTA', undefined, ['EPSILON', 'ZETA'], [])];
const ids = [...entities.map((e) => e.id), 'NOT_AN_ENTITY'];

function agreesWithTheIndex(kb: KnowledgeBase): void {
  for (const id of ids) assert.equal(kb.inStatedFacts(id), (kb.factsByEntity.get(id)?.length ?? 0) > 0, id);
  assert.deepEqual(ids.filter((id) => kb.inStatedFacts(id)), ['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'EPSILON', 'ZETA', 'LIVER']);
  // A mediator has findings (GAMMA, ZETA); a context alone does not (LIVER); nor does an entity in no fact.
  assert.deepEqual(ids.filter((id) => kb.hasFindings(id)), ['ALPHA', 'BETA', 'GAMMA', 'DELTA', 'EPSILON', 'ZETA']);
}

suite('entity roles', () => {
  test('a library read as columns: a fact names an entity in any role, a mediator has findings, the index made on first use agrees', async () => {
    const { kb, problems } = await buildKnowledgeBase([{ path: 'roles.json', text: JSON.stringify({ papers: [paper], entities, facts }) }], undefined, { readAbstracts: false });
    assert.deepEqual(problems, []);
    agreesWithTheIndex(kb);
    assert.deepEqual(kb.factsByEntity.get('GAMMA')?.map((f) => f.id), ['f1']);
    assert.deepEqual(kb.factsByEntity.get('EPSILON')?.map((f) => f.id), ['f2', 'f3']);
  });

  test('facts given as objects (no columns): the same answers', () => {
    // The records as the schema reads them (its defaults filled in), as the precise path gives them.
    const kb = new KnowledgeBase([{ ...paper, origin: 'library', file: 'roles.json' }] as never, entities.map((e) => EntitySchema.parse(e)), facts.map((f) => FactSchema.parse(f)));
    agreesWithTheIndex(kb);
    assert.deepEqual(kb.factsByEntity.get('LIVER')?.map((f) => f.id), ['f1']);
  });
});
