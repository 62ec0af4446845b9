// Watches the bibliography files a manuscript declares, from the server itself. The editor's file watcher
// sees only the workspace, and a reference manager's auto-export usually lives elsewhere (~/Zotero/refs.bib);
// other editors may watch nothing at all. Better BibTeX rewrites its export by writing a temporary file and
// renaming it over the old one, which ends a watch on the file itself: so each file's folder is watched (a
// rename into it is an event there), and a folder that cannot be watched falls back to polling the file.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** What a file looks like on disk; a change in any part is a change of the file. */
function signature(file: string): string {
  try {
    const stat = fs.statSync(file);
    return `${stat.size}:${stat.mtimeMs}:${stat.ino}`;
  } catch {
    return 'absent';
  }
}

export class BibliographyWatcher {
  readonly #folders = new Map<string, fs.FSWatcher>();
  readonly #polled = new Set<string>();
  #files = new Map<string, string>();
  #timer: NodeJS.Timeout | undefined;

  /**
   * `onChange` is called once per burst of changes (a rename-over is several events), `settleMs` after the
   * last, with the files whose content on disk changed.
   */
  constructor(private readonly onChange: (files: string[]) => void, private readonly settleMs = 300, private readonly pollMs = 2000) {}

  /** Watches exactly these files from now on (their folders, or the files by polling). */
  watch(files: readonly string[]): void {
    const wanted = new Set(files.map((file) => path.resolve(file)));
    const next = new Map<string, string>();
    for (const file of wanted) next.set(file, this.#files.get(file) ?? signature(file));
    this.#files = next;
    const folders = new Set([...wanted].map((file) => path.dirname(file)));
    for (const [folder, watcher] of this.#folders) {
      if (folders.has(folder)) continue;
      watcher.close();
      this.#folders.delete(folder);
    }
    for (const file of this.#polled) {
      if (wanted.has(file)) continue;
      fs.unwatchFile(file);
      this.#polled.delete(file);
    }
    for (const folder of folders) {
      if (this.#folders.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, { persistent: false }, (_event, name) => {
          if (name === null || this.#files.has(path.join(folder, name.toString()))) this.#schedule();
        });
        // A folder that goes away (an unmounted drive) ends its watch; polling takes over.
        watcher.on('error', () => {
          watcher.close();
          this.#folders.delete(folder);
          this.#poll([...this.#files.keys()].filter((file) => path.dirname(file) === folder));
        });
        this.#folders.set(folder, watcher);
      } catch {
        this.#poll([...wanted].filter((file) => path.dirname(file) === folder));
      }
    }
  }

  /** The files watched now (absolute paths). */
  get files(): string[] {
    return [...this.#files.keys()];
  }

  #poll(files: readonly string[]): void {
    for (const file of files) {
      if (this.#polled.has(file)) continue;
      this.#polled.add(file);
      fs.watchFile(file, { persistent: false, interval: this.pollMs }, () => this.#schedule());
    }
  }

  #schedule(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      const changed: string[] = [];
      for (const [file, before] of this.#files) {
        const now = signature(file);
        if (now === before) continue;
        this.#files.set(file, now);
        changed.push(file);
      }
      if (changed.length > 0) this.onChange(changed);
    }, this.settleMs);
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    for (const watcher of this.#folders.values()) watcher.close();
    for (const file of this.#polled) fs.unwatchFile(file);
    this.#folders.clear();
    this.#polled.clear();
    this.#files.clear();
  }
}
