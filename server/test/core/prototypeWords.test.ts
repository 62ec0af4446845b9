// Words a writer may type that are also the names of properties every JavaScript object inherits ("constructor",
// "toString", "valueOf", "__proto__"). The reader looks words up in tables of words; a table that is an ordinary
// object answered "constructor" with Object's own function, so "IL-11 constructor STAT3" became a claim whose
// relation was a function and the diagnostic said "IL-11 function Object() { [native code] } STAT3". Every word
// table is a table of its own words only (core/util/wordTable.ts); this test types those names where the reader
// looks up verbs, relation nouns, hyphenated modifiers, adjectives and Greek letters.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { computeDiagnostics } from '../../src/core/features/diagnostics';
import { defaultSettings } from '../../src/core/settings';
import { wordTable } from '../../src/core/util/wordTable';
import * as cues from '../../src/core/claims/cues';
import * as vocabulary from '../../src/core/claims/vocabulary';
import { bundledKb } from './helpers';

const inherited = Object.getOwnPropertyNames(Object.prototype);

const frames = (word: string) => [
  `IL-11 ${word} STAT3 in OSCC cells.`,
  `IL-6-${word} STAT3 rose in HCC cells.`,
  `IL-11 ${word}-induced MMP-13 expression rose in OSCC.`,
  `The ${word} of IL-11 in STAT3 signalling was high.`,
  `IL-11 is a ${word} regulator of MMP-13.`,
  `IL-11 was ${word} in OSCC and raised MMP-13.`,
  `Patients whose tumours ${word} had shorter survival with high IL-11.`,
  `The ${word}-α of STAT3 rose after IL-6.`,
];

suite('words that name inherited properties', () => {
  test('a word table holds its own words only', () => {
    const table = wordTable({ raises: 'increases' });
    assert.equal(table.raises, 'increases');
    for (const name of inherited) assert.equal(table[name], undefined, name);
    assert.equal('constructor' in table, false);
  });

  test('every exported table of words to words is a word table', () => {
    // A table added later as a plain object literal would bring the bug back for its own words.
    const tables = Object.entries({ ...vocabulary, ...cues }).filter(
      ([, value]) => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Set) && !(value instanceof Map) && Object.values(value).length > 0 && Object.values(value).every((v) => typeof v === 'string' || typeof v === 'number'),
    );
    assert.ok(tables.length >= 7, `${tables.length} tables found`);
    for (const [name, table] of tables) assert.equal(Object.getPrototypeOf(table), null, `${name} is a plain object: make it a wordTable`);
  });

  test('are read as plain words: no claim or message carries a function', async () => {
    const kb = await bundledKb();
    const text = inherited.flatMap(frames).join(' ');
    const analysis = analyzeDocument('plaintext', text, kb);
    for (const sentence of analysis.sentences) {
      for (const { claim } of sentence.claims) assert.equal(typeof claim.relation, 'string', `${sentence.text}: ${String(claim.relation).slice(0, 40)}`);
    }
    for (const diagnostic of computeDiagnostics(analysis, kb, defaultSettings)) {
      assert.doesNotMatch(diagnostic.message, /native code|function |=>/, diagnostic.message);
    }
  });
});
