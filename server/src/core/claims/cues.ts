// Relation cues for knowledge-anchored reading (anchored.ts): what may stand between two entity mentions the
// library links, chunk by chunk, for the sentence to say how one acts on the other. Each row is a construction
// a biologist would name, with an example of our own that is its test (cues.test.ts reads each example and
// expects the claim in `reads`).
//
// `path` lists the chunks between the two participants (chunks.ts), adverbs left out and a relative pronoun
// after the first participant (", which") skipped: `VG` is a verb group whose verb the trigger lexicon knows,
// `VG=lead|result` one with that lemma, `:passive` its voice, `NP=role` a noun phrase with that head, `ADJP=...`
// a predicative adjective. `second` is the preposition that introduces the second participant ('' for none).
import { associationNouns, associationPrepositions, associationWordings, derivedAgentNouns, drugClassNounForms, lossGroupWords, phraseHeads, reciprocalVerbs, type ClaimRelation, type HeadSays } from './vocabulary';

/** The association verbs of vocabulary.ts associationWordings, as a path's alternatives: 'associate|correlate|link|...'. */
const associationVerbPath = associationWordings.map((row) => row.base).join('|');
import { wordTable } from '../util/wordTable';

export interface CueRow {
  name: string;
  path: string;
  second: string;
  /** Who acts: the participant written first or the one written second. */
  agent: 'first' | 'second';
  /**
   * The relation, or 'verb' (the verb group's own), 'noun' (the agent noun's, agentNounRelations) or 'adjective'
   * (the effect's, effectAdjectives: "an inhibitory effect on"; without one the row says nothing).
   */
  relation: ClaimRelation | 'verb' | 'noun' | 'adjective' | 'verb-association' | 'level';
  /**
   * The noun whose "of" phrase holds the first participant ("the inhibitory action of X on Y"); rows without it
   * read a first participant that is the clause's subject.
   */
  nominal?: string;
  /**
   * The first participant is a group that carries the entity ("X-positive tumours", "cells transfected with X",
   * bearerWords) and the second must name a change ("greater migration"): the group shows more or less of Y.
   */
  bearer?: boolean;
  /** The first participant must name a change ("a rise in IL-6 after ..."): without it nothing is said. */
  needsChange?: boolean;
  /** The first participant must be a change denied, "no change in Y" (and only such a row reads one). */
  needsNoChange?: boolean;
  /** A carrier's verb that says the second's event took place ("cells expressing X underwent EMT"): no change word needed. */
  happened?: boolean;
  /**
   * The kind of entity the second participant must be ("overexpressed in OSCC": a disease, where the row's
   * 'verb-association' relates the two, positively for a verb of more, negatively for one of less).
   */
  secondType?: 'disease';
  /** The first participant must be lost ("blockade of IL-6R with X": X is the means of the loss). */
  firstLoss?: boolean;
  example: string;
  /** The claim the example yields: "subject relation object". */
  reads: string;
}

