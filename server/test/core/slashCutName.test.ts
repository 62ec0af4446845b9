// A name read across a slash is cut where the words after the slash begin a longer name that runs past it
// (entities/recognize.ts cutBeforeLongerName, issue 7, stop 47): "interleukin-6/signal transducer and activator of
// transcription 3" joins IL-6 and STAT3; its first words are not gp130's old name "interleukin-6 signal transducer".
import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const entities = (text: string): string[] => recognizeEntities(text, lexiconOf(kb)).map((m) => m.entityId);

suite('a name read across a slash is cut before a longer name', () => {
  const cut: string[] = [
    'Blocking the interleukin-6/signal transducer and activator of transcription 3 axis lowered MMP-13 in OSCC cells.',
    'Interleukin-6/signal transducer and activator of transcription 3 signalling was weaker in treated hepatoma cells.',
    'Serum interleukin-6/signal transducer and activator of transcription-3 activity fell after resection.',
  ];
  for (const text of cut) {
    test(`no gp130 in: ${text}`, () => {
      assert.ok(!entities(text).includes('GP130'), entities(text).join(' '));
    });
  }

  test('the false claim on gp130 is no longer read', () => {
    assert.ok(!claimsOf(cut[0], kb).some((c) => c.startsWith('GP130')), claimsOf(cut[0], kb).join(' | '));
  });

  test('a name whose slash part runs as far, or only a member number further, is left whole', () => {
    assert.deepEqual(entities('The Janus kinase/signal transducer and activator of transcription 3 pathway drives invasion.'), ['JAK_STAT_PATHWAY', 'CELL_INVASION']);
    assert.deepEqual(entities('The PI3K/Akt pathway drives invasion.'), ['PI3K_AKT_PATHWAY', 'CELL_INVASION']);
  });

  test('the old name written out is still gp130', () => {
    assert.ok(entities('Interleukin-6 signal transducer levels rose in these cells.').includes('GP130'));
  });
});
