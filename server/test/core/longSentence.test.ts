// One endless sentence (issue 11's fuzz: biomedical words with no full stop) is read in work about linear in its
// length: every verb of a long clause once added the clause's context mentions again, and each claim deduped
// the grown list, so a sentence four times as long cost about sixteen times the deduplication.
import * as assert from 'node:assert/strict';
import { readingWork, readSentence } from '../../src/core/claims/extract';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { bundledKb } from './helpers';

suite('an endless sentence', function () {
  this.timeout(60000);
  test('its claims are deduplicated in work linear in its length, and a claim keeps its context', async () => {
    const kb = await bundledKb();
    const unit = 'IL-11 upregulates MMP-13 in OSCC under hypoxia and STAT3 upregulates MMP-9 in OSCC via gp130 ';
    const read = (copies: number) => {
      const text = unit.repeat(copies).trim();
      const mentions = recognizeEntities(text, lexiconOf(kb));
      readingWork.dedupedMentions = 0;
      const reading = readSentence(text, 0, text.length, mentions, kb);
      return { work: readingWork.dedupedMentions, claims: reading.claims };
    };
    const short = read(25);
    const long = read(100);
    assert.ok(short.claims.length > 0 && long.claims.length >= short.claims.length, `${short.claims.length} then ${long.claims.length} claims`);
    // The context the clause names (OSCC, hypoxia) is each claim's, each entity once.
    const first = long.claims[0];
    const ids = first.context.map((m) => m.entityId);
    assert.ok(ids.length > 0 && new Set(ids).size === ids.length, ids.join(', '));
    assert.ok(long.work / short.work < 6, `${short.work} then ${long.work} mentions deduplicated`);
  });
});