export const cueRows: readonly CueRow[] = [
  { name: 'active verb', path: 'VG', second: '', agent: 'first', relation: 'verb', example: 'In liver cancer cells, IL-6 raised the expression of STAT3.', reads: 'IL6 increases STAT3' },
  { name: 'active verb on a change', path: 'VG', second: '', agent: 'first', relation: 'verb', example: 'Sorafenib produced a marked fall in STAT3 levels.', reads: 'SORAFENIB decreases STAT3' },
  { name: 'passive with agent', path: 'VG:passive', second: 'by', agent: 'second', relation: 'verb', example: 'STAT3 phosphorylation was strongly induced by IL-6.', reads: 'IL6 induces STAT3' },
  { name: 'changes in response to', path: 'VG PP=response', second: 'to', agent: 'second', relation: 'verb', example: 'STAT3 phosphorylation rose sharply in response to IL-6.', reads: 'IL6 increases STAT3' },
  { name: 'passive in response to', path: 'VG:passive PP=response', second: 'to', agent: 'second', relation: 'verb', example: 'STAT3 is rapidly activated in response to IL-6.', reads: 'IL6 activates STAT3' },
  { name: 'leads to', path: 'VG=lead|result|contribute|give', second: 'to|in', agent: 'first', relation: 'increases', example: 'Hypoxia leads to reduced E-cadherin expression.', reads: 'HYPOXIA decreases CDH1' },
  { name: 'role in', path: 'VG=play|have|serve NP=role|part', second: 'in', agent: 'first', relation: 'promotes', example: 'STAT3 plays a central role in the migration of cancer cells.', reads: 'STAT3 promotes CELL_MIGRATION' },
  // Issue 7, stop 48: the time a role starts from, "plays an active part from the earliest stages of Y", as "in the
  // early stages of Y" says for "role in" (the stage noun's preposition is the time's, "of" names the process).
  { name: 'role from the stages of', path: 'VG=play|have NP=role|part PP=stage|stages|step|steps|phase|phases|onset|beginning|start', second: 'of', agent: 'first', relation: 'promotes', example: 'Stromal IL-6 plays an active part from the first steps of tumour formation.', reads: 'IL6 promotes TUMORIGENESIS' },
  { name: 'role during', path: 'VG=play|have NP=role|part', second: 'during', agent: 'first', relation: 'promotes', example: 'Akt may play a decisive part during tumour progression in the liver.', reads: 'AKT promotes TUMOR_PROGRESSION' },
  { name: 'needed for', path: 'VG=be ADJP=important|essential|critical|crucial|necessary|vital|indispensable|key|central|required|responsible', second: 'for', agent: 'first', relation: 'promotes', example: 'STAT3 is essential for the migration of cancer cells.', reads: 'STAT3 promotes CELL_MIGRATION' },
  { name: 'important in', path: 'VG=be ADJP=important|essential|critical|crucial|vital|key|central|pivotal|instrumental', second: 'in', agent: 'first', relation: 'promotes', example: 'STAT3 is critical in the survival of tumour cells under stress.', reads: 'STAT3 promotes CELL_SURVIVAL' },
  // "X is capable of inducing Y": the gerund's direction is read with Y's phrase ("capable of suppressing Y": less Y).
  { name: 'capable of', path: 'VG=be ADJP=capable', second: 'of', agent: 'first', relation: 'promotes', example: 'Hypoxia is capable of suppressing E-cadherin expression in tumour cells.', reads: 'HYPOXIA suppresses CDH1' },
  { name: 'responsible for', path: 'VG=be ADJP=responsible', second: 'for', agent: 'first', relation: 'promotes', example: 'In these cells, IL-6 signalling is responsible for STAT3 activation.', reads: 'IL6 promotes STAT3' },
  { name: 'involved in', path: 'VG:passive=involve|involved|implicate|implicated', second: 'in', agent: 'first', relation: 'promotes', example: 'STAT3 is involved in the migration of tumour cells.', reads: 'STAT3 promotes CELL_MIGRATION' },
  { name: 'takes part in', path: 'VG=participate|engage', second: 'in|with', agent: 'first', relation: 'promotes', example: 'Akt actively engages with the migratory process of tumour cells.', reads: 'AKT promotes CELL_MIGRATION' },
  { name: 'required for', path: 'VG:passive=require|need', second: 'for', agent: 'first', relation: 'promotes', example: 'STAT3 is required for migration of tumour cells.', reads: 'STAT3 promotes CELL_MIGRATION' },
  { name: 'associated with', path: `VG:passive=${associationVerbPath}`, second: associationPrepositions.join('|'), agent: 'first', relation: 'associated-with', example: 'High IL-6 expression was linked to shorter survival.', reads: 'IL6 associated-with(negative) SURVIVAL' },
  { name: 'correlates with', path: `VG=${associationWordings.filter((row) => row.intransitive).map((row) => row.base).join('|')}|coincide|track`, second: 'with', agent: 'first', relation: 'associated-with', example: 'STAT3 activity correlates with tumour invasion.', reads: 'STAT3 associated-with CELL_INVASION' },
  { name: 'signals through', path: 'VG=signal|act|function|operate|work', second: 'through|via', agent: 'first', relation: 'signals-through', example: 'IL-11 signals mainly via gp130.', reads: 'IL11 signals-through GP130' },
  { name: 'binds to', path: 'VG=bind', second: 'to', agent: 'first', relation: 'binds', example: 'On tumour cells, IL-11 binds to IL-11Rα.', reads: 'IL11 binds IL11RA' },
  { name: 'agent noun', path: `VG=be NP=activator|inducer|driver|promoter|regulator|modulator|modifier|suppressor|inhibitor|mediator|determinant|trigger|enhancer|repressor|source|producer|cause|${Object.keys(derivedAgentNouns).join('|')}`, second: 'of', agent: 'first', relation: 'noun', example: 'HIF-1α is a key inducer of IL-11 expression.', reads: 'HIF1A induces IL11' },
  // The agent nouns derived from the verb lexicon (vocabulary.ts derivedAgentNouns) ride on the row above.
  { name: 'derived agent noun', path: 'VG=be NP=stimulator', second: 'of', agent: 'first', relation: 'noun', example: 'In gastric tumours, HIF-1α acts as a potent stimulator of IL-11 expression.', reads: 'HIF1A activates IL11' },
  { name: 'a predictor of', path: 'VG=be NP=predictor|marker|biomarker|indicator', second: 'of|for', agent: 'first', relation: 'noun', example: 'In these patients, nuclear STAT3 was a strong predictor of shorter survival.', reads: 'STAT3 associated-with(negative) SURVIVAL' },
  { name: 'predicts', path: 'VG=predict|forecast|indicate', second: '', agent: 'first', relation: 'associated-with', example: 'Loss of SMAD4 predicted shorter survival.', reads: 'NCBIGENE_4089 associated-with SURVIVAL' },
  { name: 'serves as', path: 'VG=emerge|serve|act|function|appear PP=as', second: 'of|for', agent: 'first', relation: 'noun', example: 'High STAT3 activity emerged as a predictor of shorter survival.', reads: 'STAT3 associated-with(negative) SURVIVAL' },
  { name: 'effect on', path: 'VG=have|exert|show|display NP=effect|impact|influence|action', second: 'on', agent: 'first', relation: 'adjective', example: 'IL-6 exerts a stimulatory effect on STAT3 activity.', reads: 'IL6 promotes STAT3' },
  { name: 'the effect of X on Y', path: '', nominal: 'effect|action|impact|influence|activity', second: 'on', agent: 'first', relation: 'adjective', example: 'The suppressive action of Akt on tumour cell migration was lost in these cells.', reads: 'AKT suppresses CELL_MIGRATION' },
  { name: 'the role of X in Y', path: '', nominal: 'role', second: 'in', agent: 'first', relation: 'promotes', example: 'These findings underline the central role of Akt in tumour cell migration.', reads: 'AKT promotes CELL_MIGRATION' },
  { name: 'no effect on', path: 'VG=have|exert|show|display NP=effect|impact|influence', second: 'on', agent: 'first', relation: 'adjective', example: 'Hypoxia had no effect on IL-6 levels.', reads: 'HYPOXIA no-effect IL6' },
  { name: 'carriers show more', path: 'VG=show|display|exhibit|have|demonstrate|acquire|gain|reveal', second: '', agent: 'first', relation: 'increases', bearer: true, example: 'IL-11Rα transfected cells displayed a greater migratory capacity than control cells.', reads: 'IL11RA increases CELL_MIGRATION' },
  { name: 'carriers undergo', path: 'VG=undergo', second: '', agent: 'first', relation: 'promotes', bearer: true, happened: true, example: 'Tumour cells engineered to express active STAT3 underwent EMT.', reads: 'STAT3 promotes EMT' },
  { name: 'carriers show more, in patients', path: 'VG=show|display|exhibit|have', second: '', agent: 'first', relation: 'increases', bearer: true, example: 'STAT3-positive tumours showed higher lymph node metastasis rates.', reads: 'STAT3 associated-with LYMPH_NODE_METASTASIS' },
  { name: 'patients with more or less of X show more', path: 'VG=show|display|exhibit|have', second: '', agent: 'first', relation: 'increases', bearer: true, example: 'Patients with a higher level of STAT3 in their tumours had shorter survival.', reads: 'STAT3 associated-with(negative) SURVIVAL' },
  { name: 'change seen after a cause', path: 'VG:passive=observe|detect|see|find|note|record|measure|show', second: 'after|following|upon', agent: 'second', relation: 'increases', needsChange: true, example: 'A marked fall in STAT3 phosphorylation was observed following treatment with sorafenib.', reads: 'SORAFENIB decreases STAT3' },
  { name: 'no change seen after a cause', path: 'VG:passive=observe|detect|see|find|note|record|measure|show', second: 'after|following|upon', agent: 'second', relation: 'no-effect', needsNoChange: true, example: 'No significant change in MMP-9 activity was detected after IL-6 stimulation.', reads: 'IL6 no-effect MMP9' },
  { name: 'change after a cause', path: '', second: 'after|following|upon', agent: 'second', relation: 'increases', needsChange: true, example: 'A rise in IL-6 levels after sorafenib treatment was seen.', reads: 'SORAFENIB increases IL6' },
  { name: 'changes after a cause', path: 'VG', second: 'after|following|upon|under', agent: 'second', relation: 'verb', example: 'MMP-9 activity rose steeply after stimulation with IL-11.', reads: 'IL11 increases MMP9' },
  { name: 'is changed after a cause', path: 'VG:passive', second: 'after|following|upon|under', agent: 'second', relation: 'verb', example: 'IL-11 secretion was clearly upregulated under hypoxic conditions.', reads: 'HYPOXIA upregulates IL11' },
  { name: 'expressed in a disease', path: 'VG:passive=overexpress|over-express|upregulate|up-regulate|elevate|increase|enhance|raise|downregulate|down-regulate|reduce|decrease|lower|underexpress', second: 'in', agent: 'first', relation: 'verb-association', secondType: 'disease', example: 'IL-11 was strongly overexpressed in OSCC tissue samples.', reads: 'IL11 associated-with OSCC' },
  { name: 'higher after a cause', path: 'VG=be ADJP=higher|greater|elevated|increased|raised|enhanced|lower|reduced|decreased|diminished', second: 'after|following|upon|under', agent: 'second', relation: 'level', example: 'IL-11 levels were higher in hypoxic tumour cells.', reads: 'HYPOXIA increases IL11' },
  { name: 'a nominal event and its agent', path: '', second: 'by', agent: 'second', relation: 'increases', example: 'The upregulation of IL-6R by sorafenib was marked.', reads: 'SORAFENIB increases IL6R' },
  { name: 'a loss and its means', path: '', second: 'with|using', agent: 'second', relation: 'increases', firstLoss: true, example: 'Blockade of IL-6R with sarilumab lowered STAT3 activity.', reads: 'SARILUMAB decreases IL6R' },
  { name: 'depends on', path: 'VG=depend|rely', second: 'on|upon', agent: 'second', relation: 'promotes', example: 'Tumour cell invasion largely depends on STAT3.', reads: 'STAT3 promotes CELL_INVASION' },
  { name: 'dependent on', path: 'VG=be ADJP=dependent|reliant|contingent', second: 'on|upon', agent: 'second', relation: 'promotes', example: 'The secretion of MMP-9 was strictly dependent on STAT3.', reads: 'STAT3 promotes MMP9' },
  { name: 'protects from', path: 'VG=protect|shield|rescue|spare NP', second: 'from', agent: 'first', relation: 'suppresses', example: 'CAFs shielded liver cancer cells from apoptosis.', reads: 'CAF suppresses APOPTOSIS' },
  { name: 'protects against', path: 'VG=protect|guard', second: 'against', agent: 'first', relation: 'suppresses', example: 'STAT3 protects against apoptosis.', reads: 'STAT3 suppresses APOPTOSIS' },
  { name: 'dispensable for', path: 'VG=be ADJP=dispensable|unnecessary|expendable', second: 'for', agent: 'first', relation: 'no-effect', example: 'STAT3 is dispensable for tumour cell migration.', reads: 'STAT3 no-effect CELL_MIGRATION' },
  // The same said of a noun the subject is: "X is a kinase essential (dispensable) for Y".
  { name: 'a noun needed for', path: 'VG=be NP ADJP=essential|critical|crucial|necessary|vital|indispensable|required', second: 'for', agent: 'first', relation: 'promotes', example: 'STAT3 is a factor indispensable for the migration of tumour cells.', reads: 'STAT3 promotes CELL_MIGRATION' },
  { name: 'a noun dispensable for', path: 'VG=be NP ADJP=dispensable|unnecessary|expendable', second: 'for', agent: 'first', relation: 'no-effect', example: 'Akt signalling is a complex and layered network dispensable for tumour cell migration.', reads: 'AKT no-effect CELL_MIGRATION' },
  // Negated and opposite-direction findings name their denial in the cue itself: "X caused no change in Y" (the
  // determiner "no" is the effect adjective that says no-effect), "Y was independent of X", "Y stayed unchanged after X".
  { name: 'no change in', path: 'VG=cause|produce|induce|elicit|bring|show|result|have NP=change|changes|alteration|alterations|difference|differences', second: 'in', agent: 'first', relation: 'adjective', example: 'Sorafenib produced no measurable change in IL-6R expression.', reads: 'SORAFENIB no-effect IL6R' },
  { name: 'lacks an effect on', path: 'VG=lack NP=effect|effects|impact|influence', second: 'on', agent: 'first', relation: 'no-effect', example: 'In these cells, sorafenib lacked any effect on IL-6R levels.', reads: 'SORAFENIB no-effect IL6R' },
  { name: 'independent of', path: 'VG=be ADJP=independent', second: 'of|from', agent: 'second', relation: 'no-effect', example: 'The invasion of these tumour cells was largely independent of STAT3.', reads: 'STAT3 no-effect CELL_INVASION' },
  { name: 'unchanged after a cause', path: 'VG=remain|stay|be ADJP=unchanged|unaltered|unaffected', second: 'after|following|upon|despite', agent: 'second', relation: 'no-effect', example: 'IL-11 secretion remained unchanged despite prolonged hypoxia.', reads: 'HYPOXIA no-effect IL11' },
  { name: 'is unchanged after a cause', path: 'VG:passive=unchange|unalter|unaffect', second: 'after|following|upon|despite', agent: 'second', relation: 'no-effect', example: 'MMP-9 activity was unchanged following IL-6 stimulation of the cells.', reads: 'IL6 no-effect MMP9' },
  { name: 'unaffected by', path: 'VG:passive=unaffect|unchange|unalter', second: 'by', agent: 'second', relation: 'no-effect', example: 'MMP-3 levels were unaffected by STAT3 knockdown.', reads: 'STAT3 no-effect MMP3' },
  // Issue 7, stop 37: the same after a verb of staying, "Y remained unaltered by X", and of leaving, "Y was left unchanged by X".
  { name: 'stays unaffected by', path: 'VG=remain|stay ADJP=unchanged|unaltered|unaffected|untouched', second: 'by', agent: 'second', relation: 'no-effect', example: 'Vimentin levels stayed unaltered by hypoxia in these tumour cells.', reads: 'HYPOXIA no-effect VIM' },
  { name: 'left unaffected by', path: 'VG:passive=leave ADJP=unchanged|unaltered|unaffected|untouched|intact', second: 'by', agent: 'second', relation: 'no-effect', example: 'Akt phosphorylation was left intact by sorafenib.', reads: 'SORAFENIB no-effect AKT' },
  { name: 'a factor in', path: 'VG=be NP=factor|factors|player|players|component|contributor|mechanism|step|element|mediator', second: 'in', agent: 'first', relation: 'promotes', example: 'Hypoxia is a decisive factor in the metastasis of breast tumours.', reads: 'HYPOXIA promotes METASTASIS' },
  // Stop 53: a step (event, stage) named by the time it takes place in, "X is an essential (a dispensable) step during
  // Y", is the same part of Y; only the nouns of a stage, since "a factor during Y" may name a marker of a period.
  { name: 'a step during', path: 'VG=be NP=step|steps|event|events|stage|stages', second: 'during', agent: 'first', relation: 'promotes', example: 'EMT is an essential step during the invasion of tumour cells.', reads: 'EMT promotes CELL_INVASION' },
  // Stop 48: a process named as a part of another, "X is an essential process in Y", says what "a step in" says (the
  // frames' key-pathway-in reads the copula alone; this row reads it after a coordinated predicate, "X is central
  // in A and is regarded as an essential process in Y"). "in which ..." names nothing, so a definition reads no pair.
  { name: 'a process in', path: 'VG=be NP=process|processes', second: 'in', agent: 'first', relation: 'promotes', example: 'Across carcinomas, EMT is taken to be a decisive process in the invasion of tumour cells.', reads: 'EMT promotes CELL_INVASION' },
  // Issue 7, stop 38: the same role named after a verb of becoming or serving, "X has emerged as a key player in Y",
  // "X acts as a major contributor in Y" (the copula's row above reads "is a factor in" only). Heads of a part in a
  // process only: "serves as a mediator (a mechanism) in" may name a route, not a cause.
  { name: 'emerges as a factor in', path: 'VG=emerge|serve|act|function PP=factor|factors|player|players|contributor|contributors', second: 'in', agent: 'first', relation: 'promotes', example: 'In recent work, HIF-1α has emerged as a central player in the invasion of tumour cells.', reads: 'HIF1A promotes CELL_INVASION' },
  { name: 'a therapeutic target in', path: 'VG=be|represent|constitute|become|remain NP=target|targets', second: 'in|for', agent: 'first', relation: 'promotes', example: 'STAT3 is an attractive therapeutic target in tumour cell invasion.', reads: 'STAT3 promotes CELL_INVASION' },
  { name: 'serves as a therapeutic target in', path: 'VG=serve|act|emerge|function PP=target|targets', second: 'in|for', agent: 'first', relation: 'promotes', example: 'IL-11 may serve as a new molecular therapeutic target in metastasis.', reads: 'IL11 promotes METASTASIS' },
  { name: 'raises genes involved in', path: 'VG NP=expression|level|levels|transcription|production PP=genes|factors|mediators|regulators|molecules|proteins ADJP=involved|implicated', second: 'in', agent: 'first', relation: 'verb', example: 'In tumour cells, IL-6 raises the expression of genes involved in cell migration.', reads: 'IL6 increases CELL_MIGRATION' },
  // Stop 44: the same genes named by what they are linked (related) to or associated with (frames.ts raises-genes-linked-to).
  { name: 'raises genes linked to', path: `VG NP=expression|level|levels|transcription|production PP=genes|factors|mediators|regulators|molecules|proteins VG=${associationVerbPath}`, second: associationPrepositions.join('|'), agent: 'first', relation: 'verb', example: 'Hypoxia boosts the transcription of genes associated with invasion in oral tumour cells.', reads: 'HYPOXIA increases CELL_INVASION' },
  { name: 'a class with roles in', path: 'VG=be NP PP=function|functions|role|roles', second: 'in', agent: 'first', relation: 'promotes', example: 'IL-11 is a cytokine with several roles in tumour growth and bone remodelling.', reads: 'IL11 promotes TUMOR_GROWTH' },
  { name: 'agent noun with to or for', path: 'VG=be NP=contributor|stimulus|trigger|driver|determinant|inducer|condition|prerequisite|precondition|requirement', second: 'to|for', agent: 'first', relation: 'noun', example: 'HIF-1α seems to be a major contributor to tumour cell invasion.', reads: 'HIF1A promotes CELL_INVASION' },
];

