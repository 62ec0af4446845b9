// Loads the knowledge base the CLI and the server use: the bundled library plus any folders or files the
// user adds (their own library JSON, their .bib files).
import * as path from 'node:path';
import { buildKnowledgeBase, type KbBuildResult } from '../core/kb/build';
import type { KbFileContent } from '../core/kb/loadFile';
import { bundledKnowledgeBaseDir, readKnowledgeBaseSources } from './knowledgeBaseFiles';

export interface KnowledgeBaseLocations {
  /** Extra folders or files (.json library files, .bib bibliographies). */
  extra: readonly string[];
  /** Leave out the bundled library (for a library of one's own only). */
  withoutBundled?: boolean;
}

export interface LoadedKnowledgeBase extends KbBuildResult {
  /** Locations that do not exist. */
  missing: string[];
}

export async function loadKnowledgeBase(locations: KnowledgeBaseLocations, lastGood?: ReadonlyMap<string, KbFileContent>): Promise<LoadedKnowledgeBase> {
  const bundled = bundledKnowledgeBaseDir();
  const read = readKnowledgeBaseSources([bundled, ...locations.extra]);
  // Without the bundled library, its papers (data/papers/) are left out but its lexicon stays, so that the
  // writer's own library is read with the same entities.
  const bundledPapers = path.join(bundled, 'papers') + path.sep;
  const sources = locations.withoutBundled ? read.sources.filter((s) => !s.path.startsWith(bundledPapers)) : read.sources;
  const missing = read.missing;
  const built = await buildKnowledgeBase(sources, lastGood);
  return { ...built, missing };
}
