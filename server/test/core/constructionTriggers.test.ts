// The reader skips work a sentence's words rule out (issue 10): a construction whose trigger words the sentence
// lacks (claims/constructions.ts) and a frame missing one of its required words (claims/frames.ts). Skipping
// must read exactly what trying everything read: the same claims, verdicts and evidence either way.
import * as assert from 'node:assert/strict';
import { AnalysisCache, analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { constructions, constructionTriggers } from '../../src/core/claims/constructions';
import { framePrefilter } from '../../src/core/claims/frames';
import { foldForLiterals } from '../../src/core/util/requiredLiterals';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, teamCorpusRows } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async function () {
  this.timeout(30000);
  kb = await bundledKb();
});

/** Every sentence's claims with their verdicts and evidence, as text. */
function reading(text: string, filtered: boolean): string[] {
  constructionTriggers.enabled = filtered;
  framePrefilter.enabled = filtered;
  try {
    return analyzeDocument('plaintext', text, kb, new AnalysisCache()).sentences.map((s) =>
      `${s.text} => ${s.verdict}/${s.basis} ${s.claims.map((c) => `${formatClaim(c.claim)} ${c.verification.verdict} ${c.verification.evidence.map((f) => f.id).join(',')}`).join('; ')}`);
  } finally {
    constructionTriggers.enabled = true;
    framePrefilter.enabled = true;
  }
}

// Pieces of sentences in our own words: the constructions' own vocabulary, near misses, and words that hold a
// trigger inside them ("well-maintained", "nonresistant").
const openings = ['', 'Among patients with lymph node metastasis, ', 'After exposure to trametinib, ', 'In colon cancer cells, ', 'Notably, ', 'In cases with KRAS mutation, '];
const subjects = [
  'trametinib', 'vimentin expression', 'high vimentin expression', 'IL-6', 'STAT3', 'it', 'the MEK inhibitor trametinib', 'loss of nuclear vimentin',
  'patients with vimentin loss', 'gefitinib and trametinib', 'adding trametinib to trastuzumab', 'Smad4-negative tumours', 'the EGFR antagonist gefitinib',
  'trametinib plus gefitinib', 'vimentin-positive carcinomas', 'the women with high STAT3',
];
const predicates = [
  'lowered', 'raised', 'was associated with', 'persisted after', 'adversely affected', 'had a greater', 'promoted', 'did not change', 'remained high after',
  'reversed', 'restored sensitivity to', 'correlated with', 'was well-maintained despite', 'favourably influenced', 'had a shorter', 'showed a lower',
  'reduced', 'is a key inducer of', 'plays a central role in', 'was linked to',
];
const objects = [
  'vimentin expression', 'overall survival', 'gefitinib resistance', 'growth inhibitory effect', 'apoptosis without affecting cell proliferation',
  'vimentin in colon cancer cells harbouring a KRAS mutation', 'shorter overall survival', 'trametinib exposure', 'Snail levels', 'response to trastuzumab',
  'the invasion-suppressive effect', 'nonresistant cells', 'IL-6 levels', 'STAT3 activation', 'E-cadherin', 'a poor response to lapatinib',
];
const tails = ['', ' in colon cancer cells', ' in patients with ER-negative tumours', ' (p < 0.05)', ' despite gefitinib', ', whereas Snail rose', ' than that of patients with positive vimentin'];

/** Upper case, title case, a long s for an s (the `u` flag's case folding reads it as "s"), or as written. */
function vary(text: string, pick: (n: number) => number): string {
  switch (pick(5)) {
    case 0: return text.toUpperCase();
    case 1: return text.replace(/\b\w/g, (c) => c.toUpperCase());
    case 2: return text.replace(/s/g, 'ſ');
    default: return text;
  }
}

suite('reader: skipping by trigger words reads what trying everything read', () => {
  test('every construction\'s example reads the same with and without the trigger words and frame prefilter', () => {
    for (const construction of constructions) assert.deepEqual(reading(construction.example, true), reading(construction.example, false), construction.name);
  });

  test('400 generated paragraphs of construction vocabulary read the same both ways', function () {
    this.timeout(60000);
    let seed = 11;
    const pick = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n;
    const from = <T>(items: readonly T[]) => items[pick(items.length)];
    let withClaims = 0;
    const constructionsSeen = new Set<string>();
    for (let run = 0; run < 400; run++) {
      const sentences: string[] = [];
      for (let n = 1 + pick(3); n > 0; n--) {
        const sentence = `${from(openings)}${from(subjects)} ${from(predicates)} ${from(objects)}${from(tails)}`;
        const varied = pick(4) === 0 ? vary(sentence, pick) : sentence;
        sentences.push(varied.charAt(0).toUpperCase() + varied.slice(1));
      }
      const text = sentences.join(from(['. ', '. ', '; ', '.\n'])) + '.';
      const filtered = reading(text, true);
      assert.deepEqual(filtered, reading(text, false), text);
      if (filtered.some((s) => s.includes(' => ') && !s.endsWith(' => out-of-scope/null '))) withClaims++;
      for (const line of filtered) {
        if (/DRUG_RESISTANCE|SENSITIVITY/.test(line)) constructionsSeen.add('drug-outcome');
        if (/no-effect/.test(line)) constructionsSeen.add('no-effect');
        if (/associated-with\((?:positive|negative)\) (?:OVERALL_)?SURVIVAL/.test(line)) constructionsSeen.add('survival');
      }
    }
    // The paragraphs exercise the constructions, not only sentences they skip.
    assert.ok(withClaims > 200, `${withClaims} paragraphs with a claim`);
    assert.deepEqual([...constructionsSeen].sort(), ['drug-outcome', 'no-effect', 'survival']);
  });

  test('each gated construction\'s example holds one of its trigger words, and the words read off patterns were found', () => {
    for (const construction of constructions) {
      if (construction.triggers === undefined) continue;
      const text = foldForLiterals(construction.example);
      assert.ok(construction.triggers.some((word) => text.includes(word)), `${construction.name}: no trigger word in its example`);
    }
    // triggersOf (construction.ts) gives none when a pattern yields no literals: the construction would then run on
    // every sentence again, unnoticed.
    for (const name of ['patient-groups', 'group-levels', 'denied-effect', 'prevented-event']) {
      assert.ok((constructions.find((c) => c.name === name)?.triggers?.length ?? 0) > 0, `${name} has trigger words`);
    }
  });

  test('the team corpora read the same with and without the trigger words and frame prefilter', function () {
    this.timeout(240000);
    const rows = teamCorpusRows();
    for (const { file, id, text } of rows) {
      assert.deepEqual(reading(text, true), reading(text, false), `${file} ${id}`);
    }
    assert.ok(rows.length > 1000, `${rows.length} rows`);
  });
});
