// Where a full check's CPU goes, by stage, from the CPU profiles `run.js --full-check --profile=<file>` writes
// (issue 10's closing note: the full check against a bare tokenize pass). The cost table of `--costs` reads the wall
// clock inside each stage, which a loaded machine inflates; a sampled profile's shares hold under load, since the
// samples a stage gets are its share of the time the check ran. Each sample counts once, for the innermost stage on
// its stack: tagging inside anchored reading is the tagger's, a verification inside the reader is verification's.
//
//   node --expose-gc out/bench/run.js --full-check --runs=3 --profile=/tmp/check
//   npx tsx server/bench/profileStages.ts /tmp/check-markdown-*.cpuprofile
//
// With the CPU figures run.js writes beside the profiles (/tmp/check-markdown.cpu.json: the sampled checks' CPU
// time and the same run's tokenize floor, tokenizeFloor.ts), it also prints the floor table of issue 10's closing
// note: the stages every reading needs, in a reading's order, each in CPU ms (each check's share of its samples times
// that check's CPU time; the median over the checks, with their range) and as a multiple of the floor, with the
// running totals. taggerFloor.ts times the same stages alone, warm, outside a check.
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

/**
 * The floor table's rows, in the order a reading goes through them, each the stages (above) it sums. The first eight
 * are the stages the closing note names; the last three are what any design pays besides (the analysis's own code
 * between stages, the collector).
 */
export const floorRows: readonly (readonly [row: string, stages: readonly string[]])[] = [
  ['prose extraction (Markdown or LaTeX)', ['prose extraction']],
  ['sentence split', ['sentence split']],
  ["tokens (the reader's)", ['reader: tokens']],
  ["recognition (the lexicon's terms, abbreviations)", ['recognition', 'abbreviations']],
  ['tagging where asked (tagger, chunker)', ['tagger (wink)', 'chunker']],
  ['claim reader (frames, constructions, filters, anchored reading, ...)', stages.map(([stage]) => stage).filter((stage) => stage.startsWith('reader: ') && stage !== 'reader: tokens')],
  ['verification', ['verification']],
  ['diagnostics (messages)', ['diagnostics']],
  ['scope, verdicts, citations', ['scope, verdicts, citations']],
  ['analysis between the stages (block, document, service)', ['block analysis, the rest', 'document analysis, the rest', 'service, the rest']],
  ['garbage collector', ['garbage collector']],
];

/** The CPU figures run.js writes beside its profiles (`--profile`). */
export interface CheckCpu {
  language: string;
  words: number;
  /** CPU ms of each profiled check. */
  checkCpu: number[];
  /** The least CPU ms of the run's tokenize passes. */
  tokenizeFloorCpu: number;
}

/**
 * The floor table's lines: each row's CPU ms a check and its multiple of the floor, and the running totals. Each
 * profile is one check, its samples scaled to that check's CPU time; a row gives the median over the checks and
 * their range (a loaded machine moves a stage's share from one check to the next), the running totals the medians'.
 */
export function floorTable(perCheck: readonly ReadonlyMap<string, number>[], cpu: CheckCpu): string[] {
  const median = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  };
  const floor = cpu.tokenizeFloorCpu;
  const checkMs = median(cpu.checkCpu);
  const lines = [
    `${Math.round(cpu.words / 1000)}k words ${cpu.language}: a check ${checkMs.toFixed(0)} ms CPU (median of ${cpu.checkCpu.length} profiled: ${cpu.checkCpu.map((ms) => ms.toFixed(0)).join(', ')}), ${(checkMs / floor).toFixed(1)}x the tokenize floor of ${floor.toFixed(1)} ms CPU (the least of the run's passes)`,
    `  ${'stage'.padEnd(70)} ${'CPU ms'.padStart(7)} ${'x floor'.padStart(8)} ${'[range over the checks]'.padEnd(24)} ${'cumulative'.padStart(10)} ${'x floor'.padStart(8)}`,
  ];
  const shares = perCheck.map((times) => {
    const total = [...times.values()].reduce((sum, us) => sum + us, 0);
    return (members: readonly string[]): number => members.reduce((sum, stage) => sum + (times.get(stage) ?? 0), 0) / total;
  });
  let sum = 0;
  for (const [row, members] of floorRows) {
    const each = shares.map((share, k) => share(members) * cpu.checkCpu[k]);
    const ms = median(each);
    sum += ms;
    const range = `[${Math.min(...each).toFixed(0)}-${Math.max(...each).toFixed(0)} ms]`;
    lines.push(`  ${row.padEnd(70)} ${ms.toFixed(0).padStart(7)} ${(ms / floor).toFixed(1).padStart(7)}x ${range.padEnd(24)} ${sum.toFixed(0).padStart(10)} ${(sum / floor).toFixed(1).padStart(7)}x`);
  }
  lines.push(`  (the rows' medians add to ${sum.toFixed(0)} ms; the check's median is ${checkMs.toFixed(0)} ms)`);
  return lines;
}

if (require.main === module) {
  const files = process.argv.slice(2);
  const profiles = files.map((file) => JSON.parse(fs.readFileSync(file, 'utf8')) as Profile);
  const times = stageTimes(profiles);
  const total = [...times.values()].reduce((sum, us) => sum + us, 0);
  console.log(`${files.length} profile(s), ${(total / 1000 / Math.max(1, files.length)).toFixed(0)} ms sampled a check`);
  for (const [stage, us] of [...times].sort((a, b) => b[1] - a[1])) console.log(`${((100 * us) / total).toFixed(1).padStart(5)}%  ${stage}`);
  const cpuFile = files[0]?.replace(/-\d+\.cpuprofile$/, '.cpu.json');
  if (cpuFile && cpuFile !== files[0] && fs.existsSync(cpuFile)) {
    console.log('');
    // The profiles in the order run.js wrote them (-1, -2, ...), as the CPU times are.
    const numbered = files.map((file, k) => [Number(/-(\d+)\.cpuprofile$/.exec(file)?.[1] ?? k + 1), k] as const).sort((a, b) => a[0] - b[0]);
    const cpu = JSON.parse(fs.readFileSync(cpuFile, 'utf8')) as CheckCpu;
    const checks = numbered.map(([n, k]) => ({ times: stageTimes([profiles[k]]), cpu: cpu.checkCpu[n - 1] }));
    for (const line of floorTable(checks.map((c) => c.times), { ...cpu, checkCpu: checks.map((c) => c.cpu) })) console.log(line);
  }
}
