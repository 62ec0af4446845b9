// Every event frame's example is its own test: the frame matches its example, and the whole reader reads the
// example as the frame's expected claims.
import * as assert from 'node:assert/strict';
import { compileFrames, frames, matchFrames } from '../../src/core/claims/frames';
import { tokenize } from '../../src/core/claims/tokens';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, claimsOf, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

suite('event frames: each example', () => {
  const compiled = compileFrames();
  for (const entry of compiled) {
    test(`${entry.frame.name}: ${entry.frame.example}`, () => {
      const text = entry.frame.example;
      const tokens = tokenize(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()));
      assert.ok(matchFrames(tokens, [entry]).length > 0, `frame ${entry.frame.name} does not match its own example`);
      assert.deepEqual(claimsOf(text, kb), [...entry.frame.expected].sort());
    });
  }
});

suite('event frames: the table', () => {
  test('names are unique and every frame has an example with a claim', () => {
    const names = frames.map((f) => f.name);
    assert.equal(new Set(names).size, names.length);
    for (const frame of frames) assert.ok(frame.example.length > 0 && frame.expected.length > 0, frame.name);
  });

  test('a malformed pattern is refused with the frame named', () => {
    assert.throws(() => compileFrames([{ ...frames[0], name: 'broken', pattern: '@agent causes @object' }]), /frame broken: unknown role @agent/);
    assert.throws(() => compileFrames([{ ...frames[0], name: 'broken', pattern: '@subject {nonsense} @object' }]), /frame broken: unknown word class/);
  });

  test('a class of processes may carry a quantifier and coordinated adjectives before its examples (stop 49)', () => {
    // Four words between "in" and the class noun: "many healthy and diseased".
    assert.deepEqual(claimsOf('STAT3 plays a central role in many healthy and diseased processes including invasion and metastasis.', kb),
      ['STAT3 promotes CELL_INVASION', 'STAT3 promotes METASTASIS']);
  });

  test('a system named in full before its bracketed short form is the subject of "a network dispensable for"', () => {
    // Issue 7 (h-actor31b): the bracket closing the short form stood between the name and the copula.
    assert.deepEqual(claimsOf('Signal transducer and activator of transcription 3 (STAT3) signalling is a complex network dispensable for cell migration.', kb), ['STAT3 no-effect CELL_MIGRATION']);
    assert.deepEqual(claimsOf('STAT3 signalling is not a network essential for cell migration.', kb).filter((c) => c.includes('promotes') && !c.startsWith('NOT')), []);
  });

  test('a list after the closing subject of "Z relays the signals of A and B" gives each member the route (listAfter, stop 46)', () => {
    // Other wordings than the frame's example: another verb, "as well as", a fronted place, the list's order turned.
    assert.deepEqual(claimsOf('The receptor subunit gp130 transmits the signalling of oncostatin M as well as IL-11.', kb), ['IL11 signals-through GP130', 'NCBIGENE_5008 signals-through GP130']);
    assert.deepEqual(claimsOf('In OSCC cells, gp130 conveyed the signals of IL-11 and IL-6.', kb), ['IL11 signals-through GP130 [ctx OSCC]', 'IL6 signals-through GP130 [ctx OSCC]']);
    assert.deepEqual(claimsOf('Thus gp130 transduces the signals of LIF, IL-6 and IL-11.', kb), ['IL11 signals-through GP130', 'IL6 signals-through GP130', 'NCBIGENE_3976 signals-through GP130']);
    // A name with its own finite verb after ", and" opens a clause of its own: it is no member of the list.
    assert.ok(!claimsOf('gp130 relays the signals of IL-6, and IL-11 raises MMP-13 in OSCC cells.', kb).some((c) => c.startsWith('IL11 signals-through')));
    assert.ok(!claimsOf('gp130 relays the signals of IL-6 and IL-11 is secreted by OSCC cells.', kb).some((c) => c.startsWith('IL11 signals-through')));
  });

  test('frames stay silent where their words appear without their structure', () => {
    assert.deepEqual(claimsOf('The role of the reviewers in this study was limited.', kb), []);
    assert.deepEqual(claimsOf('No role of IL-6 in HCC progression was found.', kb), ['NOT IL6 promotes TUMOR_PROGRESSION [ctx HCC]']);
  });

  test('a gap that must hold no gerund keeps "a role for X in limiting Y" from reading as "a role in Y"', () => {
    const [frame] = compileFrames([{ ...frames[0], name: 'gap', pattern: 'role for @subject in -3 @object', relation: 'promotes' }]);
    const read = (sentence: string) => matchFrames(tokenize(sentence, 0, sentence.length, recognizeEntities(sentence, lexiconOf(kb), new Map())), [frame]).length;
    assert.equal(read('We see a role for IL-11 in the growth of tumours.'), 1);
    assert.equal(read('We see a role for IL-11 in limiting the growth of tumours.'), 0);
  });

  test('"the main driving force for Y" is an important factor in Y: the definite article and the noun "force" (stop 39)', () => {
    assert.deepEqual(claimsOf('Tumour hypoxia is the main driving force for the migration of cancer cells.', kb), ['HYPOXIA promotes CELL_MIGRATION [ctx CANCER]']);
    assert.deepEqual(claimsOf('Akt is a key driving force of tumour cell migration.', kb), ['AKT promotes CELL_MIGRATION [ctx CANCER]']);
    // No adjective of importance: the frame stays silent.
    assert.ok(!claimsOf('Akt is the force of tumour cell migration.', kb).some((c) => /promotes CELL_MIGRATION/.test(c)));
  });

  test('a role\'s adjective says which way it acts: "the suppressive role of X in Y", "a protective role played by X"', () => {
    assert.deepEqual(claimsOf('Our data reveal the suppressive role of Akt in tumour cell migration.', kb), ['AKT suppresses CELL_MIGRATION [ctx CANCER]']);
    assert.deepEqual(claimsOf('Akt plays a protective role in tumour cell migration.', kb), ['AKT decreases CELL_MIGRATION [ctx CANCER]']);
    assert.deepEqual(claimsOf('We stress the inhibitory role played by Akt in tumour cell migration.', kb), ['AKT inhibits CELL_MIGRATION [ctx CANCER]']);
    assert.deepEqual(claimsOf('Our data reveal the central role of Akt in tumour cell migration.', kb), ['AKT promotes CELL_MIGRATION [ctx CANCER]']);
  });

  test('a fall of the object named in a frame\'s gap turns the frame round: "a factor in the decline of Y", "a role in the regression of HCC"', () => {
    assert.deepEqual(claimsOf('STAT3 plays a key role in the suppression of apoptosis.', kb), ['STAT3 suppresses APOPTOSIS']);
    assert.deepEqual(claimsOf('IL-6 is an important contributor to the decline of cell proliferation.', kb), ['IL6 suppresses CELL_PROLIFERATION']);
    // The library: CAFs promote HCC progression; their part in its regression contradicts it.
    assert.equal(onlySentence('CAFs were implicated in the regression of HCC.', kb).verdict, 'contradicted');
    // A loss of the subject in the gap ("a role for X inhibition in Y") is the subject's loss, turned once, not twice.
    assert.ok(claimsOf('There is a role for STAT3 inhibition in apoptosis.', kb).includes('STAT3 suppresses APOPTOSIS'));
  });

  test('"the role of X in limiting Y" and "X plays a role in blocking Y" are not read as X promoting Y', () => {
    for (const sentence of ['We studied the role of IL-6 in limiting tumour growth.', 'IL-11 plays a role in blocking tumour growth.']) {
      assert.ok(!claimsOf(sentence, kb).some((c) => / promotes TUMOR_GROWTH/.test(c)), sentence);
    }
    assert.deepEqual(claimsOf('IL-11 plays a role in tumour growth.', kb), ['IL11 promotes TUMOR_GROWTH']);
  });

  test('a ", which" remark on a frame\'s object comes after the frame\'s claims, so the sentence follows the main clause', () => {
    const sentence = onlySentence('STAT3 raises the expression of genes involved in tumour cell migration, which is associated with poor prognosis.', kb);
    assert.deepEqual(sentence.claims.map((c) => `${c.claim.subject.entityId} ${c.claim.relation} ${c.claim.object.entityId}`), ['STAT3 increases CELL_MIGRATION', 'CELL_MIGRATION associated-with POOR_PROGNOSIS']);
    assert.equal(sentence.verdict, 'supported');
  });

  test('a slash pair is read as the member the library has findings on when the first has none', () => {
    assert.deepEqual(claimsOf('The insulin/IGF axis has a key role in chemoresistance.', kb), ['IGF1R_PATHWAY promotes CHEMORESISTANCE']);
  });

  test('a frame\'s object named with its hyphenated cause is what the cause acts on', () => {
    assert.deepEqual(claimsOf('IL-11 plays a key role in hypoxia-induced STAT3 phosphorylation.', kb), ['IL11 promotes STAT3']);
  });

  test('a frame\'s object after its setting, a condition and a disease, is the process', () => {
    assert.deepEqual(claimsOf('The IL-11/STAT3 pathway may be involved in hypoxic tumour EMT.', kb), ['IL11_STAT3_AXIS promotes EMT [ctx CANCER,HYPOXIA]']);
  });

  test('a frame whose subject must be a condition reads "in hypoxic tumours", never "in HCC tumours"', () => {
    assert.deepEqual(claimsOf('MMP-9 was highly expressed in HCC tumours.', kb).filter((c) => c.startsWith('HCC')), []);
    assert.deepEqual(claimsOf('MMP-9 was highly expressed in hypoxic tumours.', kb), ['HYPOXIA increases MMP9 [ctx CANCER]']);
  });

  test('a causative verb with the state after its object: "renders cells resistant to", never "less resistant" or "sensitive" (h-noread)', () => {
    assert.deepEqual(claimsOf('Chronic hypoxia renders tumour cells refractory to sorafenib.', kb), ['HYPOXIA promotes SORAFENIB_RESISTANCE [ctx CANCER]']);
    assert.deepEqual(claimsOf('In these mice, CAFs made the cancer cells more resistant to chemotherapy.', kb), ['CAF promotes CHEMORESISTANCE [ctx CANCER]']);
    // "less resistant" is less resistance (stop 52, frames.ts renders-cells-less): never the rise the resistance frame read.
    assert.deepEqual(claimsOf('Hypoxia rendered the tumour cells less resistant to chemotherapy.', kb), ['HYPOXIA inhibits CHEMORESISTANCE [ctx CANCER]']);
    // "sensitive to chemotherapy" names chemosensitivity itself (stop 32), never chemoresistance: the claim is on
    // sensitivity, and the library's chemoresistance finding contradicts it.
    assert.deepEqual(claimsOf('Hypoxia renders tumour cells sensitive to chemotherapy.', kb), ['HYPOXIA promotes CHEMOSENSITIVITY [ctx CANCER]']);
    assert.deepEqual(claimsOf('Hypoxia did not render tumour cells resistant to chemotherapy.', kb), ['NOT HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]']);
  });

  test('a role that ends the sentence takes its process from the phrase fronted before the subject (h-noread)', () => {
    assert.deepEqual(claimsOf('In liver regeneration, STAT3 may also play a decisive role.', kb), ['STAT3 promotes LIVER_REGENERATION']);
    assert.deepEqual(claimsOf('During angiogenesis, STAT3 has a central role.', kb), ['STAT3 promotes ANGIOGENESIS']);
    // A role with its own "in Z" keeps Z; a denied role and a place's cells read nothing of the fronted phrase.
    assert.ok(!claimsOf('In liver regeneration, STAT3 plays a key role in angiogenesis.', kb).some((c) => c.includes('LIVER_REGENERATION')));
    assert.deepEqual(claimsOf('In liver regeneration, STAT3 plays no role.', kb), []);
    assert.deepEqual(claimsOf('In HCC cells, STAT3 plays a key role.', kb), []);
  });
});

