// claimlens.check.frequency, as LTeX's checkFrequency: which events make the server check a document.
import * as assert from 'node:assert/strict';
import { shouldCheck, type CheckTrigger } from '../src/core/settings';

const all: CheckTrigger[] = ['open', 'edit', 'save', 'command', 'reload', 'settings'];
const checkedOn = (frequency: 'edit' | 'save' | 'command') => all.filter((trigger) => shouldCheck(frequency, [trigger]));

suite('check frequency', () => {
  test('"edit" checks on everything, "save" on everything but typing, "command" on the command (and changed settings)', () => {
    assert.deepEqual(checkedOn('edit'), all);
    assert.deepEqual(checkedOn('save'), ['open', 'save', 'command', 'reload', 'settings']);
    assert.deepEqual(checkedOn('command'), ['command', 'settings']);
  });

  test('triggers that pile up before a check count together: opening then the first change is still an opening', () => {
    assert.equal(shouldCheck('save', ['open', 'edit']), true);
    assert.equal(shouldCheck('save', ['edit', 'edit']), false);
  });
});
