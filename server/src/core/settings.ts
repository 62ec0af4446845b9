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
  diagnostics: z
    .object({
      /**
       * The most diagnostics published for one document (0: no limit), errors first, then warnings,
       * information and hints, with a note saying how many more there are. VS Code shows at most 1,000 per
       * file and drops the rest in the same order, so the default changes nothing there; it spares a
       * thesis with thousands of findings the cost of sending them all after every edit.
       */
      maxPerDocument: z.number().int().min(0).max(1000000).default(1000),
    })
    .default({ maxPerDocument: 1000 }),
  /** Milliseconds to wait after the last keystroke before re-checking. */
  debounceMs: z.number().int().min(0).max(10000).default(300),
  check: z
    .object({
      /** When documents are checked: as the writer types, when the file is saved, or only on command. */
      frequency: z.enum(['edit', 'save', 'command']).default('edit'),
    })
    .default({ frequency: 'edit' }),
  /**
   * Claims the writer chose to ignore in this workspace, in the words of the message's first line
   * ("IL-11 signals through STAT1 in OSCC"): kept in settings, not as comments in the manuscript.
   */
  ignoredClaims: z.array(z.string()).default([]),
});

export type Settings = z.infer<typeof SettingsSchema>;

/**
 * Which severity setting governs each kind of finding. One table for the editor's diagnostics, the CLI's
 * text and SARIF output, so that a contradicted claim is reported alike everywhere (a warning by default).
 * The kinds are the diagnostic codes and the SARIF rule ids.
 */
export const severitySettings = {
  contradicted: 'contradicted',
  unsupported: 'unsupported',
  'unsupported-other-context': 'otherContext',
  'own-finding': 'ownFinding',
  'missing-citation': 'missingCitation',
  'citation-mismatch': 'citationMismatch',
  'undefined-citation': 'undefinedCitation',
} as const satisfies Record<string, keyof Settings['severity']>;

export type FindingKind = keyof typeof severitySettings;

export function severityOf(kind: FindingKind, settings: Settings = defaultSettings): Severity {
  return settings.severity[severitySettings[kind]];
}

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

/** What made the server consider checking a document. */
export type CheckTrigger = 'open' | 'edit' | 'save' | 'command' | 'reload' | 'settings';

/**
 * Whether any of the triggers calls for a check under `claimlens.check.frequency`, as LTeX's
 * checkFrequency: "edit" checks on every trigger, "save" on opening, saving, a library reload and the
 * command, "command" only on the command. A change of settings always re-checks: the writer changed what is
 * reported (a severity, an ignored claim) and expects to see it.
 */
export function shouldCheck(frequency: Settings['check']['frequency'], triggers: Iterable<CheckTrigger>): boolean {
  for (const trigger of triggers) {
    if (trigger === 'command' || trigger === 'settings' || frequency === 'edit') return true;
    if (frequency === 'save' && trigger !== 'edit') return true;
  }
  return false;
}
