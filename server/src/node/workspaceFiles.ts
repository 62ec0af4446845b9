// Finds files of the workspace (manuscripts to check, .bib files to read), skipping the folders that never
// hold the writer's own files and stopping at a bound so that a huge folder cannot stall the server.
import * as fs from 'node:fs';
import * as path from 'node:path';

const skipped = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', 'build', '.vscode-test', '.e2e', '_minted']);

export function findWorkspaceFiles(root: string, pattern: { test(name: string): boolean }, limit = 5000): string[] {
  const found: string[] = [];
  const queue = [root];
  let visited = 0;
  while (queue.length > 0 && found.length < limit && visited < 50000) {
    const dir = queue.shift()!;
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      visited++;
      if (entry.name.startsWith('.') && entry.name !== '.') continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!skipped.has(entry.name)) queue.push(full);
      } else if (pattern.test(entry.name)) {
        found.push(full);
      }
    }
  }
  return found;
}
