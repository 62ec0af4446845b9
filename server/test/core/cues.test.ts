// Every relation cue's example is its own test: knowledge-anchored reading (claims/anchored.ts), reading every
// pair of the example, yields the claim the row names.
import * as assert from 'node:assert/strict';
import { analyzeDocument } from '../../src/core/analysis/analyzeDocument';
import { anchoring, readAnchored } from '../../src/core/claims/anchored';
import { sizeDenials, attachedListPrepositions, prepositionLists, objectLists, drugDescriptions, classHeads, conditionNouns, classRelatives, coordinatedPassives, predicateChains, cueRows, frontedCauses, namedLossAgents, otherThingHeads, reciprocalAssociations, sharedSubjectClauses, subjectExamples, exchangeNouns } from '../../src/core/claims/cues';
import { recognizeEntities } from '../../src/core/entities/recognize';
import { lexiconOf } from '../../src/core/entities/lexicon';
import type { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import { anchoredTriplesOf, bundledKb } from './helpers';

let kb: KnowledgeBase;
suiteSetup(async () => {
  kb = await bundledKb();
});

const anchoredClaims = (text: string): string[] => anchoredTriplesOf(text, kb);

suite('relation cues: each example', () => {
  for (const row of cueRows) {
    test(`${row.name}: ${row.example}`, () => assert.ok(anchoredClaims(row.example).includes(row.reads), `${row.reads} not in ${JSON.stringify(anchoredClaims(row.example))}`));
  }
});

suite('an effect denied by the size its predicate gives it', () => {
  for (const { text, reads } of sizeDenials.examples) test(text, () => assert.ok(anchoredClaims(text).includes(reads), JSON.stringify(anchoredClaims(text))));
  test('a size that grants the effect reads nothing', () => assert.deepEqual(anchoredClaims(sizeDenials.granted).filter((c) => c.includes('CELL_MIGRATION')), []));
});

suite('a class with roles in Y', () => {
  test('a role denied by "no" is denied', () => {
    const claims = anchoredClaims('IL-11 is a cytokine with no role in tumour growth.');
    assert.ok(claims.includes('IL11 not promotes TUMOR_GROWTH') && !claims.includes('IL11 promotes TUMOR_GROWTH'), JSON.stringify(claims));
  });
  test('a class noun that is not the subject\'s own class is another entity between', () => {
    const claims = anchoredClaims('STAT3 is a cytokine with several roles in tumour growth.');
    assert.ok(!claims.includes('STAT3 promotes TUMOR_GROWTH'), JSON.stringify(claims));
  });
});

suite('relation cues: other wordings', () => {
  test('"has emerged as (acts as, serves as) a key player (contributor, factor) in Y": X drives Y; a route through factors is no role', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    const reads = (text: string, claim: string) => assert.ok(read(text).includes(claim), `${claim} not in ${JSON.stringify(read(text))}`);
    reads('IL-11 emerges as an important player in the growth of gastric tumours.', 'IL11 promotes TUMOR_GROWTH');
    reads('STAT3 might act as a major contributor in the metastasis of breast tumours.', 'STAT3 promotes METASTASIS');
    reads('Hypoxia has served as a decisive factor in tumour cell invasion.', 'HYPOXIA promotes CELL_INVASION');
    assert.ok(!read('IL-6 acts through several mediators in tumour cell invasion.').includes('IL6 promotes CELL_INVASION'));
  });
  test('an effect denied by its size ("little", "negligible", "minimal") is no effect, as "no effect" is', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    assert.ok(read('Hypoxia had little effect on IL-11 secretion in these cells.').includes('HYPOXIA no-effect IL11'), JSON.stringify(read('Hypoxia had little effect on IL-11 secretion in these cells.')));
    assert.ok(read('Sorafenib exerted only a negligible influence on IL-6R levels.').includes('SORAFENIB no-effect IL6R'), JSON.stringify(read('Sorafenib exerted only a negligible influence on IL-6R levels.')));
    assert.ok(!read('Sorafenib exerted a marked influence on IL-6R levels.').some((c) => c.includes('no-effect')));
  });
  test('"no change in Y" denies a change: as the object it is no effect, never a rise; as the subject only "was seen after X" reads it', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    assert.deepEqual(read('Sorafenib produced no measurable change in IL-6R expression.'), ['SORAFENIB no-effect IL6R']);
    assert.ok(read('No change in IL-11 secretion was seen after hypoxic exposure of the cells.').includes('HYPOXIA no-effect IL11'), JSON.stringify(read('No change in IL-11 secretion was seen after hypoxic exposure of the cells.')));
    assert.deepEqual(read('No change in STAT3 phosphorylation raised the invasion of the cells.'), []);
  });
  test('"a negative regulator of", "a positive modulator of": the adjective gives the agent noun its direction', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    assert.ok(read('In tumour cells, STAT3 serves as a negative regulator of cell migration.').includes('STAT3 suppresses CELL_MIGRATION'), JSON.stringify(read('In tumour cells, STAT3 serves as a negative regulator of cell migration.')));
    assert.ok(read('Hypoxia is a positive modulator of IL-11 secretion.').includes('HYPOXIA promotes IL11'), JSON.stringify(read('Hypoxia is a positive modulator of IL-11 secretion.')));
  });
  test('"a modifier of" is an agent noun of regulation whose direction is left open, as "a modulator of"', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    assert.ok(read('In tumour cells, STAT3 is a central modifier of cell migration.').includes('STAT3 regulates CELL_MIGRATION'), JSON.stringify(read('In tumour cells, STAT3 is a central modifier of cell migration.')));
    assert.ok(read('Hypoxia acts as a potent modifier of IL-11 secretion.').includes('HYPOXIA regulates IL11'), JSON.stringify(read('Hypoxia acts as a potent modifier of IL-11 secretion.')));
  });
  test('"were independent predictors of poor survival" is an association with poor prognosis (plural noun, "poor" survival)', () => {
    assert.ok(anchoredClaims('High IL-11 levels were independent predictors of poor survival.').includes('IL11 associated-with POOR_PROGNOSIS'), JSON.stringify(anchoredClaims('High IL-11 levels were independent predictors of poor survival.')));
    assert.ok(anchoredClaims('Serum IL-6 is a useful marker for tumour progression.').includes('IL6 associated-with TUMOR_PROGRESSION'), JSON.stringify(anchoredClaims('Serum IL-6 is a useful marker for tumour progression.')));
  });
  test('a group that lacks the entity ("X-deficient mice", "X knockdown clones") showing a change says the opposite of X', () => {
    const read = (text: string): string[] => anchoredClaims(text);
    assert.ok(read('IL-6-deficient mice showed accelerated tumorigenesis.').includes('IL6 decreases TUMORIGENESIS'), JSON.stringify(read('IL-6-deficient mice showed accelerated tumorigenesis.')));
    assert.ok(read('STAT3 knockdown clones displayed slower migration.').includes('STAT3 increases CELL_MIGRATION'), JSON.stringify(read('STAT3 knockdown clones displayed slower migration.')));
  });
});