/**
 * Clauses whose gerund shares the subject of the predicate before them: the means ("X raises Y by inducing Z":
 * X induces Z) and the consequence ("X activates Y, thereby inducing Z"). For a pair whose second participant is
 * the object of such a gerund, the predicate before the clause is the sentence's other claim and is passed over
 * (its objects with it); later gerunds of the same chain ("by inducing A and activating B") share the subject
 * too. `opener` is the chunk that opens the clause: a bare preposition, or a comma with one of `adverbs` (or none).
 */
export interface SharedSubjectClause {
  name: string;
  opener: string;
  adverbs: string;
  example: string;
  reads: string;
}

export const sharedSubjectClauses: readonly SharedSubjectClause[] = [
  { name: 'means', opener: 'by|through|via', adverbs: '', example: 'IL-6 promotes tumour invasion by inducing MMP-9 expression.', reads: 'IL6 induces MMP9' },
  { name: 'means, a chain of gerunds', opener: 'by|through|via', adverbs: '', example: 'Hypoxia favours spread by loosening cell contacts and inducing EMT.', reads: 'HYPOXIA induces EMT' },
  { name: 'consequence', opener: ',', adverbs: 'thereby|thus|hence|consequently|subsequently|ultimately', example: 'IL-11 activates STAT3, thereby raising MMP-13 levels.', reads: 'IL11 increases MMP13' },
  { name: 'consequence, a verb of leading', opener: ',', adverbs: 'thereby|thus|ultimately', example: 'HIF-1α accumulates in the tumour core, leading to IL-11 secretion.', reads: 'HIF1A increases IL11' },
];

/**
 * Associations stated of two participants joined by "and": "a positive correlation between X and Y" (the noun
 * before "between", or before a passive of `findings` before it; after "between" a list whose later members each
 * go with the first, the first member's places between), "X and Y levels were inversely correlated" (a reciprocal passive after both). Negative
 * when an adjective or adverb of `negativeAssociationWords` (or "negative") qualifies it; denied by "no" or a
 * denied verb.
 */
export const reciprocalAssociations = {
  nouns: new Set(associationNouns),
  verbs: new Set(reciprocalVerbs),
  /** Passives of finding between the noun and "between": "a positive association was observed between X and Y". */
  findings: new Set(['observed', 'found', 'noted', 'seen', 'detected', 'shown', 'demonstrated', 'identified', 'established']),
  examples: [
    { example: 'We found a significant inverse correlation between STAT3 expression and overall survival.', reads: 'STAT3 associated-with(negative) OVERALL_SURVIVAL' },
    { example: 'A clear positive association was seen between IL-6 levels and STAT3 activity.', reads: 'IL6 associated-with STAT3' },
    // The first member's places, then a list: each later member goes with the first.
    { example: 'A strong association was noted between IL-11 levels in OSCC tissue, lymph node metastasis and clinical stage.', reads: 'IL11 associated-with LYMPH_NODE_METASTASIS' },
    { example: 'IL-6 and STAT3 levels were positively correlated in tumour tissue.', reads: 'IL6 associated-with STAT3' },
  ],
};

