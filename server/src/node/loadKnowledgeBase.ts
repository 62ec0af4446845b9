// Loads the knowledge base the CLI and the server use: the bundled library plus any folders or files the
// user adds (their own library JSON, their .bib files).
import * as path from 'node:path';
import { buildKnowledgeBase, isBibPath, type BuildOptions, type KbBuildResult, type KbSource } from '../core/kb/build';
import type { KbFileContent } from '../core/kb/loadFile';
import type { KbProblem } from '../core/kb/problems';
import { bundledKnowledgeBaseDir, readKnowledgeBaseSources, type UnreadableSource } from './knowledgeBaseFiles';
import { LibrarySnapshotStore } from './librarySnapshots';

export interface KnowledgeBaseLocations {
  /** Extra folders or files (.json library files, .bib bibliographies). */
  extra: readonly string[];
  /** Bibliography files (the workspace's, or those a manuscript declares): read only if they are files. */
  files?: readonly string[];
  /** Leave out the bundled library (for a library of one's own only). */
  withoutBundled?: boolean;
}

export interface LoadedKnowledgeBase extends KbBuildResult {
  /** Locations that do not exist. */
  missing: string[];
  /** Files that exist but could not be read (each is also a problem in `problems`). */
  unreadable: UnreadableSource[];
  /** The file contents the library was built from (the language server hands them to its analysis worker). */
  sources: KbSource[];
}

/**
 * `onSources` sees the file contents before they are built; `options` go to the build (the server's
 * stored cache of abstract readings).
 */
export async function loadKnowledgeBase(locations: KnowledgeBaseLocations, lastGood?: ReadonlyMap<string, KbFileContent>, onSources?: (sources: KbSource[]) => void, options: BuildOptions = {}): Promise<LoadedKnowledgeBase> {
  const bundled = bundledKnowledgeBaseDir();
  // With a snapshot store, each file's content hash is taken from its bytes as they are read, or from its stat
  // when it is unchanged since a hash was taken (fileHashes.ts: the file is then not read unless needed).
  const hashes = options.snapshots instanceof LibrarySnapshotStore ? options.snapshots.fileHashes : undefined;
  const read = readKnowledgeBaseSources([bundled, ...locations.extra], locations.files, { hash: options.snapshots !== undefined, hashes });
  // Without the bundled library, its papers (data/papers/) are left out but its lexicon stays, so that the
  // writer's own library is read with the same entities.
  const bundledPapers = path.join(bundled, 'papers') + path.sep;
  const sources = locations.withoutBundled ? read.sources.filter((s) => !s.path.startsWith(bundledPapers)) : read.sources;
  const { missing, unreadable } = read;
  onSources?.(sources);
  const built = await buildKnowledgeBase(sources, lastGood, options);
  const problems = withoutForeignText(built.problems, built.goodContent);
  for (const source of unreadable) problems.push(unreadableProblem(source));
  return { ...built, problems, missing, unreadable, sources };
}

export function unreadableProblem(source: UnreadableSource): KbProblem {
  return { file: source.path, line: 0, character: 0, path: '', message: `cannot be read: ${source.reason}; the rest of the library is in use`, severity: 'error' };
}

/** The longest stretch of a file's own text a problem may quote. */
const excerptLimit = 40;

/**
 * Problems may quote the file they are about ("found ... in \"prod-db:s3cr3t\""). A manuscript can name any
 * file as its bibliography (`bibliography: /etc/shadow`), and problems end up in CI logs; so a problem quotes
 * at most a short excerpt of a .bib that did read as a bibliography (at least one entry without an error),
 * and nothing of one that did not: no quoted text, no entry key. Line, column and the kind of problem stay.
 * Library JSON is left alone: its messages quote the schema, not the file.
 */
export function withoutForeignText(problems: readonly KbProblem[], content: ReadonlyMap<string, KbFileContent>): KbProblem[] {
  const broken = new Map<string, Set<string>>();
  for (const problem of problems) {
    if (problem.severity !== 'error') continue;
    // A .bib problem names its entry in its path or its message ("entry <key>, line 3: ...").
    const keys = broken.get(problem.file) ?? new Set<string>();
    keys.add(problem.path);
    const named = /^entry ([^\s,]+), /.exec(problem.message)?.[1];
    if (named) keys.add(named);
    broken.set(problem.file, keys);
  }
  const parsed = (file: string) => (content.get(file)?.papers ?? []).some((paper) => !broken.get(file)?.has(paper.key));
  return problems.map((problem) => {
    if (!isBibPath(problem.file)) return problem;
    const ok = parsed(problem.file);
    // Messages name the broken entry ("entry <key>, line 3: ..."): the key is file text too.
    const unnamed = ok ? problem.message : problem.message.replace(/^entry [^\s,]+, /, '');
    const named = !ok && problem.path ? unnamed.split(problem.path).join('…') : unnamed;
    const message = shortenQuotes(named, ok ? excerptLimit : 0);
    // The path of a problem in a .bib is an entry key read from the file: file text too.
    const where = ok ? problem.path.slice(0, excerptLimit) : '';
    return message === problem.message && where === problem.path ? problem : { ...problem, message, path: where };
  });
}

function shortenQuotes(message: string, limit: number): string {
  const quoted = /"((?:[^"\\\n]|\\.){0,2000})"|'([^'\n]{0,2000})'/g;
  let out = message.replace(quoted, (whole, double: string | undefined, single: string | undefined) => {
    const inner = double ?? single ?? '';
    const mark = double !== undefined ? '"' : "'";
    if (inner.length <= limit) return whole;
    return limit === 0 ? `${mark}…${mark}` : `${mark}${inner.slice(0, limit)}…${mark}`;
  });
  // Whatever is left unquoted may still carry text of the file (a parser's "found x"): cap the whole line.
  const cap = limit === 0 ? 160 : 240;
  if (out.length > cap) out = `${out.slice(0, cap)}…`;
  return out;
}
