// The extension manifest against the client code: every command the client registers is contributed (VS Code
// only lists contributed commands, and activates on them), and activation follows the checked languages.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { clientCommands, languageIds } from '../../../server/src/protocol';

const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));

suite('package.json: the client contributions', () => {
  test('every client command is contributed with the ClaimLens category, and nothing else', () => {
    const contributed = manifest.contributes.commands as { command: string; title: string; category: string }[];
    assert.deepEqual(contributed.map((c) => c.command).sort(), Object.values(clientCommands).sort());
    for (const command of contributed) assert.equal(command.category, 'ClaimLens', command.command);
  });

  test('palette conditions name only contributed commands', () => {
    const commands = new Set(Object.values(clientCommands) as string[]);
    for (const entry of manifest.contributes.menus.commandPalette) assert.ok(commands.has(entry.command), entry.command);
  });

  test('activation on the checked languages, the bundled client as main', () => {
    assert.deepEqual(manifest.activationEvents, languageIds.map((id) => `onLanguage:${id}`));
    assert.equal(manifest.main, './dist/extension.js');
    assert.match(manifest.engines.vscode, /^\^1\.\d+\.0$/);
  });
});
