import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictAndTriples } from './helpers';

// Issue 7, stop 50 (h-basis50): "resistance to <kind> chemotherapeutic drugs" followed by examples gave way to the
// examples' own drug-resistance reading even where the examples name no drug the lexicon knows (classes such as
// "platinum compounds"), and then nothing was read. Only a known drug among the examples takes over now.
// Our own sentences, one construction each.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);

suite('resistance to a class of treatment with examples (stop 50)', () => {
  test('examples that name no known drug: the class of treatment is read', () => {
    assert.ok(ids('ATF4 raised resistance to existing chemotherapeutic agents, including platinum compounds and taxanes.').includes('CHEMORESISTANCE'));
    const { claims } = verdictAndTriples('High ATF4 expression is associated with resistance to standard chemotherapeutic drugs including alkylating compounds.', kb);
    assert.ok(claims.some((c) => c.startsWith('ATF4 ') && c.endsWith(' CHEMORESISTANCE')), JSON.stringify(claims));
  });
  test('near misses: a known drug among the examples is the resistance named, not the class', () => {
    const found = ids('ATF4 raised resistance to chemotherapeutic agents such as sorafenib.');
    assert.ok(!found.includes('CHEMORESISTANCE'), JSON.stringify(found));
    assert.ok(!ids('ATF4 raised resistance to chemotherapeutic agents such as cisplatin.').includes('CHEMORESISTANCE'));
  });
});