suite('clauses that share the subject: each example', () => {
  for (const clause of sharedSubjectClauses) {
    test(`${clause.name}: ${clause.example}`, () => assert.ok(anchoredClaims(clause.example).includes(clause.reads), `${clause.reads} not in ${JSON.stringify(anchoredClaims(clause.example))}`));
  }

  test('the predicate passed over keeps its own claim', () => {
    const claims = anchoredClaims('IL-6 promotes tumour invasion by inducing MMP-9 expression.');
    assert.ok(claims.includes('IL6 promotes CELL_INVASION'), JSON.stringify(claims));
  });

  test('a denied predicate, or a clause that is not a gerund of the subject, is not passed over', () => {
    assert.ok(!anchoredClaims('IL-6 did not promote invasion by inducing MMP-9 expression.').includes('IL6 induces MMP9'));
    assert.ok(!anchoredClaims('IL-6 promotes invasion, which STAT3 sustains by inducing MMP-9.').includes('IL6 induces MMP9'));
    assert.ok(!anchoredClaims('IL-6 promotes invasion, and cells respond by inducing MMP-9.').includes('IL6 induces MMP9'));
  });
});

suite('associations of two participants joined by "and": each example', () => {
  for (const { example, reads } of reciprocalAssociations.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a list after "between" must be closed by "and" or "or"; only its first member goes with the others', () => {
    assert.deepEqual(anchoredClaims('A positive association was found between IL-11 levels in OSCC tissue, lymph node metastasis, clinical stage.'), []);
    assert.ok(!anchoredClaims('A strong association was noted between IL-11 levels, lymph node metastasis and clinical stage.').some((c) => c.startsWith('LYMPH_NODE_METASTASIS')));
    assert.ok(anchoredClaims('No association was found between IL-6 levels and STAT3 activity.').includes('IL6 not associated-with STAT3'));
  });

  test('denied, or each member related to a third, they say no association of the two', () => {
    assert.ok(anchoredClaims('There was no correlation between IL-6 and STAT3.').includes('IL6 not associated-with STAT3'));
    assert.ok(!anchoredClaims('IL-6 and STAT3 were associated with poor survival.').some((c) => c.startsWith('IL6 associated-with STAT3')));
  });
});

suite('a class the copula makes of the first participant, described by a relative: each example', () => {
  for (const { example, reads } of classRelatives.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a denied copula, or a relative whose subject is another name, is not read so', () => {
    assert.deepEqual(anchoredClaims('IL-6 is not a secreted signal that activates STAT3.'), []);
    assert.ok(!anchoredClaims('STAT3 is a factor that IL-6 activates.').includes('STAT3 activates IL6'));
  });
});

suite('a passive and a participle that share the agent: each example', () => {
  for (const { example, reads } of coordinatedPassives.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('verbs of opposite sign say nothing; predicates with objects of their own keep the shared subject', () => {
    assert.deepEqual(anchoredClaims('STAT3 is activated and suppressed by IL-6.'), []);
    assert.ok(anchoredClaims('Hypoxia can trigger EMT and thus impede metastasis.').includes('HYPOXIA inhibits METASTASIS'));
  });
});

suite('a chain of predicates shares the subject: each example', () => {
  for (const { example, reads } of predicateChains.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a comma before a bare participle sets off a description, not a predicate of the subject', () => {
    const claims = anchoredClaims('IL-6 activates STAT3, induced by hypoxia, and drives invasion.');
    assert.ok(!claims.includes('IL6 induces HYPOXIA'), JSON.stringify(claims));
  });

  test('a denied copula opens no chain', () => {
    const claims = anchoredClaims('STAT3 is not a transcription factor found in many cell types and drives tumour cell migration.');
    assert.ok(!claims.includes('STAT3 promotes CELL_MIGRATION'), JSON.stringify(claims));
  });

  test('commas without a closing "and" join no predicates', () => {
    const claims = anchoredClaims('IL-6 activates STAT3 in liver cells, raises MMP-9 in tumours, promotes invasion.');
    assert.ok(!claims.includes('IL6 promotes CELL_INVASION'), JSON.stringify(claims));
  });

  test('a predicate that is no relation verb or passive ends the chain', () => {
    const claims = anchoredClaims('IL-6 enters the milieu of the liver, becomes elevated in tumours, and drives invasion.');
    assert.ok(!claims.includes('IL6 promotes CELL_INVASION'), JSON.stringify(claims));
  });
});

