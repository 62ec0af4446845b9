// The patterns' literals worked out at bundle time (util/literalsPrebuilt.ts, written by esbuild.mjs): what the
// build records is what reading each pattern's source gives, and the table in a built server bundle gives, for
// every pattern it holds, the reading of that pattern by the sources as they are now, so it can never answer
// otherwise than reading the pattern would (a pattern it lacks is read as from sources).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { patternKey, readPattern, recordReadings, requiredLiteralSets, requiredLiterals, type PatternReadings } from '../../src/core/util/requiredLiterals';

suite('literalsPrebuilt: the patterns\' literals worked out at bundle time', function () {
  this.timeout(120000);

  test('recording keeps, by flags and source, each pattern asked for and what its source gives', () => {
    const asked = [/\b(?:was|were) (?:chosen|selected) on/i, /abc|de/, /\d+/, /(?<name>IL)-6/g];
    const recorded = recordReadings(() => {
      for (const re of asked) {
        requiredLiterals(re);
        requiredLiteralSets(re);
      }
    });
    assert.deepEqual([...recorded.keys()], asked.map(patternKey));
    for (const re of asked) {
      assert.deepEqual(recorded.get(patternKey(re)), readPattern(re), String(re));
      assert.deepEqual(recorded.get(patternKey(re))?.literals, requiredLiterals(re), String(re));
      assert.deepEqual(recorded.get(patternKey(re))?.sets, requiredLiteralSets(re), String(re));
    }
    // Recording ends with `run`.
    assert.equal(recordReadings(() => undefined).size, 0);
  });

  test('the answers are copies: a caller that changes one changes no later answer', () => {
    const re = /abc|de/;
    requiredLiterals(re)!.push('x');
    requiredLiteralSets(re)![0].push('x');
    assert.deepEqual(requiredLiterals(re), ['abc', 'de']);
    assert.deepEqual(requiredLiteralSets(re), [['abc', 'de']]);
  });

  test('dist/server.js, when built, holds for each pattern what its source gives now', function () {
    const file = path.join(__dirname, '..', '..', '..', 'dist', 'server.js');
    if (!fs.existsSync(file)) this.skip();
    // (The table is a template literal in the bundle, minified or not: esbuild writes the JSON string so.)
    const literal = /new Map\(JSON\.parse\((`\[\["(?:[^`\\]|\\[^])*`)\)\)/.exec(fs.readFileSync(file, 'utf8'))?.[1];
    assert.ok(literal, 'the bundle holds the prebuilt table');
    const table = new Map<string, PatternReadings>(JSON.parse(new Function(`return ${literal};`)()));
    assert.ok(table.size > 100, `${table.size} patterns`);
    for (const [key, readings] of table) {
      const slash = key.indexOf('/');
      const re = new RegExp(key.slice(slash + 1), key.slice(0, slash));
      const now = readPattern(re);
      // (JSON leaves out an undefined answer.)
      assert.deepEqual({ literals: readings.literals, sets: readings.sets }, now, key);
    }
  });
});
