// Loads the knowledge base the CLI and the server use: the bundled library plus any folders or files the
// user adds (their own library JSON, their .bib files).
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
  const all = [...(locations.withoutBundled ? [] : [bundledKnowledgeBaseDir()]), ...locations.extra];
  const { sources, missing } = readKnowledgeBaseSources(all);
  const built = await buildKnowledgeBase(sources, lastGood);
  return { ...built, missing };
}