suite('a head noun that names the entity\'s own class: each example', () => {
  for (const { example, reads } of classHeads.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('other wordings: a transcription factor of two words, a receptor as subject and as object', () => {
    assert.ok(anchoredClaims('The STAT3 transcription factor drives tumour cell invasion.').includes('STAT3 promotes CELL_INVASION'));
    assert.ok(anchoredClaims('The EGFR receptor promotes the proliferation of tumour cells.').includes('NCBIGENE_1956 promotes CELL_PROLIFERATION'));
    assert.ok(anchoredClaims('IL-11 readily activates the gp130 receptor.').includes('IL11 activates GP130'));
  });

  test('a head of another class is not the name\'s: a cytokine before "receptor" reads as no cytokine', () => {
    // The lexicon names "IL-6 receptor" as IL-6R; a cytokine the lexicon gives no receptor phrase keeps its head.
    const claims = anchoredClaims('The IL-6 receptor drives tumour cell invasion.');
    assert.ok(claims.includes('IL6R promotes CELL_INVASION') && !claims.some((c) => c.startsWith('IL6 ')), JSON.stringify(claims));
    const kinase = anchoredClaims('The IL-11 kinase drives tumour cell invasion.');
    assert.ok(!kinase.some((c) => c.startsWith('IL11 ')), JSON.stringify(kinase));
  });

  test('a measure or a loss after the class head is read as after the name', () => {
    assert.ok(anchoredClaims('The gp130 receptor antibody reduced tumour cell invasion.').includes('GP130 increases CELL_INVASION'));
    assert.ok(anchoredClaims('Hypoxia raised MMP-13 enzyme activity.').includes('HYPOXIA increases MMP13'));
  });

  test('a class head with a noun after it that the phrase does not read on is no class head', () => {
    const claims = anchoredClaims('The gp130 receptor assay drives tumour cell invasion.');
    assert.ok(!claims.some((c) => c.startsWith('GP130 ')), JSON.stringify(claims));
  });

  test('a loss head stays a loss ("STAT3 inhibitor"), a measure head a measure', () => {
    assert.ok(anchoredClaims('A STAT3 inhibitor lowered the proliferation of tumour cells.').includes('STAT3 increases CELL_PROLIFERATION'));
    assert.ok(anchoredClaims('IL-6 levels correlate with tumour growth.').includes('IL6 associated-with TUMOR_GROWTH'));
  });
});

suite('a condition named by its surroundings: each example', () => {
  for (const { example, reads } of conditionNouns.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('only a condition: the surroundings of a cytokine or a cell are not that entity', () => {
    const claims = anchoredClaims('The IL-6 microenvironment drives tumour cell invasion.');
    assert.ok(!claims.includes('IL6 promotes CELL_INVASION'), JSON.stringify(claims));
  });

  test('a word after the surroundings noun ends the reading ("the hypoxic niche cells")', () => {
    const claims = anchoredClaims('Hypoxic niche cells drive tumour cell invasion.');
    assert.ok(!claims.includes('HYPOXIA promotes CELL_INVASION'), JSON.stringify(claims));
  });
});

suite('a list after a preposition whose first member names nothing known: each example', () => {
  for (const { example, reads } of prepositionLists.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a list that no "and" or "or" closes shares nothing', () => {
    const claims = anchoredClaims('IL-6 serves an essential role in immune defence, fibrosis, tumour progression.');
    assert.ok(!claims.includes('IL6 promotes TUMOR_PROGRESSION'), JSON.stringify(claims));
  });

  test('a member with a verb of its own opens the next clause', () => {
    const claims = anchoredClaims('Akt plays a part in organ development, and tumour progression follows.');
    assert.ok(!claims.includes('AKT promotes TUMOR_PROGRESSION'), JSON.stringify(claims));
  });

  test('a repeated preposition must be the same one ("in A and B, and during Y" shares nothing)', () => {
    const claims = anchoredClaims('Akt has a part in organ development and repair, and after tumour progression.');
    assert.ok(!claims.includes('AKT promotes TUMOR_PROGRESSION'), JSON.stringify(claims));
  });
});

suite('a drug described by what it takes away: the target, lost, is the subject of the drug\'s verb: each example', () => {
  for (const { example, reads } of drugDescriptions.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a description whose verb does not take the target away makes no loss of it', () => {
    const claims = anchoredClaims('Compound 7, a small molecule that activates STAT3, curbs the migration of tumour cells.');
    assert.ok(!claims.some((c) => c.startsWith('STAT3 ')), JSON.stringify(claims));
  });

  test('a denied description ("a drug that does not inhibit X") makes no loss of it', () => {
    const claims = anchoredClaims('Compound 7, a drug that does not inhibit STAT3, curbs the migration of tumour cells.');
    assert.ok(!claims.some((c) => c.startsWith('STAT3 ')), JSON.stringify(claims));
  });
});

suite('a list of objects with plain members, closed by "and" or "or": each example', () => {
  for (const { example, reads } of objectLists.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('commas alone, with no closing "and" or "or", join no list', () => {
    const claims = anchoredClaims('Hypoxia favours stemness, vessel formation, tumour growth.');
    assert.ok(!claims.includes('HYPOXIA promotes TUMOR_GROWTH'), JSON.stringify(claims));
  });
});

suite('a list after a preposition that hangs on the word before: each example', () => {
  for (const { example, reads } of attachedListPrepositions.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a plain noun or a name\'s loss ("anti-apoptosis") may stand among the members', () => {
    const claims = anchoredClaims('STAT3 contributes to cell survival, anti-apoptosis, chemoresistance, migration, and invasion.');
    assert.ok(claims.includes('STAT3 increases CELL_INVASION') && claims.includes('STAT3 decreases APOPTOSIS'), JSON.stringify(claims));
  });

  test('a list that no "and" or "or" closes shares nothing', () => {
    const claims = anchoredClaims('STAT3 contributes to cell survival, migration, invasion.');
    assert.ok(!claims.includes('STAT3 increases CELL_INVASION'), JSON.stringify(claims));
  });
});

suite('predicates joined by "and" share the subject', () => {
  test('a first predicate in the passive, with names of its own, goes for the pair of the subject and the second', () => {
    assert.ok(anchoredClaims('Raised IL-11 levels have often been seen in solid tumours and are known to be involved in metastasis.').includes('IL11 promotes METASTASIS'));
    assert.ok(anchoredClaims('IL-6 is secreted by CAFs and promotes tumour cell invasion.').includes('IL6 promotes CELL_INVASION'));
  });

  test('a name after "and" with a verb of its own is no second predicate of the subject', () => {
    assert.ok(!anchoredClaims('IL-6 is secreted by CAFs and STAT3 promotes tumour cell invasion.').includes('IL6 promotes CELL_INVASION'));
  });
});

suite('a list that shares the preposition of its first member', () => {
  test('after an "in" that hangs on the word before, with a serial comma ("in A, B, and C")', () => {
    const claims = anchoredClaims('STAT3 raises the expression of genes involved in cell survival, migration, and invasion.');
    assert.ok(claims.includes('STAT3 increases CELL_MIGRATION') && claims.includes('STAT3 increases CELL_INVASION'), JSON.stringify(claims));
    assert.ok(anchoredClaims('IL-6 raised the expression of MMP-2, MMP-9, and vimentin.').includes('IL6 increases VIM'));
  });

  test('a fronted "in" phrase is no member of the list after its comma', () => {
    assert.deepEqual(anchoredClaims('In HCC, IL-6, IL-11 and STAT3 were measured.'), []);
  });
});

suite('a factor in: a sign of a disease is no cause of it', () => {
  test('a prognostic factor says nothing of cause; a protective one turns it round', () => {
    assert.deepEqual(anchoredClaims('Hypoxia is a prognostic factor in metastasis.'), []);
    assert.ok(anchoredClaims('Hypoxia is a protective factor in metastasis.').includes('HYPOXIA suppresses METASTASIS'));
  });
});

suite('a therapeutic target in: only a target of treatment says the target drives the process', () => {
  test('a downstream target says nothing', () => {
    assert.deepEqual(anchoredClaims('STAT3 is a downstream target in tumour cell invasion.').filter((c) => c.startsWith('STAT3')), []);
  });
});

suite('whose clause a later name opens', () => {
  test('"X raised A levels and A knockdown lowered B": A\'s loss lowered B, A itself is no subject of "lowered"', () => {
    const claims = anchoredClaims('Under hypoxia, IL-6 raised STAT3 phosphorylation and STAT3 knockdown lowered tumour cell invasion.');
    assert.ok(claims.includes('STAT3 increases CELL_INVASION') && !claims.includes('STAT3 decreases CELL_INVASION'), JSON.stringify(claims));
  });

  test('a relative after a loss that an earlier predicate brought about is not said of the lost entity', () => {
    const claims = anchoredClaims('NT157 led to IRS-1 degradation, which mediated the proliferation of tumour cells.');
    assert.ok(claims.includes('NT157 decreases IRS1') && !claims.some((c) => c.startsWith('IRS1')), JSON.stringify(claims));
  });

  test('a name before "and" and a name tied to a participle of cause shares the participle: it is no object', () => {
    const claims = anchoredClaims('STAT3 silencing attenuates hypoxia and IL-11-induced cancer cell invasion.');
    assert.ok(claims.includes('STAT3 promotes CELL_INVASION') && !claims.some((c) => c.endsWith('HYPOXIA')), JSON.stringify(claims));
  });
});

suite('a cause fronted before the clause whose subject changes: each example', () => {
  for (const { example, reads } of frontedCauses.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a loss of function turns it round; a place fronted, or a verb with an object, is not a cause', () => {
    assert.ok(anchoredClaims('After knockdown of STAT3, MMP-9 levels fell.').includes('STAT3 increases MMP9'));
    assert.deepEqual(anchoredClaims('In HCC, IL-11 expression increased.'), []);
    assert.ok(!anchoredClaims('After sorafenib, IL-6 raised STAT3 levels.').some((c) => c.startsWith('SORAFENIB')));
  });
});

