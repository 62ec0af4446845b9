// Anchored reading leaves out a pair whose claim withAnchoredClaims would drop (the frame reader related the
// two in that order, and no word between them could make the second the agent): a sentence of such pairs is
// not tagged (issue 11). The claims kept must be those a reading of every pair keeps.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { anchoring, readAnchored, relatedKey } from '../../src/core/claims/anchored';
import { readSentence, type ExtractedClaim } from '../../src/core/claims/extract';
import { lexiconOf } from '../../src/core/entities/lexicon';
import { recognizeEntities } from '../../src/core/entities/recognize';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb } from './helpers';

const describe = (c: ExtractedClaim): string => `${c.subject.entityId} ${c.relation} ${c.object.entityId}`;

suite('anchored reading: pairs the frame reader settled', () => {
  let kb: KnowledgeBase;
  suiteSetup(async function () {
    this.timeout(60_000);
    kb = await bundledKb();
  });

  test('a sentence whose only linked pair the frame reader related (no evidence) is not tagged', () => {
    // The frame reader reads each as a claim the library has no evidence on, so anchored reading looks at the pair.
    for (const sentence of ['MMP-13 raised IL-11 expression.', 'STAT3 lowered IL-6 levels.', 'MMP-13 suppressed IL-11.']) {
      const before = anchoring.taggedSentences;
      const analysis = analyzeDocument('plaintext', sentence, kb);
      assert.equal(analysis.sentences[0].claims[0].verification.basis, 'no-evidence', sentence);
      assert.equal(anchoring.taggedSentences, before, sentence);
    }
  });

  test('a word that could make the second the agent keeps the pair read', () => {
    const before = anchoring.taggedSentences;
    analyzeDocument('plaintext', 'MMP-13 suppressed IL-11 by STAT3.', kb);
    assert.equal(anchoring.taggedSentences, before + 1);
  });

  test('the claims kept are those a reading of every pair keeps', () => {
    const sentences = [
      'MMP-13 raised IL-11 expression.', 'MMP-13 suppressed IL-11 by STAT3.', 'In OSCC cells, IL-11 raised MMP-13 expression through STAT3 (Fig. 2).',
      'IL-6 was induced by IL-11 and raised STAT3 activity.', 'MMP-13 rose after IL-11 treatment, and IL-11 raised STAT3.', 'STAT3 lowered IL-6 levels in response to IL-11.',
      'MMP-13 expression was raised upon IL-11 exposure, following STAT3 activation.', 'IL-11 and IL-6 raised STAT3 and MMP-13 levels.',
    ];
    for (const text of sentences) {
      const mentions = recognizeEntities(text, lexiconOf(kb));
      const reading = readSentence(text, 0, text.length, mentions, kb);
      const kept = (claims: ExtractedClaim[]) => claims.filter((c) => !reading.claims.some((r) => r.subject.entityId === c.subject.entityId && r.object.entityId === c.object.entityId)).map(describe);
      const related = new Set(reading.claims.map((c) => relatedKey(c.subject.entityId, c.object.entityId)));
      assert.deepEqual(kept(readAnchored(text, 0, text.length, mentions, kb, false, { related })), kept(readAnchored(text, 0, text.length, mentions, kb, false)), text);
      assert.deepEqual(kept(readAnchored(text, 0, text.length, mentions, kb, false, { related, anyPair: true })), kept(readAnchored(text, 0, text.length, mentions, kb, false, { anyPair: true })), text);
    }
  });
});
