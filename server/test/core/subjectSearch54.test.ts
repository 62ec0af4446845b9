// Where the reader finds a claim's subject (issue 7, stop 54), three constructions, each with sentences of our own
// that read their right claim and not the wrong one:
// - a noun of a span of time before "of", "In the course of tumorigenesis, X raises Y": the process after "of" says
//   when the claim holds, never what acts (roles.ts `phaseNounPhrase`);
// - a reduced relative on the predicate noun, "X is a state found in tumours, leading to Y": the consequence is
//   X's (anchored/path.ts `sharedSubjectClause`, the lone participle passed over);
// - a subject after the copula, "One of the main factors that contribute to Y is X": the relative clause is said of
//   the names after the copula (subjects.ts `invertedCopulaSubjects`, `invertedCopulaMembers`);
// - an infinitive or lone participle on a copula's complement, "X has been the only first-line drug to prolong Y",
//   "X is a drug and is the only one linked with Y": said of the copula's subject (subjects.ts `copulaComplementSubject`);
// - the part the subject plays between commas, "CAFs, as a major part of the tumour microenvironment, promote Y": the
//   whole it belongs to is no agent (appositions.ts, the rule 'the part the subject plays').
import * as assert from 'node:assert/strict';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { bundledKb, formatClaim, onlySentence } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const claimsOf = (text: string): string[] => onlySentence(text, kb).claims.map((c) => formatClaim(c.claim));
const reads = (text: string, claim: string): boolean => claimsOf(text).some((c) => c === claim || c.startsWith(claim + ' '));
/** Each sentence reads its right claim (when one is given) and not the wrong one. */
function readsRightNotWrong(cases: readonly [text: string, right: string | undefined, wrong: string][]): void {
  for (const [text, right, wrong] of cases) {
    if (right) assert.ok(reads(text, right), `${text}: ${claimsOf(text).join('; ')}`);
    assert.ok(!reads(text, wrong), `${text}: ${claimsOf(text).join('; ')}`);
  }
}

