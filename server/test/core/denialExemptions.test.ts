// Issue 7, stop 55 (h-lossdeny55): the one table of denials a claim's link accounts for (analysis/denialExemptions.ts).
// Every row's examples are read here: each keeps its claim and stays supported, and the guard (unaccountedLink.ts)
// names the row as the one that excused the denial. Sentences are our own.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { denialExemptions } from '../../src/core/analysis/denialExemptions';
import { unaccountedLink } from '../../src/core/analysis/unaccountedLink';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { assertReading, bundledKb } from './helpers';

/** Rows whose examples' denials also stand before a pronoun subject (another clause's words, which the walk skips). */
const skipped = new Set(['a concession opening the sentence']);

suite('one table of the denials a link accounts for (denialExemptions.ts, stop 55)', () => {
  let kb: KnowledgeBase;
  suiteSetup(async () => {
    kb = await bundledKb();
  });
  for (const row of denialExemptions) {
    test(row.name, () => {
      for (const { text, claim } of row.examples) {
        assertReading(kb, text, 'supported', claim);
        const a = analyzeDocument('markdown', text, kb);
        const s = a.blocks[0].sentences[0];
        const read = s.claims.find(({ claim: c }) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}` === claim);
        assert.ok(read, text);
        const rows: string[] = [];
        assert.equal(unaccountedLink(a.prose.blocks[0].text, s.start, s.end, s.mentions, read.claim, (from) => s.mentions.some((m) => m.start === from), (_w, r) => rows.push(r)), undefined, text);
        if (!skipped.has(row.name)) assert.ok(rows.includes(row.name), `${text}: excused by ${rows.join(', ') || 'none'}`);
      }
    });
  }
});