/**
 * "X is a mechanism that promotes Y", "X is a cytokine which induces Y": a copula makes the first participant a
 * class (a noun phrase without an entity) that a relative clause opened by one of `pronouns` right after it
 * (or after a comma) describes; the relative's verb is then the first participant's. A denied copula ("is not a cytokine that
 * ...") or a relative whose subject is another noun ("a gene that Y induces") is not read so.
 */
export const classRelatives = {
  pronouns: new Set(['that', 'which']),
  examples: [
    { example: 'Tumour hypoxia is a common mechanism that promotes metastasis.', reads: 'HYPOXIA promotes METASTASIS' },
    { example: 'In tumour cells, IL-6 is a secreted signal which activates STAT3.', reads: 'IL6 activates STAT3' },
    { example: 'STAT3 is a transcription factor, which is activated by IL-6.', reads: 'IL6 activates STAT3' },
  ],
};

/**
 * "X is phosphorylated and activated by Y": a passive and a bare participle joined by "and"/"or" before the agent
 * share the auxiliary and the agent, so the last verb is a passive of that agent; verbs of opposite sign ("is
 * activated and suppressed by Y") say nothing one way.
 */
export const coordinatedPassives = {
  examples: [
    { example: 'In liver cancer cells, STAT3 is phosphorylated and activated by IL-6.', reads: 'IL6 activates STAT3' },
    { example: 'STAT3 is a nuclear transcription factor, which is phosphorylated and activated by IL-6.', reads: 'IL6 activates STAT3' },
  ],
};

/**
 * "X is overexpressed in A and contributes to B", "X mediates A, becomes activated in B, and boosts C": predicates
 * joined by "and"/"or"/"but" (or by commas in a chain that "and"/"or" closes) share the subject, so for the pair of
 * the subject and a later predicate's participant the earlier predicates go, one `links` at most, each found within
 * `span` chunks of the one before. Each predicate is a relation verb or a passive; a comma before a bare participle
 * (", induced by Y,") sets off a description, not a predicate, unless the chain's first verb is a bare past form.
 */
export const predicateChains = {
  links: 4,
  span: 6,
  examples: [
    { example: 'STAT3 is overexpressed and constitutively activated in breast tumours and contributes to cell migration.', reads: 'STAT3 increases CELL_MIGRATION' },
    { example: 'IL-6 sustains chronic inflammation in the liver, becomes elevated in many tumours, and drives angiogenesis, invasion, and metastasis.', reads: 'IL6 promotes METASTASIS' },
    { example: 'Hypoxia stabilises HIF-1α in tumour cells, is tied to poor prognosis, and promotes cell migration.', reads: 'HYPOXIA promotes CELL_MIGRATION' },
    // A copula and its class noun (no name in it), with a participle describing the noun, opens a chain too.
    { example: 'Hypoxia is a frequent condition seen in many solid tumours and is linked to poor prognosis.', reads: 'HYPOXIA associated-with POOR_PROGNOSIS' },
    { example: 'STAT3 is a transcription factor found in many cell types and drives tumour cell migration.', reads: 'STAT3 promotes CELL_MIGRATION' },
    // A first predicate that says what the subject is or where it stays, its phrases naming only settings (issue 7,
    // h-w11b34): a verb of `placingVerbs`, or a copula before a prepositional or adjective phrase.
    { example: 'CAFs reside in the stroma of liver tumours and play a central part in HCC progression.', reads: 'CAF promotes TUMOR_PROGRESSION' },
    { example: 'CAFs act as stromal components in the HCC TME, and play an essential role in HCC progression.', reads: 'CAF promotes TUMOR_PROGRESSION' },
    { example: 'CAFs are among the most abundant cells of the tumour stroma and take part in HCC progression.', reads: 'CAF promotes TUMOR_PROGRESSION' },
    { example: 'IL-11 is abundant in the tumour stroma and strongly promotes cell invasion.', reads: 'IL11 promotes CELL_INVASION' },
  ],
  /** Verbs of being something or somewhere: "act as", "reside in", "accumulate in" (lemmas). */
  placingVerbs: new Set(['act', 'serve', 'function', 'reside', 'accumulate', 'abound', 'exist', 'occur', 'localize', 'localise', 'persist', 'appear', 'emerge', 'constitute', 'represent', 'comprise', 'account']),
};

/**
 * "genes involved in A, B, and C", "contributes to A, B, and C", "was associated with A, B, and C": a list whose
 * members are joined by commas (closed by "and"/"or") shares the preposition of its first member when that
 * preposition hangs on the verb, adjective or noun before it; a fronted phrase ("In HCC, IL-6 and IL-11 ...") has
 * none before it and shares nothing. ("of" lists share it always: anchored/lists.ts listMemberPhrase.)
 */
export const attachedListPrepositions = {
  prepositions: new Set(['in', 'to', 'with', 'for', 'on', 'during']),
  examples: [
    { example: 'In these cells, STAT3 contributes to cell survival, migration, and invasion.', reads: 'STAT3 increases CELL_INVASION' },
    { example: 'High IL-6 levels were associated with lymph node metastasis, distant metastasis, and shorter survival.', reads: 'IL6 associated-with(negative) SURVIVAL' },
  ],
};

/**
 * "a key role in immune defence, fibrosis, and tumour progression": a later member of a list after a preposition
 * (one of `prepositions`, hanging on the verb, noun or adjective before it) whose first member names nothing the
 * library knows shares the preposition, the members between whatever noun phrases they are, when "and"/"or"
 * closes the list; so does a member that repeats the preposition ("during A, B and C, as well as during Y").
 * At most `members` members stand before it (anchored/lists.ts listAfterPreposition).
 */
export const prepositionLists = {
  prepositions: new Set(['in', 'during', 'to', 'for', 'with', 'on']),
  members: 6,
  examples: [
    { example: 'IL-6 serves an essential role in immune defence, fibrosis, and tumour progression.', reads: 'IL6 promotes TUMOR_PROGRESSION' },
    { example: 'Akt has been shown to play a decisive part during organ development, fibrosis and repair, as well as during tumour progression.', reads: 'AKT promotes TUMOR_PROGRESSION' },
    { example: 'In the liver, STAT3 contributes to wound repair and regrowth, and to cell migration.', reads: 'STAT3 increases CELL_MIGRATION' },
  ],
};

/**
 * "X promotes A and anti-apoptosis, migration and invasion, and angiogenesis": in a list of objects that "and" or
 * "or" closes (before the member read or after it), earlier members may be plain noun phrases or a name's loss,
 * joined by commas or "and"; they are no participants of the pair (anchored/path.ts normalizePath).
 */
export const objectLists = {
  examples: [
    { example: 'STAT3 promotes cell proliferation and anti-apoptosis, migration and invasion, and angiogenesis.', reads: 'STAT3 promotes CELL_INVASION' },
    { example: 'Hypoxia favours stemness, vessel formation, tumour growth, cell invasion and metastasis.', reads: 'HYPOXIA promotes TUMOR_GROWTH' },
  ],
};

/**
 * "Digoxin, a drug that inhibits HIF-1 activity, halts Y": a drug described (after a comma, "a"/"an" and one of
 * `nouns`) by a relative whose verb (one of `verbs`, by lemma) takes away a named target; the drug's verb after
 * the closing comma says what the target's loss does, so the target, lost, is its subject (anchored.ts
 * describedTarget). The drug itself is read as before.
 */
export const drugDescriptions = {
  nouns: new Set(['drug', 'compound', 'agent', 'molecule', 'inhibitor', 'antibody', 'medicine', 'medication']),
  verbs: new Set(['inhibit', 'block', 'target', 'antagonize', 'antagonise', 'neutralize', 'neutralise', 'suppress', 'silence', 'deplete']),
  examples: [
    { example: 'Stattic, a small molecule that inhibits STAT3, curbs the migration of tumour cells.', reads: 'STAT3 activates CELL_MIGRATION' },
    { example: 'PX-478, an agent that suppresses HIF-1α activity, lowers tumour growth, invasion and metastasis in mice.', reads: 'HIF1A increases METASTASIS' },
  ],
};

/**
 * A cause fronted before the clause whose subject changes: "In response to X, Y rose", "After X, Y levels fell".
 * `prepositions` introduce the cause (with `after` the noun a bare "to" follows: "in response to"); the verb
 * after the second participant is a relation verb with no object.
 */
