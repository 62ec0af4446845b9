#!/usr/bin/env node
// Runs the TextMate grammar tests in syntaxes/test/ with vscode-tmgrammar-test.
//
// The injection grammars and their injectTo targets are read from package.json (contributes.grammars), so the
// tests exercise the entries the extension really ships. The base grammars they inject into are VS Code's own
// Markdown, HTML, TeX and LaTeX grammars, taken from the tm-grammars devDependency.
//
// The base grammars embed dozens of other languages (fenced code blocks, \begin{minted}...) whose grammars are
// not needed here; vscode-tmgrammar-test prints one 'grammar not found for "..."' line per missing grammar, and
// those lines are dropped. Everything else passes through, and the exit code is the test runner's: non-zero
// when any assertion fails.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const require = createRequire(join(root, 'package.json'));
const runner = join(dirname(require.resolve('vscode-tmgrammar-test/package.json')), 'dist', 'unit.js');
const baseGrammars = ['markdown', 'html', 'html-derivative', 'tex', 'latex'].map((name) =>
  relative(root, require.resolve(`tm-grammars/grammars/${name}.json`)),
);
const testcases = process.argv.length > 2 ? process.argv.slice(2) : ['syntaxes/test/*.test.*'];

const args = [runner, '--config', 'package.json', ...baseGrammars.flatMap((g) => ['-g', g]), ...testcases];
const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'pipe'] });

let pending = '';
const missingGrammar = /^grammar not found for "[^"]*"$/;
child.stderr.setEncoding('utf8');
child.stderr.on('data', (chunk) => {
  const lines = (pending + chunk).split('\n');
  pending = lines.pop() ?? '';
  for (const line of lines) if (!missingGrammar.test(line)) process.stderr.write(line + '\n');
});
child.on('close', (code, signal) => {
  if (pending && !missingGrammar.test(pending)) process.stderr.write(pending + '\n');
  process.exit(code ?? (signal ? 1 : 0));
});
