// Issue 10's closing note: how far below the full check the stages every reading needs lie, each against the bench's
// floor (tokenizeFloor.ts, one pass of the word pattern with each word normalized) on the same generated draft, in
// CPU time, the least of five passes, alternated so they share the machine's state. Each stage is timed alone, warm,
// on what the stage before it made (the prose's blocks, their sentences, their mentions): a lower bound for what it
// costs inside a check, where the stages between evict each other's data from the caches. The stages a reading
// cannot do without come in a reading's order with their running total; the tagger is timed on every sentence
// (the check tags only the sentences a reader asks about, nounPhrases.ts, ~5% of them). profileStages.ts gives the
// same stages' CPU inside a check (from run.js --full-check --profile), with the reader's, which needs a check.
//
//   npx tsx server/bench/taggerFloor.ts [--language=latex]
import * as path from 'path';
import { generateDraft } from './generate/drafts';
import { tokenizeFloor } from './tokenizeFloor';
import { tagWords } from '../src/core/language/tagger';
import { splitSentences } from '../src/core/text/sentences';
import { recognizeEntities, splitWords, type EntityMention } from '../src/core/entities/recognize';
import { extractProse } from '../src/core/text/index';
import { clearMarkdownChunkCache } from '../src/core/text/markdownChunks';
import { extractChunked } from '../src/core/text/incrementalProse';
import { lexiconOf } from '../src/core/entities/lexicon';
import { tokenize } from '../src/core/claims/tokens';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';

async function main(): Promise<void> {
  const language = process.argv.includes('--language=latex') ? 'latex' : 'markdown';
  const draft = generateDraft(language);
  const { kb } = await loadKnowledgeBase({ extra: [path.join(__dirname, '..', '..', 'examples', 'references.bib')] });
  const lexicon = lexiconOf(kb);
  // Paragraphs of the source as they stand (markup included): the stages' cost, not the extractor's.
  const paragraphs = draft.text.split(/\n\n+/);
  const sentences = paragraphs.flatMap((p) => splitSentences(p).map((s) => p.slice(s.start, s.end)));
  // The prose as a check reads it: its blocks, their sentences and mentions (made once here, each stage timed on them).
  const blocks = extractProse(language, draft.text).blocks.map((block) => block.text);
  const proseSentences = blocks.map((text) => splitSentences(text));
  const mentions = blocks.map((text) => recognizeEntities(text, lexicon));
  const inSentence = (b: number, s: { start: number; end: number }): EntityMention[] => mentions[b].filter((m) => m.start >= s.start && m.end <= s.end);
  const sentenceMentions = proseSentences.map((list, b) => list.map((s) => inSentence(b, s)));
  const cpuMs = (fn: () => unknown): number => {
    const start = process.cpuUsage();
    fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000;
  };
  // [name, pass, a stage of the reading (in its order, counted into the running total)]
  const passes: [string, () => unknown, boolean][] = [
    ['tokenize floor', () => tokenizeFloor(draft.text), false],
    ["recognizer's splitWords", () => paragraphs.forEach((p) => splitWords(p)), false],
    ['sentence split, source', () => paragraphs.forEach((p) => splitSentences(p)), false],
    ['tagger, by paragraph', () => paragraphs.forEach((p) => tagWords(p)), false],
    ['tagger, by sentence', () => sentences.forEach((s) => tagWords(s)), false],
    // (Cold, as a full check's: the Markdown chunks' cache emptied first, as run.js does before each check.)
    ['prose extraction, one pass', () => (clearMarkdownChunkCache(), extractProse(language, draft.text)), false],
    // The check's: in chunks that a later edit re-reads alone (incrementalProse.ts).
    ['prose extraction, chunked', () => (clearMarkdownChunkCache(), extractChunked(language, draft.text)), true],
    ['sentence split, prose', () => blocks.forEach((text) => splitSentences(text)), true],
    ["recognition (lexicon's terms)", () => blocks.forEach((text) => recognizeEntities(text, lexicon)), true],
    ["reader's tokens", () => blocks.forEach((text, b) => proseSentences[b].forEach((s, k) => tokenize(text, s.start, s.end, sentenceMentions[b][k]))), true],
    ['tagger, every prose sentence', () => blocks.forEach((text, b) => proseSentences[b].forEach((s) => tagWords(text.slice(s.start, s.end)))), true],
  ];
  tagWords('The tagger is loaded before the passes are timed.');
  const times = passes.map((): number[] => []);
  for (let run = 0; run < 5; run++) passes.forEach(([, pass], k) => times[k].push(cpuMs(pass)));
  const floor = Math.min(...times[0]);
  const proseCount = proseSentences.reduce((n, list) => n + list.length, 0);
  console.log(`${Math.round(draft.words / 1000)}k words ${language}, ${sentences.length} source sentences, ${blocks.length} prose blocks, ${proseCount} prose sentences; CPU, least of 5 [each pass]; the stages of a reading with their running total:`);
  let sum = 0;
  passes.forEach(([name, , stage], k) => {
    const least = Math.min(...times[k]);
    if (stage) sum += least;
    const running = stage ? `  total ${sum.toFixed(1).padStart(7)} ms ${(sum / floor).toFixed(1).padStart(4)}x` : '';
    console.log(`  ${name.padEnd(30)} ${least.toFixed(1).padStart(7)} ms  ${(least / floor).toFixed(1).padStart(4)}x the floor  [${times[k].map((ms) => ms.toFixed(0)).join(', ')}]${running}`);
  });
}

void main();
