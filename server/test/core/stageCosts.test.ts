// The bench's cost table (util/stageCosts.ts, `--full-check --costs`) only reads the clock: with it on, every
// construction's and filter's example reads as with it off, and each of them and each reader stage is timed.
import * as assert from 'node:assert/strict';
import { AnalysisCache, analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { constructions } from '../../src/core/claims/constructions';
import { sentenceFilters } from '../../src/core/claims/sentenceFilters';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { resetStageCosts, stageCostTable, stageCosts } from '../../src/core/util/stageCosts';
import { bundledKb, formatClaim } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

/** Every sentence's claims with their verdicts and evidence, as text, read with the table on or off. */
function reading(text: string, timed: boolean): string[] {
  stageCosts.on = timed;
  try {
    return analyzeDocument('plaintext', text, kb, new AnalysisCache()).sentences.map((s) =>
      `${s.text} => ${s.verdict}/${s.basis} ${s.claims.map((c) => `${formatClaim(c.claim)} ${c.verification.verdict} ${c.verification.evidence.map((f) => f.id).join(',')}`).join('; ')}`);
  } finally {
    stageCosts.on = false;
  }
}

suite('bench: the cost table of a full check', () => {
  test('the examples read the same with the table on, and every stage they pass is timed', () => {
    resetStageCosts();
    const examples = [...constructions.map((c) => c.example), ...sentenceFilters.map((f) => f.example)];
    for (const example of examples) assert.deepEqual(reading(example, true), reading(example, false), example);
    const timed = stageCostTable();
    const names = (kind: string) => new Set(timed.filter((c) => c.kind === kind).map((c) => c.name));
    // A construction runs on its own example (its trigger words are in it); each filter on every sentence with claims.
    assert.deepEqual([...names('construction')].sort(), constructions.map((c) => c.name).sort());
    assert.deepEqual([...names('sentence filter')].sort(), sentenceFilters.map((f) => f.name).sort());
    for (const stage of ['recognize entities (per block)', 'readSentence: constructions (all)', 'anchored reading', 'verification of the claims']) assert.ok(names('stage').has(stage), stage);
    // Off, nothing is timed.
    resetStageCosts();
    reading(examples[0], false);
    assert.deepEqual(stageCostTable(), []);
  });
});
