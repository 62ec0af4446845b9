// The modules whose rows make up the scale table of `npm run bench` (table.ts), in the order printed. To add
// rows: write `async (context) => BenchRow[]` in your own module and add one line here.
import { bibRows, libraryRows, startupRows } from './scaleRows';
import type { RowModule } from './table';

export const rowModules: { name: string; rows: RowModule }[] = [
  { name: '100k-entry .bib', rows: bibRows },
  { name: '1M-fact library', rows: libraryRows },
  { name: 'start-up', rows: startupRows },
];
