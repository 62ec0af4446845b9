// The project model's file access over the disk (the CLI), and what `claimlens check` does with LaTeX
// projects: a root file brings its chapters (each checked with its own path and line numbers), a chapter
// is checked with what it inherits from its root, and a missing included file is a warning on stderr.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { contextsOfProject, buildProject, findRoot, projectContextFor, toSlashes, type ProjectContext, type ProjectFiles, type ProjectProblem } from '../core/project/index';
import { declaredBibliographies } from '../core/text/bibliographies';
import { languageOfPath } from '../core/text/languages';
import type { KnowledgeBase } from '../core/kb/knowledgeBase';
import { unusedEntries } from '../core/project/bibliography';
import type { ProseDocument } from '../core/text/prose';
import { LineIndex } from '../core/util/lines';
import { readRegularFile } from './regularFile';

/**
 * Reads from disk, each file once; `overlay` (open editor documents) wins over the disk. With `readable`
 * (the server in a workspace the editor does not trust: `insideFolders`), a file or folder it refuses is
 * neither read, nor listed, nor looked at: to the project it does not exist.
 */
export class DiskProjectFiles implements ProjectFiles {
  readonly #texts = new Map<string, string | undefined>();
  constructor(
    private readonly overlay: (file: string) => string | undefined = () => undefined,
    private readonly readable: (file: string) => boolean = () => true,
  ) {}

  read(file: string): string | undefined {
    const open = this.overlay(file);
    if (open !== undefined) return open;
    if (!this.readable(file)) return undefined;
    if (!this.#texts.has(file)) {
      let text: string | undefined;
      try {
        text = readRegularFile(file).toString('utf8');
      } catch {
        text = undefined;
      }
      this.#texts.set(file, text);
    }
    return this.#texts.get(file);
  }

  exists(file: string): boolean {
    if (!this.readable(file)) return false;
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  }

  /** .tex files in the file's folder and up to two folders above it (chapters/ and the thesis folder). */
  rootCandidates(file: string): string[] {
    const candidates: string[] = [];
    let dir = path.posix.dirname(file);
    for (let level = 0; level < 3 && this.readable(dir); level++) {
      try {
        const names = fs.readdirSync(dir).filter((n) => /\.tex$/i.test(n)).sort().slice(0, 200);
        candidates.push(...names.map((n) => path.posix.join(dir, n)));
      } catch {
        // An unreadable folder holds no candidates.
      }
      const up = path.posix.dirname(dir);
      if (up === dir) break;
      dir = up;
    }
    return candidates;
  }
}

/**
 * Whether a file lies inside one of the folders, links followed (a link in the workspace may lead out of
 * it): what the server may read in a workspace the editor does not trust (issue 11).
 */
export function insideFolders(folders: readonly string[]): (file: string) => boolean {
  const roots = folders.map((folder) => realPath(path.resolve(folder)));
  return (file) => {
    const real = realPath(path.resolve(file));
    return roots.some((root) => real === root || real.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
  };
}

/** The path with links resolved, as far as it exists (a file not written yet is judged by its folder). */
function realPath(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(realPath(parent), path.basename(file));
  }
}

/**
 * A bibliography as a Markdown manuscript names it (Pandoc's `bibliography:`): relative to the manuscript's
 * folder, absolute, or under the home folder (`~/Zotero/refs.bib`, which Pandoc expands).
 */
export function resolveDeclaredBibliography(manuscriptFolder: string, name: string): string {
  const home = /^~(?=$|[\\/])/.test(name) ? path.join(os.homedir(), name.slice(1)) : name;
  return path.resolve(manuscriptFolder, home);
}

/** An absolute, '/'-separated path, the form the project model works on. */
export function projectPath(file: string): string {
  return toSlashes(path.resolve(file));
}

export interface PlannedFile {
  /** The path as the user wrote it, or relative to the working directory for an included file. */
  display: string;
  text: string;
  project?: ProjectContext;
}

/**
 * The files `claimlens check` reads for the files it was given: a LaTeX root brings every file it includes,
 * in document order. Returns the bibliographies they declare and the project problems, one line each.
 */
export interface CheckPlan {
  files: PlannedFile[];
  bibliographies: string[];
  /** Bibliographies of projects whose every file is checked: only there can an entry be called unused. */
  wholeProjectBibliographies: string[];
  warnings: string[];
}

export function planCheck(inputs: string[], files = new DiskProjectFiles()): CheckPlan {
  const planned: PlannedFile[] = [];
  const seen = new Set<string>();
  const bibliographies = new Set<string>();
  const warnings: string[] = [];
  const whole = new Set<string>();
  const add = (display: string, absolute: string, text: string, project?: ProjectContext) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    planned.push({ display, text, project });
  };
  for (const input of inputs) {
    const absolute = projectPath(input);
    const text = files.read(absolute) ?? '';
    const language = languageOfPath(input);
    if (language !== 'latex') {
      for (const bib of declaredBibliographies(language, text)) bibliographies.add(resolveDeclaredBibliography(path.dirname(input), bib));
      add(input, absolute, text);
      continue;
    }
    const { root, reason } = findRoot(absolute, files);
    if (root === absolute) {
      const project = buildProject(root, files);
      const contexts = contextsOfProject(project, files, reason);
      for (const problem of project.problems) warnings.push(formatProblem(problem, files));
      for (const file of project.files) {
        const context = contexts.get(file.path);
        context?.bibliographies.forEach((bib) => {
          bibliographies.add(bib);
          whole.add(bib);
        });
        add(file.path === absolute ? input : path.relative(process.cwd(), file.path), file.path, file.text, context);
      }
    } else {
      const context = projectContextFor(absolute, files);
      context.bibliographies.forEach((bib) => bibliographies.add(bib));
      for (const problem of context.problems) warnings.push(formatProblem(problem, files));
      add(input, absolute, text, context);
    }
  }
  // Which of them may be read (a file with a bibliography extension) is the caller's rule (cli/main.ts).
  return { files: planned, bibliographies: [...bibliographies], wholeProjectBibliographies: [...whole], warnings };
}

/** texlab's "unused entry": one warning line per entry of a whole project's .bib that nothing cites. */
export function unusedEntryWarnings(kb: KnowledgeBase, plan: CheckPlan, prose: readonly ProseDocument[]): string[] {
  return unusedEntries(kb, plan.wholeProjectBibliographies, prose, plan.files.map((f) => f.text)).map(
    (entry) => `${path.relative(process.cwd(), entry.file) || entry.file}:${entry.line + 1}:${entry.character + 1}: warning: unused entry ${entry.key}: no file of the project cites it`,
  );
}

function formatProblem(problem: ProjectProblem, files: ProjectFiles): string {
  const text = files.read(problem.path) ?? '';
  const at = new LineIndex(text).positionAt(problem.start);
  return `${path.relative(process.cwd(), problem.path) || problem.path}:${at.line + 1}:${at.character + 1}: warning: ${problem.message}`;
}