export const frontedCauses = {
  prepositions: new Set(['after', 'following', 'upon', 'under']),
  toAfter: new Set(['response', 'exposure']),
  examples: [
    { example: 'In response to IL-6, STAT3 phosphorylation increased sharply.', reads: 'IL6 increases STAT3' },
    { example: 'Following sorafenib treatment, STAT3 phosphorylation declined.', reads: 'SORAFENIB decreases STAT3' },
    { example: 'Under hypoxic conditions, HIF-1α levels and IL-11 secretion rose.', reads: 'HYPOXIA increases IL11' },
    { example: 'In the presence of IL-11, MMP-9 activity increased sharply.', reads: 'IL11 increases MMP9' },
  ],
};

/**
 * "the STAT3 inhibitor stattic", "an IL-6R antibody, tocilizumab," (a drug named by the loss it brings about): a
 * name, a noun of `nouns` (its qualifiers before it), then a drug or chemical named right after, in one noun phrase
 * or as an apposition set off by commas right after it. The drug inhibits the name. Anything else between (another
 * name, a verb, "and") says nothing: "a STAT3 inhibitor and sorafenib" names two agents.
 */
export const namedLossAgents = {
  /** The class nouns (vocabulary.ts drugClassNouns). */
  nouns: drugClassNounForms,
  /** Words that may stand between the noun and the drug's name: "the JAK2 inhibitor drug ruxolitinib". */
  after: new Set(['drug', 'drugs', 'compound', 'agent', 'molecule']),
  examples: [
    { example: 'The IGF-1R inhibitor NT157 lowered tumour growth in mice.', reads: 'NT157 inhibits IGF1R' },
    { example: 'We blocked signalling with the approved IL-6Rα antibody drug, sarilumab, in xenografts.', reads: 'SARILUMAB inhibits IL6R' },
  ],
};

/**
 * Examples of the clause's subject after "such as", named in lists (in brackets or set off by commas) under class
 * nouns, before the subject's predicate: each name alone in its noun phrase shares that predicate (anchored/subjectPhrase.ts
 * exampleOfSubject). `joiners` may stand between the examples; `span` bounds the chunks walked from the name.
 */
export const subjectExamples = {
  joiners: new Set([',', 'and', 'or', '(', ')']),
  span: 40,
  examples: [
    { example: 'Indeed, several factors tied to tumour spread, such as adhesion molecules (N-cadherin, vimentin, ZEB1, and integrins), are raised in hypoxic tumours.', reads: 'HYPOXIA increases CDH2' },
    { example: 'Spread-promoting factors, such as the adhesion molecules, N-cadherin and vimentin, are strongly upregulated in hypoxic tumours.', reads: 'HYPOXIA upregulates VIM' },
  ],
};

/**
 * "Crosstalk between X and Y plays a key role in Z": an exchange between two partners, the clause's subject (the
 * noun alone, or after one article), whose predicate follows the second partner; the first partner is read as the
 * subject (anchored/subjectPhrase.ts subjectOfPhrase), what the exchange does it does through that exchange.
 */
export const exchangeNouns = {
  nouns: new Set(['crosstalk', 'cross-talk', 'interplay', 'communication', 'interaction', 'interactions', 'dialogue', 'signalling', 'signaling']),
  /** "Interplay among X and Y" says what "between" does (stop 48). */
  prepositions: new Set(['between', 'among']),
  examples: [
    { example: 'Interplay between CAFs and hepatoma cells plays a key role in tumour progression.', reads: 'CAF promotes TUMOR_PROGRESSION' },
    { example: 'Cooperative interplay among CAFs and hepatoma cells plays a key role in tumour progression.', reads: 'CAF promotes TUMOR_PROGRESSION' },
  ],
};

/** What an agent noun asserts: "a key inducer of", "a negative regulator of". */
export const agentNounRelations: Readonly<Record<string, ClaimRelation>> = wordTable({
  activator: 'activates', inducer: 'induces', driver: 'promotes', promoter: 'promotes', regulator: 'regulates', suppressor: 'suppresses',
  inhibitor: 'inhibits', mediator: 'promotes', modulator: 'regulates', modifier: 'regulates', determinant: 'promotes', trigger: 'induces', enhancer: 'increases', repressor: 'suppresses',
  contributor: 'promotes', stimulus: 'induces', source: 'increases', producer: 'increases', cause: 'promotes',
  // "a condition (prerequisite) for Y": what Y needs.
  condition: 'promotes', prerequisite: 'promotes', precondition: 'promotes', requirement: 'promotes',
  predictor: 'associated-with', marker: 'associated-with', biomarker: 'associated-with', indicator: 'associated-with',
  // Agent nouns derived from the verb lexicon: "a stimulator of" means "stimulates" (a hand row above keeps its own meaning).
  ...Object.fromEntries(Object.entries(derivedAgentNouns).filter(([noun]) => !['enhancer', 'repressor'].includes(noun))),
});

/** Adjectives that turn a role round: "a suppressive role in", "a protective role against". */
export const negativeRoleWords = new Set(['suppressive', 'tumor-suppressive', 'tumour-suppressive', 'inhibitory', 'protective', 'negative', 'antagonistic']);

/**
 * Words that make a factor a sign, not a cause: "a prognostic factor in HCC" says the factor goes with the
 * outcome of the disease, not that it drives it ('a factor in' reads nothing then).
 */
export const markerRoleWords = new Set(['prognostic', 'predictive', 'diagnostic', 'independent', 'confounding', 'stratification']);

/**
 * Words that make a target one of treatment: "a therapeutic target in Y" says X drives Y (treating it means taking
 * X away); a target without one ("a downstream target in this pathway") says nothing (the target rows read nothing).
 */
export const therapyWords = new Set(['therapeutic', 'therapy', 'treatment', 'drug', 'druggable', 'pharmacological', 'intervention']);

/** Words that make an association negative: "inversely correlated with", "an adverse predictor of". */
export const negativeAssociationWords = new Set(['inversely', 'negatively', 'reciprocally', 'inverse', 'adverse', 'unfavourable', 'unfavorable']);

/** What an effect does, by its adjective: "a stimulatory effect on", "no effect on". */
export const effectAdjectives: Readonly<Record<string, ClaimRelation>> = wordTable({
  no: 'no-effect',
  // "X had little effect on Y", "a negligible influence on": an effect denied by its size, as "contributes little to" is.
  little: 'no-effect', negligible: 'no-effect', minimal: 'no-effect', marginal: 'no-effect',
  stimulatory: 'promotes', positive: 'promotes', promoting: 'promotes', enhancing: 'increases', amplifying: 'increases',
  activating: 'activates', inhibitory: 'inhibits', suppressive: 'suppresses', negative: 'suppresses', protective: 'suppresses',
  repressive: 'suppresses', antagonistic: 'inhibits', opposite: 'suppresses',
  // The mirrors of the participles above ("the inhibiting effect of X on Y" as "the promoting effect of").
  inhibiting: 'inhibits', suppressing: 'suppresses', reducing: 'decreases', attenuating: 'suppresses', stimulating: 'promotes',
});

/**
 * An effect denied by the size its predicate gives it: "The effect of X on Y was negligible" says no-effect, as "a
 * negligible effect of X on Y" does (effectAdjectives of no-effect after one of `copulas`), and so does "was not
 * significant" (one of `negatedSizes` after a negated copula). A size that grants the effect ("was modest", "was
 * strong") gives it no direction: nothing is read.
 */
export const sizeDenials = {
  copulas: new Set(['be', 'remain', 'prove', 'seem', 'appear']),
  negatedSizes: new Set(['significant', 'appreciable', 'detectable', 'measurable', 'noticeable', 'discernible']),
  examples: [
    { text: 'The effect of STAT3 on the migration of these tumour cells was negligible.', reads: 'STAT3 no-effect CELL_MIGRATION' },
    { text: 'In thyroid tumour cells the influence of hypoxia on IL-11 secretion was not significant.', reads: 'HYPOXIA no-effect IL11' },
  ],
  /** A size that grants the effect: no claim of it. */
  granted: 'The effect of STAT3 on the migration of these tumour cells was modest.',
} as const;

/** What a level is after a cause, by the predicative adjective: "IL-11 levels were higher under hypoxia". */
export const levelAdjectives: Readonly<Record<string, ClaimRelation>> = wordTable({
  higher: 'increases', greater: 'increases', elevated: 'increases', increased: 'increases', raised: 'increases', enhanced: 'increases',
  lower: 'decreases', reduced: 'decreases', decreased: 'decreases', diminished: 'decreases', lowered: 'decreases',
});

