// What a file of a LaTeX project inherits from the rest of it: the bibliographies the root declares (so a
// chapter's keys resolve), the macros defined anywhere in the project (\newcommand{\il}{IL-11} in the
// preamble), and the abbreviations the text before it defines ("interleukin 11 (IL-11)" in the
// introduction holds in chapter 3). A file outside any project inherits nothing.
import { declaredBibliographies } from '../text/bibliographies';
import { extractLatexProse } from '../text/latex';
import { collectMacros, type MacroTable } from '../text/latexMacros';
import type { ProjectFiles } from './files';
import { buildProject, type Project, type ProjectProblem } from './graph';
import { dirname, resolvePath } from './paths';
import { findRoot, type RootReason } from './root';

export interface ProjectContext {
  root: string;
  rootReason: RootReason;
  /** Every file of the project, root first, in document order. */
  files: string[];
  /** Bibliography files declared anywhere in the project, resolved like BibTeX does (from the root's folder). */
  bibliographies: string[];
  /** Argument-less macros defined in the project's files (a file's own definitions are read with it). */
  macros: MacroTable;
  /** The prose of the files before this one (the root's included), for the abbreviations they define. */
  abbreviationTexts: string[];
  /** Missing files and include cycles, each at the command in the file that names it. */
  problems: ProjectProblem[];
  /** Changes whenever anything above changes; caches of analyses compare it. */
  key: string;
}

/** The project a file belongs to and what it inherits from it. */
export function projectContextFor(path: string, files: ProjectFiles): ProjectContext {
  const { root, reason } = findRoot(path, files);
  const project = buildProject(root, files);
  if (!project.files.some((f) => f.path === path)) {
    // The root does not (or no longer) include this file: it is a project of its own.
    return contextsOfProject(buildProject(path, files), files, 'self').get(path) ?? emptyContext(path);
  }
  return contextsOfProject(project, files, reason).get(path) ?? emptyContext(path);
}

/** The context of every file of a project at once (the CLI checks them all; each file is read once). */
export function contextsOfProject(project: Project, files: ProjectFiles, rootReason: RootReason = 'document-class'): Map<string, ProjectContext> {
  const rootFolder = dirname(project.root);
  const bibliographies = new Set<string>();
  const macros = new Map<string, string>();
  for (const file of project.files) {
    for (const bib of declaredBibliographies('latex', file.text)) {
      const fromRoot = resolvePath(rootFolder, bib);
      const fromFile = resolvePath(dirname(file.path), bib);
      bibliographies.add(files.exists(fromRoot) || !files.exists(fromFile) ? fromRoot : fromFile);
    }
    for (const [name, body] of collectMacros(file.text)) macros.set(name, body);
  }
  const paths = project.files.map((f) => f.path);
  const contexts = new Map<string, ProjectContext>();
  const before: string[] = [];
  for (const file of project.files) {
    const abbreviationTexts = [...before];
    const key = fingerprint([project.root, ...paths, ...bibliographies, ...[...macros].flat(), ...abbreviationTexts]);
    contexts.set(file.path, {
      root: project.root, rootReason, files: paths, bibliographies: [...bibliographies], macros, abbreviationTexts,
      problems: project.problems.filter((p) => p.path === file.path), key,
    });
    // Only a chapter needs the text before it; reading every file once keeps a thesis linear.
    if (project.files.length > 1) before.push(...extractLatexProse(file.text, { macros }).blocks.map((b) => b.text));
  }
  return contexts;
}

function emptyContext(path: string): ProjectContext {
  return { root: path, rootReason: 'self', files: [path], bibliographies: [], macros: new Map(), abbreviationTexts: [], problems: [], key: path };
}

/** FNV-1a over the parts: a short key that changes when any part does. */
function fingerprint(parts: string[]): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let i = 0; i < part.length; i++) {
      hash ^= part.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash = Math.imul(hash ^ 0xff, 0x01000193) >>> 0;
  }
  return `${parts.length}:${hash.toString(36)}`;
}