suite('the subject search (stop 54)', () => {
  test('a process after "the course of", "the early stages of" opening the sentence is a phase, not an agent', () => {
    readsRightNotWrong([
      ['In the course of gastric tumorigenesis, IL-11 promotes invasion.', 'IL11 promotes CELL_INVASION', 'TUMORIGENESIS promotes CELL_INVASION'],
      ['Over the course of tumour progression, IL-11 promotes invasion.', 'IL11 promotes CELL_INVASION', 'TUMOR_PROGRESSION promotes CELL_INVASION'],
      ['In the early stages of tumorigenesis, IL-11 promotes invasion.', 'IL11 promotes CELL_INVASION', 'TUMORIGENESIS promotes CELL_INVASION'],
      ['During the late phase of tumour progression, IL-6 promotes EMT.', 'IL6 promotes EMT', 'TUMOR_PROGRESSION promotes EMT'],
      ['In the process of EMT, STAT3 promotes invasion.', 'STAT3 promotes CELL_INVASION', 'EMT promotes CELL_INVASION'],
      ['In the context of inflammation, IL-6 promotes invasion.', 'IL6 promotes CELL_INVASION', 'INFLAMMATION promotes CELL_INVASION'],
    ]);
  });

  test('a condition in such a phrase is the claim\'s context, as "during hypoxia" is', () => {
    readsRightNotWrong([
      ['At the onset of hypoxia, HIF-1α promotes invasion.', 'HIF1A promotes CELL_INVASION [ctx HYPOXIA]', 'HYPOXIA promotes CELL_INVASION'],
      ['In the setting of hypoxia, IL-11 promotes invasion.', 'IL11 promotes CELL_INVASION [ctx HYPOXIA]', 'HYPOXIA promotes CELL_INVASION'],
    ]);
  });

  test('controls: no noun of time, or no opening phrase, leave the names as they were read', () => {
    readsRightNotWrong([
      // (No "of": the process after the comma is the subject.)
      ['In the process, EMT promotes invasion.', 'EMT promotes CELL_INVASION', 'NOT EMT promotes CELL_INVASION'],
      // (A passive's agent after the phase keeps its reading.)
      ['In the course of tumour progression, EMT is induced by hypoxia.', 'HYPOXIA induces EMT', 'TUMOR_PROGRESSION induces EMT'],
      // (A disease after the phrase stays the claim's setting.)
      ['In the early stages of liver fibrosis, IL-11 activates STAT3.', 'IL11 activates STAT3', 'LIVER_FIBROSIS activates STAT3'],
    ]);
  });

  test('a lone participle of where ("found in", "seen in") on the predicate noun does not cut a closing participle from its subject', () => {
    readsRightNotWrong([
      ['Hypoxia is a common condition found in solid tumours, leading to chemoresistance.', 'HYPOXIA increases CHEMORESISTANCE', 'SOLID_TUMOR increases CHEMORESISTANCE'],
      ['Hypoxia is a frequent state seen in many cancers, promoting metastasis.', 'HYPOXIA promotes METASTASIS', 'CANCER promotes METASTASIS'],
      ['Hypoxia is a hallmark observed in most solid tumours, driving invasion.', 'HYPOXIA promotes CELL_INVASION', 'SOLID_TUMOR promotes CELL_INVASION'],
      ['Hypoxia is a state encountered in many tumours, leading to radioresistance.', 'HYPOXIA increases RADIORESISTANCE', 'CANCER increases RADIORESISTANCE'],
    ]);
  });

  test('controls: a denied consequence, a clause of its own after "but", a denied copula', () => {
    readsRightNotWrong([
      ['Hypoxia is a state found in tumours, leading to no change in invasion.', undefined, 'HYPOXIA increases CELL_INVASION'],
      ['Hypoxia is a state found in tumours, but IL-6 drives EMT.', 'IL6 promotes EMT', 'HYPOXIA promotes EMT'],
      ['Hypoxia is not a state found in normal tissue, leading to invasion.', undefined, 'HYPOXIA increases CELL_INVASION'],
    ]);
  });

  test('"One of the N that V Y is X": the relative clause is said of the name after the copula', () => {
    readsRightNotWrong([
      ['One of the main factors that contribute to EMT is hypoxia.', 'HYPOXIA promotes EMT', 'NOT HYPOXIA promotes EMT'],
      ['One of the key enzymes that drive ECM remodelling is lysyl oxidase (LOX), which is raised in many cancers.', 'LOX promotes ECM_REMODELING', 'NOT LOX promotes ECM_REMODELING'],
      ['One of the main kinases that suppress apoptosis is Akt.', 'AKT suppresses APOPTOSIS', 'APOPTOSIS suppresses AKT'],
      ['A major factor that promotes metastasis is hypoxia.', 'HYPOXIA promotes METASTASIS', 'METASTASIS promotes HYPOXIA'],
      ['One of the key factors that promote invasion is IL-11.', 'IL11 promotes CELL_INVASION', 'CELL_INVASION promotes IL11'],
    ]);
  });

  test('a list after the copula: each name is a subject, none the other\'s object', () => {
    readsRightNotWrong([
      ['Among the factors which drive invasion are IL-11 and IL-6.', 'IL11 promotes CELL_INVASION', 'IL11 promotes IL6'],
      ['Among the factors which drive invasion are IL-11 and IL-6.', 'IL6 promotes CELL_INVASION', 'IL6 promotes IL11'],
    ]);
  });

  test('a class the relative clause is on gives way to its members after the copula', () => {
    readsRightNotWrong([
      ['One of the cytokines that drives invasion is IL-11.', 'IL11 promotes CELL_INVASION', 'CYTOKINE promotes IL11'],
      ['Among the cytokines which drive invasion is IL-6.', 'IL6 promotes CELL_INVASION', 'CYTOKINE promotes IL6'],
    ]);
  });

  test('controls: a denied or unnamed complement, a comma before the copula, a passive after it', () => {
    readsRightNotWrong([
      ['One of the factors that contribute to EMT is not hypoxia.', undefined, 'HYPOXIA promotes EMT'],
      ['One of the factors that contribute to EMT, as we show, is hypoxia.', undefined, 'HYPOXIA promotes EMT'],
    ]);
    // (A passive after the copula: no name follows it, so the relative clause keeps no subject.)
    assert.deepEqual(claimsOf('One of the enzymes that drive invasion is expressed by tumour cells.').filter((c) => c.endsWith(' CELL_INVASION')), []);
  });

  test('an infinitive on the complement of "has been", past two describing words, is the copula subject\'s', () => {
    readsRightNotWrong([
      ['Sorafenib has been the only first-line systemic drug to prolong overall survival in HCC.', 'SORAFENIB increases OVERALL_SURVIVAL', 'NOT SORAFENIB increases OVERALL_SURVIVAL'],
      ['Over the past decade, sorafenib has been the only first-line oral drug to prolong survival in HCC.', 'SORAFENIB increases SURVIVAL', 'NOT SORAFENIB increases SURVIVAL'],
      ['Sorafenib was the first oral multikinase drug to prolong survival in HCC.', 'SORAFENIB increases SURVIVAL', 'NOT SORAFENIB increases SURVIVAL'],
      // (A class ending the complement gives way to its member before the copula.)
      ['IL-11 has been the first cytokine to activate STAT3 in gastric cancer.', 'IL11 activates STAT3', 'CYTOKINE activates STAT3'],
    ]);
  });

  test('a second copula after "and" takes the sentence\'s subject for the verb on its complement', () => {
    readsRightNotWrong([
      ['Sorafenib is an oral inhibitor approved for advanced HCC and is the only treatment linked with a survival benefit.', 'SORAFENIB associated-with(undirected) SURVIVAL', 'NOT SORAFENIB associated-with(undirected) SURVIVAL'],
      ['Sorafenib is an oral inhibitor and has been the only drug to prolong survival in HCC.', 'SORAFENIB increases SURVIVAL', 'NOT SORAFENIB increases SURVIVAL'],
      ['IL-6 is a cytokine and is the main factor to drive EMT.', 'IL6 promotes EMT', 'EMT promotes IL6'],
    ]);
  });

  test('controls: a denied copula, a complement that names the actor, an unnamed subject', () => {
    readsRightNotWrong([
      ['IL-6 is a cytokine and is not the main factor to drive EMT.', undefined, 'IL6 promotes EMT'],
    ]);
    // (A subject the lexicon does not name: nothing is made up for it.)
    assert.deepEqual(claimsOf('Tumour cells are the only source to secrete IL-6.'), []);
    assert.deepEqual(claimsOf('The drug has been the only agent to prolong survival in HCC.'), []);
  });

  test('", as a part of Y," between the subject and its verb: the verb is the subject\'s, not the whole\'s', () => {
    readsRightNotWrong([
      ['CAFs, as a major part of the tumour microenvironment, promote invasion.', 'CAF promotes CELL_INVASION', 'TUMOR_MICROENVIRONMENT promotes CELL_INVASION'],
      ['CAFs, as members of the tumour microenvironment, promote invasion.', 'CAF promotes CELL_INVASION', 'TUMOR_MICROENVIRONMENT promotes CELL_INVASION'],
      ['CAFs, as part of the tumour stroma, promote invasion.', 'CAF promotes CELL_INVASION', 'TUMOR_MICROENVIRONMENT promotes CELL_INVASION'],
      ['CAFs, as the main source of IL-6, promote invasion.', 'CAF promotes CELL_INVASION', 'IL6 promotes CELL_INVASION'],
      ['IL-11, as a member of the IL-6 family, activates STAT3.', 'IL11 activates STAT3', 'IL6_FAMILY activates STAT3'],
      ['STAT3, as a target of IL-6, promotes invasion.', 'STAT3 promotes CELL_INVASION', 'IL6 promotes CELL_INVASION'],
    ]);
  });

  test('controls: ", as well as B," still lists a second subject', () => {
    readsRightNotWrong([
      ['IL-6, as well as IL-11, activates STAT3.', 'IL11 activates STAT3', 'NOT IL11 activates STAT3'],
      ['IL-6, as well as IL-11, activates STAT3.', 'IL6 activates STAT3', 'NOT IL6 activates STAT3'],
    ]);
  });
});
