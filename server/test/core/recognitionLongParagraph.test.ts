import * as assert from 'node:assert/strict';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities, wordStartingAt } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

// Issue 10, stop 50: a family's plural name with a member's number ("matrix metalloproteinases 9") is read where the
// match's first word is found, by halving over the words in text order, not by a scan from the block's first word,
// which in one long paragraph cost a pass over every word before it for each match (the square of the paragraph).
let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('recognition in one long paragraph (stop 50)', () => {
  test('wordStartingAt finds the word that starts at an offset, or none', () => {
    const words = [{ start: 0 }, { start: 4 }, { start: 9 }, { start: 15 }];
    assert.equal(wordStartingAt(words, 0), words[0]);
    assert.equal(wordStartingAt(words, 9), words[2]);
    assert.equal(wordStartingAt(words, 15), words[3]);
    assert.equal(wordStartingAt(words, 5), undefined);
    assert.equal(wordStartingAt(words, 16), undefined);
    assert.equal(wordStartingAt([], 0), undefined);
  });

  test('a member named by the family plural and its number reads the same deep in a long paragraph as alone', () => {
    const sentence = 'The matrix metalloproteinases 9 rose in gastric tumours. ';
    const alone = recognizeEntities(sentence, lexiconOf(kb)).map((m) => `${m.text}=${m.entityId}`);
    assert.ok(alone.some((m) => m.startsWith('matrix metalloproteinases 9=')), alone.join(', '));
    const long = sentence.repeat(400);
    const mentions = recognizeEntities(long, lexiconOf(kb));
    const last = mentions.filter((m) => m.start >= long.length - sentence.length).map((m) => `${m.text}=${m.entityId}`);
    assert.deepEqual(last, alone);
  });
});
