// Issue 10's closing note: how far below the full check the stages every reading needs lie, each against the bench's
// floor (tokenizeFloor.ts, one pass of the word pattern with each word normalized) on the same generated draft, in
// CPU time, the least of five passes, alternated so they share the machine's state. The tagger is the costliest
// stage the reader cannot do without if every sentence were tagged; the check tags only the sentences a reader asks
// about (nounPhrases.ts), ~5% of them.
//
//   npx tsx server/bench/taggerFloor.ts [--language=latex]
import { generateDraft } from './generate/drafts';
import { tokenizeFloor } from './tokenizeFloor';
import { tagWords } from '../src/core/language/tagger';
import { splitSentences } from '../src/core/text/sentences';
import { splitWords } from '../src/core/entities/recognize';

const language = process.argv.includes('--language=latex') ? 'latex' : 'markdown';
const draft = generateDraft(language);
// Paragraphs of the source as they stand (markup included): the stages' cost, not the extractor's.
const paragraphs = draft.text.split(/\n\n+/);
const sentences = paragraphs.flatMap((p) => splitSentences(p).map((s) => p.slice(s.start, s.end)));
const cpuMs = (fn: () => unknown): number => {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};
const passes: [string, () => unknown][] = [
  ['tokenize floor', () => tokenizeFloor(draft.text)],
  ["recognizer's splitWords", () => paragraphs.forEach((p) => splitWords(p))],
  ['sentence split', () => paragraphs.forEach((p) => splitSentences(p))],
  ['tagger, by paragraph', () => paragraphs.forEach((p) => tagWords(p))],
  ['tagger, by sentence', () => sentences.forEach((s) => tagWords(s))],
];
tagWords('The tagger is loaded before the passes are timed.');
const times = passes.map((): number[] => []);
for (let run = 0; run < 5; run++) passes.forEach(([, pass], k) => times[k].push(cpuMs(pass)));
const floor = Math.min(...times[0]);
console.log(`${Math.round(draft.words / 1000)}k words ${language}, ${sentences.length} sentences; CPU, least of 5 [each pass]:`);
passes.forEach(([name], k) => {
  const least = Math.min(...times[k]);
  console.log(`  ${name.padEnd(24)} ${least.toFixed(1).padStart(7)} ms  ${(least / floor).toFixed(1).padStart(4)}x the floor  [${times[k].map((ms) => ms.toFixed(0)).join(', ')}]`);
});
