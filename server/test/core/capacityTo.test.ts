// An agent's capacity named with its verb (claims/capacityTo.ts): "its capacity to V Y" and "X has the ability to V Y"
// say that X does to Y what the verb says; the possessive belongs to the nearest agent before it, never a place.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

function claimsOf(text: string): string[] {
  return analyzeDocument('markdown', text, kb).sentences.flatMap((s) => s.claims.map(({ claim: c }) => `${c.subject.entityId} ${c.negated ? 'not ' : ''}${c.relation} ${c.object.entityId}`));
}

suite('a capacity named with its verb', () => {
  test('the possessive\'s capacity belongs to the agent named before it, past a place and a process', () => {
    const claims = claimsOf('Work on STAT3 in liver tumour growth has been sparse, aside from its documented capacity to suppress apoptosis.');
    assert.ok(claims.includes('STAT3 suppresses APOPTOSIS'), JSON.stringify(claims));
  });
  test('"X has the ability to V Y" reads X V Y', () => {
    const claims = claimsOf('In these cells, hypoxia has the ability to raise IL-11 secretion.');
    assert.ok(claims.some((c) => /^HYPOXIA (increases|induces|upregulates) IL11$/.test(c)), JSON.stringify(claims));
  });
  test('a place owns no capacity: "tumour cells retain their ability to V Y" reads nothing of the cells', () => {
    const claims = claimsOf('Oral tumour cells retain their ability to suppress apoptosis.');
    assert.ok(!claims.some((c) => c.endsWith('APOPTOSIS')), JSON.stringify(claims));
  });
  test('the object is the first name after the capacity, not a place further on', () => {
    const claims = claimsOf('Hypoxia is noted for its capacity to induce IL-11 in thyroid tumour cells.');
    assert.ok(claims.some((c) => /^HYPOXIA \w+ IL11$/.test(c)) && !claims.some((c) => /^HYPOXIA \w+ (ATC|THYROID_CANCER|CANCER)$/.test(c)), JSON.stringify(claims));
  });
});
