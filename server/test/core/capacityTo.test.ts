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

// Issue 7, stop 38: "its role in V-ing Y" says what the possessive's owner does to Y, as its capacity does; the owner
// is the clause's subject, not a setting after a preposition, and the gerund's list goes on to its later members.
suite('a role named with its gerund', () => {
  test('"(because of) its role in promoting Y" reads the owner promoting Y', () => {
    for (const [text, claim] of [
      ['STAT3 matters in oral tumours because of its central role in suppressing apoptosis.', 'STAT3 suppresses APOPTOSIS'],
      ['Hypoxia has drawn attention owing to its established part in inducing IL-11 secretion.', 'HYPOXIA induces IL11'],
      ['IL-6 is a focus of liver research given its known roles in driving cell proliferation.', 'IL6 promotes CELL_PROLIFERATION'],
    ]) {
      const claims = claimsOf(text);
      assert.ok(claims.includes(claim), `${text}: ${JSON.stringify(claims)}`);
    }
  });
  test('the owner is the subject, not a name after a preposition; every member of the gerund\'s list is read', () => {
    const claims = claimsOf('HIF-1α is a key factor in the tumour stroma owing to its central role in promoting angiogenesis and invasion.');
    assert.ok(claims.includes('HIF1A promotes ANGIOGENESIS') && claims.includes('HIF1A promotes CELL_INVASION') && !claims.some((c) => c.startsWith('TUMOR_MICROENVIRONMENT')), JSON.stringify(claims));
  });
  test('a role with no gerund, or a place after it, reads no claim of its own', () => {
    const claims = claimsOf('IL-6, apart from its role in the liver, raises IGF-1 in CAFs.');
    assert.ok(!claims.some((c) => /LIVER/.test(c)), JSON.stringify(claims));
  });
});
