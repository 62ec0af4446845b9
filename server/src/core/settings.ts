// ClaimLens settings, as the server reads them from the editor (`claimlens.*`). The schema is the single
// source of truth: package.json's contributes.configuration is checked against it by a test.
import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'information', 'hint', 'off']);
export type Severity = z.infer<typeof Severity>;

export const SettingsSchema = z.object({
  /** Check this language's documents; language-overridable, so `"[markdown]": { "claimlens.enabled": false }` works. */
  enabled: z.boolean().default(true),
  severity: z
    .object({
      contradicted: Severity.default('warning'),
      unsupported: Severity.default('warning'),
      otherContext: Severity.default('warning'),
      missingCitation: Severity.default('information'),
      citationMismatch: Severity.default('warning'),
      undefinedCitation: Severity.default('error'),
      ownFinding: Severity.default('hint'),
    })
    .default({
      contradicted: 'warning', unsupported: 'warning', otherContext: 'warning', missingCitation: 'information',
      citationMismatch: 'warning', undefinedCitation: 'error', ownFinding: 'hint',
    }),
  knowledgeBase: z
    .object({
      /** Folders or files (.json library files, .bib bibliographies) added to the bundled library. */
      extraFolders: z.array(z.string()).default([]),
      /** Read the .bib files of the workspace so that their keys count as defined. */
      workspaceBibliographies: z.boolean().default(true),
      /** Include the bundled papers; off, the writer's own library stands alone (the lexicon stays). */
      includeBundled: z.boolean().default(true),
    })
    .default({ extraFolders: [], workspaceBibliographies: true, includeBundled: true }),
  completion: z
    .object({
      /** Rank citation completions by the sentence being written. */
      rankByContext: z.boolean().default(true),
    })
    .default({ rankByContext: true }),
  /** Milliseconds to wait after the last keystroke before re-checking. */
  debounceMs: z.number().int().min(0).max(10000).default(300),
});

export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings: Settings = SettingsSchema.parse({});

/** Reads whatever the editor sent; anything invalid falls back to its default rather than failing. */
export function parseSettings(raw: unknown): Settings {
  const parsed = SettingsSchema.safeParse(raw ?? {});
  if (parsed.success) return parsed.data;
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const settings: Record<string, unknown> = {};
  for (const key of Object.keys(SettingsSchema.shape) as (keyof typeof SettingsSchema.shape)[]) {
    const field = SettingsSchema.shape[key].safeParse(input[key]);
    settings[key] = field.success ? field.data : SettingsSchema.shape[key].parse(undefined);
  }
  return settings as Settings;
}
