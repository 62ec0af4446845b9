// The literals of the reader's patterns (requiredLiterals.ts), worked out at bundle time. From sources this is
// undefined and each pattern is read when first asked; esbuild.mjs replaces this module in the bundles with the
// readings it worked out by the same code (every pattern the start-up asks for, recordReadings), so that the
// server's start-up does not parse and read some 200 regular expressions before its first diagnostic (issue 10).
// The readings are keyed by each pattern's flags and source: a pattern added or changed since is not found and
// is read as from sources, so the table can only save time, never give another answer.
import type { PatternReadings } from './requiredLiterals';

export const prebuiltLiterals: (() => ReadonlyMap<string, PatternReadings>) | undefined = undefined;
