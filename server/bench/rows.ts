// The modules whose rows make up the scale table of `npm run bench` (table.ts), in the order printed. To add
// rows: write `async (context) => BenchRow[]` in your own module and add one line here.
import * as path from 'node:path';
import { loadKnowledgeBase } from '../src/node/loadKnowledgeBase';
import { repoRoot } from './generate/paths';
import { benchIncremental } from './incremental';
import { writerLibraryRows } from './library';
import { bibRows, libraryRows, startupRows } from './scaleRows';
import type { BenchRow, RowModule } from './table';

/** Issue 10's 100k-word drafts: re-check after a one-word edit (core and LSP), full check, server memory. */
async function incrementalRows(): Promise<BenchRow[]> {
  const { kb } = await loadKnowledgeBase({ extra: [path.join(repoRoot, 'examples', 'references.bib')] });
  return benchIncremental(kb);
}

export const rowModules: { name: string; rows: RowModule }[] = [
  { name: '100k-word drafts', rows: incrementalRows },
  { name: '100k-entry .bib', rows: bibRows },
  { name: "writer's library (5k-entry .bib with abstracts)", rows: writerLibraryRows },
  { name: '1M-fact library', rows: libraryRows },
  { name: 'start-up', rows: startupRows },
];
