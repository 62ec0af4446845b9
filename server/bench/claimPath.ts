// `npx tsx server/bench/claimPath.ts [--runs=7]`: CPU time of the claim path alone on the 100k-word bench drafts:
// entity recognition of every block, then reading every sentence (readSentence and anchored reading), with
// the sentences and mentions of one analysis. Finer than the full check's ratio for a change to this path; run
// the code before and after in turn on a shared machine and compare medians.
import * as path from 'node:path';
import { analyzeDocument } from '../src/core/analysis/analyzeDocument';
import { withAnchoredClaims } from '../src/core/claims/anchored';
import { readSentence } from '../src/core/claims/extract';
import { lexiconOf } from '../src/core/entities/lexicon';
import { recognizeEntities, type EntityMention } from '../src/core/entities/recognize';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { generateDraft } from './generate/drafts';

function cpuMs(fn: () => void): number {
  const start = process.cpuUsage();
  fn();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main(): Promise<void> {
  const { kb } = await loadKnowledgeBase({ extra: [path.join(__dirname, '..', '..', 'examples', 'references.bib')] });
  const runs = Number(process.argv.find((a) => a.startsWith('--runs='))?.slice('--runs='.length) ?? 7);
  for (const language of ['markdown', 'latex'] as const) {
    const analysis = analyzeDocument(language, generateDraft(language).text, kb);
    const blocks = analysis.prose.blocks.map((block, i) => ({ text: block.text, sentences: analysis.blocks[i].sentences.map((s) => ({ start: s.start, end: s.end, mentions: s.mentions })) }));
    const lexicon = lexiconOf(kb);
    const recognize: number[] = [];
    const read: number[] = [];
    for (let run = 0; run < runs; run++) {
      global.gc?.();
      recognize.push(cpuMs(() => {
        for (const block of blocks) recognizeEntities(block.text, lexicon, analysis.abbreviations);
      }));
      global.gc?.();
      read.push(cpuMs(() => {
        for (const block of blocks) {
          let previous: EntityMention | undefined;
          for (const s of block.sentences) {
            const reading = withAnchoredClaims(readSentence(block.text, s.start, s.end, s.mentions, kb, previous), block.text, s.start, s.end, s.mentions, kb);
            previous = reading.lastSubject;
          }
        }
      }));
    }
    const sentences = blocks.reduce((n, b) => n + b.sentences.length, 0);
    console.log(`${language}: ${blocks.length} blocks, ${sentences} sentences; recognition median ${median(recognize).toFixed(0)} ms CPU [${recognize.map((ms) => ms.toFixed(0)).join(', ')}]; reading median ${median(read).toFixed(0)} ms CPU [${read.map((ms) => ms.toFixed(0)).join(', ')}]`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