/** Nouns after an entity that name more of it, or it at work: "IL-6 levels", "STAT3 phosphorylation". */
export const measureNouns = new Set([
  'expression', 'level', 'levels', 'activity', 'activation', 'production', 'secretion', 'phosphorylation', 'signalling', 'signaling',
  'pathway', 'protein', 'proteins', 'mrna', 'gene', 'transcription', 'abundance', 'amount', 'concentration', 'release', 'content',
  'induction', 'upregulation', 'up-regulation', 'overexpression', 'over-expression', 'increase', 'rise', 'elevation', 'accumulation',
  'gain', 'function', 'synthesis', 'stimulation', 'treatment', 'exposure', 'axis', 'cascade', 'transactivation',
  'nuclear', 'translocation', 'status', 'positivity', 'signal', 'signals', 'transduction',
  // the ligands, receptors and binding proteins around it taken as one: "the IGF system", "the plasminogen activator system"
  'system',
  // the readouts of an assay of it: "p-STAT3 immunoreactivity", "Ki-67 staining"
  'immunoreactivity', 'staining', 'immunostaining', 'labelling', 'labeling', 'intensity',
  // it coming about or growing: "HCC development", "growth promotion", "EMT onset"
  'promotion', 'enhancement', 'development', 'onset', 'emergence', 'acquisition', 'gaining',
  // how often it happens: "lymph node metastasis rates"
  'rate', 'rates', 'frequency', 'incidence',
  // the gene's parts that stand for it: "ATF3 binds the IL-6R promoter"
  'promoter', 'transcript', 'transcripts',
  // a process by its markers or programme: "EMT markers", "the EMT programme"; more of it: "HIF-1α stabilization", "a survival benefit"
  'marker', 'markers', 'program', 'programme', 'stabilization', 'stabilisation', 'benefit',
]);

/**
 * Words after an entity that make a group its carriers, with the sign of what they carry: "IL-6-positive
 * tumours", "cells overexpressing STAT3" read as "X-overexpressing cells", "STAT3-low cases"; and the groups,
 * experimental (the finding is an effect) or clinical (an association).
 */
export const bearerWords: Readonly<Record<string, 1 | -1>> = wordTable({
  positive: 1, high: 1, overexpressing: 1, 'over-expressing': 1, expressing: 1, transfected: 1, transduced: 1, bearing: 1, carrying: 1, rich: 1,
  negative: -1, low: -1,
  // Groups that lack the entity, a loss of function: "IL-6-deficient mice", "STAT3 knockdown cells", "IL-6 null animals"
  // (vocabulary.ts lossWording, its group place).
  ...Object.fromEntries([...lossGroupWords].map((w) => [w, -1 as const])),
});
/**
 * Verb groups that make cells carry a gene: "cells engineered to express X", "lines modified to overexpress X"
 * (anchored/phrases.ts bearerPhrase); before the name only an article, an adverb or a word of gainQualifiers may stand
 * ("constitutively active X"), so "a dominant-negative X" or "a kinase-dead X" (a loss) is never read as a gain.
 */
export const gainVerbGroups: ReadonlySet<string> = new Set(
  ['engineered', 'modified', 'transfected', 'transduced', 'designed', 'induced'].flatMap((v) => [`${v} to express`, `${v} to overexpress`, `${v} to over-express`]),
);
export const gainQualifiers: ReadonlySet<string> = new Set(['active', 'wild-type', 'exogenous', 'ectopic', 'full-length', 'human', 'recombinant', 'high', 'elevated']);
export const experimentalGroups = new Set(['cells', 'cell', 'lines', 'line', 'clones', 'clone', 'mice', 'animals', 'strains', 'xenografts', 'transfectants']);
export const clinicalGroups = new Set(['tumours', 'tumors', 'tumour', 'tumor', 'patients', 'cases', 'tissues', 'samples', 'specimens', 'carcinomas', 'cancers', 'lesions']);

/**
 * Head nouns after a condition (an entity of type condition: hypoxia, inflammation) that name the condition itself,
 * its surroundings or its pressure on cells: "a hypoxic microenvironment drives X", "hypoxic stress raised Y" say
 * what hypoxia does. Only the last word of the condition's noun phrase (nothing after it in the chunk).
 */
export const conditionNouns = {
  nouns: new Set(['environment', 'environments', 'microenvironment', 'microenvironments', 'milieu', 'niche', 'niches', 'conditions', 'condition', 'state', 'stress', 'insult', 'challenge']),
  examples: [
    { example: 'A hypoxic environment drives tumour cell invasion.', reads: 'HYPOXIA promotes CELL_INVASION' },
    { example: 'The hypoxic microenvironment plays a key role in tumour progression.', reads: 'HYPOXIA promotes TUMOR_PROGRESSION' },
  ],
};

/**
 * Head nouns that name an entity's own class or form, by the entity's type in the knowledge base: "the gp130
 * receptor", "the MMP-13 enzyme", "the AKT kinase", "the IL-11 cytokine" say as much of the entity as its bare
 * name, so the phrase reads as the name alone. The whole rest of the entity's noun phrase must be one of these
 * (so "IL-6 receptor", a cytokine before "receptor", stays no cytokine; "STAT3 inhibitor" and "IL-6 levels" are
 * read as before). `any` holds the nouns for every gene or protein type (the gene, its protein, its product).
 */
export const classHeads: { byType: Readonly<Record<string, ReadonlySet<string>>>; examples: readonly { example: string; reads: string }[] } = (() => {
  // "The Akt isoforms", "the STAT3 isoform": a protein's isoforms are the protein, as its gene and its product are
  // (the lead's member-and-family rule, stop 44); not "variants" or "mutants", which name an altered form.
  const geneOrProtein = ['gene', 'genes', 'protein', 'proteins', 'molecule', 'molecules', 'gene product', 'polypeptide', 'isoform', 'isoforms'];
  const heads: Record<string, string[]> = {
    cytokine: ['cytokine', 'cytokines', 'ligand', 'ligands', 'interleukin', 'chemokine'],
    'growth-factor': ['growth factor', 'growth factors', 'ligand', 'ligands', 'factor'],
    receptor: ['receptor', 'receptors', 'co-receptor', 'coreceptor', 'signal transducer', 'receptor subunit', 'subunit', 'receptor tyrosine kinase', 'tyrosine kinase receptor'],
    kinase: ['kinase', 'kinases', 'protein kinase', 'tyrosine kinase', 'enzyme'],
    'transcription-factor': ['transcription factor', 'transcription factors', 'transcriptional factor', 'factor', 'transcriptional regulator'],
    enzyme: ['enzyme', 'enzymes', 'protease', 'proteinase', 'metalloproteinase', 'collagenase', 'gelatinase'],
    protein: [],
  };
  const byType: Record<string, ReadonlySet<string>> = {};
  for (const [type, nouns] of Object.entries(heads)) byType[type] = new Set([...nouns, ...geneOrProtein]);
  return {
    byType,
    examples: [
      { example: 'The gp130 receptor drives tumour cell invasion.', reads: 'GP130 promotes CELL_INVASION' },
      { example: 'Blocking the MMP-13 enzyme lowered the invasion of tumour cells.', reads: 'MMP13 increases CELL_INVASION' },
      { example: 'Hypoxia raised the IL-11 cytokine in breast cancer cells.', reads: 'HYPOXIA increases IL11' },
      { example: 'The MMP-13 isoforms, enzymes of the matrix, have key roles in cell invasion.', reads: 'MMP13 promotes CELL_INVASION' },
    ],
  };
})();

/**
 * A class noun of classHeads ("cytokine", "kinase") that is none of the classes of an entity of `type`: "the STAT3
 * cytokine" names some cytokine the transcription factor qualifies, neither STAT3 nor cytokines in general, so
 * neither reader takes either name of it as a participant (roles.ts, anchored/phrases.ts readPhrase). Only for a name whose
 * class the lexicon says (a plain protein may be a cytokine the lexicon does not type), and not the nouns every gene
 * or protein has ("the STAT3 protein").
 */
export function otherClassNoun(word: string, type: string | undefined): boolean {
  const own = type === 'protein' ? undefined : classHeads.byType[type ?? ''];
  if (!own || own.has(word)) return false;
  const kin = kindredClasses[type ?? ''] ?? [];
  for (const [other, heads] of Object.entries(classHeads.byType)) if (other !== 'protein' && !kin.includes(other) && heads.has(word) && !classHeads.byType.protein.has(word)) return true;
  return false;
}
/**
 * A class noun of classHeads of any class ("cytokine", "growth factor"): right after a name ("the TGF-β cytokine",
 * "the STAT3 cytokine") it names the name's kind, or some thing the name qualifies, never the class in general, so
 * neither reader takes it as a participant of its own (the name's own class noun is no mention at all: mentionSenses.ts).
 */
export function isClassNoun(word: string): boolean {
  for (const heads of Object.values(classHeads.byType)) if (heads.has(word)) return true;
  return false;
}

/** Classes whose nouns writers use for one another: TGF-β is "a cytokine" as often as "a growth factor"; IGF-1R is a receptor and a kinase (and kinases are enzymes). */
const kindredClasses: Readonly<Record<string, readonly string[]>> = {
  cytokine: ['growth-factor'], 'growth-factor': ['cytokine'], receptor: ['kinase', 'enzyme'], kinase: ['receptor', 'enzyme'], enzyme: ['kinase'],
};

