// Which file is the root of a LaTeX project: the one the writer compiles. Found the way LaTeX Workshop and
// texlab find it: a `% !TEX root` magic comment, the main file a subfile names, a file that has its own
// \documentclass, or else a file nearby with a \documentclass whose project includes this one.
import type { ProjectFiles } from './files';
import { buildProject } from './graph';
import { hasDocumentClass, magicRoot, subfilesRoot } from './includes';
import { dirname, resolvePath, texCandidates } from './paths';

export type RootReason = 'magic-comment' | 'subfiles' | 'document-class' | 'included-by' | 'self';

export interface RootFinding {
  root: string;
  reason: RootReason;
}

export function findRoot(path: string, files: ProjectFiles): RootFinding {
  const text = files.read(path);
  if (text === undefined) return { root: path, reason: 'self' };
  const named = magicRoot(text);
  if (named !== undefined) {
    const target = firstExisting(resolvePath(dirname(path), named), files);
    if (target) return { root: target, reason: 'magic-comment' };
  }
  const main = subfilesRoot(text);
  if (main !== undefined) {
    const target = firstExisting(resolvePath(dirname(path), main), files);
    if (target) return { root: target, reason: 'subfiles' };
  }
  if (hasDocumentClass(text)) return { root: path, reason: 'document-class' };
  for (const candidate of files.rootCandidates?.(path) ?? []) {
    if (candidate === path) continue;
    const candidateText = files.read(candidate);
    if (candidateText === undefined || !hasDocumentClass(candidateText) || subfilesRoot(candidateText) !== undefined) continue;
    if (buildProject(candidate, files).files.some((f) => f.path === path)) return { root: candidate, reason: 'included-by' };
  }
  return { root: path, reason: 'self' };
}

function firstExisting(path: string, files: ProjectFiles): string | undefined {
  return texCandidates(path).find((p) => files.read(p) !== undefined);
}
