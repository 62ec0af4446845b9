import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, verdictAndTriples } from './helpers';

// Issue 7, stop 50 (h-basis50): a molecule named for a cell ("fibroblast growth factors", "fibroblast activation
// protein") that the lexicon lacks names no cell, no class of growth factors and no cell growth. The fibroblasts were
// read, and in a sentence about tumours taken for CAFs acting. Our own sentences, one construction each.
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const ids = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);

suite('a molecule named for a cell (stop 50)', () => {
  test('"fibroblast growth factors" names no fibroblasts, no growth factors in general and no cell growth', () => {
    const found = ids('Fibroblast growth factors were measured in the tumour samples.');
    assert.ok(!found.includes('CL_0000057') && !found.includes('GROWTH_FACTOR') && !found.includes('CELL_GROWTH'), JSON.stringify(found));
    assert.ok(!ids('Fibroblast activation protein was stained in tumours.').includes('CL_0000057'));
  });
  test('so no claim of CAFs is read from it', () => {
    const { claims } = verdictAndTriples('In tumours, fibroblast growth factors activate STAT3.', kb);
    assert.ok(!claims.some((c) => c.startsWith('CAF ') || c.startsWith('GROWTH_FACTOR ')), JSON.stringify(claims));
  });
  test('near misses: a longer name the lexicon has, the class alone, fibroblasts themselves and growth stay read', () => {
    assert.ok(ids('Hepatocyte growth factor was raised.').includes('NCBIGENE_3082'));
    assert.ok(ids('Several growth factors were raised.').includes('GROWTH_FACTOR'));
    assert.ok(ids('Fibroblasts secrete growth factors.').includes('CL_0000057'));
    assert.ok(ids('Fibroblasts secrete growth factors.').includes('GROWTH_FACTOR'));
    assert.ok(ids('IL-6 raised the growth of tumour cells.').includes('CELL_GROWTH'));
  });
});