suite('relation cues: what they do not read', () => {
  const silent: [string, string, string][] = [
    ['another entity between the two', 'IL-6 raises IL-11 levels before STAT3 is activated.', 'IL6 increases STAT3'],
    ['a clause break between the two', 'IL-6 is abundant in tumours, whereas STAT3 is inactive.', ''],
    ['a word between them the table does not name', 'IL-6 and a drug against STAT3 were given together.', ''],
    ['a head noun that is neither more nor less of the entity', 'The IL-6 gene locus lies near the STAT3 promoter.', ''],
    ['one of a list after its head', 'Inhibitors of JAK2 and STAT3 prevented EMT.', 'STAT3 inhibits EMT'],
  ];
  for (const [why, sentence, not] of silent) {
    test(why, () => (not ? assert.ok(!anchoredClaims(sentence).includes(not), JSON.stringify(anchoredClaims(sentence))) : assert.deepEqual(anchoredClaims(sentence), [])));
  }

  test('the eval can count why a pair stayed unread (--stops)', () => {
    anchoring.stops = new Map();
    try {
      anchoredClaims('IL-6 is abundant in tumours, whereas STAT3 is inactive.');
      assert.ok((anchoring.stops.get('a function word between (comma)') ?? 0) >= 1, JSON.stringify([...anchoring.stops]));
      anchoredClaims('IL-6 raises IL-11 levels before STAT3 is activated.');
      assert.ok((anchoring.stops.get('another entity between') ?? 0) >= 1, JSON.stringify([...anchoring.stops]));
    } finally {
      anchoring.stops = undefined;
    }
  });

  test('loss of function turns the relation round, negation is kept', () => {
    assert.ok(anchoredClaims('Knockdown of HIF-1α reduced IL-11 expression.').includes('HIF1A increases IL11'));
    assert.ok(anchoredClaims('IL-6 did not increase STAT3 phosphorylation.').includes('IL6 not increases STAT3'));
  });

  test('a cue noun denied by its determiner denies the claim: "plays no role in", "is no inducer of"', () => {
    assert.ok(anchoredClaims('Akt has no role in the migration of thyroid tumour cells.').includes('AKT not promotes CELL_MIGRATION'), JSON.stringify(anchoredClaims('Akt has no role in the migration of thyroid tumour cells.')));
    assert.ok(anchoredClaims('STAT3 is no inducer of MMP-9.').includes('STAT3 not induces MMP9'), JSON.stringify(anchoredClaims('STAT3 is no inducer of MMP-9.')));
    assert.ok(anchoredClaims('Akt has a role in the migration of thyroid tumour cells.').includes('AKT promotes CELL_MIGRATION'));
  });
});

