// Trigger words read off a rule's own pattern (util/requiredLiterals.ts): every string the pattern matches holds one
// of them, in lower case. A rule table that skips a rule for a sentence without its literals then changes no reading:
// checked here on the patterns the checker gates this way, with strings drawn from each pattern's own source
// (regexSamples.ts) in mixed case and inside other text, and on hand-made patterns whose literals are known.
import * as assert from 'node:assert/strict';
import { foldForLiterals, requiredLiteralSets, requiredLiterals } from '../../src/core/util/requiredLiterals';
import { impliedMentions, impliedRowLiterals } from '../../src/core/claims/impliedMentions';
import { clutterRules } from '../../src/core/claims/simplifiedViews';
import { nonClaimPatterns } from '../../src/core/verify/scope';
import { sampler, seededRandom } from './regexSamples';

suite('requiredLiterals: trigger words derived from a pattern', function () {
  this.timeout(120000);

  test('literals of hand-made patterns', () => {
    const cases: [RegExp, string[] | undefined][] = [
      [/\b(?:was|were) (?:chosen|selected) on/i, ['was chosen on', 'was selected on', 'were chosen on', 'were selected on']],
      [/abc|de/, ['abc', 'de']],
      // A lookahead's text is in the text, though the match does not hold it.
      [/(?=[^]*foo)x?/i, ['foo']],
      [/characteri[sz]ed/i, ['characterised', 'characterized']],
      [/(?<name>IL)-6/, ['il-6']],
      [/Remodel(?:s|ed)?\s+the/, ['remodel']],
      // Nothing required: an optional part, a class, a pattern that matches the empty string.
      [/^(?:\S+\s+){0,11}\S+$/i, undefined],
      [/(?:abc)?/, undefined],
      [/\d+/, undefined],
      // An alternative without literals makes the whole alternation require nothing.
      [/abc|\w+/, undefined],
      // A negative lookaround requires nothing, and consumes nothing: the words either side still join.
      [/ab(?!x)cd/, ['abcd']],
      // A letter the case-insensitive flag may match in another script is no literal; the ASCII around it still is.
      [/café au lait/i, [' au lait']],
      [/a+b/, ['a']],
    ];
    for (const [re, expected] of cases) assert.deepEqual(requiredLiterals(re)?.sort(), expected?.sort(), String(re));
  });

  test('requirement sets of hand-made patterns: every part of a sequence, one of each alternative', () => {
    const cases: [RegExp, string[][] | undefined][] = [
      // A sequence: each part is required (a conjunction), the joined run first.
      [/\b(?:is|are) [\w ]{0,20}(?:needed|lacking)\b/i, [['needed', 'lacking'], ['is ', 'are ']]],
      [/(?:was|were) .{0,9}classified as (?:high|low)/, [['classified as high', 'classified as low'], ['was ', 'were ']]],
      // A choice: a set made of one requirement of each alternative.
      [/abc.+xyz|def.+uvw/, [['abc', 'def'], ['xyz', 'uvw']]],
      // An alternative with no requirement makes the choice require nothing.
      [/abc.+xyz|\w+/, undefined],
      // An optional part requires nothing; a negative lookaround neither.
      [/(?:abc)?.+xyz(?!qq)/, [['xyz']]],
    ];
    for (const [re, expected] of cases) {
      const sets = requiredLiteralSets(re)?.map((set) => [...set].sort());
      const want = expected?.map((set) => [...set].sort());
      assert.deepEqual(sets?.slice().sort(), want?.slice().sort(), String(re));
    }
  });

  test('the text is folded as case-insensitive patterns read it', () => {
    assert.equal(foldForLiterals('The STAT3 Kinase'), 'the stat3 kinase');
    // The long s matches "s" under the i and u flags; the Kelvin sign lower-cases to "k".
    assert.equal(foldForLiterals('ſignalling \u212Aappa'), 'signalling kappa');
    assert.ok(/signal/iu.test('ſignal'));
  });

  /** Patterns whose literals gate a rule: the non-claim patterns, the implied-mention rows (as run), the clutter rules. */
  const gated: { name: string; pattern: RegExp }[] = [
    ...nonClaimPatterns.map((p, i) => ({ name: `non-claim #${i} (${p.kind})`, pattern: p.pattern })),
    ...impliedMentions.map((row) => ({ name: `implied mention "${row.name}"`, pattern: row.touches ? row.pattern : new RegExp(row.pattern.source, 'gi') })),
    ...clutterRules.map((rule) => ({ name: `clutter rule ${rule.name}`, pattern: rule.pattern })),
  ];

  test('every string drawn from a pattern that the pattern matches holds one of its literals', () => {
    const random = seededRandom(20261204);
    const around = ['', 'In OSCC cells, ', 'Notably, ', 'IL-11 rose; ', '(', '“'];
    const after = ['', '.', ' in liver tumours.', ', and STAT3 rose.'];
    const mixed = (text: string) => [...text].map((ch) => (random() < 0.5 ? ch.toUpperCase() : ch.toLowerCase())).join('');
    let withLiterals = 0;
    for (const { name, pattern } of gated) {
      const literals = requiredLiterals(pattern);
      const sets = requiredLiteralSets(pattern) ?? [];
      if (literals) assert.deepEqual(sets[0], literals, `${name}: the first set is requiredLiterals'`);
      if (!literals) continue;
      withLiterals++;
      const test = new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
      const draw = sampler(test, random);
      let matched = 0;
      for (let attempt = 0; attempt < 400; attempt++) {
        const drawn = draw();
        const inside = `${around[Math.floor(random() * around.length)]}${drawn}${after[Math.floor(random() * after.length)]}`;
        for (const text of [drawn, test.flags.includes('i') ? mixed(inside) : inside]) {
          if (!test.test(text)) continue;
          matched++;
          const folded = foldForLiterals(text);
          assert.ok(literals.some((l) => folded.includes(l)), `${name} matches ${JSON.stringify(text)}, which holds none of ${JSON.stringify(literals)}`);
          for (const set of sets) assert.ok(set.some((l) => folded.includes(l)), `${name} matches ${JSON.stringify(text)}, which holds none of its set ${JSON.stringify(set)}`);
        }
      }
      assert.ok(matched >= 10, `${name}: only ${matched} drawn strings match it`);
    }
    // The derivation reads most patterns (a regression to "no literals" would pass the check above vacuously).
    assert.ok(withLiterals >= gated.length * 0.8, `${withLiterals} of ${gated.length} patterns have literals`);
  });

  test('each implied-mention row, tried on its own example, is let through by its literals', () => {
    const literals = impliedRowLiterals();
    impliedMentions.forEach((row, i) => {
      const folded = foldForLiterals(row.example);
      if (literals[i]) assert.ok(literals[i]!.some((l) => folded.includes(l)), `${row.name}: ${JSON.stringify(literals[i])} not in its example`);
    });
  });
});