/**
 * Words after a name that make the phrase name something other than the entity: "STAT3 target genes", "the
 * STAT3-responsive genes", "IL-6-producing cells" are genes or cells the entity acts on or comes from, not the
 * entity, so before a verb the name is no subject of it (roles.ts). Each row is the run of words right after the
 * name (a hyphen after the name counts as a space); a word written with a leading "-" must be tied to the name by
 * a hyphen ("HIF-1-regulated genes", where "HIF-1 regulated genes" may be a verb). Loss-of-function heads ("STAT3 inhibitors", "IL-6 antibodies",
 * "STAT3 knockout mice") are not here: they keep their own reading, the entity's loss (vocabulary.ts).
 */
export const otherThingHeads: { runs: readonly (readonly string[])[]; examples: readonly { example: string; notSubject: string }[]; objectExamples: readonly { example: string; notObject: string }[] } = {
  runs: [
    // (Not "targets" alone nor "regulated genes": "ATF3 targets IL-6Rα", "STAT3 regulated genes of ..." are verbs.)
    ['target', 'genes'], ['target', 'gene'], ['target', 'proteins'], ['downstream', 'targets'], ['downstream', 'genes'],
    ['responsive', 'genes'], ['responsive', 'gene'], ['-regulated', 'genes'], ['-controlled', 'genes'],
    ['producing', 'cells'], ['secreting', 'cells'], ['producing', 'tumour', 'cells'], ['producing', 'tumor', 'cells'], ['secreting', 'tumour', 'cells'], ['secreting', 'tumor', 'cells'],
  ],
  examples: [
    { example: 'STAT3 target genes push breast cancer cells to invade.', notSubject: 'STAT3' },
    { example: 'In breast tumours, the STAT3-responsive genes drive cell invasion.', notSubject: 'STAT3' },
    { example: 'IL-6-secreting cells raise the proliferation of nearby tumour cells.', notSubject: 'IL6' },
    { example: 'The HIF-1-regulated genes speed up the invasion of tumour cells.', notSubject: 'HIF1A' },
    // A class noun of another class (otherClassNoun): neither the name nor the class noun is the subject.
    { example: 'The STAT3 cytokine drives the invasion of breast cancer cells.', notSubject: 'STAT3' },
    { example: 'The STAT3 cytokine drives the invasion of breast cancer cells.', notSubject: 'CYTOKINE' },
    { example: 'The TGF-β cytokine drives the invasion of breast cancer cells.', notSubject: 'CYTOKINE' },
  ],
  // After the verb the same heads keep the name from being the object (roles.ts, and the frames: extract.ts).
  objectExamples: [
    { example: 'Hypoxia raised the STAT3 target genes in breast cancer cells.', notObject: 'STAT3' },
    { example: 'In breast cancer cells, IL-11 raised the STAT3-responsive genes.', notObject: 'STAT3' },
    { example: 'IL-11 switched on the STAT3 cytokine in breast cancer cells.', notObject: 'STAT3' },
    { example: 'STAT3 is involved in the regulation of STAT3 downstream targets.', notObject: 'STAT3' },
  ],
};

/**
 * Nouns before "of X" that name another molecule by its relation to X: "a key regulator of STAT3", "an upstream
 * activator of IL-11", "a known target of STAT3", "the binding partners of gp130". As the subject ("Loss of a key
 * regulator of STAT3 increased invasion") the phrase names that other molecule, so X is neither the subject nor,
 * under a loss word, the one lost (roles.ts; issue 7, stop 35: read as STAT3 raising invasion). Not "inhibitor" or
 * "antagonist" (drugClassNouns: "inhibitors of JAK2" are JAK2's loss), nor "member" ("members of the IL-6 family" are
 * the family). After a copula the noun is the trigger itself ("X is a regulator of Y"), which this does not touch.
 */
export const otherThingOf: ReadonlySet<string> = new Set(
  ['regulator', 'activator', 'repressor', 'suppressor', 'modulator', 'target', 'partner', 'substrate', 'effector', 'mediator', 'interactor', 'coactivator', 'co-activator', 'cofactor', 'co-factor', 'inducer', 'ligand', 'upstream', 'downstream'].flatMap((w) => [w, `${w}s`]),
);

/**
 * Whether the words right after the name at `i` are one run of otherThingHeads: the one test of both readers, over
 * the verb reader's tokens (roles.ts) and over anchored reading's chunk words (anchored/phrases.ts readPhrase). A word that
 * is an entity or punctuation never matches.
 */
export function namesOtherThingAt(words: readonly { lower: string; hyphenBefore?: boolean; entity?: boolean; kind?: string }[], i: number): boolean {
  return otherThingHeads.runs.some((run) =>
    run.every((word, n) => {
      const w = words[i + 1 + n];
      if (!w || w.entity === true || (w.kind !== undefined && w.kind !== 'word')) return false;
      return word.startsWith('-') ? n === 0 && w.hyphenBefore === true && w.lower === word.slice(1) : w.lower === word;
    }),
  );
}

/**
 * "STAT3 double mutant cells", "STAT3 mutants": the words after the name name an altered form of it, which may gain or
 * lose function, so the name is no agent of its own and no loss of it (issue 7, stop 51: "STAT3 double mutant cells
 * showed reduced invasion" read as STAT3 lowering invasion, a false contradiction). "mutant(s)" right after the name,
 * or after one word of how many or which ("double"). A loss form before the name says which way ("a dominant-negative
 * STAT3 mutant", vocabulary.ts lossForms): the reader asks that before this (roles.ts namesOtherThing).
 */
export function namesAlteredFormAt(words: readonly { lower: string; entity?: boolean; kind?: string }[], i: number): boolean {
  const plain = (w: { lower: string; entity?: boolean; kind?: string } | undefined): boolean => w !== undefined && w.entity !== true && (w.kind === undefined || w.kind === 'word');
  const next = words[i + 1];
  if (!plain(next)) return false;
  // ("An activated STAT3 mutant raised Y": a form that says it gains function is the name acting, more of it.)
  if (plain(words[i - 1]) && gainFormWords.has(words[i - 1].lower)) return false;
  if (alteredFormNouns.has(next.lower)) return true;
  return alteredFormKinds.has(next.lower) && plain(words[i + 2]) && alteredFormNouns.has(words[i + 2].lower);
}
const alteredFormNouns = new Set(['mutant', 'mutants']);
const gainFormWords = new Set(['activated', 'active', 'activating', 'constitutively-active', 'hyperactive', 'gain-of-function', 'oncogenic']);
const alteredFormKinds = new Set(['double', 'triple', 'compound', 'point', 'missense']);

/** Nouns between an entity and a measure noun that name a form or part of it: "MMP-13 promoter activity", "STAT3 tyrosine phosphorylation". */
export const formNouns = new Set(['autocrine', 'paracrine', 'endocrine', 'juxtacrine', 'promoter', 'gene', 'mrna', 'protein', 'transcript', 'transcriptional', 'serine', 'tyrosine', 'threonine', 'receptor-bound', 'surface', 'cell-surface', 'total', 'nuclear', 'cytoplasmic']);

/**
 * Head nouns that name a process as a property of cells: "the invasive properties", "their migratory capacity",
 * "the metastatic potential", "the migratory process" are the process itself.
 */
export const propertyNouns = new Set([
  'property', 'properties', 'capacity', 'capacities', 'ability', 'abilities', 'potential', 'process', 'processes', 'phenotype',
  'phenotypes', 'behaviour', 'behaviours', 'behavior', 'behaviors', 'capability', 'capabilities', 'activity', 'nature',
]);

/** The heads of phraseHeads, each form with what it says (and whether only after a family's name). */
const headTable: ReadonlyMap<string, { says: HeadSays; family: boolean }> = new Map(phraseHeads.flatMap((row) => row.heads.map((h) => [h, { says: row.says, family: row.family === true }] as const)));

/** The singular a regular plural stands for: "cascades", "activities", "axes"; undefined for a word that is no plural. */
function singularOf(word: string): string | undefined {
  if (word === 'axes') return 'axis';
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|ss)es$/.test(word)) return word.slice(0, -2);
  if (/[^su]s$/.test(word)) return word.slice(0, -1);
  return undefined;
}

/**
 * "IL-6-mediated signalling", "hypoxia-driven signaling", "STAT3-dependent signal transduction": a participle tied to
 * the name by a hyphen, then a noun of signalling alone, is the name's own signalling (anchored/phrases.ts readPhrase), as
 * "IL-6 signalling" is. Other nouns after such a participle name what the entity acts on ("IL-6-induced expression
 * of X", "hypoxia-induced invasion") and keep their own readings.
 */
