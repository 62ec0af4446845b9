// The core knows nothing of editors or I/O: no vscode, no LSP, no file system, no process. Only the thin
// layers (server/src/lsp, server/src/cli, server/src/node) may import those. This test keeps it so.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const coreDir = path.join(__dirname, '..', 'src', 'core');
const forbidden = [/^vscode$/, /^vscode-languageserver/, /^vscode-languageclient/, /^vscode-jsonrpc/, /^(node:)?fs(\/promises)?$/, /^(node:)?child_process$/, /^(node:)?net$/, /^(node:)?http/];
const forbiddenRelative = [/(^|\/)lsp(\/|$)/, /(^|\/)cli(\/|$)/, /(^|\/)node(\/|$)/, /(^|\/)client(\/|$)/];

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(full) : entry.name.endsWith('.ts') ? [full] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(/(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    specifiers.push(match[1] ?? match[2] ?? match[3]);
  }
  return specifiers;
}

suite('architecture', () => {
  test('the core imports no editor, protocol, file-system or process modules', () => {
    const files = sourceFiles(coreDir);
    assert.ok(files.length > 20, 'the core should have been found');
    const offences: string[] = [];
    for (const file of files) {
      const source = fs.readFileSync(file, 'utf8');
      for (const specifier of importsOf(source)) {
        const relativeOut = specifier.startsWith('.') && !path.resolve(path.dirname(file), specifier).startsWith(coreDir);
        if (forbidden.some((p) => p.test(specifier)) || (relativeOut && forbiddenRelative.some((p) => p.test(specifier)))) {
          offences.push(`${path.relative(coreDir, file)} imports ${specifier}`);
        }
      }
      if (/\bprocess\.(env|argv|exit|stdout|stderr|cwd)\b/.test(source)) offences.push(`${path.relative(coreDir, file)} uses process`);
    }
    assert.deepEqual(offences, []);
  });

  test('only the LSP layer imports vscode-languageserver', () => {
    const serverSrc = path.join(__dirname, '..', 'src');
    const users = sourceFiles(serverSrc)
      .filter((file) => importsOf(fs.readFileSync(file, 'utf8')).some((s) => s.startsWith('vscode-languageserver')))
      .map((file) => path.relative(serverSrc, file).split(path.sep)[0]);
    assert.deepEqual([...new Set(users)], ['lsp']);
  });
});