suite('relation cues: what may stand between the two', () => {
  test('the other members of a subject list', () => {
    const claims = anchoredClaims('In HCC, IL-6 and IL-11 activate STAT3.');
    assert.ok(claims.includes('IL6 activates STAT3') && claims.includes('IL11 activates STAT3'), JSON.stringify(claims));
  });

  test('a route between subject and verb is the claim\'s route', () => {
    const text = 'IL-6, via STAT3, suppresses apoptosis in liver cancer cells.';
    const claim = readAnchored(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()), kb, false, { anyPair: true }).find((c) => c.object.entityId === 'APOPTOSIS');
    assert.deepEqual([claim?.subject.entityId, claim?.relation, claim?.mediators.map((m) => m.entityId), claim?.context.map((m) => m.entityId)], ['IL6', 'suppresses', ['STAT3'], ['LIVER_CANCER']]);
  });

  test('a loss named with its means, a list of the participle\'s objects: "knockdown of X using siRNA or an antibody"', () => {
    assert.ok(anchoredClaims('Knockdown of STAT3 using siRNA or an inhibitor lowered MMP-9 expression.').includes('STAT3 increases MMP9'));
    assert.ok(anchoredClaims('Inhibition of IL-11 using small interfering RNA or an antibody lowered the migration of breast cancer cells.').includes('IL11 increases CELL_MIGRATION'));
    // (a name among the means is no means: it may be a participant of its own)
    assert.ok(!anchoredClaims('Knockdown of STAT3 using siRNA or IL-6 lowered MMP-9 expression.').includes('STAT3 increases MMP9'));
  });

  test('an apposition after the subject describes it', () => {
    assert.ok(anchoredClaims('IL-6, a pleiotropic cytokine of the tumour stroma, activates STAT3 in liver cancer cells.').includes('IL6 activates STAT3'));
  });

  test('a property noun after a process is the process: "the invasive properties of cells"', () => {
    assert.ok(anchoredClaims('Akt suppresses the invasive properties of breast cancer cells.').includes('AKT suppresses CELL_INVASION'));
  });

  test('an antibody to an entity takes it away', () => {
    assert.ok(anchoredClaims('An antibody to IL-6R lowered STAT3 phosphorylation.').includes('IL6R increases STAT3'));
  });

  test('a neutralizing antibody named after the entity takes it away, tied by a hyphen or not', () => {
    assert.ok(anchoredClaims('Tumour cell invasion was blocked by an IL-11-neutralizing antibody.').includes('IL11 activates CELL_INVASION'));
    assert.ok(anchoredClaims('Tumour cell invasion was blocked by the IL-11 neutralizing antibody.').includes('IL11 activates CELL_INVASION'));
    assert.ok(anchoredClaims('Treatment with the IL-11 neutralizing antibody lowered MMP-9 levels.').includes('IL11 increases MMP9'));
  });

  test('a plural-looking verb before "in" heads its clause: "X increases in response to Y", "X loss results in"', () => {
    assert.ok(anchoredClaims('IL-6 increases in response to hypoxia.').includes('HYPOXIA increases IL6'));
    assert.ok(anchoredClaims('STAT3 knockdown results in a reduction of tumour cell invasion.').includes('STAT3 increases CELL_INVASION'));
    assert.deepEqual(anchoredClaims('IL-6 increases in hypoxic tumours were modest.'), []);
  });

  test('a clause opened by "although" has its subject first; a name with its own verb after a comma opens the next clause', () => {
    assert.ok(anchoredClaims('Although STAT3 is activated under hypoxic conditions, its targets are unknown.').includes('HYPOXIA activates STAT3'));
    assert.ok(!anchoredClaims('Whereas IL-6 raised STAT3 phosphorylation, IL-11 did not.').includes('IL6 increases IL11'));
  });

  test('a parenthetical of coordinated phrases opened by "both" between subject and verb', () => {
    assert.ok(anchoredClaims('IL-6 secretion, both at the mRNA and protein level, rises under hypoxic conditions.').includes('HYPOXIA increases IL6'));
  });

  test('a dose of an entity is the entity given; "X is the major cause of Y"', () => {
    assert.ok(anchoredClaims('We found that 10 ng/ml of recombinant IL-6 was sufficient to raise STAT3 phosphorylation.').includes('IL6 increases STAT3'));
    assert.ok(anchoredClaims('Metastasis is the major cause of poor survival in these patients.').includes('METASTASIS promotes POOR_PROGNOSIS'));
  });

  test('a second predicate after a list of objects: "X lowered A, B, and raised C"', () => {
    const claims = anchoredClaims('Recombinant IL-6 lowered E-cadherin, claudin-1, and increased vimentin in tumour cells.');
    assert.ok(claims.includes('IL6 increases VIM'), JSON.stringify(claims));
  });

  test('a past form after a name in apposition to a common noun is the predicate, not a modifier of the noun after it', () => {
    const claims = anchoredClaims('Loss of STAT3 or its upstream kinase, JAK2, attenuated MMP-9 induction and IL-6 driven invasion.');
    assert.ok(!claims.includes('MMP9 suppresses CELL_INVASION'), JSON.stringify(claims));
  });

  test('a name after "and" with a verb of its own opens the next clause, not a later object of the first verb', () => {
    const claims = anchoredClaims('IL-6 raised STAT3 phosphorylation and STAT3 knockdown lowered tumour cell invasion.');
    assert.ok(claims.includes('IL6 increases STAT3') && !claims.includes('IL6 decreases STAT3'), JSON.stringify(claims));
    assert.ok(anchoredClaims('IL-6 raised STAT3 phosphorylation and MMP-9 secreted by tumour cells.').includes('IL6 increases MMP9'));
  });

  test('the drug that brings about a loss of function belongs to it', () => {
    assert.ok(anchoredClaims('Inhibition of STAT3 by stattic lowered MMP-2 expression.').includes('STAT3 increases MMP2'));
  });

  test('a later member of a coordination shares the preposition of the first', () => {
    assert.ok(anchoredClaims('Akt plays a central role in the onset and progression of thyroid tumours.').includes('AKT promotes TUMOR_PROGRESSION'));
  });

  test('predicates joined by "and" share their subject', () => {
    const claims = anchoredClaims('Hypoxia can trigger EMT and thus impede metastasis.');
    assert.ok(claims.includes('HYPOXIA induces EMT') && claims.includes('HYPOXIA inhibits METASTASIS'), JSON.stringify(claims));
  });

  test('an alternative ruled out with "rather than" is no participant', () => {
    const text = 'IL-6, via STAT3 rather than STAT1, suppresses apoptosis.';
    const claim = readAnchored(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()), kb, false, { anyPair: true }).find((c) => c.object.entityId === 'APOPTOSIS');
    assert.deepEqual([claim?.subject.entityId, claim?.relation, claim?.mediators.map((m) => m.entityId)], ['IL6', 'suppresses', ['STAT3']]);
  });

  test('an outcome named by its assay is linked through the process it measures', () => {
    const text = 'NT157 lowered colony formation of liver cancer cells.';
    const claims = readAnchored(text, 0, text.length, recognizeEntities(text, lexiconOf(kb), new Map()), kb, false);
    assert.deepEqual(claims.map((c) => `${c.subject.entityId} ${c.relation} ${c.object.entityId}`), ['NT157 decreases COLONY_FORMATION']);
  });

  test('"X signal transduction" is X at work', () => {
    assert.ok(anchoredClaims('IL-11 signal transduction raised MMP-13 levels.').includes('IL11 increases MMP13'));
  });

  test('exposure to a condition is the cause, as treatment with a drug is', () => {
    assert.ok(anchoredClaims('Exposure to hypoxia raised IL-11 levels.').includes('HYPOXIA increases IL11'));
  });

  test('the agent of a nominal subject acts: "matrix degradation by X promotes Y"', () => {
    assert.ok(anchoredClaims('Collagen degradation by MMP-9 promotes tumour cell invasion.').includes('MMP9 promotes CELL_INVASION'));
  });

  test('the agent of a nominal that names an entity acts too: "STAT3 activation by IL-6 promotes Y"', () => {
    assert.ok(anchoredClaims('STAT3 activation by IL-6 promotes tumour cell invasion.').includes('IL6 promotes CELL_INVASION'));
  });

  test('"was found to" before a relation verb, "in response to" as the agent', () => {
    assert.ok(anchoredClaims('IL-6 was found to upregulate STAT3 expression.').includes('IL6 upregulates STAT3'));
  });

  test('signalling mediated by X is X at work', () => {
    assert.ok(anchoredClaims('The signals mediated by gp130 are essential for the migration of tumour cells.').includes('GP130 promotes CELL_MIGRATION'));
  });

  test('the examples of a subject class act: "pathways such as X and Y restrain Z"', () => {
    const claims = anchoredClaims('Several kinases such as Akt and ERK restrain the migratory behaviour of tumour cells.');
    assert.ok(claims.includes('AKT inhibits CELL_MIGRATION') && claims.includes('ERK inhibits CELL_MIGRATION'), JSON.stringify(claims));
  });

  test('a later member of a list in the nominal\'s "of" phrase shares it', () => {
    const claims = anchoredClaims('The inhibitory effect of PI3K and Akt on tumour cell migration was lost.');
    assert.ok(claims.includes('PI3K inhibits CELL_MIGRATION') && claims.includes('AKT inhibits CELL_MIGRATION'), JSON.stringify(claims));
  });

  test('a nominal effect without an adjective of direction, or denied, says nothing or is denied', () => {
    assert.ok(!anchoredClaims('The effect of Akt on tumour cell migration was studied.').some((c) => c.includes('CELL_MIGRATION')));
    assert.ok(anchoredClaims('We did not see an inhibitory effect of Akt on tumour cell migration.').includes('AKT not inhibits CELL_MIGRATION'));
  });

  test('a past form after an apposition is the predicate, and the setting "in vivo" is no participant', () => {
    const claims = anchoredClaims('Tocilizumab, a humanised antibody, inhibited tumour growth in vivo.');
    assert.ok(claims.includes('DRUG_TOCILIZUMAB inhibits TUMOR_GROWTH'), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.includes('IN_VIVO')), JSON.stringify(claims));
  });

  test('list members the library does not know, or a name\'s inhibitor, share the list\'s role', () => {
    assert.ok(anchoredClaims('Chemokines and cytokines promote the migration of tumour cells.').includes('CYTOKINE promotes CELL_MIGRATION'));
    const inhibitors = anchoredClaims('A PI3K inhibitor or an Akt inhibitor lowered MMP-9 expression.');
    assert.ok(inhibitors.includes('PI3K increases MMP9') && inhibitors.includes('AKT increases MMP9'), JSON.stringify(inhibitors));
    const members = anchoredClaims('Akt, Rho and ERK restrain tumour cell invasion.');
    assert.ok(members.includes('AKT inhibits CELL_INVASION') && members.includes('ERK inhibits CELL_INVASION'), JSON.stringify(members));
  });

  test('a plain noun phrase between commas is an apposition, not a list member', () => {
    assert.ok(anchoredClaims('IL-6, a stromal cytokine, raises STAT3 activity.').includes('IL6 increases STAT3'));
  });

  test('an object after "but not" shares the verb, denied', () => {
    const claims = anchoredClaims('Hypoxia raised IL-11 levels but not cell migration.');
    assert.ok(claims.includes('HYPOXIA increases IL11') && claims.includes('HYPOXIA not increases CELL_MIGRATION'), JSON.stringify(claims));
  });

  test('the words between an entity and its head: a form of it, an adjective, or the means of its loss', () => {
    assert.ok(anchoredClaims('IL-6 raised MMP-9 promoter activity.').includes('IL6 increases MMP9'));
    assert.ok(anchoredClaims('An AP-1 decoy oligonucleotide lowered MMP-9 expression.').includes('AP1 increases MMP9'));
    assert.ok(anchoredClaims('IL-6 paracrine secretion raised STAT3 phosphorylation.').includes('IL6 increases STAT3'));
    assert.ok(!anchoredClaims('IL-6 raised STAT3 target gene expression.').includes('IL6 increases STAT3'));
  });

  test('carriers of an entity: the sign of what they carry, and a change needed in what they show', () => {
    assert.ok(anchoredClaims('STAT3-negative tumours showed higher lymph node metastasis rates.').includes('STAT3 associated-with(negative) LYMPH_NODE_METASTASIS'));
    assert.deepEqual(anchoredClaims('IL-6-positive cells showed migration.'), []);
  });

  test('a relative clause between commas after the subject describes it', () => {
    assert.ok(anchoredClaims('IL-6, which is secreted by fibroblasts and macrophages, activates STAT3 in liver cancer cells.').includes('IL6 activates STAT3'));
    const claims = anchoredClaims('IL-6, which activates STAT3, raises MMP-9 expression.');
    assert.ok(claims.includes('IL6 increases MMP9') && !claims.includes('STAT3 increases MMP9'), JSON.stringify(claims));
  });

  test('"Akt is" is Akt and a verb, not the plural of "Akt I" (AKT1)', () => {
    assert.ok(anchoredClaims('In liver cells, Akt is crucial for cell survival.').includes('AKT promotes CELL_SURVIVAL'));
  });

  test('"not only ... but also" adds a predicate and denies nothing; "neither ... nor" denies it of each', () => {
    const both = anchoredClaims('IL-6 not only activates STAT3 but also induces EMT.');
    assert.ok(both.includes('IL6 activates STAT3') && both.includes('IL6 induces EMT') && !both.some((c) => c.includes(' not ')), JSON.stringify(both));
    const neither = anchoredClaims('Neither IL-6 nor IL-11 altered STAT3 phosphorylation.');
    assert.ok(neither.includes('IL6 not regulates STAT3') && neither.includes('IL11 not regulates STAT3'), JSON.stringify(neither));
  });

  test('a later member of a list, or a name after "and" that opens a clause, is the subject of its own verb', () => {
    assert.ok(anchoredClaims('Tumour size stayed the same, and IL-11 raised MMP-9 secretion.').includes('IL11 increases MMP9'));
    assert.ok(anchoredClaims('Motility of the tumour cells and MMP-9 activity were lowered by STAT3 knockdown.').includes('STAT3 increases MMP9'));
    // Without a verb of its own it stays unread: "IL-6 raised A and STAT3 in cells" says nothing of STAT3 acting.
    assert.ok(!anchoredClaims('IL-6 raised the levels of MMP-9 in serum and STAT3 in tumour cells.').some((c) => c.startsWith('STAT3')));
  });

  test('a parenthetical between commas after the subject: adverbs, phrases, participles, "but not X", an apposition naming entities', () => {
    assert.ok(anchoredClaims('IL-11, in turn, activates STAT3.').includes('IL11 activates STAT3'));
    assert.ok(anchoredClaims('Sorafenib, at low micromolar doses, induced ATF3 expression.').includes('SORAFENIB induces ATF3'));
    const route = anchoredClaims('IL-11, working mainly via STAT3, drives invasion.');
    assert.ok(route.includes('IL11 promotes CELL_INVASION'), JSON.stringify(route));
    assert.ok(anchoredClaims('HIF-1α, the chief sensor of the hypoxic state, upregulates IL-11.').includes('HIF1A upregulates IL11'));
    // A finite verb inside makes it a clause of its own: nothing is read across it.
    assert.ok(!anchoredClaims('IL-6, STAT3 rises, and MMP-9 is secreted.').includes('IL6 increases MMP9'));
  });

  test('a participle after the subject with its phrases is a reduced relative clause', () => {
    assert.ok(anchoredClaims('ATF3 made in response to sorafenib upregulates IL-6R.').includes('ATF3 upregulates IL6R'));
    assert.ok(anchoredClaims('STAT3 knockdown using siRNA lowered MMP-9 secretion.').includes('STAT3 increases MMP9'));
  });

  test('a later member of a list after a head shares the head: "the expression of A and B"', () => {
    assert.ok(anchoredClaims('IL-11 raised the phosphorylation of Akt and GSK-3β.').includes('IL11 increases GSK3B'));
    assert.ok(anchoredClaims('Hypoxia lowered the levels of E-cadherin, MMP-3 and MMP-9.').includes('HYPOXIA decreases MMP9'));
  });

  test('adjuncts of the subject: a time or dose, the cells treated, the cells that make it', () => {
    assert.ok(anchoredClaims('IL-11 stimulation for six hours raised MMP-13 levels.').includes('IL11 increases MMP13'));
    assert.ok(anchoredClaims('Stimulation of breast cancer cells with IL-11 raised MMP-9 levels.').includes('IL11 increases MMP9'));
    assert.ok(anchoredClaims('IL-6 from fibroblasts lowered IGF-1 levels.').includes('IL6 decreases IGF1'));
  });

  test('a means named as a nominal event, and the agent of a nominal event', () => {
    assert.ok(anchoredClaims('IL-11 favours invasion through induction of MMP-13.').includes('IL11 increases MMP13'));
    assert.ok(anchoredClaims('Secretion of IL-6 by CAFs raised the proliferation of liver cancer cells.').includes('IL6 increases CELL_PROLIFERATION'));
    // The agent of a nominal before another entity's "of" phrase is no theme of the nominal.
    assert.ok(!anchoredClaims('STAT3 mediates the hypoxic induction of IL-11.').includes('STAT3 promotes HYPOXIA'));
  });

  test('a change under a condition, in the presence of an agent, in cells under a condition', () => {
    assert.ok(anchoredClaims('MMP-9 activity rose in the presence of IL-11.').includes('IL11 increases MMP9'));
    assert.ok(anchoredClaims('IL-11 secretion was upregulated in hypoxic MDA-MB-231 cells.').includes('HYPOXIA upregulates IL11'));
  });

  test('predicates joined by "but" share their subject', () => {
    assert.ok(anchoredClaims('Hypoxia raised IL-11 levels but had no effect on MMP-3 secretion.').includes('HYPOXIA no-effect MMP3'));
    assert.ok(anchoredClaims('IL-6 activated STAT3 but lowered IGF-1 secretion.').includes('IL6 decreases IGF1'));
  });

  test('the name after a loss of function names its agent; coordinated modifiers stay in their phrase', () => {
    assert.ok(anchoredClaims('The PI3K inhibitor LY294002 lowered MMP-9 secretion.').includes('PI3K increases MMP9'));
    assert.ok(anchoredClaims('IGF-1 has a large paracrine, autocrine and endocrine role in tumour growth.').includes('IGF1 promotes TUMOR_GROWTH'));
    assert.ok(anchoredClaims('IL-11 raised MMP-2 as well as MMP-9.').includes('IL11 increases MMP9'));
  });

  test('a place between subject and verb is context', () => {
    assert.ok(anchoredClaims('IL-6 in liver cancer cells raises STAT3 activity.').includes('IL6 increases STAT3'));
  });
});

