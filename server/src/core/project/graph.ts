// The include graph of a LaTeX project: from the root, every file it brings in through \input, \include,
// \subfile and \import, in document order. A file included twice is read once, a cycle is cut where it
// closes (with a warning), and a missing file is a warning at the command that names it: a thesis with one
// chapter not written yet still gets the other chapters checked.
import type { ProjectFiles } from './files';
import { type IncludeRef, scanIncludes } from './includes';
import { dirname, resolvePath, texCandidates } from './paths';

export interface ProjectFile {
  path: string;
  text: string;
  /** The folder that \input inside this file is relative to (the root's folder, or an \import folder). */
  baseFolder: string;
  /** Where the file was included from; absent for the root. */
  includedFrom?: { path: string; start: number; end: number };
}

export interface ProjectProblem {
  kind: 'missing-file' | 'include-cycle' | 'too-many-files';
  /** The file holding the include command, and the command's span in it. */
  path: string;
  start: number;
  end: number;
  message: string;
}

export interface Project {
  root: string;
  /** The root first, then every included file in document order. */
  files: ProjectFile[];
  problems: ProjectProblem[];
}

/** Bounds that keep a pathological project (generated includes) from taking the checker down. */
const maxFiles = 2000;
const maxDepth = 64;

export function buildProject(root: string, files: ProjectFiles): Project {
  const project: Project = { root, files: [], problems: [] };
  const text = files.read(root);
  if (text === undefined) return project;
  const seen = new Set<string>([root]);
  const visit = (file: ProjectFile, stack: string[]): void => {
    project.files.push(file);
    if (stack.length >= maxDepth) return;
    for (const ref of scanIncludes(file.text)) {
      const target = resolveInclude(ref, file, root, files);
      const at = { path: file.path, start: ref.start, end: ref.end };
      if (!target) {
        project.problems.push({ kind: 'missing-file', ...at, message: `\\${ref.command}: file not found: ${ref.folder ? `${ref.folder}/` : ''}${ref.file}` });
        continue;
      }
      if (stack.includes(target.path) || target.path === file.path) {
        project.problems.push({ kind: 'include-cycle', ...at, message: `\\${ref.command}: ${ref.file} includes this file again (an include cycle); it is read once` });
        continue;
      }
      if (seen.has(target.path)) continue;
      if (project.files.length >= maxFiles) {
        project.problems.push({ kind: 'too-many-files', ...at, message: `more than ${maxFiles} files in the project; the rest are not read` });
        return;
      }
      seen.add(target.path);
      visit({ path: target.path, text: target.text, baseFolder: target.baseFolder, includedFrom: at }, [...stack, file.path]);
    }
  };
  visit({ path: root, text, baseFolder: dirname(root) }, []);
  return project;
}

/** Where an include points, following LaTeX's rules for each command; undefined when no candidate exists. */
function resolveInclude(ref: IncludeRef, from: ProjectFile, root: string, files: ProjectFiles): { path: string; text: string; baseFolder: string } | undefined {
  const here = dirname(from.path);
  const tries: { path: string; baseFolder: string }[] = [];
  switch (ref.command) {
    case 'input':
    case 'include':
      // TeX resolves against the folder it runs in (the root's, or the \import folder); editors also accept
      // a path relative to the including file, which is how many chapters are written.
      for (const folder of [from.baseFolder, here]) for (const p of texCandidates(resolvePath(folder, ref.file))) tries.push({ path: p, baseFolder: from.baseFolder });
      break;
    case 'subfile':
    case 'subfileinclude':
      for (const p of texCandidates(resolvePath(here, ref.file))) tries.push({ path: p, baseFolder: dirname(p) });
      break;
    default: {
      // \import{folder}{file} names a folder from the root's; \subimport a folder relative to this file.
      const relativeToRoot = ref.command === 'import' || ref.command === 'inputfrom' || ref.command === 'includefrom';
      const folder = resolvePath(relativeToRoot ? dirname(root) : from.baseFolder, ref.folder ?? '.');
      for (const p of texCandidates(resolvePath(folder, ref.file))) tries.push({ path: p, baseFolder: folder });
    }
  }
  for (const attempt of tries) {
    const text = files.read(attempt.path);
    if (text !== undefined) return { ...attempt, text };
  }
  return undefined;
}
