// ARCHITECTURE.md is the newcomer's map: every file it names in backticks must exist, so a module that is moved,
// split or deleted (stop 51 split claims/anchored.ts into claims/anchored/) cannot leave the map pointing at nothing.
// A name may be a bare file name (`sentenceFilters.ts`) or a path (`server/src/core/text/sourceText.ts`).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
// Files the map names that are written at build or run time, never checked in.
const generated = new Set(['dist/cli.js', 'dist/extension.js', 'dist/server.js', 'library-file-hashes.json']);
const skipped = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

function repoFiles(dir: string, into: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) repoFiles(full, into);
    else into.push(path.relative(root, full).split(path.sep).join('/'));
  }
  return into;
}

suite('ARCHITECTURE.md codemap', () => {
  test('every file named in backticks exists in the repository', () => {
    const map = fs.readFileSync(path.join(root, 'ARCHITECTURE.md'), 'utf8');
    const named = new Set([...map.matchAll(/`([A-Za-z0-9_./-]+\.(?:ts|mjs|js|json))`/g)].map((m) => m[1]));
    assert.ok(named.size > 100, `the map should name its modules (found ${named.size})`);
    const files = repoFiles(root);
    const missing = [...named].filter(
      (name) => !generated.has(name) && !files.some((file) => file === name || file.endsWith(`/${name}`)),
    );
    assert.deepEqual(missing, [], `ARCHITECTURE.md names files that do not exist: ${missing.join(', ')}`);
  });
});