export const ownSignalling = {
  participles: new Set(['mediated', 'dependent', 'driven', 'induced', 'triggered', 'activated', 'elicited']),
  nouns: new Set(['signalling', 'signaling', 'signal', 'signals', 'transduction', 'pathway', 'pathways', 'cascade', 'cascades']),
  examples: [
    { example: 'IL-6-mediated signalling promotes tumour growth.', reads: 'IL6 promotes TUMOR_GROWTH' },
    { example: 'In these cells, IL-6-dependent signalling drives tumour growth.', reads: 'IL6 promotes TUMOR_GROWTH' },
    { example: 'IL-11-driven signal transduction promotes the invasion of tumour cells.', reads: 'IL11 promotes CELL_INVASION' },
  ],
};

/**
 * What cells make, named by a participle of making tied to the cells by a hyphen before a noun of secreted things:
 * "CAF-derived factors", "fibroblast-secreted products", "macrophage-released mediators". Cells act on their
 * neighbours through what they secrete, so the products stand for their makers and the phrase reads as the cells
 * themselves, as "factors secreted by CAFs" already did (issue 7, stop 44, h-actor44: the stage "actor, no claim
 * read", a cell's secreted products as actor). Only a cell type is a maker here: "tumour-derived factors" names a
 * place, and "IL-6-induced factors" the cause of a change (the nouns are no entities of their own: "CAF-derived
 * IL-6" is IL-6, read as before). A plural only: "a CAF-derived factor" is one molecule the library does not
 * know, not the cells' secretions, and takes no part in the sentence's claims (claims.test.ts).
 */
export const producedFactors = {
  participles: new Set(['derived', 'secreted', 'produced', 'released', 'generated', 'elaborated']),
  /** Words between the participle and the noun: "CAF-derived soluble factors". */
  qualifiers: new Set(['soluble', 'paracrine', 'diffusible', 'secretory', 'humoral', 'extracellular']),
  nouns: new Set(['factors', 'products', 'mediators', 'signals', 'secretome', 'secretomes', 'molecules', 'exosomes', 'vesicles']),
  examples: [
    { example: 'CAF-derived factors drive the invasion of liver tumour cells.', reads: 'CAF promotes CELL_INVASION' },
    { example: 'In gastric tumours, the proliferation of cancer cells is raised by CAF-secreted soluble factors.', reads: 'CAF increases CELL_PROLIFERATION' },
    { example: 'In liver tumours, CAF-released mediators fuel tumour growth.', reads: 'CAF promotes TUMOR_GROWTH' },
  ],
};

/**
 * Whether the words right after the cell type at `i` name what it makes (producedFactors): a hyphen-tied participle of
 * making, qualifiers, and a noun of secreted things that is no entity, the last word of the run. The one test of both
 * readers, over the verb reader's tokens (roles.ts) and over anchored reading's chunk words (anchored/phrases.ts readPhrase).
 */
export function namesProductsAt(words: readonly { lower: string; hyphenBefore?: boolean; entity?: boolean; kind?: string }[], i: number): boolean {
  const participle = words[i + 1];
  if (!participle?.hyphenBefore || !producedFactors.participles.has(participle.lower)) return false;
  for (let k = i + 2; k < words.length && k <= i + 4; k++) {
    const w = words[k];
    if (w.entity === true || (w.kind !== undefined && w.kind !== 'word')) return false;
    if (producedFactors.nouns.has(w.lower)) return true;
    if (!producedFactors.qualifiers.has(w.lower)) return false;
  }
  return false;
}

export { phraseHeads, type HeadSays };
/**
 * What a head noun says of the entity whose phrase it ends (phraseHeads; measureNouns say 'same'), the regular
 * plural of a head as the head; undefined when the word is none. `family`: the entity names a family.
 */
export function headSays(word: string, family = false): HeadSays | undefined {
  for (const form of [word, singularOf(word)]) {
    if (form === undefined) continue;
    const row = headTable.get(form);
    if (row && (!row.family || family)) return row.says;
    if (measureNouns.has(form)) return 'same';
  }
  // "IL-6 trans-signaling", "gp130 co-signaling": a compound whose last part is a noun of signalling says what that
  // noun says (h-tag36, stop 36: the chunker now keeps it in the name's phrase as a noun).
  const dash = word.lastIndexOf('-');
  if (dash > 0 && ownSignalling.nouns.has(word.slice(dash + 1))) return headSays(word.slice(dash + 1), family);
  return undefined;
}

/** Words before an entity in its noun phrase that say there is more or less of it. */
export const moreWords = new Set(['accelerated', 'faster', 'increased', 'elevated', 'high', 'higher', 'enhanced', 'upregulated', 'up-regulated', 'overexpressed', 'over-expressed', 'activated', 'excessive', 'raised', 'augmented', 'greater', 'stronger', 'longer', 'better', 'improved', 'prolonged', 'sustained', 'persistent', 'constitutive', 'aberrant', 'exogenous', 'recombinant', 'more']);
export const lessWords = new Set(['reduced', 'decreased', 'low', 'lower', 'impaired', 'diminished', 'suppressed', 'deficient', 'inhibited', 'downregulated', 'down-regulated', 'underexpressed', 'under-expressed', 'weaker', 'shorter', 'worse', 'poorer', 'poor', 'reduced', 'attenuated', 'blocked', 'silenced', 'depleted', 'absent', 'lost', 'delayed', 'slowed', 'slower', 'fewer', 'lowered', 'less']);

/** The verbs the rows name by lemma ("correlate", "signal", "lead"), in every regular form: the chunker's verb lexicon. */
export function isCueVerb(word: string): boolean {
  // Asked for every word of every sentence anchored reading chunks (issue 11): each word's answer is kept.
  const lower = word.toLowerCase();
  let known = cueVerbAnswers.get(lower);
  if (known === undefined) {
    known = verbStems(lower).some((stem) => cueVerbs.has(stem));
    if (cueVerbAnswers.size >= 50_000) cueVerbAnswers.clear();
    cueVerbAnswers.set(lower, known);
  }
  return known;
}
const cueVerbAnswers = new Map<string, boolean>();

/** The plain forms a regular verb form may come from: "binding" -> "bind", "correlates" -> "correlate". */
export function verbStems(word: string): string[] {
  const lower = word.toLowerCase();
  return [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ed$/, ''), lower.replace(/d$/, ''), lower.replace(/ing$/, ''), lower.replace(/ing$/, 'e'), lower.replace(/ied$|ies$/, 'y')];
}
/** The verbs of the cue rows whose second participant follows "to" ("leads to", "binds to"): "to" is their preposition. */
export const toVerbs: ReadonlySet<string> = new Set(cueRows.filter((row) => row.second.split('|').includes('to')).flatMap((row) => row.path.split(' ').filter((e) => e.startsWith('VG')).flatMap((e) => (e.split('=')[1] ?? '').split('|'))).filter((l) => l && l !== 'be'));
const cueVerbs = new Set(cueRows.flatMap((row) => row.path.split(' ').filter((e) => e.startsWith('VG')).flatMap((e) => (e.split('=')[1] ?? '').split('|')).filter((l) => l && l !== 'be')));

/**
 * Words of capacity between a subject and the verb that carries its relation: "X is able to induce Y", "X was
 * sufficient to raise Y", "X has the capacity to activate Y" (a noun after one of `holders`). The verb after "to"
 * names the relation; a capacity denied ("unable", "is not able to", a holder of `lacking`: "lacks the ability to")
 * denies it (anchored/path.ts normalizePath).
 */
export const capacityWords = {
  adjectives: new Map<string, 'granted' | 'denied'>([
    ['able', 'granted'], ['sufficient', 'granted'], ['enough', 'granted'], ['likely', 'granted'],
    ['unable', 'denied'], ['insufficient', 'denied'], ['unlikely', 'denied'],
  ]),
  nouns: new Map<string, 'granted' | 'denied'>([
    ['ability', 'granted'], ['capacity', 'granted'], ['capability', 'granted'], ['potential', 'granted'], ['power', 'granted'], ['propensity', 'granted'],
    ['inability', 'denied'], ['incapacity', 'denied'],
  ]),
  holders: new Set(['have', 'possess', 'retain', 'show', 'display', 'exhibit', 'lack', 'lose', 'acquire', 'gain']),
  lacking: new Set(['lack', 'lose']),
  examples: [
    { example: 'Hypoxia has the capacity to induce IL-11 secretion.', reads: 'HYPOXIA induces IL11' },
    { example: 'In these cells, IL-6 was unable to activate STAT3.', reads: 'IL6 not activates STAT3' },
    { example: 'IL-11 is not sufficient to raise MMP-13 levels.', reads: 'IL11 not increases MMP13' },
    { example: 'Sorafenib lacks the ability to reduce IL-6R expression.', reads: 'SORAFENIB not decreases IL6R' },
  ],
};