suite('anchored reading in a sentence check', () => {
  test('the verb acting on an "X-induced Y" phrase is the main claim, not the phrase', () => {
    const sentence = analyzeDocument('markdown', 'Tocilizumab blocked IL-6-induced STAT3 phosphorylation in liver cancer cells.', kb).sentences[0];
    const main = sentence.claims[sentence.mainClaim ?? -1]?.claim;
    assert.equal(`${main?.subject.entityId} ${main?.relation} ${main?.object.entityId}`, 'DRUG_TOCILIZUMAB inhibits STAT3');
  });

});

suite('relation cues: what else may stand between the participants', () => {
  test('a sentence adverb between commas', () => {
    assert.ok(anchoredClaims('IL-11, however, failed to induce MMP-3.').includes('IL11 not induces MMP3'));
  });

  test('a route that names a list, between commas: only the subject acts', () => {
    const claims = anchoredClaims('IL-11, through gp130 and STAT3, upregulates MMP-13.');
    assert.ok(claims.includes('IL11 upregulates MMP13'), JSON.stringify(claims));
    assert.ok(!claims.some((c) => c.startsWith('STAT3') || c.startsWith('GP130')), JSON.stringify(claims));
  });

  test('cells treated with an entity carry it, as "X-treated cells" do', () => {
    assert.ok(anchoredClaims('OSCC cells treated with IL-11 displayed greater migratory capacity.').includes('IL11 increases CELL_MIGRATION'));
    // A loss of function in the treatment is not read as the entity given.
    assert.ok(!anchoredClaims('Cells treated with an IL-11 antibody showed lower MMP-13 expression.').includes('IL11 decreases MMP13'));
  });

  test('a name after its class noun is a member of the subject list', () => {
    assert.ok(anchoredClaims('IL-11 and its receptor IL-11Rα promote OSCC cell migration.').includes('IL11 promotes CELL_MIGRATION'));
  });

  test('a name excluded between commas ("X, but not Y, raised Z") is set aside; the excluded name is not read as the agent', () => {
    const claims = anchoredClaims('IL-11 treatment, but not IL-6 treatment, raised MMP-13 expression.');
    assert.ok(claims.includes('IL11 increases MMP13'), JSON.stringify(claims));
    assert.ok(!claims.includes('IL6 increases MMP13'), JSON.stringify(claims));
  });
});

