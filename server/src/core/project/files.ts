// How the project model reaches files. The core does no I/O: the CLI implements this over the disk, the
// language server over its open documents first (what the writer sees, saved or not) and the disk second.

export interface ProjectFiles {
  /** The text of a file, or undefined when it cannot be read. Paths are absolute, '/'-separated. */
  read(path: string): string | undefined;
  /** Whether a file exists (for bibliographies, which are loaded elsewhere and need not be read here). */
  exists(path: string): boolean;
  /**
   * LaTeX files that may be the root of `path`: those in its folder and the folders above it, nearest first.
   * Optional; without it only magic comments and \documentclass find a root.
   */
  rootCandidates?(path: string): string[];
}
