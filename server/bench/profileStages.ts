// Where a full check's CPU goes, by stage, from the CPU profiles `run.js --full-check --profile=<file>` writes
// (issue 10's closing note: the full check against a bare tokenize pass). The cost table of `--costs` reads the wall
// clock inside each stage, which a loaded machine inflates; a sampled profile's shares hold under load, since the
// samples a stage gets are its share of the time the check ran. Each sample counts once, for the innermost stage on
// its stack: tagging inside anchored reading is the tagger's, a verification inside the reader is verification's.
//
//   node --expose-gc out/bench/run.js --full-check --runs=3 --profile=/tmp/check
//   npx tsx server/bench/profileStages.ts /tmp/check-markdown-*.cpuprofile
import * as fs from 'fs';

/** A stage and the functions (as the bundle names them) whose calls are it, innermost stages first. */
export const stages: readonly (readonly [stage: string, functions: readonly string[]])[] = [
  ['tagger (wink)', ['tagWords']],
  ['chunker', ['chunk']],
  ['verification', ['verifyClaim']],
  ['recognition', ['recognizeEntities']],
  ['sentence split', ['splitSentences', 'sentencesOf']],
  ['prose extraction', ['extractChunked']],
  ['abbreviations', ['findAbbreviationDefinitions', 'relevantAbbreviations', 'abbreviationsFromDefinitions']],
  ['reader: tokens', ['tokenize']],
  ['reader: constructions', ['applyConstructions']],
  ['reader: trigger words', ['findTriggers']],
  ['reader: roles', ['assignRoles']],
  ['reader: event frames', ['matchFrames']],
  ['reader: readSentence, the rest', ['readSentence']],
  ['reader: anchored reading', ['withAnchoredClaims']],
  ['reader: sentence filters', ['filtered', 'applySentenceFilters']],
  ['reader: senses, implied mentions', ['withMentionSenses', 'withImpliedMentions']],
  ['reader: simplified views', ['clutterView', 'withSimplifiedView', 'blanksAroundIn', 'aroundView']],
  ['reader: last resort', ['withLastResort']],
  ['scope, verdicts, citations', ['sentenceVerdict', 'nonClaimKind', 'checkCitations', 'listVerdict', 'objectListVerdict']],
  ['diagnostics', ['computeDiagnostics']],
  ['garbage collector', ['(garbage collector)']],
  ['block analysis, the rest', ['analyzeBlock']],
  ['document analysis, the rest', ['analyzeDocument']],
  ['service, the rest', ['diagnostics']],
];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Microseconds by stage over the profiles: samples inside the service's `diagnostics` (the check) and the collector's. */
export function stageTimes(profiles: readonly Profile[]): Map<string, number> {
  const stageOf = new Map<string, string>();
  for (const [stage, functions] of stages) for (const name of functions) if (!stageOf.has(name)) stageOf.set(name, stage);
  const times = new Map<string, number>();
  for (const profile of profiles) {
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    const parent = new Map<number, number>();
    for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
    for (let k = 0; k < profile.samples.length; k++) {
      let stage: string | undefined;
      let inCheck = false;
      for (let id: number | undefined = profile.samples[k]; id !== undefined; id = parent.get(id)) {
        const name = byId.get(id)!.callFrame.functionName;
        stage ??= stageOf.get(name);
        if (name === 'diagnostics' || name === '(garbage collector)') inCheck = true;
      }
      if (inCheck && stage) times.set(stage, (times.get(stage) ?? 0) + profile.timeDeltas[k]);
    }
  }
  return times;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const times = stageTimes(files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Profile));
  const total = [...times.values()].reduce((sum, us) => sum + us, 0);
  console.log(`${files.length} profile(s), ${(total / 1000 / Math.max(1, files.length)).toFixed(0)} ms sampled a check`);
  for (const [stage, us] of [...times].sort((a, b) => b[1] - a[1])) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${stage}`);
}