suite('a drug named after the noun of the loss it brings about: each example', () => {
  for (const { example, reads } of namedLossAgents.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a second agent joined by "and", a relative between, or a name tied by a hyphen is no drug of that loss', () => {
    assert.ok(!anchoredClaims('A STAT3 inhibitor and sorafenib lowered tumour growth.').includes('SORAFENIB inhibits STAT3'));
    assert.ok(!anchoredClaims('An IL-6R antibody, which resembles tocilizumab, lowered tumour growth.').some((c) => c.includes('inhibits IL6R')));
    assert.ok(!anchoredClaims('The IL-6-induced inhibitor sorafenib lowered growth.').includes('SORAFENIB inhibits IL6'));
  });

  test('"anti-" and the noun after the name say one loss, of that name only', () => {
    const claims = anchoredClaims('The anti-IL-6R antibody tocilizumab lowered tumour growth.');
    assert.ok(claims.includes('DRUG_TOCILIZUMAB inhibits IL6R'), JSON.stringify(claims));
    assert.ok(claims.includes('DRUG_TOCILIZUMAB decreases TUMOR_GROWTH'), JSON.stringify(claims));
    assert.ok(!claims.includes('IL6R decreases TUMOR_GROWTH'), JSON.stringify(claims));
  });
});

suite('a family named by its members', () => {
  test('"family members signal through": the plain verb after the plural subject, the members standing for the family', () => {
    assert.ok(anchoredClaims('Nearly all IL-6 family members signal through gp130 on target cells.').includes('IL6_FAMILY signals-through GP130'));
    assert.ok(anchoredClaims('Most IL-6 family cytokines signal via gp130.').includes('IL6_FAMILY signals-through GP130'));
  });

  test('members of something that is no family say nothing of it; "the signal of" stays a noun', () => {
    assert.deepEqual(anchoredClaims('STAT3 members signal through gp130.'), []);
    assert.ok(!anchoredClaims('The IL-6 family members signal of gp130 was weak.').some((c) => c.includes('signals-through')));
  });
});

suite('a name that modifies a participle inside a parenthetical route is no route', () => {
  test('"X, via tumour promoting signals, plays a role during Y": no tumour mediator', () => {
    const text = 'Elevated IL-6, via tumour promoting signals, may play a large role during tumour progression.';
    const mentions = recognizeEntities(text, lexiconOf(kb), new Map());
    const claims = readAnchored(text, 0, text.length, mentions, kb, false, { anyPair: true }).filter((c) => c.subject.entityId === 'IL6' && c.object.entityId === 'TUMOR_PROGRESSION');
    assert.equal(claims.length, 1);
    assert.deepEqual(claims[0].mediators.map((m) => m.entityId), []);
    const routed = 'IL-6, via STAT3, may play a large role during tumour progression.';
    const routedClaims = readAnchored(routed, 0, routed.length, recognizeEntities(routed, lexiconOf(kb), new Map()), kb, false, { anyPair: true }).filter((c) => c.subject.entityId === 'IL6' && c.object.entityId === 'TUMOR_PROGRESSION');
    assert.deepEqual(routedClaims.map((c) => c.mediators.map((m) => m.entityId)), [['STAT3']]);
  });
});

suite('examples of the subject after "such as" share its predicate: each example', () => {
  for (const { example, reads } of subjectExamples.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('examples of an object, or of a subject that is a name, are not read so', () => {
    assert.ok(!anchoredClaims('Hypoxia raised several factors, such as N-cadherin and vimentin, in tumour cells.').some((c) => c.startsWith('VIM') || c.startsWith('CDH2')));
    assert.ok(!anchoredClaims('STAT3, such as N-cadherin and vimentin, is raised in hypoxic tumours.').some((c) => c.endsWith('VIM')));
  });

  test('a denied predicate is denied of each example', () => {
    assert.ok(anchoredClaims('Spread-promoting factors, such as the adhesion molecules, N-cadherin and vimentin, are not upregulated in hypoxic tumours.').includes('HYPOXIA not upregulates VIM'));
  });
});

suite('an exchange between two partners as the subject: each example', () => {
  for (const { example, reads } of exchangeNouns.examples) {
    test(example, () => assert.ok(anchoredClaims(example).includes(reads), `${reads} not in ${JSON.stringify(anchoredClaims(example))}`));
  }

  test('a predicate that is no relation, a noun that is no exchange, or a partner with its own phrase says nothing of the first partner', () => {
    assert.ok(!anchoredClaims('The interplay between CAFs and hepatoma cells was studied in tumour progression.').some((c) => c.startsWith('CAF')));
    assert.ok(!anchoredClaims('A comparison between CAFs and hepatoma cells plays a key role in tumour progression.').some((c) => c.startsWith('CAF')));
    assert.ok(!anchoredClaims('Interplay between CAFs and hepatoma cells of the liver plays a key role in tumour progression.').some((c) => c.startsWith('CAF')));
  });
});

suite('a clinical group with more or less of a name carries it', () => {
  test('"patients with a lower level of X had a poor prognosis": the level word gives the sign; an outcome needs no change word', () => {
    assert.ok(anchoredClaims('Cancer patients with a lower level of STAT3 had a poor prognosis.').includes('STAT3 associated-with(negative) POOR_PROGNOSIS'));
  });

  test('no level word, cells rather than patients, or a verb that is no showing: nothing carried', () => {
    assert.deepEqual(anchoredClaims('Patients with IL-6 had poorer survival.'), []);
    assert.deepEqual(anchoredClaims('Cells with a higher level of STAT3 showed greater migration.'), []);
    assert.ok(!anchoredClaims('Patients with a higher level of IL-6 were treated with sorafenib.').some((c) => c.startsWith('IL6')));
  });
});

suite('a head noun that names something other than the entity (cues.ts otherThingHeads): each example', () => {
  const subjects = (text: string): string[] => analyzeDocument('markdown', text, kb).sentences.flatMap((s) => s.claims.map(({ claim }) => claim.subject.entityId));
  for (const { example, notSubject } of otherThingHeads.examples) {
    test(example, () => assert.ok(!subjects(example).includes(notSubject), JSON.stringify(subjects(example))));
  }

  const objects = (text: string): string[] => analyzeDocument('markdown', text, kb).sentences.flatMap((s) => s.claims.map(({ claim }) => claim.object.entityId));
  for (const { example, notObject } of otherThingHeads.objectExamples) {
    test(`no object: ${example}`, () => assert.ok(!objects(example).includes(notObject), JSON.stringify(objects(example))));
  }

  test('a class noun of the name\'s own class, or a measure head, keeps the name the object', () => {
    assert.ok(objects('In breast cancer cells, IL-11 raised the levels of phosphorylated STAT3.').includes('STAT3'));
    assert.ok(subjects('The STAT3 transcription factor drives the invasion of breast cancer cells.').includes('STAT3'));
  });

  test('a name tied by a hyphen to a cause of a head the library does not know is no object of a frame', () => {
    // ("X is involved in", "X takes part in": the frames of extract.ts.)
    for (const text of ['Hypoxia is involved in IL-11-dependent shielding of breast cancer cells.', 'The IGF-1 receptor was involved in the IGF-1-mediated blunting of the drug response.']) {
      assert.ok(!objects(text).includes('IL11') && !objects(text).includes('IGF1'), `${text}: ${JSON.stringify(objects(text))}`);
    }
    // A named head after the cause is the object, as before.
    assert.ok(objects('STAT3 is involved in hypoxia-induced invasion of breast cancer cells.').includes('CELL_INVASION'));
  });

  test('anchored reading takes the same table: no pair of every example is read with the name as a participant', () => {
    for (const { example, notSubject } of otherThingHeads.examples) {
      assert.ok(!anchoredClaims(example).some((c) => c.startsWith(`${notSubject} `)), `${example}: ${JSON.stringify(anchoredClaims(example))}`);
    }
    for (const { example, notObject } of otherThingHeads.objectExamples) {
      assert.ok(!anchoredClaims(example).some((c) => c.endsWith(` ${notObject}`)), `${example}: ${JSON.stringify(anchoredClaims(example))}`);
    }
    // A measure head keeps the pair: anchored reading still reads it.
    assert.ok(anchoredClaims('STAT3 expression drives the invasion of breast cancer cells.').includes('STAT3 promotes CELL_INVASION'));
  });

  test('heads that keep the entity still make it the subject', () => {
    for (const head of ['expression', 'levels', 'signalling', 'activation']) {
      const text = `STAT3 ${head} drives the invasion of breast cancer cells.`;
      assert.ok(subjects(text).includes('STAT3'), `${text}: ${JSON.stringify(subjects(text))}`);
    }
  });

  test('a loss-of-function head keeps its own reading (the entity, inverted)', () => {
    const claims = analyzeDocument('markdown', 'STAT3 inhibitors drive the invasion of breast cancer cells.', kb).sentences.flatMap((s) => s.claims.map(({ claim }) => `${claim.subject.entityId} ${claim.relation} ${claim.object.entityId}`));
    assert.ok(claims.includes('STAT3 suppresses CELL_INVASION'), JSON.stringify(claims));
  });
});
