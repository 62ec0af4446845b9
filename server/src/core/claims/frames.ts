// Event frames: constructions of real prose that name a relation with nouns and phrases rather than with
// one verb ("treatment with X produced a marked fall in Y levels", "the role of X in the progression of Y").
// Each frame is a small rule in the style of REACH's Odin grammars: a pattern over the sentence's tokens, the
// relation it yields, and an example with the claims it reads as. The examples are tests
// (server/test/core/frames.test.ts runs every one), so a biologist can add a frame by adding a row.
//
// Pattern words, separated by spaces:
//   @subject, @object, @mediator   an entity in that role
//   word                           that word (lower case)
//   a|b|c                          any one of these words (or punctuation: "/" is the slash of "-/-")
//   ?word, ?a|b                    optionally that word (or one of them)
//   ~3                             up to three words that are neither entities nor punctuation
//   -3                             the same, none of them a gerund ("in limiting Y" is no plain "in Y")
//   =2                             the same, none of them a preposition, determiner or relative word either: words
//                                  describing the next name ("chronic intestinal Y"), never a noun's "of" ("the prevention of Y")
//   {class}                        a word of a class in `wordClasses`; the relation can come from it
//   {participle}                   a relation verb's participle ("activated", "secreted"), meaning its relation
//   {verb}                         a relation verb's finite form ("promotes", "induced"), meaning its relation
//   {gerund}                       a relation verb's -ing form ("promoting", "limiting"), meaning its relation
//   ^                              the start of the sentence
//   $                              the end of the sentence (its closing stop is no token)
//   *,                             any tokens (entities too) up to the next comma, which it takes
//   %5                             up to five tokens, words or entities (a cell type, a cancer), but no punctuation nor "not"/"no"
//   +3                             up to three words that say where an agent came from ("locally made and exogenous"): `sourceWords`
// A role also takes a slash pair as one participant: "PI3K/AKT1" is read as its first member.
import { associationParticipleList, associationPrepositions, associationWordings, determiners, isGerund, prepositions, isParticiple, lightCauseVerbs, lossGroupWords, relationNouns, verbTrigger, type ClaimRelation } from './vocabulary';
import { appositionsOf } from './appositions';
import type { Token } from './tokens';
import { wordTable } from '../util/wordTable';

/**
 * The verbs by which research links X to Y (research-links-x-to-y): every form of the association wordings
 * (vocabulary.ts associationWordings), "studies linking (associating) X with Y", and the active "tie" ("studies have
 * tied X to Y"), which says the same with research as its subject.
 */
const researchLinkVerbs = [
  ...associationWordings.flatMap((row) => [row.base, row.third, row.participle, row.gerund]),
  ...['tie', 'ties', 'tied'],
].filter((verb, i, all) => all.indexOf(verb) === i).join('|');

export interface Frame {
  name: string;
  /** What the frame reads, for a reader of this table. */
  reads: string;
  pattern: string;
  /** The relation: fixed, or the meaning of the word matched by a {class} of the pattern. */
  relation: ClaimRelation | { fromClass: string };
  polarity?: 'positive' | 'negative';
  example: string;
  /** The claims the whole reader finds in `example`, written as the claim tests write them. */
  expected: string[];
  /**
   * A participant of the frame that takes no part in the sentence's other claims: the agent of a fronted
   * participle ("Activated by hypoxia, HIF-1α induces IL-11": hypoxia does not induce IL-11 here), or the
   * route of a relative clause ("such as IL-11 that signal through gp130 drive EMT": gp130 is not the driver).
   */
  exclusive?: 'subject' | 'object';
  /** The entity types the subject may have, when the frame's words alone do not rule out a place ("in hypoxic tumours", not "in HCC tumours"). */
  subjectTypes?: string[];
  /** The entity types the object may have: "protected from tumour formation", never "susceptible to sorafenib" (a drug's effect). */
  objectTypes?: string[];
  /**
   * A word of this class in the words the frame spans gives the relation instead: "a suppressive role in Y",
   * "the protective role of X in Y" (the role's adjective says which way X acts; the plain frame reads promotes).
   */
  turnedBy?: string;
  /** The objects listed before the head object share the claim ("A, B and C are ... in Y"); off by default, as a fronted phrase "In these tumours, X ..." is no list. */
  listBefore?: boolean;
  /**
   * The subjects coordinated after the subject share the claim, where the subject closes the frame ("Z relays the
   * signals of A and B", "of A as well as B"); off by default, as most frames end in their object.
   */
  listAfter?: boolean;
  /**
   * Frames whose matches inside this one's words, or on its subject, yield to it, whatever their object: in "the role
   * of X in Y is the suppression of Z" the predicate says what the role is, so role-of-in's "X promotes Y" is not said.
   */
  supersedes?: readonly string[];
}

/** Word classes and the relation each word carries. */
const wordClassEntries: Record<string, Record<string, ClaimRelation>> = {
  change: {
    increase: 'increases', increases: 'increases', rise: 'increases', elevation: 'increases', gain: 'increases', upregulation: 'upregulates',
    'up-regulation': 'upregulates', induction: 'induces', accumulation: 'increases', surge: 'increases', boost: 'increases',
    decrease: 'decreases', decreases: 'decreases', fall: 'decreases', drop: 'decreases', decline: 'decreases', reduction: 'decreases',
    loss: 'decreases', downregulation: 'downregulates', 'down-regulation': 'downregulates', suppression: 'suppresses',
    inhibition: 'inhibits', attenuation: 'suppresses',
  },
  /**
   * A change that something undid ("the rise in Y was reversed after X"): the cause of the undoing works against the
   * change, so it lowers a rise and raises a fall (a loss of the cause turns it round once more, as everywhere).
   */
  reversedChange: {
    increase: 'inhibits', rise: 'inhibits', elevation: 'inhibits', gain: 'inhibits', upregulation: 'inhibits', 'up-regulation': 'inhibits',
    induction: 'inhibits', accumulation: 'inhibits', enhancement: 'inhibits',
    decrease: 'promotes', fall: 'promotes', drop: 'promotes', decline: 'promotes', reduction: 'promotes', loss: 'promotes',
    downregulation: 'promotes', 'down-regulation': 'promotes', attenuation: 'promotes', impairment: 'promotes',
  },
  /** Adjectives of an effect: "the inhibitory effect of X on Y". */
  effect: {
    inhibitory: 'inhibits', suppressive: 'suppresses', repressive: 'suppresses', 'tumor-suppressive': 'suppresses', 'tumour-suppressive': 'suppresses',
    protective: 'decreases', negative: 'decreases', antagonistic: 'inhibits', detrimental: 'decreases',
    stimulatory: 'promotes', promoting: 'promotes', 'growth-promoting': 'promotes', enhancing: 'increases', amplifying: 'increases',
    positive: 'increases', activating: 'activates', inductive: 'induces', causal: 'induces', driving: 'promotes', supportive: 'promotes',
  },
  /** Verbs of a change the subject undergoes, not causes: "invasion rose when ...". */
  shift: {
    increased: 'increases', rose: 'increases', grew: 'increases', doubled: 'increases', elevated: 'increases', enhanced: 'increases', upregulated: 'upregulates',
    decreased: 'decreases', fell: 'decreases', dropped: 'decreases', declined: 'decreases', diminished: 'decreases', reduced: 'decreases', downregulated: 'downregulates',
    suppressed: 'suppresses', inhibited: 'inhibits',
  },
  /**
   * Nouns of an act on what follows "of": "the suppression of Y", "the promotion of Y" (vocabulary.ts relationNouns and
   * the nouns of change above; filled from them below).
   */
  eventNoun: {},
  /** The prefix of a process adjective: "pro-apoptotic" promotes apoptosis, "anti-apoptotic" inhibits it. */
  polarPrefix: { pro: 'promotes', anti: 'inhibits' },
  /** Adjectives of a measured level after a genotype or treatment: "showed reduced tumor growth". */
  level: {
    reduced: 'decreases', decreased: 'decreases', lower: 'decreases', diminished: 'decreases', impaired: 'decreases', less: 'decreases',
    increased: 'increases', elevated: 'increases', higher: 'increases', enhanced: 'increases', greater: 'increases', more: 'increases',
    // Stop 36: the other adjectives of a measured state a knockout group shows ("display defective liver regeneration",
    // "had accelerated tumour growth"): without them the group's finding read no claim.
    defective: 'decreases', attenuated: 'decreases', weakened: 'decreases', delayed: 'decreases', blunted: 'decreases', compromised: 'decreases',
    accelerated: 'increases', augmented: 'increases', heightened: 'increases', exaggerated: 'increases', exacerbated: 'increases',
  },
};
wordClassEntries.eventNoun = { ...relationNouns, ...wordClassEntries.change };
/** Each class a word table (util/wordTable.ts): looked up with the writer's words, it answers its own words only. */
export const wordClasses: Readonly<Record<string, Readonly<Record<string, ClaimRelation>>>> = wordTable(
  Object.fromEntries(Object.entries(wordClassEntries).map(([name, words]) => [name, wordTable(words)])),
);

/** The one-word forms of vocabulary.ts lossWording's group place ("deficient", "null", "silenced"), as a frame's word list. */
const groupLossWords = [...lossGroupWords].filter((w) => /^[a-z]+$/.test(w)).join('|');

export const frames: Frame[] = [
  {
    name: 'treatment-produced-change',
    reads: 'a treatment with X that produced a change in Y: X changes Y',
    pattern: 'treatment|exposure|stimulation|incubation|treating|exposing with|to @subject ~3 produced|caused|induced|triggered|elicited|led|resulted|provoked ?to|in ~3 {change} in|of ~3 @object',
    relation: { fromClass: 'change' },
    example: 'Treatment with CoCl2 produced a marked rise in IL-11 levels.',
    expected: ['COCL2 increases IL11'],
  },
  {
    name: 'treatment-produced-fall',
    reads: 'the same frame with a fall: X lowers Y',
    pattern: 'treatment|exposure|stimulation|incubation with|to @subject ~3 produced|caused|induced|triggered|elicited|led|resulted|provoked ?to|in ~3 {change} in|of ~3 @object',
    relation: { fromClass: 'change' },
    example: 'Exposure to sorafenib caused a sharp fall in STAT3 phosphorylation.',
    expected: ['SORAFENIB decreases STAT3'],
  },
  {
    name: 'change-after-cause',
    reads: 'a change of Y after, following or upon X: X changes Y',
    pattern: '{change} in|of ~3 @object ~4 after|following|upon ~2 @subject',
    relation: { fromClass: 'change' },
    example: 'An increase of IL-11 expression was seen after hypoxia.',
    expected: ['HYPOXIA increases IL11'],
  },
  {
    name: 'change-after-cause-list',
    reads: 'a change of Y and Z after, following or upon X: X changes Y and Z (the frame above, its object a list)',
    pattern: '{change} in|of ~3 @object and|or %3 ~4 after|following|upon ~2 @subject',
    relation: { fromClass: 'change' },
    example: 'We saw a clear attenuation of migration and invasion after knockdown of HIF-1α.',
    expected: ['HIF1A promotes CELL_INVASION', 'HIF1A promotes CELL_MIGRATION'],
  },
  {
    name: 'change-when-treated',
    reads: 'Y rose (fell) when the cells were treated with (cultured under, incubated in the presence of) X: X raises (lowers) Y; the objects listed before Y share the claim',
    pattern: '@object ~2 ?was|were {shift} ~2 when|whenever|once %3 cells|they were|had ?been ?first treated|incubated|exposed|cultured|stimulated|grown|co-cultured|cocultured|kept in|with|to|under ?the ?presence ?of %3 @subject',
    relation: { fromClass: 'shift' },
    listBefore: true,
    example: 'Migration and invasion rose sharply when the cells were incubated with IL-11.',
    expected: ['IL11 increases CELL_INVASION', 'IL11 increases CELL_MIGRATION'],
  },
  {
    name: 'outcome-change-after-cause',
    reads: 'an outcome and its change, then the cause: "growth inhibition of Y cells after treatment with X": X changes the outcome',
    pattern: '@object {change} of|in %5 after|following|upon ~3 @subject',
    relation: { fromClass: 'change' },
    example: 'Marked growth inhibition of HCC cells was seen after treatment with NT157.',
    expected: ['NT157 inhibits CELL_GROWTH [ctx HCC]'],
  },
  {
    name: 'fronted-response-change',
    reads: 'In response to X, (we saw) a change of Y: X changes Y',
    pattern: '^ in response to ~2 @subject *, %8 {change} in|of ~3 @object',
    relation: { fromClass: 'change' },
    example: 'In response to hypoxia, the cells showed a marked induction of IL-11 expression.',
    expected: ['HYPOXIA induces IL11'],
  },
  {
    name: 'in-response-to-signalling',
    reads: 'Y acts in response to signalling of X: X activates Y',
    pattern: '@object ~8 in response to ~2 signaling|signalling|stimulation|treatment of|with|by ~3 @subject',
    relation: 'activates',
    // "Y was reduced (rose) in response to treatment with X": a verb of change before the cue gives the direction, as
    // it does when the cause follows "after" or "upon" (issue 7, h-w11b34: read as X activating Y, a loss of X then
    // lowering it, a false contradiction).
    turnedBy: 'shift',
    example: 'STAT3 drives gene expression in response to signalling of cytokines such as IL-11.',
    expected: ['CYTOKINE activates STAT3'],
  },
  {
    name: 'outcome-benefit',
    reads: 'X shows (confers) a survival benefit: X raises survival',
    // The verbs in every form: after a modal or "shown to" the base form carries the claim ("X may offer", "X was
    // shown to provide a survival benefit"; issue 7, h-w21b44: only the finite forms were listed, so it read nothing).
    // Stop 53 (h-recB53): a benefit kept over a longer follow-up ("X kept (maintained, retained, sustained) a survival
    // benefit") is the benefit shown again; "failed to maintain" is denied as "failed to show" is (extract.ts).
    pattern: '@subject ~6 show|showed|shows|shown|demonstrated|confer|confers|conferred|conferring|provide|provided|provides|providing|offer|offered|offers|offering|yield|yielded|yields|maintain|maintained|maintains|maintaining|retain|retained|retains|keep|kept|keeps|sustain|sustained|sustains ~2 @object benefit|benefits|advantage',
    relation: 'increases',
    example: 'Sorafenib was the first agent to show a survival benefit in patients with HCC.',
    expected: ['SORAFENIB increases SURVIVAL [ctx HCC]'],
  },
  {
    name: 'crosstalk-between-role-in',
    reads: 'the crosstalk (interplay) between X and Z plays a role in Y: X promotes Y, with Z as its setting',
    pattern: 'crosstalk|cross-talk|interplay|interaction|interactions|communication between|among ?the @subject and %4 plays|play|played|playing ~5 role|roles in -3 @object',
    relation: 'promotes',
    // As in plays-role-in: "a protective role" says X holds Y back (it was read as promoting it, a false support).
    turnedBy: 'effect',
    example: 'Interplay between CAFs and tumour cells plays a key role in HCC progression.',
    expected: ['CAF promotes TUMOR_PROGRESSION [ctx CANCER,HCC]'],
  },
  {
    name: 'role-of-crosstalk-between-in',
    reads: 'the (key, inhibitory ...) role of the crosstalk (interplay) between X and Z in Y: X promotes Y (or holds it back, by the adjective), with Z as its setting',
    // The nominal form of crosstalk-between-role-in: role-of-in stops at "the interplay", which is no entity.
    pattern: 'role|roles of ?the crosstalk|cross-talk|interplay|interaction|interactions|communication between|among ?the @subject and %4 in|to -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Earlier work stressed the suppressive role of the interplay between CAFs and cancer cells in tumour growth.',
    expected: ['CAF suppresses TUMOR_GROWTH [ctx CANCER]'],
  },
  {
    name: 'crosstalk-between-drives',
    reads: 'the crosstalk (interplay) between X and Z drives (promotes, enhances) Y: X does that to Y, with Z as its setting',
    pattern: 'crosstalk|cross-talk|interplay|interaction|interactions|communication between|among ?the @subject and %4 ~2 {verb} ~3 @object',
    relation: { fromClass: 'verb' },
    example: 'The crosstalk between CAFs and HCC cells drives tumour progression.',
    expected: ['CAF promotes TUMOR_PROGRESSION [ctx HCC]'],
  },
  {
    name: 'role-of-in',
    reads: 'the role of X in Y: X promotes Y',
    // Words of X's gained state may stand before it, "the involvement of overexpressed and constitutively activated X
    // in Y" (stop 52): the active X is X. Only words of gain; "the role of silenced X" is a loss, read elsewhere.
    pattern: 'role|roles|involvement|contribution|contributions of ?aberrantly|constitutively|persistently ?activated|overexpressed|phosphorylated|upregulated|hyperactivated ?and ?aberrantly|constitutively|persistently ?activated|overexpressed|phosphorylated|upregulated|hyperactivated @subject in|to -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'We describe the role of IL-6 in the progression of HCC.',
    expected: ['IL6 promotes TUMOR_PROGRESSION [ctx HCC]'],
  },
  {
    name: 'role-of-and-its-in',
    reads: 'the role of X and its receptor (isoforms, ligands ...) in Y: X promotes Y',
    // role-of-in wants "in" right after X; "and its isoforms" (words or a named receptor) is X's own, no new agent.
    pattern: 'role|roles|involvement|contribution of @subject and its|their %2 in|to -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Reviews now stress the central roles of IL-11 and its splice variants in gastric tumour growth.',
    expected: ['IL11 promotes CELL_GROWTH [ctx GASTRIC_CANCER]'],
  },
  {
    name: 'plays-role-in',
    reads: 'X plays a (key, autocrine, ...) role (part) in Y: X promotes Y',
    // "a part in Y" as "a role in Y" (issue 7, stop 44, h-actor44b): "X plays an inhibitory part in Y" was left to the
    // cue reading, which took the role's adjective for no turn and could read the relative clause's agent instead.
    pattern: '@subject ~3 plays|play|played|playing ~5 role|roles|part|parts in -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'IL-11 plays a key autocrine role in tumour growth.',
    expected: ['IL11 promotes TUMOR_GROWTH'],
  },
  {
    name: 'plays-role-against',
    reads: 'X plays (has) a (protective, key ...) role against Y: X holds Y back',
    // Issue 7, stop 40: "a protective role against metastasis" read nothing ("a protective role in" was read by plays-role-in).
    pattern: '@subject ~3 plays|play|played|playing|has|have|had ~5 role|roles against -3 @object',
    relation: 'decreases',
    example: 'STAT3 plays a protective role against metastasis.',
    expected: ['STAT3 decreases METASTASIS'],
  },
  {
    name: 'plays-role-in-class-including',
    reads: 'X plays a (pivotal ...) role in (many) processes (events, hallmarks ...) including (such as, like) A, B and C: X promotes each member',
    // The class noun is no participant; its members are. Only events: "pathways including STAT3" names no process X drives.
    // Up to four words before the class noun: a quantifier with coordinated adjectives, "many normal and disease processes" (stop 49).
    pattern: '@subject ~4 plays|play|played|playing ~5 role|roles in ~4 processes|events|functions|activities|aspects|steps|stages|phenotypes|hallmarks|features|behaviours|behaviors|traits ?, ?such including|like|as ?anti @object',
    relation: 'promotes',
    turnedBy: 'effect',
    objectTypes: ['process', 'phenotype'],
    example: 'IL-11 has been found to play a central role in several malignant traits, such as invasion and angiogenesis.',
    expected: ['IL11 promotes ANGIOGENESIS', 'IL11 promotes CELL_INVASION'],
  },
  {
    name: 'pro-process-agent',
    reads: 'X is (acts as) a pro-tumorigenic (pro-invasive ...) factor, or is pro-angiogenic: X promotes the process the adjective names (impliedMentions.ts)',
    // The noun after the adjective ("factor", "cytokine", which may be an entity of its own) adds nothing: "X is pro-angiogenic" says as much.
    pattern: '@subject ~3 is|are|was|were|acts|act|acted|serves|serve|served|represents|represent|remains|remain|emerges|emerged ?as ?a|an ~2 pro @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'IL-11 is a potent pro-angiogenic cytokine.',
    expected: ['IL11 promotes ANGIOGENESIS'],
  },
  {
    name: 'has-pro-process-effects',
    reads: 'X has (exerts) pro-tumorigenic (pro-invasive ...) effects (activity, functions): X promotes the process',
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted|shows|show|showed|displays|displayed|possesses|possess ~2 pro @object effects|effect|activity|activities|functions|function|roles|role|properties|actions|action|potential',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'Vimentin exerts marked pro-metastatic effects in tumour cells.',
    expected: ['VIM promotes METASTASIS [ctx CANCER]'],
  },
  {
    name: 'has-process-function',
    reads: 'X has (is shown to have) a (strong) survival (migratory ...) function: X promotes the process the noun names',
    // Issue 7 (h-actor46): "X has been shown to have a strong survival function" named X and the process and read
    // nothing (the frames above want "pro" before the process, or "a function in Y"). Only "function(s)" right after
    // the process noun: "a metastasis suppressor function" puts a word between them and is left alone.
    pattern: '@subject ~5 has|have|had|possesses|possess|possessed a|an ?strong|important|key|major|crucial|critical|central|essential|vital|direct @object function|functions',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'In HCC cells, IGF-1R signalling is reported to have an important survival function.',
    expected: ['IGF1R_PATHWAY promotes SURVIVAL [ctx HCC]'],
  },
  {
    name: 'has-listed-pro-process-effects',
    reads: 'X has (displays) A, B and pro-Y (anti-Y) properties: the last adjective of a list before the noun says what X does to Y',
    // Issue 7 (stop 37): "displays mitogenic, transforming, and anti-apoptotic properties" read nothing: the commas of
    // the list of adjectives stopped the frames above, which take two plain words before "pro"/"anti". The members
    // before are words the library has no entity for; a member that names an entity ends the list, as elsewhere.
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted|shows|show|showed|displays|displayed|display|exhibits|exhibited|exhibit|possesses|possess ~2 , ~2 ?, and|or {polarPrefix} @object effects|effect|activity|activities|functions|function|roles|role|properties|actions|action|potential',
    // The prefix only matches: "anti" before the object turns the frame's relation round (extract.ts antiBefore).
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'In several tumour types, STAT3 shows mitogenic, transforming and anti-apoptotic activities.',
    expected: ['STAT3 suppresses APOPTOSIS [ctx CANCER]'],
  },
  {
    name: 'noun-with-pro-process-properties',
    reads: 'X is a N with (displaying, possessing) pro-Y (anti-Y) properties (effects, activity): X promotes (lowers) Y',
    // Issue 7 (stop 38, h-con38): "X is a cytokine with anti-invasive properties" read nothing (the frames above take the
    // properties after a verb of having, not after "with" on the predicate noun), so a class opposite to a finding
    // never contradicted it. The prefix only matches: "anti" turns the relation round (extract.ts antiBefore).
    pattern: '@subject ~2 is|are|was|were|represents|remains a|an %3 with|possessing|displaying|exhibiting|having|showing|exerting ~2 {polarPrefix} @object effects|effect|activity|activities|functions|function|properties|actions|action|potential',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'Interleukin-11 is a multifunctional cytokine with anti-invasive properties.',
    expected: ['IL11 suppresses CELL_INVASION'],
  },
  {
    name: 'involved-in-class-including',
    reads: 'X is (known to be) involved (implicated) in processes (events ...) such as (including, like) A and B: X promotes each member',
    pattern: '@subject ~3 is|are|was|were|be|been ?also ?known|thought|believed|reported|shown ?to ?be ?directly|critically|actively|closely|deeply|strongly involved|implicated in ~3 processes|events|functions|activities|aspects|steps|stages|phenotypes|hallmarks|features|behaviours|behaviors|traits ?, ?such including|like|as ?anti @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'Vimentin is implicated in diverse cellular events including migration and angiogenesis.',
    expected: ['VIM promotes ANGIOGENESIS', 'VIM promotes CELL_MIGRATION'],
  },
  // Issue 7 (stop 33, h-w10b33): the same class-and-members construction with "contribute to" (or "participate
  // in") as its verb, the class counted by a quantifier phrase ("a broad variety of", "a wide range of") and an
  // adverb of degree between the verb and its preposition: "X contributes substantially to a wide range of
  // malignant functions, including A, B and C". Without the row the members were read only when nothing stood
  // between the verb and its preposition and the class was no longer than three words.
  {
    name: 'contributes-to-class-including',
    reads: 'X contributes (substantially) to (a wide range of) processes (functions, traits ...) including (such as, like) A, B and C: X promotes each member',
    pattern: '@subject ~3 contributes|contribute|contributed|contributing|participates|participate|participated|participating ~2 to|in %7 processes|events|functions|activities|aspects|steps|stages|phenotypes|hallmarks|features|behaviours|behaviors|traits|properties ?, ?such including|like|as ?anti @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    listBefore: false,
    example: 'In several carcinomas, STAT3 contributes heavily to a wide range of malignant properties, such as angiogenesis and invasion.',
    expected: ['STAT3 promotes ANGIOGENESIS [ctx CARCINOMA]', 'STAT3 promotes CELL_INVASION [ctx CARCINOMA]'],
  },
  {
    name: 'effect-of-on',
    reads: 'the inhibitory (or stimulatory ...) effect of X on Y: X inhibits (promotes ...) Y',
    pattern: '{effect} effect|effects|action|actions|role|influence of +4 @subject on|upon ~3 @object',
    relation: { fromClass: 'effect' },
    example: 'The inhibitory effect of NT157 on IRS-1 was marked.',
    expected: ['NT157 inhibits IRS1'],
  },
  {
    name: 'has-effect-on',
    reads: 'X has (exerts) an inhibitory (stimulatory ...) effect on Y: X inhibits (promotes ...) Y',
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted|shows|showed ~3 {effect} effect|effects|action|role|influence on|upon ~3 @object',
    relation: { fromClass: 'effect' },
    example: 'IL-6 had an amplifying effect on inflammation.',
    expected: ['IL6 increases INFLAMMATION'],
  },
  {
    name: 'has-plain-effect-on',
    reads: 'X has (exerts) a marked (strong ...) effect on Y, no direction named: X regulates Y',
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted ?a|an ?marked|strong|significant|considerable|profound|major|dramatic|substantial|clear|direct|important|pronounced effect|effects on|upon ~3 @object',
    relation: 'regulates',
    example: 'CAFs had a pronounced effect on HCC progression.',
    expected: ['CAF regulates TUMOR_PROGRESSION [ctx HCC]'],
  },
  {
    name: 'process-effect-of',
    reads: 'the growth-inhibitory (tumour-suppressive ...) effect of X: X inhibits (suppresses ...) the process named before the adjective',
    pattern: '@object {effect} effect|effects|action|actions|activity|activities of ?the @subject',
    relation: { fromClass: 'effect' },
    example: 'The migration-inhibitory effect of NT157 was seen in HCC cells.',
    expected: ['NT157 inhibits CELL_MIGRATION [ctx HCC]'],
  },
  {
    name: 'anti-process-effect-of',
    reads: 'the anti-proliferative (anti-invasive ...) effect of X: X inhibits the process',
    pattern: 'anti @object effect|effects|action|actions|activity|activities|properties|property of ?the @subject',
    relation: 'inhibits',
    example: 'The anti-proliferative activity of NT157 was marked in HCC cells.',
    expected: ['NT157 inhibits CELL_PROLIFERATION [ctx HCC]'],
  },
  {
    name: 'has-anti-process-effect',
    reads: 'X has (exerts, shows) anti-proliferative (anti-invasive ...) effects: X inhibits the process',
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted|shows|show|showed|displays|displayed|exhibits|exhibited ?a|an ~2 anti @object effect|effects|action|actions|activity|activities|properties',
    relation: 'inhibits',
    example: 'NT157 exerted strong anti-invasive effects in HCC cells.',
    expected: ['NT157 inhibits CELL_INVASION [ctx HCC]'],
  },
  // Issue 7 (stop 49): "Y depends on many factors, among which X plays a key role" names X as one thing Y turns on,
  // with no direction: X regulates Y, which a finding either way backs (the guideline's unsigned role).
  {
    name: 'depends-on-factors-among-which',
    reads: 'Y depends on (several) factors, among which X plays a (key) role: X regulates Y',
    pattern: '@object ~3 depend|depends|depended|relies|rely on ~2 factors|determinants|variables , among|amongst which @subject ~3 ?may|might|could|can|also play|plays|played ?a|an ?key|central|major|important|crucial|critical|pivotal|decisive|essential|prominent|significant role|roles|part',
    relation: 'regulates',
    example: 'Tumour progression depends on several factors, among which STAT3 plays a central role.',
    expected: ['STAT3 regulates TUMOR_PROGRESSION'],
  },
  // Issue 7 (stop 49, h-route49): the same with "plays no role (part)" denies the link: X has no effect on Y. A frame of
  // its own, as the negation follows the subject, past where a frame's span is searched for one (frameClaims).
  {
    name: 'depends-on-factors-among-which-not',
    reads: 'Y depends on (several) factors, among which X plays no role (does not play a role): X has no effect on Y',
    pattern: '@object ~3 depend|depends|depended|relies|rely on ~2 factors|determinants|variables , among|amongst which @subject ~2 ?also play|plays|played no ?major|significant|key|important|decisive role|roles|part',
    relation: 'no-effect',
    example: 'Tumour progression depends on several factors, among which vimentin plays no significant role.',
    expected: ['VIM no-effect TUMOR_PROGRESSION'],
  },
  {
    name: 'depends-on-factors-among-which-not-aux',
    reads: 'the same with an auxiliary denied, "among which X does not play a role": X has no effect on Y',
    pattern: '@object ~3 depend|depends|depended|relies|rely on ~2 factors|determinants|variables , among|amongst which @subject does|do|did|may|might|can|could not play ?a|an|any ?major|significant|key|important|decisive role|roles|part',
    relation: 'no-effect',
    supersedes: ['depends-on-factors-among-which'],
    example: 'Cell migration depends on many factors, among which STAT3 does not play a major role.',
    expected: ['STAT3 no-effect CELL_MIGRATION'],
  },
  {
    name: 'has-impact-on',
    reads: 'X has (exerts) an impact on Y, with no direction: X regulates Y',
    pattern: '@subject ~3 has|have|had|exerts|exert|exerted ~3 impact|influence on|upon ~3 @object',
    relation: 'regulates',
    example: 'IL-6 has a considerable impact on HCC progression.',
    expected: ['IL6 regulates TUMOR_PROGRESSION [ctx HCC]'],
  },
  {
    name: 'protected-from',
    reads: 'X-lacking mice (X-/- mice, X knockdown cells) are protected from (resistant to) Y: loss of X lowers Y, so X promotes Y; X-transgenic mice protected from Y: X suppresses Y',
    pattern: '@subject ~3 are|were|is|was|became|remain|remained|appear|appeared ~2 protected|shielded from ~2 @object',
    relation: 'suppresses',
    objectTypes: ['process', 'phenotype', 'disease'],
    example: 'Mice lacking IL-11 signalling were largely protected from gastric tumour formation.',
    expected: ['IL11 promotes TUMORIGENESIS [ctx GASTRIC_CANCER]'],
  },
  {
    name: 'susceptible-to',
    reads: 'X-lacking mice are susceptible (prone, predisposed) to Y: loss of X raises Y, so X suppresses Y',
    pattern: '@subject ~3 are|were|is|was|became|remain|remained|appear|appeared ~2 susceptible|prone|predisposed|vulnerable to ~2 @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype', 'disease'],
    example: 'STAT3-deficient animals were highly prone to liver tumour development.',
    expected: ['STAT3 suppresses TUMORIGENESIS [ctx LIVER_CANCER]'],
  },
  {
    name: 'genotype-shows-level',
    reads: 'X-/- mice (X-knockdown cells ...) showed reduced Y: loss of X lowers Y, so X raises Y',
    pattern: '@subject ?/ ~3 showed|displayed|exhibited|had|developed|show|shows|display|displays|exhibit|exhibits|have|has|develop|develops ~2 {level} ~2 @object',
    relation: { fromClass: 'level' },
    example: 'IL-11-/- mice showed reduced tumor growth.',
    expected: ['IL11 increases TUMOR_GROWTH'],
  },
  {
    name: 'fronted-participle',
    reads: 'a participle clause before the subject, with its agent: "Activated by X, Y ...": X activates Y',
    pattern: '^ ?originally|initially|first {participle} by @subject , @object',
    relation: { fromClass: 'participle' },
    exclusive: 'subject',
    example: 'Activated by hypoxia, HIF-1α induces IL-11 in breast cancer cells.',
    expected: ['HIF1A induces IL11 [ctx BREAST_CANCER]', 'HYPOXIA activates HIF1A [ctx BREAST_CANCER]'],
  },
  {
    name: 'fronted-means',
    reads: 'a fronted means named by a noun: "Through the activation of X, Y ...": Y activates X',
    pattern: '^ via|through|by ?the activation|stimulation|induction|phosphorylation|upregulation of ?the @object *, @subject',
    relation: 'activates',
    exclusive: 'object',
    example: 'Through the activation of STAT3, IL-6 sustains the growth of HCC cells.',
    expected: ['IL6 activates STAT3 [ctx HCC]', 'IL6 promotes CELL_GROWTH [ctx HCC] via STAT3'],
  },
  // Issue 7 (stop 49, h-actor49b): "High IL-6 levels indicate (signal) a poor prognosis" read nothing: "indicate" is
  // a verb of reporting ("these data indicate that ..."), read as a claim's own verb only with an outcome right after
  // it, as "predicts" is read (vocabulary.ts). A low level turns the association as for "predicts".
  {
    name: 'level-indicates-outcome',
    reads: 'X (its level) indicates (signals, heralds, portends) a poor prognosis (shorter survival): X goes with the outcome',
    pattern: '@subject ~2 indicate|indicates|indicated|signal|signals|signalled|signaled|herald|heralds|heralded|portend|portends|portended ?a|an @object',
    relation: 'associated-with',
    polarity: 'positive',
    objectTypes: ['phenotype'],
    example: 'High serum IL-6 levels indicate a poor prognosis in these patients.',
    expected: ['IL6 associated-with(positive) POOR_PROGNOSIS'],
  },
  {
    name: 'correlation-with',
    reads: 'X shows a (strong, stronger) correlation with Y: X is associated with Y',
    pattern: '@subject ~4 correlation|association|correlations|associations with ~2 @object',
    relation: 'associated-with',
    polarity: 'positive',
    example: 'IL-11 expression showed a stronger correlation with MMP-13 levels than other markers.',
    expected: ['IL11 associated-with(positive) MMP13'],
  },
  // Issue 7 (h-actor31b): the receptor as the subject that passes a ligand's signals on ("gp130 transduces the
  // signals of X"): the ligand signals through it, the claim relative-signals-through reads the other way round.
  {
    name: 'relays-signals-of',
    reads: 'Z transduces (relays, transmits) the signals of X: X signals through Z',
    pattern: '@object ?also ?thus transduces|transduce|transduced|relays|relay|relayed|transmits|transmit|transmitted|conveys|convey|conveyed ?the signals|signal|signalling|signaling ?not ?only of ?the @subject',
    relation: 'signals-through',
    listAfter: true,
    example: 'On the cell surface, gp130 relays the signals of IL-6 and IL-11.',
    expected: ['IL6 signals-through GP130', 'IL11 signals-through GP130'],
  },
  {
    name: 'relative-signals-through',
    reads: 'members such as X that signal through M: X signals through M',
    pattern: 'as|including|like @subject that|which signal|signals|act|acts through|via @object',
    relation: 'signals-through',
    exclusive: 'object',
    example: 'Cytokines such as IL-11 that signal through gp130 share a receptor subunit.',
    expected: ['IL11 signals-through GP130'],
  },
  {
    name: 'level-in-treated-cells',
    reads: 'Y was increased (reduced) in X-treated cells: X raises (lowers) Y',
    pattern: '@object ~3 was|were|is|are ?significantly ?markedly {level} in @subject treated|stimulated|exposed',
    relation: { fromClass: 'level' },
    example: 'Apoptosis was markedly reduced in TNF-treated cells.',
    expected: ['NCBIGENE_7124 decreases APOPTOSIS'],
  },
  {
    name: 'lowered-incidence',
    reads: 'X reduced the incidence (multiplicity, number) of tumours Y: X inhibits Y',
    pattern: '@subject ~4 inhibited|reduced|suppressed|decreased|lowered|prevented ~2 incidence|multiplicity|number|occurrence ?and ?incidence|multiplicity|number|occurrence of @object',
    relation: 'inhibits',
    example: 'Dietary celecoxib reduced both the incidence and multiplicity of colon adenocarcinoma in rats.',
    expected: ['DRUG_CELECOXIB inhibits DOID_234'],
  },
  {
    name: 'reversed-by',
    reads: 'Y (a change, a phenotype) was reversed (abolished, abrogated) by X: X inhibits Y',
    pattern: '@object %10 could|can|was|were|is|are ?also ?be reversed|abolished|abrogated|reverted|overcome|circumvented by|through|with ?the ?use ?of @subject',
    relation: 'inhibits',
    example: 'In these cells the gain in vimentin expression was reversed by sorafenib.',
    expected: ['SORAFENIB inhibits VIM'],
  },
  {
    // Issue 7, stop 40: the frame above with the cause after "after" ("upon", "following"), most often a loss, "the
    // changes in Y were reversed after inhibition of X": the loss undoes the change, so X drives it (the loss inverts).
    // Not "restored" nor "normalised": Y coming back says the opposite.
    name: 'reversed-after',
    reads: 'Y (a change, a phenotype) was reversed (abolished, abrogated) after (upon, following) X, most often a loss of X: X inhibits Y, the loss of X turns it round',
    pattern: '@object ~4 could|can|was|were|is|are ?also ?be ?largely ?partly ?partially ?fully ?completely reversed|abolished|abrogated|reverted after|following|upon ~2 @subject',
    relation: 'inhibits',
    listBefore: true,
    example: 'Invasion and migration of the thyroid cells were reversed after silencing of STAT3.',
    expected: ['STAT3 activates CELL_INVASION', 'STAT3 activates CELL_MIGRATION'],
  },
  {
    // The same with the change named ("the rise in Y was reversed after X"): the change's own frame
    // (change-after-cause) would read X as the cause of the rise, which the sentence undoes.
    name: 'change-reversed-after',
    reads: 'a rise (fall) of Y was reversed (abolished) after (upon, following) X: X lowers (raises) Y, a loss of X turns it round',
    pattern: '{reversedChange} in|of ~3 @object %6 could|can|was|were|is|are ?also ?be ?largely ?partly ?partially ?fully ?completely reversed|abolished|abrogated|reverted after|following|upon ~2 @subject',
    relation: { fromClass: 'reversedChange' },
    supersedes: ['change-after-cause', 'change-after-cause-list', 'reversed-after'],
    example: 'The fall in apoptosis of the thyroid cells was reversed after knockdown of IL-11.',
    expected: ['IL11 suppresses APOPTOSIS'],
  },
  {
    // Issue 7, stop 40: a transcription factor's (a pathway's) output named as a response or programme and what it
    // favours, "X mediates a transcriptional response favouring survival and angiogenesis": X promotes each.
    name: 'response-favouring',
    reads: 'X mediates (drives, elicits) a (transcriptional) response (programme) favouring (promoting) Y: X promotes Y',
    pattern: '@subject ?) ?, ?which|that mediates|mediated|drives|drove|elicits|elicited|triggers|triggered|orchestrates|orchestrated|induces|induced|activates|activated ?a|an ~2 response|responses|program|programme|programs|programmes favouring|favoring|promoting|supporting @object',
    relation: 'promotes',
    example: 'Activated STAT3 mediates a transcriptional programme favouring invasion and migration of tumour cells.',
    expected: ['STAT3 promotes CELL_INVASION [ctx CANCER]', 'STAT3 promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'reversed-by-blockade-with',
    reads: 'Y was overcome (reversed) by blockade of T with (the T inhibitor) X: X inhibits Y through T',
    pattern: '@object %10 could|can|was|were|is|are ?also ?be reversed|abolished|abrogated|reverted|overcome|circumvented by|through blockade|inhibition|blocking|targeting|suppression of @mediator with|using ~4 @subject',
    relation: 'inhibits',
    example: 'The gain in vimentin expression was reversed by blockade of MEK with the selective inhibitor trametinib.',
    expected: ['DRUG_TRAMETINIB inhibits VIM via MEK_FAMILY'],
  },
  {
    name: 'is-growth-inhibitory',
    reads: 'X was (had a) growth-inhibitory (effect) in Y cells: X inhibits the outcome named before "inhibitory"',
    pattern: '@subject ~3 was|were|is|are|had|has|showed|exerted|remained ~4 @object inhibitory|suppressive',
    relation: 'inhibits',
    example: 'In both lines, sorafenib was strongly growth inhibitory.',
    expected: ['SORAFENIB inhibits CELL_GROWTH'],
  },
  {
    name: 'mediator-of-signalling',
    reads: 'Y is a mediator (transducer, effector) of X signalling: X signals through Y',
    pattern: '@object ~3 is|are|was|were|acts|act|serves|serve ?as ~3 mediator|mediators|transducer|transducers|effector|effectors of ~2 @subject signalling|signaling|signals|effects|effect|action|actions|activity',
    relation: 'signals-through',
    example: 'STAT3 is a key mediator of IL-11 signalling in breast cancer cells.',
    expected: ['IL11 signals-through STAT3 [ctx BREAST_CANCER]'],
    exclusive: 'object',
  },
  // Issue 7 (stop 49, h-route49): "STAT3 is a key mediator in IL-6 signalling" was read "STAT3 promotes IL6" (cues.ts
  // 'a factor in'): a route named by its ligand is where the mediator sits, not what it acts on. With "in" it says what
  // "a mediator of IL-6 signalling" says (mediator-of-signalling), and the mediator takes no other claim.
  {
    name: 'mediator-in-signalling',
    // Stop 50 (h-prec50): "a key player (factor, element, participant) in IL-6 signalling" says the same place on the route
    // (cues.ts 'a factor in' had read "STAT3 promotes IL6": X takes part in the route, it does not raise the ligand).
    // "A regulator (modulator) in" stays out: a regulator of a route may be its brake (SOCS3), so it reads nothing there
    // (anchored.ts routeRoleNouns, triggers.ts routeNamedByLigandAt).
    reads: 'Y is a (key) mediator (transducer, effector, component, player, factor) in X signalling (the X pathway): X signals through Y',
    pattern: '@object ~2 is|are|was|were|be|remains|remain|represents|represent|acts|act|serves|serve|emerged|emerges|emerge ?as ?a|an|the ~3 mediator|mediators|transducer|transducers|effector|effectors|component|components|player|players|factor|factors|element|elements|participant|participants in|within ?the @subject signalling|signaling|signals|pathway|pathways|cascade|cascades',
    relation: 'signals-through',
    example: 'In these cells, STAT3 is a key mediator in IL-6 signalling.',
    expected: ['IL6 signals-through STAT3'],
    exclusive: 'object',
    // The role frames read the same words as "X promotes the ligand" (a key factor, player in Y); the route says more.
    supersedes: ['important-factor-in', 'key-pathway-in', 'important-mediator-in'],
  },
  {
    name: 'downstream-effector-of',
    reads: 'Y is a (key) downstream effector (mediator, target) of the X pathway: X signals through Y',
    pattern: '@object ~3 is|are|was|were|acts|act|serves|serve ?as ~2 downstream effector|effectors|mediator|mediators|target|targets|substrate|substrates of ?the @subject',
    relation: 'signals-through',
    example: 'In these tumours, p70S6K is one downstream effector of the Akt/mTOR pathway.',
    expected: ['AKT_MTOR_PATHWAY signals-through NCBIGENE_6198 [ctx CANCER]'],
    exclusive: 'object',
  },
  // Issue 7 (stop 49, h-actor49b): "STAT3 is a target of IL-6", "MMP-9 is a direct target of STAT3" read nothing
  // (downstream-effector-of wants "downstream"; drugTargets.ts reads a drug's target as its inhibition). X acts on its
  // target in a direction the words leave open, so X regulates Y. Only a molecule or pathway as X: a drug is
  // drugTargets.ts's, and "a target of therapy (of HCC)" names no actor.
  {
    name: 'target-of',
    reads: 'Y is a (direct, known, novel) target of X, a molecule: X regulates Y',
    pattern: '@object ~2 is|are|was|were|be|been|as ?not ?a|an ?novel|new|direct|known|major|key|important|bona|fide|transcriptional|functional|critical target|targets of ?the @subject',
    relation: 'regulates',
    subjectTypes: ['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'pathway'],
    example: 'In these cells MMP-9 is a direct target of STAT3.',
    expected: ['STAT3 regulates MMP9'],
  },
  {
    name: 'mediated-change-of',
    reads: 'X-mediated inhibition (induction, suppression) of (the transcription of) Y: X changes Y as the change word says',
    pattern: '@subject mediated {change} of ?the ?transcription|expression|activity|production|secretion|phosphorylation ?of ~3 @object',
    relation: { fromClass: 'change' },
    example: 'The drug acted through STAT3-mediated suppression of the transcription of MCL1.',
    expected: ['STAT3 suppresses NCBIGENE_4170'],
  },
  {
    name: 'exerts-effects-through',
    reads: 'X exerts its effects (acts, signals) through Y: X signals through Y',
    pattern: '@subject ~3 exerts|exert|exerted|exerting|mediates|mediate|mediated ~2 effects|effect|actions|action|functions|function|signalling|signaling through|via ~3 @object',
    relation: 'signals-through',
    example: 'IL-11 exerts its effects through gp130 in OSCC cells.',
    expected: ['IL11 signals-through GP130 [ctx OSCC]'],
  },
  // Issue 7 (h-actor42b): a cell's generic signalling output (gene transcription, gene expression) changed by way of a
  // route. The output names nothing the library has a finding on, so the sentence says only how X signals: through the
  // route. A named output ("the transcription of MMP9 via STAT3") is a claim with a mediator instead (the pattern
  // ends at "of" before a name), and an unnamed readout of another kind ("platelet counts") stays routeOfUnnamedChange.ts's.
  {
    name: 'transcription-via-route',
    reads: 'X changes (regulates, alters) gene transcription (expression) via (through) Z: X signals through Z',
    pattern: '@subject ?can|may|could ?also change|changes|changed|alter|alters|altered|regulate|regulates|regulated|modulate|modulates|modulated|control|controls|controlled|reprogram|reprograms|reprogrammed ?the ?target ?gene|genes transcription|expression ?of ?target ?genes via|through ?the @object',
    relation: 'signals-through',
    exclusive: 'object',
    example: 'Oncostatin M modulates gene transcription through the JAK/STAT cascade in hepatocytes.',
    expected: ['NCBIGENE_5008 signals-through JAK_STAT_PATHWAY [ctx CL_0000182]'],
  },
  {
    name: 'biomarker-role-in',
    reads: 'X has a role (serves) as a biomarker (marker) in (of, for) Y: X goes with Y',
    pattern: '@subject ~3 has|have|had|serves|serve|served ?a|an ~2 role|function ?as a|an ~2 biomarker|marker|indicator in|of|for ~3 @object',
    relation: 'associated-with',
    polarity: 'positive',
    example: 'Serum vimentin may have an important role as a biomarker in colorectal cancer metastasis.',
    expected: ['VIM associated-with(positive) METASTASIS [ctx COLORECTAL_CANCER]'],
  },
  {
    name: 'implicated-in',
    reads: 'X has been (is) implicated in Y: X takes part in Y, which it drives ("not implicated" is a denial)',
    pattern: '@subject ~3 has|have|is|are|was|were ?been ?also ?strongly implicated in ~3 @object',
    relation: 'promotes',
    example: 'Vimentin has been implicated in the metastasis of gastric cancer.',
    expected: ['VIM promotes METASTASIS [ctx GASTRIC_CANCER]'],
  },
  {
    name: 'has-role-in',
    reads: 'X has a (pivotal, key ...) role (function) in (on) Y: X promotes Y ("has no role": the negation inside the frame denies it)',
    // "X has an essential function in Y" says what "a role in" says (issue 7, h-w11b34).
    pattern: '@subject ~3 has|have|had a|an|no ~3 role|function|functions in|on ~3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Vimentin has a pivotal role in gefitinib resistance.',
    expected: ['VIM promotes DRUG_RESISTANCE [ctx DRUG_GEFITINIB]'],
  },
  {
    name: 'role-played-by-in',
    reads: 'the (pro-invasive, key ...) role played by X in Y: X promotes Y',
    pattern: 'role|roles played|exerted|fulfilled by @subject in ~3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Our data point to the pro-invasive role played by IL-11 in breast cancer metastasis.',
    expected: ['IL11 promotes METASTASIS [ctx BREAST_CANCER]'],
  },
  {
    name: 'important-factor-in',
    reads: 'X is an important (key, major ...) factor (driver, contributor) in Y: X promotes Y',
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|emerged|emerges|emerge ?as ?a|an|the ?very ?most important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading ?contributing|causal|driving factor|factors|driver|drivers|determinant|determinants|contributor|contributors|force|forces|cytokine|cytokines in|of|to|for ~3 @object',
    relation: 'promotes',
    example: 'Hypoxia is a major factor in tumour angiogenesis.',
    expected: ['HYPOXIA promotes ANGIOGENESIS [ctx CANCER]'],
  },
  // Issue 7, stop 53 (h-recA53): "X is of key (central, critical ...) importance for (in) Y" read nothing: the
  // importance is said with a noun after "of", no factor or role noun the frames above take. Only a word of high
  // importance before the noun: "of little (no, minor) importance" says the opposite, and "of prognostic importance"
  // names a marker's value, no cause, so neither is read. A denial inside the frame denies it as in the others.
  // Before the object, only a noun of bringing about or keeping up ("for the maintenance (development, onset) of") and
  // two describing words (=2: no gerund, preposition or determiner, "the maintenance of chronic intestinal Y"): a
  // free span took "the prevention (treatment, blockade, study) of Y" and "for cells to escape Y" as X promoting Y.
  {
    name: 'of-importance-for',
    reads: 'X is (proved, remains) of key (central, critical, great, paramount ...) importance for (in, to) Y: X promotes Y',
    pattern: '@subject ~2 is|are|was|were|be|been|remains|remain|proved|proves|prove|seems|seem|appears|appear ?not ?to ?be of ?the ?very key|central|critical|crucial|major|great|greatest|paramount|vital|fundamental|pivotal|utmost|particular|considerable|prime|primary|decisive|essential|outstanding importance for|in|to ?the ?maintenance|development|progression|establishment|onset|initiation|promotion|induction|persistence|emergence|acquisition ?of =2 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Vimentin is of central importance for the invasion of tumour cells.',
    expected: ['VIM promotes CELL_INVASION [ctx CANCER]'],
  },
  // Issue 7, stop 52 (h-scope52): "X is an important factor linked (related) to Y" read nothing: important-factor-in
  // wants "in" ("of", "to", "for") right after the noun. A factor (determinant, marker) said to be linked to Y is named
  // beside Y, not as its cause, so the claim is an association, as "X is associated with Y" reads.
  {
    name: 'factor-linked-to',
    reads: 'X is an important (key, independent ...) factor (determinant, marker) linked (related, associated) to (with) Y: X is associated with Y',
    pattern: `@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|emerged|emerges|emerge ?as ?a|an|the ?very ?most ?important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading|independent|significant factor|factors|determinant|determinants|marker|markers ?closely|strongly|tightly|intimately ${[...associationParticipleList, 'tied'].join('|')} ${associationPrepositions.join('|')} ~3 @object`,
    relation: 'associated-with',
    polarity: 'positive',
    example: 'Tissue IL-6 is an important factor linked to the invasion of liver tumours.',
    expected: ['IL6 associated-with(positive) CELL_INVASION [ctx LIVER_CANCER]'],
  },
  // Issue 7, stop 53 (h-recA53): the same factor judged in the passive, "X has been recognized (is regarded, was
  // identified) as a frequent stress factor associated with Y", read nothing: factor-linked-to wants a copula right
  // before "as" and one importance word before the noun, and the anchored reader's judging passive reads the phrase
  // after "as" by the lexicon, which has no "factor associated with". Up to three describing words before the noun
  // (words only: a name there is the factor's own kind, "an IL-6-driven factor"); the noun and the association
  // wording as in factor-linked-to, so the claim is an association. A denial anywhere in the frame denies it.
  {
    name: 'judged-factor-linked-to',
    reads: 'X is (has been) recognized (regarded, considered, identified) as a (frequent, independent ...) factor (determinant, marker) associated (linked) with (to) Y: X is associated with Y',
    pattern: `@subject ~2 is|are|was|were|be|been ?now ?widely|increasingly|generally|commonly|well recognized|recognised|regarded|considered|identified|viewed|seen|established|described as ?a|an|the ~3 factor|factors|determinant|determinants|marker|markers ?closely|strongly|tightly|intimately ${[...associationParticipleList, 'tied'].join('|')} ${associationPrepositions.join('|')} ~3 @object`,
    relation: 'associated-with',
    polarity: 'positive',
    example: 'Serum IL-6 has been recognized as a frequent adverse factor associated with the metastasis of liver tumours.',
    expected: ['IL6 associated-with(positive) METASTASIS [ctx LIVER_CANCER]'],
  },
  {
    name: 'important-mediator-in',
    reads: 'X is (has emerged as) an important (key, central ...) mediator in Y, a process or disease: X promotes Y',
    // Issue 7 (stop 49, h-actor49b): "X has emerged as an important mediator in Y" read nothing ("a mediator of Y" is
    // the agent noun's). Apart from important-factor-in because a mediator may sit on a route: "a key mediator in
    // IL-6 signalling (in the response to IL-6, in the crosstalk between CAFs and tumour cells)" says no cause, so
    // only a process, phenotype or disease is its object.
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|emerged|emerges|emerge ?as ?a|an|the ?very ?most important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading mediator|mediators in ~3 @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype', 'disease'],
    example: 'IL-11 has emerged as an important mediator in the migration of tumour cells.',
    expected: ['IL11 promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'judged-a-factor-in',
    reads: 'findings establish (identify, single out) X as a key factor (driver, contributor) in Y: X promotes Y',
    // Issue 7, stop 45: the active voice of a verb of judging, "our data establish X as a key factor in Y", read nothing:
    // important-factor-in wants X before a copula or "emerged as", and the passive ("X was identified as") goes through
    // the anchored reader's judging verbs. Only the verbs that say the finding stands; "ruled out X as", "argue against
    // X as" are not among them, and a denial before the verb ("do not establish") denies the claim.
    pattern: 'establish|establishes|established|identify|identifies|identified|recognize|recognizes|recognized|recognise|recognises|recognised|single|singles|singled|pinpoint|pinpoints|pinpointed ?out @subject ~2 as a|an|the ?very ?most important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading ?contributing|causal|driving factor|factors|driver|drivers|determinant|determinants|contributor|contributors in|of|to|for ~3 @object',
    relation: 'promotes',
    example: 'These experiments single out vimentin as a decisive factor in the migration of tumour cells.',
    expected: ['VIM promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'protective-factor-against',
    reads: 'X is (acts as) a survival (protective, pro-survival) factor (signal) against Y: X lowers Y',
    // Issue 7 (stop 37): a cytokine or kinase named as what keeps cells alive against a death or an injury ("a survival
    // factor against drug-induced apoptosis") was read as nothing, the sentence a claim with no relation. Only
    // "against": "a survival factor for these cells" names no process it acts on. The word before the noun is a span
    // (%1): "survival" is an entity of its own, which a pattern word does not match; what the factor is "against" is
    // what it lowers, whatever kind of factor it is ("a protective factor against", "an anti-apoptotic factor against").
    pattern: '@subject ~2 is|are|was|were|be|been|remains|remain|represents|represent|acts|act|acted|serves|serve|served|functions|function|emerged|emerges ?as ?a|an|the ?key|major|important|critical|potent|crucial|main|essential %1 factor|factors|signal|signals against ~3 @object',
    relation: 'suppresses',
    objectTypes: ['process', 'phenotype'],
    example: 'STAT3 acted as a protective factor against oxidative stress-induced cell death in OSCC cells.',
    expected: ['STAT3 suppresses CELL_DEATH [ctx OSCC]'],
  },
  {
    name: 'process-characterized-by-change',
    reads: 'a process is characterized (marked, defined, typified) by a loss (gain, rise, fall) of Y: the process changes Y',
    // Issue 7 (stop 37): a process defined by what it does to its markers ("EMT is characterized by loss of E-cadherin")
    // read no relation: the change is a noun after "by". Only a process or phenotype as the subject: "HCC is marked by
    // high IL-6" is a disease's level (a place), not a change the disease brings about.
    pattern: '@subject ~2 is|are|was|were|be|been ?often ?typically ?classically ?mainly ?largely characterized|characterised|marked|defined|typified|hallmarked|distinguished by ?a|an|the ~2 {change} of|in ~2 @object',
    relation: { fromClass: 'change' },
    subjectTypes: ['process', 'phenotype'],
    example: 'Epithelial-mesenchymal transition is typically characterised by a loss of E-cadherin.',
    expected: ['EMT decreases CDH1'],
  },
  {
    name: 'attributable-to',
    reads: 'Y (in a place) is (largely, partly) attributable (attributed, ascribed) to X: the cause comes last, so X promotes Y',
    // Issue 7 (h-para32): reviews and discussions name the cause after the effect; nothing read it, so the sentence
    // fell to "actor, no claim read". The place between Y and the copula ("in HCC", "of solid tumours") may be an entity.
    pattern: '@object is|are|was|were|be|been|remains|remain ~3 attributable|attributed|ascribed ?in ?part|largely|mainly|partly|primarily|mostly|chiefly to ~2 @subject',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'Chemoresistance is probably attributable in part to IGF-1.',
    expected: ['IGF1 promotes CHEMORESISTANCE'],
  },
  {
    name: 'attributable-to-in-place',
    reads: 'the same with the place between Y and the copula ("Y in HCC", "Y of solid tumours"): X promotes Y there',
    // A frame of its own: with the place optional, the matcher settled on the place ("tumours is attributable to")
    // as the object, which the object types then refused.
    pattern: '@object in|of %3 is|are|was|were|be|been|remains|remain ~3 attributable|attributed|ascribed ?in ?part|largely|mainly|partly|primarily|mostly|chiefly to ~2 @subject',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'Much of the chemoresistance of these tumours is probably attributable to IGF-1.',
    expected: ['IGF1 promotes CHEMORESISTANCE [ctx CANCER]'],
  },
  {
    name: 'inducible-gene',
    reads: 'Y is (was identified as) an X-inducible (X-responsive) gene (target, protein): X induces Y',
    // Issue 7 (h-para32): the cause named as a hyphenated adjective of the class Y belongs to. Not "factor": "a
    // hypoxia-inducible factor" is HIF's name, which the lexicon reads whole.
    pattern: '@object ~3 is|are|was|were|be|been|as ?a|an ?novel|new|bona|fide|direct|known ~1 @subject inducible|responsive gene|genes|target|targets|protein|proteins|transcript|transcripts',
    relation: 'induces',
    example: 'IL-6R was recently described as a sorafenib-inducible gene in liver cancer cells.',
    expected: ['SORAFENIB induces IL6R [ctx LIVER_CANCER]'],
  },
  {
    name: 'dependent-change-in',
    reads: 'an X-dependent (X-driven) increase (fall, induction) in Y: X changes Y as the change word says ("X-induced" is the hyphenated cause the reader already takes, roles.ts causalModifiers)',
    // Issue 7 (h-para32): "a hypoxia-dependent rise in IL-11" named the cause as a hyphenated modifier of the change noun.
    pattern: '@subject dependent|driven|triggered|evoked|elicited {change} in|of ?the ~3 @object',
    relation: { fromClass: 'change' },
    example: 'We detected an IL-6-driven rise in IGF-1 secretion.',
    expected: ['IL6 increases IGF1'],
  },
  {
    name: 'change-after-exposure-of-cells',
    reads: 'a change in Y after (following, upon) exposure (treatment) of the cells to (with) X: X changes Y; the cells are the place, never the cause',
    // Issue 7 (h-para32): change-after-cause allows two words before its cause, so "exposure of HCC cells to X" made the
    // cancer the cause; the cells' own phrase is spanned here and the agent is the name after "to"/"with".
    pattern: '{change} in|of ~3 @object ~4 after|following|upon ?the exposure|treatment|stimulation|incubation of %4 to|with @subject',
    relation: { fromClass: 'change' },
    example: 'A clear drop in STAT3 phosphorylation was seen after exposure of OSCC cells to NT157.',
    expected: ['NT157 decreases STAT3 [ctx OSCC]'],
  },
  // Issue 7, stop 52 (h-scope52): the passive of the same, "Y was induced by treatment of OSCC cells with X", "Y was
  // raised by exposing the cells to X": the cancer of the treated cells, the first name after the passive's "by", was
  // read as a disease going with Y (a level in a disease), and the agent after "with" ("to") was lost. The cells' own
  // phrase is spanned and the agent is the name after "with"/"to"; the objects listed before the verb share the claim.
  {
    name: 'changed-by-treating-cells',
    reads: 'Y was induced (raised, lowered) by (after, upon) treatment (exposure) of the cells with (to) X, or by treating (exposing) the cells with (to) X: X changes Y; the cells are the place, never the cause',
    pattern: '@object ~3 was|were|is|are ?also|significantly|markedly|strongly|further|clearly|dramatically|greatly|potently {participle} by|after|upon|following|through ?the exposure|treatment|stimulation|incubation|exposing|treating|stimulating|incubating|culturing ?of %5 with|to ~3 @subject',
    relation: { fromClass: 'participle' },
    listBefore: true,
    example: 'MMP-13 was raised by treatment of OSCC cells with IL-11.',
    expected: ['IL11 increases MMP13 [ctx OSCC]'],
  },
  {
    name: 'impaired-in-deficient',
    reads: 'Y is impaired (reduced, delayed, abolished) in X-deficient (X-null, X-knockout) mice or cells: the loss of X lowers Y, so X promotes Y',
    // Issue 7 (h-para32): the loss is a hyphenated modifier of the place; the verb reader saw no agent.
    // The loss words are vocabulary.ts lossWording's group place (one-word forms).
    pattern: `@object ~2 is|are|was|were ?markedly|severely|significantly|strongly|greatly|largely|almost|completely ?impaired|reduced|diminished|delayed|attenuated|decreased|abolished|blunted|abrogated|compromised|defective in ?the %2 @subject ${groupLossWords} mice|cells|animals|livers|tumours|tumors|models|lines|xenografts`,
    // The surface relation: the loss word before the place turns it round downstream (lossOfFunctionAt), as it does for the verb reader.
    relation: 'decreases',
    example: 'Tumour angiogenesis was severely impaired in STAT3-deficient mice.',
    expected: ['STAT3 increases ANGIOGENESIS [ctx CANCER]'],
  },
  {
    name: 'central-to',
    reads: 'X is central (crucial, essential, pivotal) to (for) Y: X promotes Y ("is not central to" does not match)',
    pattern: '@subject is|are|was|were|remains|remain ?also ?very ?particularly central|crucial|essential|pivotal|instrumental|critical|indispensable to|for ~3 @object',
    relation: 'promotes',
    example: 'STAT3 is also crucial for the invasion of breast cancer cells.',
    expected: ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]'],
  },
  {
    name: 'factor-essential-for',
    reads: 'X is (was identified as) a factor (molecule, protein ...) essential (crucial, required) for (to) Y: the adjective after the noun says it of X, so X promotes Y',
    // central-to wants the adjective right after the copula; a noun between them ("a factor essential to") left the sentence unread.
    pattern: '@subject ?, is|are|was|were|be|been|as|remains|remain ?a|an ?key ?novel factor|factors|molecule|molecules|protein|proteins|component|components|gene|genes|signal|signals|element|elements essential|crucial|critical|indispensable|necessary|required|vital to|for ~3 @object',
    relation: 'promotes',
    example: 'Earlier screens singled out vimentin as a protein indispensable for the migration of tumour cells.',
    expected: ['VIM promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'kind-that-is-central-to',
    reads: 'X is (are) a kind of N that is central (crucial, essential) to Y: the relative clause says it of X, so X promotes Y',
    pattern: '@subject is|are ?a|an ?the %5 that|which is|are ?also ?very central|crucial|essential|pivotal|instrumental|critical|indispensable to|for ~3 @object',
    relation: 'promotes',
    example: 'Hypoxia is a tumour condition that is crucial to cell invasion.',
    expected: ['HYPOXIA promotes CELL_INVASION [ctx CANCER]'],
  },
  {
    name: 'therapeutic-target-in',
    reads: 'X is (serves as) a (new, promising) therapeutic target in (for) Y: X drives Y',
    pattern: '@subject ~3 is|are|was|were|be|serve|serves|served|act|acts|represents|represent|constitutes|emerges|emerged ?as ?a|an ~3 therapeutic|treatment|drug|druggable target|targets in|for|against ~3 @object',
    relation: 'promotes',
    example: 'Vimentin might be a useful therapeutic target in gastric cancer metastasis.',
    expected: ['VIM promotes METASTASIS [ctx GASTRIC_CANCER]'],
  },
  // Issue 7 (h-actor31b): X put forward as a candidate for a therapy against a process ("a candidate for
  // anti-metastatic therapy") was no therapeutic-target-in, which wants "therapeutic target" and the process
  // after "for". Only a molecule or a pathway is such a target: a drug that is a candidate for anti-Y therapy
  // lowers Y, so drugs and chemicals are no subject here.
  {
    name: 'candidate-for-anti-process-therapy',
    reads: 'X is (emerges as) a candidate (target) for anti-Y therapy: X drives Y',
    pattern: '@subject ~3 is|are|was|were|be|emerges|emerge|emerged|represents|represent|appears|appear ?as ?a|an ~3 candidate|candidates|target|targets for ?an ?the anti @object ~2 therapy|therapies|treatment|treatments|strategy|strategies|intervention|interventions',
    relation: 'promotes',
    subjectTypes: ['cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'rna', 'protein-family', 'pathway'],
    example: 'Vimentin has now emerged as a plausible candidate for anti-invasive treatment.',
    expected: ['VIM promotes CELL_INVASION'],
  },
  // Issue 7 (h-actor31b): "X activation is (is emerging as) a central feature of Y" names X's state as part of Y,
  // an association, not a cause. The adjective is one of a closed list, so "is not a feature of" never matches.
  {
    name: 'feature-of',
    reads: 'X (its activation) is a central (key, defining ...) feature (hallmark) of Y: X goes with Y',
    pattern: '@subject ~2 is|are|was|were|has|have|represents|represent|emerges|emerged|appears|appeared|remains|remain ?been ?now|increasingly ?emerging|appearing|becoming ?as a|an|the ?central|key|defining|common|prominent|major|fundamental|characteristic|typical|core|crucial|critical|consistent|main|frequent|recurrent feature|features|hallmark|hallmarks of ?the @object',
    relation: 'associated-with',
    polarity: 'positive',
    example: 'Sustained activation of STAT3 is increasingly appearing as a defining feature of EMT.',
    expected: ['STAT3 associated-with(positive) EMT'],
  },
  {
    name: 'targeting-is-strategy-against',
    reads: 'targeting (blocking) X is a (promising) strategy (approach) against (to treat) Y: the loss of X lowers Y, so X drives Y (the loss-of-function word inverts, as in "knockdown of X reduced Y")',
    pattern: 'targeting|blocking|inhibiting|silencing|inhibition|blockade|suppression ?of @subject ~3 is|are|was|were|be|represents|represent|offers|offer|provides|provide ?a|an ~3 strategy|strategies|approach|approaches|option|avenue|means against ~3 @object',
    relation: 'decreases',
    example: 'Targeting STAT3 could be a promising strategy against thyroid cancer invasion.',
    expected: ['STAT3 increases CELL_INVASION [ctx THYROID_CANCER]'],
  },
  {
    name: 'targeting-is-strategy-to-lower',
    reads: 'targeting X is a strategy to treat (limit, for the treatment of) Y: the loss of X lowers Y, so X drives Y (a purpose that raises Y is the next frame)',
    pattern: 'targeting|blocking|inhibiting|silencing|inhibition|blockade|suppression ?of @subject ~3 is|are|was|were|be|represents|represent|offers|offer|provides|provide ?a|an ~3 strategy|strategies|approach|approaches|option|avenue|means to|for ?the treat|treating|treatment|therapy|management|limit|limiting|prevent|preventing|prevention|control|controlling|block|blocking|reduce|reducing|inhibit|inhibiting|suppress|suppressing ?of ~3 @object',
    relation: 'decreases',
    example: 'Inhibiting STAT3 is a sound approach for the treatment of thyroid cancer invasion.',
    expected: ['STAT3 increases CELL_INVASION [ctx THYROID_CANCER]'],
  },
  {
    name: 'targeting-is-strategy-to-raise',
    reads: 'targeting X is a strategy to enhance (restore) Y, a drug\'s efficacy: the loss of X raises Y, so X lowers it',
    pattern: 'targeting|blocking|inhibiting|silencing|inhibition|blockade|suppression ?of @subject ~3 is|are|was|were|be|represents|represent|offers|offer|provides|provide ?a|an ~3 strategy|strategies|approach|approaches|option|avenue|means to|for enhance|enhancing|improve|improving|restore|restoring|increase|increasing|potentiate|potentiating ~3 @object',
    relation: 'increases',
    example: 'Targeting IL-6R is a strategy for enhancing sorafenib efficacy in HCC.',
    expected: ['IL6R decreases SORAFENIB_SENSITIVITY [ctx HCC]'],
  },
  {
    name: 'predicate-noun-relative',
    reads: 'X is a (critical) mechanism (factor, cytokine ...) that promotes (induces ...) Y: X does what the relative clause says',
    pattern: '@subject ~3 is|are|was|were|be|represents|represent|remains|remain|constitutes|serves|serve|served|acts|act|acted|functions|function ?as a|an|the|one ~4 mechanism|mechanisms|factor|factors|pathway|pathways|mediator|mediators|driver|drivers|cytokine|cytokines|regulator|regulators|molecule|molecules|protein|proteins|event|events|process|processes|signal|signals|step|feature|features that|which ?also ?directly ?strongly {verb} ~3 @object',
    relation: { fromClass: 'verb' },
    example: 'Tumour hypoxia is a common event that drives angiogenesis.',
    expected: ['HYPOXIA promotes ANGIOGENESIS'],
  },
  {
    name: 'highly-expressed-in-condition',
    reads: 'Y is highly expressed (increased) in hypoxic tumours (under hypoxia): the condition (an entity of type condition, never a cancer or cell line) raises Y; the objects listed before it share the claim',
    pattern: '@object ?) ?, ~2 is|are|was|were ?also ?highly|strongly|markedly|significantly|frequently|often ?over expressed|overexpressed|elevated|increased|upregulated|up-regulated|induced|enriched|accumulated in|under @subject',
    relation: 'increases',
    subjectTypes: ['condition'],
    listBefore: true,
    example: 'Twist1, N-cadherin and vimentin are highly expressed in hypoxic tumours.',
    expected: ['HYPOXIA increases VIM [ctx CANCER]', 'HYPOXIA increases CDH2 [ctx CANCER]', 'HYPOXIA increases TWIST1 [ctx CANCER]'],
  },
  {
    name: 'condition-launches-processes',
    reads: 'under (in) condition X, cells start (undergo) processes such as Y and Z: X promotes Y and Z (an entity of type condition, never a cancer or cell line)',
    pattern: '^ %8 under|in @subject ?conditions|condition *, %3 initiate|initiates|undergo|undergoes|launch|launches|activate|activates|mount|mounts|trigger|triggers ~3 processes|programs|programmes|responses|changes such as|including|like @object',
    relation: 'promotes',
    subjectTypes: ['condition'],
    example: 'Under hypoxic conditions, tumour cells launch adaptive processes such as angiogenesis and invasion.',
    expected: ['HYPOXIA promotes ANGIOGENESIS [ctx CANCER]', 'HYPOXIA promotes CELL_INVASION [ctx CANCER]'],
  },
  {
    name: 'role-for-in',
    reads: 'a role for X (X inhibition, X signalling) in Y: X promotes Y; a loss-of-function word after X inverts',
    pattern: 'role|roles|involvement for @subject ?inhibition|blockade|suppression|loss|knockdown|silencing|depletion|deletion|activation|signalling|signaling|expression in -3 @object',
    relation: 'promotes',
    example: 'This supports a role for STAT3 activation in breast cancer metastasis.',
    expected: ['STAT3 promotes METASTASIS [ctx BREAST_CANCER]'],
  },
  // Issue 7 (stop 49): "a pro-angiogenic role for X in tumours" was read by role-for-in as X promoting the tumours; the
  // adjective names the process X drives, and the place after "in" is the claim's setting.
  {
    name: 'pro-process-role-for',
    reads: 'a pro-angiogenic (pro-invasive ...) role (function) for X: X promotes the process the adjective names (impliedMentions.ts)',
    pattern: 'pro @object role|roles|function|functions for @subject',
    supersedes: ['role-for-in'],
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'These data point to a pro-metastatic role for vimentin in gastric tumours.',
    expected: ['VIM promotes METASTASIS [ctx GASTRIC_CANCER]'],
  },
  {
    name: 'anti-process-role-for',
    reads: 'an anti-apoptotic (anti-invasive ...) role (function) for X: X holds back the process the adjective names',
    pattern: 'anti @object role|roles|function|functions for @subject',
    supersedes: ['role-for-in'],
    relation: 'decreases',
    objectTypes: ['process', 'phenotype'],
    example: 'Several reports describe an anti-apoptotic role for STAT3 in liver tumour cells.',
    expected: ['STAT3 decreases APOPTOSIS [ctx LIVER_CANCER]'],
  },
  {
    name: 'is-involved-in',
    reads: 'X is (known to be) involved in Y: X takes part in Y, which it drives ("not involved" does not match)',
    pattern: '@subject ~3 is|are|was|were|be|been ?also ?known|thought|believed|reported ?to ?be ?directly|critically|actively|closely|deeply|strongly involved in -3 @object',
    relation: 'promotes',
    example: 'In gastric cancer, vimentin is known to be involved in metastasis.',
    expected: ['VIM promotes METASTASIS [ctx GASTRIC_CANCER]'],
  },
  // Issue 7 (stop 48, h-recall48): a process said to happen in the course of another takes part in it, as one
  // "involved in" it does: "EMT takes place during invasion", "cells undergo EMT during metastasis". Only a process
  // (or phenotype) on both sides: "apoptosis occurs during sorafenib treatment" names a treatment, no process.
  {
    name: 'takes-place-during',
    reads: 'X takes place (occurs, happens) during Y, cells undergo X during Y: the process X takes part in the process Y, which it drives',
    pattern: '@subject ~2 takes|take|took|occurs|occur|occurred|happens|happen|happened ?place ?normally ?frequently ?often during ?the ?course ?of -3 @object',
    relation: 'promotes',
    subjectTypes: ['process', 'phenotype'],
    objectTypes: ['process', 'phenotype'],
    example: 'In breast tumours, EMT takes place during invasion and metastasis.',
    expected: ['EMT promotes CELL_INVASION [ctx BREAST_CANCER]', 'EMT promotes METASTASIS [ctx BREAST_CANCER]'],
  },
  {
    name: 'undergo-during',
    reads: 'cells undergo X during Y: the process X takes part in the process Y, which it drives',
    pattern: 'undergo|undergoes|underwent|undergoing @subject ~2 during ?the ?course ?of -3 @object',
    relation: 'promotes',
    subjectTypes: ['process', 'phenotype'],
    objectTypes: ['process', 'phenotype'],
    example: 'Carcinoma cells undergo EMT during the course of metastasis.',
    expected: ['EMT promotes METASTASIS [ctx CARCINOMA]'],
  },
  {
    name: 'raises-genes-involved-in',
    reads: 'X increases (induces) the expression of genes involved in Y (and Z): X does that to Y',
    pattern: '@subject ~2 {verb} ?the expression|transcription|levels|production of ?many|several|various|numerous|multiple ?target genes|proteins|factors|molecules|mediators involved|implicated in -2 @object',
    relation: { fromClass: 'verb' },
    example: 'Vimentin increases the expression of genes involved in cell migration and invasion.',
    expected: ['VIM increases CELL_MIGRATION', 'VIM increases CELL_INVASION'],
  },
  {
    // Issue 7 (stop 44): review prose names the processes a regulator's target genes serve with other participles
    // than "involved in": "genes linked to Y", "genes related to Y", "genes associated with Y". The regulator's hold
    // on the genes is its hold on the processes, as in the frame above.
    name: 'raises-genes-linked-to',
    reads: 'X controls (raises) the expression of (target) genes linked (related) to Y, associated with Y: X does that to Y',
    pattern: `@subject ~2 {verb} ?the expression|transcription|levels|production of ?many|several|various|numerous|multiple ?target genes|proteins|factors|molecules|mediators ${associationParticipleList.join('|')} ${associationPrepositions.join('|')} -2 @object`,
    relation: { fromClass: 'verb' },
    example: 'In breast tumour cells, STAT3 drives the transcription of target genes linked to invasion and metastasis.',
    expected: ['STAT3 promotes CELL_INVASION [ctx BREAST_CANCER]', 'STAT3 promotes METASTASIS [ctx BREAST_CANCER]'],
  },
  {
    name: 'positive-association-between',
    reads: 'a (strong) positive association (correlation) between X ... (a statistic), Y: X goes with Y',
    pattern: 'positive association|correlation|relationship|link was|were|is ?observed|found|noted|seen|detected|shown between ?the ?higher|high|elevated|increased ?levels|expression ?of @subject *, ?and @object',
    relation: 'associated-with',
    polarity: 'positive',
    example: 'A positive correlation was found between high IL-11 levels in the tumours (p < 0.05), and lymph node metastasis.',
    expected: ['IL11 associated-with(positive) LYMPH_NODE_METASTASIS [ctx CANCER]'],
  },
  {
    name: 'made-in-place-acts',
    reads: 'X produced (secreted) in hypoxic tumours (by Z) can cause Y: X, not the place or the producer, does what the verb says',
    pattern: '@subject produced|secreted|released|generated|expressed|made in|by|under %4 ~4 {verb} ~3 @object',
    relation: { fromClass: 'verb' },
    example: 'Inflammatory cytokines secreted in hypoxic tumours are thought to drive metastasis.',
    expected: ['INFLAMMATORY_CYTOKINE promotes METASTASIS [ctx CANCER,HYPOXIA]'],
  },
  {
    name: 'confers-resistance-after-relative-clause',
    reads: 'X, which ..., confers resistance to D: X promotes resistance to D (the relative clause set off by commas is skipped)',
    pattern: '@subject *, which *, ?also ?can ?may confer|confers|conferred resistance|resistant to @object',
    relation: 'promotes',
    example: 'Two point mutations in KRAS, which are frequent in colon cancer, confer resistance to gefitinib.',
    // The relative clause's cancer is where the mutations are frequent, not where they confer resistance (appositions.ts).
    expected: ['NCBIGENE_3845 promotes DRUG_RESISTANCE [ctx DRUG_GEFITINIB]'],
  },
  // Issue 7 (h-noread): a role with no "in Y" after it takes its process from a phrase fronted before the subject:
  // "In liver regeneration, IL-6 plays a critical role." The role must end the sentence, so a role "in Z" after it
  // (read by the other role frames) keeps its own object.
  // Issue 7 (h-actor31b): the process fronted as the topic ("With regard to matrix remodelling, X are the main
  // executors"), its agent named by a noun of agency after the copula. Like fronted-process-role, the process stands
  // only before the subject; a noun that names no drive ("regulators", "markers") is left out.
  {
    name: 'fronted-process-agent',
    reads: 'With regard to (in, as for) Y, X is the main executor (driver, effector ...): X promotes Y',
    pattern: '^ with|in|as|concerning ?regard|respect ?to|of|for ?the @object -3 , @subject is|are|was|were|remains|remain the|a|an ~3 executor|executors|driver|drivers|effector|effectors|orchestrator|orchestrators|engine|engines|mediator|mediators',
    relation: 'promotes',
    // A fronted disease is the setting ("In HCC, X is the main mediator" of something unnamed), not the process.
    objectTypes: ['process', 'phenotype'],
    example: 'In regard to cell invasion, MMPs are the principal effectors.',
    expected: ['MMPS promotes CELL_INVASION'],
  },
  // Issue 7 (h-actor31b): the field of study fronted as the topic ("Research into Y has shown that X plays a key
  // role"), the role ending the sentence as in fronted-process-role; an aside between "that" and the subject
  // ("that, among the factors studied, X plays") is the second frame.
  {
    name: 'research-into-process-role',
    reads: 'Research into (studies of) Y has shown that X plays a (key ...) role: X promotes Y',
    pattern: '^ research|studies|work|investigations into|on|of ?the @object has|have ?also ?now revealed|shown|demonstrated|established|confirmed that @subject ?may ?also plays|play|played|has|have a|an ~4 role|part $',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Work on cell migration has now shown that vimentin plays a decisive role.',
    expected: ['VIM promotes CELL_MIGRATION'],
  },
  {
    name: 'research-into-process-role-aside',
    reads: 'Research into Y has shown that, among ..., X plays a (key ...) role: X promotes Y',
    pattern: '^ research|studies|work|investigations into|on|of ?the @object has|have ?also ?now revealed|shown|demonstrated|established|confirmed that , *, @subject ?may ?also plays|play|played|has|have a|an ~4 role|part $',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Studies of cell invasion have shown that, of all the kinases examined, AKT1 plays a leading part.',
    expected: ['AKT1 promotes CELL_INVASION'],
  },
  // Issue 7 (h-actor31b): a signalling system described by its kind, then the adjective of need after the noun
  // ("X is a tightly regulated network essential for Y"; "... dispensable for Y", its one-word flip). The verb
  // reader wants the adjective right after the copula, and factor-essential-for names molecules, not systems. A
  // name spelt out before its bracketed short form ("... receptor (R) signalling is") ends on the bracket.
  {
    name: 'system-essential-for',
    reads: 'X is a (regulated ...) network (pathway, system) essential (required ...) for Y: X promotes Y',
    pattern: '@subject ?) ?signalling|signaling|activity|activation ?, is|are|was|were|be|been|remains|remain ?a|an|the ~3 network|networks|pathway|pathways|system|systems|mechanism|mechanisms|machinery|program|programme|cascade|axis essential|crucial|critical|indispensable|necessary|required|vital to|for ~3 @object',
    relation: 'promotes',
    example: 'STAT3 signalling is a finely tuned network indispensable for cell migration.',
    expected: ['STAT3 promotes CELL_MIGRATION'],
  },
  {
    name: 'noun-dispensable-for',
    reads: 'X is a network (pathway, factor ...) dispensable (unnecessary) for Y: X has no effect on Y',
    pattern: '@subject ?) ?signalling|signaling|activity|activation ?, is|are|was|were|be|been|remains|remain ?a|an|the ~3 network|networks|pathway|pathways|system|systems|mechanism|mechanisms|machinery|program|programme|cascade|axis|factor|factors|molecule|molecules|protein|proteins|component|components|gene|genes|signal|signals dispensable|unnecessary|expendable to|for ~3 @object',
    relation: 'no-effect',
    example: 'STAT3 signalling is a finely tuned network dispensable for cell migration.',
    expected: ['STAT3 no-effect CELL_MIGRATION'],
  },
  // Issue 7 (h-actor31b): the agent switches on unnamed pathways, and the relative clause says what they are needed
  // for ("X activates pathways in liver cells that are required for Y"): the sentence credits X with Y.
  {
    name: 'activates-pathways-required-for',
    reads: 'X activates (triggers) pathways (signals) that are required (needed, essential) for Y: X promotes Y',
    pattern: '@subject ?also ?thus ?in ?turn activates|activate|activated|triggers|trigger|triggered|engages|engage|engaged ~2 pathways|pathway|signals|cascades|cascade|programs|programmes %4 that|which is|are|were ?also required|needed|essential|necessary|crucial|critical|indispensable for ?triggering|inducing|driving|initiating|promoting|sustaining ?the @object',
    relation: 'promotes',
    example: 'IL-11 activates signalling cascades in tumour cells that are needed for cell migration.',
    expected: ['IL11 promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'fronted-process-role',
    reads: 'In (during) Y, X plays (has) a (key ...) role: X promotes Y',
    pattern: '^ in|during ?the @object -3 , @subject ?may ?also ?thus plays|play|played|has|have|had|exerts|exert a|an ~4 role|part $',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'During hepatic regeneration after injury, IL-6 plays an indispensable role.',
    expected: ['IL6 promotes LIVER_REGENERATION'],
  },
  // Issue 7 (h-noread): a causative verb with the state it brings about after its object ("X renders cells
  // resistant to D") had no trigger: "render" is no relation verb, so the sentence named a cause and a resistance
  // the library knows and read nothing. The cells (a plain noun after up to three words) stand between, and "more"
  // may qualify the state; "less", "no longer", "sensitive to" stop the frame (no word but "more" may follow the cells).
  {
    name: 'renders-cells-resistant',
    reads: 'X renders (makes) cells resistant (refractory) to D: X promotes resistance to D',
    pattern: '@subject ~3 render|renders|rendered|rendering|make|makes|made|making %3 cells|tumours|tumors|xenografts|lines ?more resistant|refractory|insensitive|unresponsive to @object',
    relation: 'promotes',
    // A drug only, as in condition-cells-resistant: "resistant to apoptosis" is less apoptosis (the frame below).
    objectTypes: ['drug', 'chemical'],
    example: 'Long exposure to hypoxia made the hepatoma cells resistant to sorafenib.',
    expected: ['HYPOXIA promotes SORAFENIB_RESISTANCE [ctx HCC]'],
  },
  // Issue 7 (stop 34, h-prec34): the same causative with a process after "resistant to": "X made the cells resistant
  // to apoptosis" says X holds apoptosis back (read by the frame above as X promoting it, the sign turned round).
  {
    name: 'renders-cells-resistant-to-process',
    reads: 'X renders (makes) cells resistant to a process (apoptosis, anoikis): X suppresses the process',
    pattern: '@subject ~3 render|renders|rendered|rendering|make|makes|made|making %3 cells|tumours|tumors|xenografts|lines ?more resistant|refractory|insensitive|unresponsive to @object',
    relation: 'suppresses',
    objectTypes: ['process'],
    example: 'In hepatoma cells, IGF-1 made the cells more resistant to apoptosis.',
    expected: ['IGF1 suppresses APOPTOSIS [ctx HCC]'],
  },
  // Issue 7 (stop 48): the resistance to a process said as a hyphenated adjective, "X renders the cells
  // apoptosis-resistant": read by the frame below as X promoting apoptosis (a false contradiction of a finding
  // that X holds it back, and support of the opposite one).
  {
    name: 'renders-cells-process-resistant',
    reads: 'X renders (makes) cells process-resistant ("apoptosis-resistant", "anoikis-resistant"): X suppresses the process',
    pattern: '@subject ~3 render|renders|rendered|rendering|make|makes|made|making %3 cells|tumours|tumors|xenografts|lines ?more @object resistant|refractory',
    relation: 'suppresses',
    objectTypes: ['process'],
    supersedes: ['renders-cells-named-resistance'],
    example: 'In hepatoma cells, IGF-1 made the cells apoptosis-resistant.',
    expected: ['IGF1 suppresses APOPTOSIS [ctx HCC]'],
  },
  {
    name: 'renders-cells-named-resistance',
    reads: 'X renders (makes) cells resistant to chemotherapy (a resistance the lexicon names as one term): X promotes that resistance',
    pattern: '@subject ~3 render|renders|rendered|rendering|make|makes|made|making %3 cells|tumours|tumors|xenografts|lines ?more @object',
    relation: 'promotes',
    example: 'In our hands, prolonged hypoxia renders tumour cells chemotherapy-resistant.',
    expected: ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'],
  },
  // Issue 7 (stop 44, h-dev44): a verb of change with the cells and the state they come to after it, "X transforms
  // tumour cells to become more invasive", "X turns the cells into more motile and invasive ones", "X pushes cancer
  // cells to grow more aggressive": the state is X's doing, as "X makes cells more invasive" says (read by the
  // frame above). Only a process or phenotype: "to become resistant to D" is read by the resistance frames.
  {
    name: 'transforms-cells-to-become',
    reads: 'X transforms (turns, pushes) cells to become (into) more Y-adjective: X promotes Y',
    pattern: '@subject ~3 transform|transforms|transformed|transforming|convert|converts|converted|converting|turn|turns|turned|turning|push|pushes|pushed|pushing|reprogram|reprograms|reprogrammed|reprogramming %3 cells|tumours|tumors|xenografts|lines to|into become|becoming|grow|be|more|highly ?more|highly ~2 @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'In these cultures, IL-11 transformed the OSCC cells to become more invasive.',
    expected: ['IL11 promotes CELL_INVASION [ctx OSCC]'],
  },
  // Issue 7 (stop 52, h-flip52): the same change toward less of a trait, "X transforms the cells to become less
  // aggressive and invasive", "X turns tumour cells into less motile ones": X holds the trait back (the frame above
  // read its gap across "less", X promoting it, a false support of the finding the sentence turns round).
  {
    name: 'transforms-cells-to-become-less',
    reads: 'X transforms (turns, pushes) cells to become (into) less Y-adjective: X inhibits Y',
    pattern: '@subject ~3 transform|transforms|transformed|transforming|convert|converts|converted|converting|turn|turns|turned|turning|push|pushes|pushed|pushing|reprogram|reprograms|reprogrammed|reprogramming %3 cells|tumours|tumors|xenografts|lines to|into ?become|becoming|grow|be less ?aggressive|malignant|motile|migratory|invasive|proliferative|metastatic|tumorigenic|tumourigenic|mesenchymal|stem-like ?and|or @object',
    relation: 'inhibits',
    objectTypes: ['process', 'phenotype'],
    supersedes: ['transforms-cells-to-become'],
    example: 'In these cultures, IL-11 transformed the OSCC cells to become less aggressive and invasive.',
    expected: ['IL11 inhibits CELL_INVASION [ctx OSCC]'],
  },
  // (Both frames take at most one other trait adjective before the object, "less aggressive and invasive": a wider gap
  // read "less resistant to apoptosis" as less apoptosis, the opposite of what it says.)
  // Issue 7 (stop 52): "X renders (makes) the cells less invasive": X holds the trait back (nothing was read, and
  // "more" is read by renders-cells-named-resistance).
  {
    name: 'renders-cells-less',
    reads: 'X renders (makes) cells less Y-adjective: X inhibits Y',
    pattern: '@subject ~3 render|renders|rendered|rendering|make|makes|made|making %3 cells|tumours|tumors|xenografts|lines less ?aggressive|malignant|motile|migratory|invasive|proliferative|metastatic|tumorigenic|tumourigenic|mesenchymal|stem-like ?and|or @object',
    relation: 'inhibits',
    objectTypes: ['process', 'phenotype'],
    example: 'In these cultures, IL-11 made the OSCC cells less invasive.',
    expected: ['IL11 inhibits CELL_INVASION [ctx OSCC]'],
  },
  // Issue 7 (stop 52, h-flip52): a resistance to a process as the state, "X transforms the cells to become (more)
  // resistant to apoptosis": X holds the process back, as renders-cells-resistant-to-process reads (the frame above
  // read its gap across "resistant to", X promoting apoptosis, a false contradiction).
  {
    name: 'transforms-cells-resistant-to-process',
    reads: 'X transforms (turns, pushes) cells to become resistant to a process: X suppresses the process',
    pattern: '@subject ~3 transform|transforms|transformed|transforming|convert|converts|converted|converting|turn|turns|turned|turning|push|pushes|pushed|pushing|reprogram|reprograms|reprogrammed|reprogramming %3 cells|tumours|tumors|xenografts|lines to|into become|becoming|grow|be ?more|highly resistant|refractory|insensitive|tolerant to @object',
    relation: 'suppresses',
    objectTypes: ['process'],
    supersedes: ['transforms-cells-to-become'],
    example: 'In these cultures, IL-11 transformed the OSCC cells to become more resistant to apoptosis.',
    expected: ['IL11 suppresses APOPTOSIS [ctx OSCC]'],
  },
  // Issue 7 (stop 52, h-flip52): an effect named by the change it fits, "X induced changes consistent with a
  // decreased metastatic potential", "X caused alterations compatible with enhanced invasion": the change named after
  // "consistent with" is X's, its adjective the direction (nothing was read: the verb's object is "changes").
  {
    name: 'changes-consistent-with-less',
    reads: 'X induced (caused) changes consistent with a decreased Y: X inhibits Y',
    pattern: '@subject ~3 induce|induces|induced|inducing|cause|causes|caused|causing|produce|produces|produced|producing|elicit|elicits|elicited|trigger|triggers|triggered ?other ?the ?several ?many changes|alterations|effects|responses ?more|most|fully|largely|entirely consistent|compatible|in with ?line ?with ?a|an decreased|reduced|diminished|lower|lowered|less|attenuated|impaired ~2 @object',
    relation: 'inhibits',
    objectTypes: ['process', 'phenotype'],
    example: 'IL-11 caused changes consistent with a reduced metastatic potential.',
    expected: ['IL11 inhibits METASTASIS'],
  },
  {
    name: 'changes-consistent-with-more',
    reads: 'X induced (caused) changes consistent with an increased Y: X promotes Y',
    pattern: '@subject ~3 induce|induces|induced|inducing|cause|causes|caused|causing|produce|produces|produced|producing|elicit|elicits|elicited|trigger|triggers|triggered ?other ?the ?several ?many changes|alterations|effects|responses ?more|most|fully|largely|entirely consistent|compatible|in with ?line ?with ?a|an increased|enhanced|elevated|higher|greater|more|augmented ~2 @object',
    relation: 'promotes',
    objectTypes: ['process', 'phenotype'],
    example: 'IL-11 caused changes consistent with an increased metastatic potential.',
    expected: ['IL11 promotes METASTASIS'],
  },
  // Issue 7 (stop 32, h-verb32): the state itself said of cells that a condition describes, "hypoxic tumour cells
  // are resistant to D", "hypoxic cancer cells being sensitive to D" (after "due to"): the condition (an entity
  // of type condition, never a cancer or cell line) gives the cells the state, as "renders cells resistant" says.
  {
    name: 'condition-cells-resistant',
    reads: 'condition-X cells are (become) resistant (refractory) to D: X promotes resistance to D',
    pattern: '@subject %3 cells|tumours|tumors|xenografts|lines ?are|is|were|was|become|became|becomes|remain|remained|being ?also|often|frequently|usually|generally|commonly|relatively|inherently|intrinsically|more|highly resistant|refractory|insensitive|unresponsive to @object',
    relation: 'promotes',
    subjectTypes: ['condition'],
    // A drug only: "resistant to apoptosis" is less apoptosis, which this frame would read the wrong way round.
    objectTypes: ['drug', 'chemical'],
    example: 'Hypoxic hepatoma cells were resistant to sorafenib.',
    expected: ['HYPOXIA promotes SORAFENIB_RESISTANCE [ctx HCC]'],
  },
  {
    name: 'condition-cells-named-resistance',
    reads: 'condition-X cells are resistant to chemotherapy (a resistance the lexicon names as one term): X promotes that resistance',
    pattern: '@subject %3 cells|tumours|tumors|xenografts|lines ?are|is|were|was|become|became|becomes|remain|remained|being ?also|often|frequently|usually|generally|commonly|relatively|inherently|intrinsically|more|highly @object',
    relation: 'promotes',
    subjectTypes: ['condition'],
    objectTypes: ['phenotype'],
    example: 'Hypoxic tumour cells are often resistant to chemotherapy.',
    expected: ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'],
  },
  // Issue 7 (stop 33, h-w10b33): the cause named in a participle clause after the cells rather than before them,
  // "tumour cells adapted to hypoxic conditions grow more resistant to radiation", "HCC cells kept in IL-6 became
  // refractory to sorafenib": what was done to the cells gives them the state, as in "hypoxic cells are resistant".
  // A drug is no such cause: cells exposed to a drug that become resistant to it acquired the resistance (a
  // selection, acquiredInSelected.ts), which the drug does not promote.
  {
    name: 'cells-exposed-to-become-resistant',
    reads: 'cells exposed (adapted, cultured) to (in, under) X grow (become, are) more resistant to D: X promotes resistance to D',
    pattern: 'cells|tumours|tumors|lines|xenografts|cultures adapting|adapted|exposed|cultured|grown|kept|maintained|incubated|stimulated|treated|primed to|in|under|with ?the|a|an ?prolonged|chronic|long-term|persistent @subject ?conditions|condition|environment|microenvironment|milieu ~2 ?are|is|were|was|become|became|becomes|grow|grew|grows|turn|turned|turns|remain|remained ?also|often|frequently|usually|generally|commonly|relatively|progressively|increasingly|more|highly resistant|refractory|insensitive|unresponsive to @object',
    relation: 'promotes',
    subjectTypes: ['condition', 'cytokine', 'growth-factor', 'protein', 'cell-type'],
    // A drug only, as in condition-cells-resistant: "resistant to apoptosis" is less apoptosis.
    objectTypes: ['drug', 'chemical'],
    example: 'Tumour cells adapted to chronic hypoxia somehow turn more resistant to sorafenib.',
    expected: ['HYPOXIA promotes SORAFENIB_RESISTANCE [ctx CANCER]'],
  },
  {
    name: 'cells-exposed-to-named-resistance',
    reads: 'cells exposed (adapted, cultured) to X grow more resistant to radiation (a resistance the lexicon names as one term): X promotes that resistance',
    pattern: 'cells|tumours|tumors|lines|xenografts|cultures adapting|adapted|exposed|cultured|grown|kept|maintained|incubated|stimulated|treated|primed to|in|under|with ?the|a|an ?prolonged|chronic|long-term|persistent @subject ?conditions|condition|environment|microenvironment|milieu ~2 ?are|is|were|was|become|became|becomes|grow|grew|grows|turn|turned|turns|remain|remained ?also|often|frequently|usually|generally|commonly|relatively|progressively|increasingly|more|highly @object',
    relation: 'promotes',
    subjectTypes: ['condition', 'cytokine', 'growth-factor', 'protein', 'cell-type'],
    objectTypes: ['phenotype'],
    example: 'Glioma cells cultured under hypoxic conditions became more resistant to radiotherapy.',
    expected: ['HYPOXIA promotes RADIORESISTANCE [ctx DOID_3070]'],
  },
  // Issue 7 (stop 35, h-near35): the condition named after the cells as where they live, not what was done to them,
  // and the state reported rather than seen to change: "tumour cells residing in hypoxic regions are resistant to
  // chemotherapy", "cells in such hypoxic environments have long been known to be sensitive to anticancer therapy". As
  // "hypoxic tumour cells are resistant to chemotherapy" (condition-cells-named-resistance), the condition gives the
  // cells the state; a verb of being is required, so "cells in hypoxic regions" alone says nothing.
  {
    name: 'cells-in-condition-named-state',
    reads: 'cells (living, residing) in X regions (environments) are (are known to be) resistant (sensitive) to therapy (a state the lexicon names as one term): X promotes that state',
    pattern: 'cells|tumours|tumors|lines ?existing|residing|located|living|lying|situated|found|growing in|under|within ?such|the|these ?prolonged|chronic|persistent|severe|profoundly|poorly @subject ?conditions|condition|environments|environment|microenvironments|microenvironment|milieu|regions|region|areas|zones ?have|has|are|is|were|was ?long|also|often|widely|generally ?been ?known|shown|reported|thought|believed ?to be|are|is|were|was|been|become|became|remain|remained ?also|often|frequently|usually|generally|commonly|relatively|inherently|intrinsically|more|highly|less @object',
    relation: 'promotes',
    subjectTypes: ['condition'],
    objectTypes: ['phenotype'],
    example: 'Tumour cells residing in hypoxic regions have long been known to be resistant to chemotherapy.',
    expected: ['HYPOXIA promotes CHEMORESISTANCE [ctx CANCER]'],
  },
  // The bearer of an anti- or -promoting adjective, said of the subject as pro-process-agent reads "a pro-invasive
  // factor": the adjective names the process and which way the bearer moves it.
  {
    name: 'anti-process-agent',
    reads: 'X is (acts as) an anti-apoptotic (anti-invasive ...) factor: X inhibits the process the adjective names (impliedMentions.ts)',
    pattern: '@subject ~3 is|are|was|were|acts|act|acted|serves|serve|served|represents|represent|remains|remain|emerges|emerged ?as ?a|an ~2 anti @object',
    relation: 'inhibits',
    objectTypes: ['process', 'phenotype'],
    example: 'In hepatoma cells, IL-6 serves as a potent anti-apoptotic signal.',
    expected: ['IL6 inhibits APOPTOSIS [ctx HCC]'],
  },
  {
    name: 'process-promoting-agent',
    reads: 'X is a growth-promoting (invasion-inducing, apoptosis-inhibiting ...) factor: X does to the process what the tied gerund says',
    pattern: '@subject ~3 is|are|was|were|acts|act|acted|serves|serve|served|represents|represent|remains|remain|emerges|emerged ?as ?a|an ~2 @object {gerund}',
    // (The noun after the gerund may be a class the lexicon knows, "cytokine", an entity: the tied gerund says enough.)
    relation: { fromClass: 'gerund' },
    objectTypes: ['process', 'phenotype'],
    example: 'In tumour cells, vimentin is a key migration-promoting protein.',
    expected: ['VIM promotes CELL_MIGRATION [ctx CANCER]'],
  },
  {
    name: 'makes-contribution-to',
    reads: 'X makes (made) a (major, key ...) contribution to Y: X promotes Y (the contribution\'s size is read by roleScale.ts)',
    pattern: '@subject ~3 makes|make|made|making ?a|an|no ~3 contribution|contributions to -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Hypoxia makes a major contribution to the invasion of tumour cells.',
    expected: ['HYPOXIA promotes CELL_INVASION [ctx CANCER]'],
  },
  {
    name: 'at-the-heart-of',
    reads: 'X is (lies, sits) at the heart (centre, core) of Y: X drives Y',
    pattern: '@subject ~3 is|are|was|were|lies|lie|lay|sits|sit|stands|stand|remains|remain ?firmly at the heart|centre|center|core of -3 @object',
    relation: 'promotes',
    example: 'In breast cancer cells, HIF-1α lies at the heart of cell migration.',
    expected: ['HIF1A promotes CELL_MIGRATION [ctx BREAST_CANCER]'],
  },
  // Role nouns whose object is an act, not a process: "a role in promoting Y", "a part in limiting Y". The plain
  // role frames leave a gerund out of their gap ("a role in limiting Y" is no role in Y); here the gerund's verb
  // names the relation (any verb of the lexicon, or one of `roleGerunds`: "in shaping Y" regulates Y).
  {
    name: 'plays-role-in-doing',
    reads: 'X plays a (key ...) role (part) in promoting (limiting, shaping ...) Y: X does to Y what the gerund says',
    pattern: '@subject ~3 plays|play|played|playing|has|have|had ~5 role|roles|part|parts in {gerund} -4 @object',
    relation: { fromClass: 'gerund' },
    example: 'STAT3 appears to play an essential part in driving the invasion of tumour cells.',
    expected: ['STAT3 promotes CELL_INVASION [ctx CANCER]'],
  },
  // Issue 7 (stop 45, h-actor45b): the same act said in a relative clause set off by a comma, "X, which plays a role in
  // promoting Y". The verb lexicon reads "plays a role in Y" after ", which" with the name before it as its subject,
  // but not a gerund after it, and the frame above wants the verb right after the subject: the sentence read nothing.
  // A list closed before the comma shares the role when the verb is plural ("A and B, which play ...", frameClaims).
  {
    name: 'relative-plays-role-in-doing',
    reads: 'X, which plays a (key ...) role (part) in promoting (limiting ...) Y: X does to Y what the gerund says',
    pattern: '@subject , which ?also ?thus ?may ?can ?both ?all plays|play|played|has|have|had ~5 role|roles|part|parts in {gerund} -4 @object',
    relation: { fromClass: 'gerund' },
    example: 'In gastric cancer, VEGF, which has a decisive part in driving the migration of endothelial cells, is abundant.',
    expected: ['VEGF promotes CELL_MIGRATION [ctx GASTRIC_CANCER]'],
  },
  // Issue 7 (stop 42, h-actor42): the same act after the other predicates of taking part. "X is involved in
  // regulating Y" read nothing (is-involved-in leaves a gerund out of its gap, as the role frames do), while "X is
  // involved in the regulation of Y" and "X plays a part in regulating Y" read; the gerund's verb names the relation.
  {
    name: 'involved-in-doing',
    reads: 'X is (known to be) involved (implicated) in regulating (promoting, limiting ...) Y: X does to Y what the gerund says',
    pattern: '@subject ~3 is|are|was|were|be|been ?also ?known|thought|believed|reported|shown ?to ?be ?directly|critically|actively|closely|deeply|strongly|mainly|largely|primarily involved|implicated in {gerund} -3 @object',
    relation: { fromClass: 'gerund' },
    example: 'In liver cells, JAK1 is thought to be closely involved in governing the growth of hepatocytes.',
    expected: ['NCBIGENE_3716 regulates CELL_GROWTH [ctx CL_0000182]'],
  },
  {
    name: 'takes-part-in-doing',
    reads: 'X participates (takes part, is a key player) in controlling (driving, limiting ...) Y: X does to Y what the gerund says',
    pattern: '@subject ~3 participates|participate|participated|takes|take|took|is|are|was|were ?part|a|an ?key|central|major|main|important|critical ?player|players|participant|participants in {gerund} -3 @object',
    relation: { fromClass: 'gerund' },
    example: 'Vimentin takes part in driving the migration of tumour cells.',
    expected: ['VIM promotes CELL_MIGRATION [ctx CANCER]'],
  },
  // A predicate noun with a participle in -ing after it, no comma or relative word between: "X is a kinase
  // regulating Y" says what "X is a kinase that regulates Y" says, which the relative-clause reading takes.
  {
    name: 'noun-then-gerund',
    reads: 'X is a N regulating (promoting, limiting ...) Y, a reduced relative on the predicate noun: X does to Y what the participle says',
    pattern: '@subject ~2 is|are|was|were|represents|remains a|an ~3 {gerund} -3 @object',
    relation: { fromClass: 'gerund' },
    example: 'STAT1 is a cytoplasmic protein limiting the proliferation of tumour cells.',
    expected: ['STAT1 decreases CELL_PROLIFERATION [ctx CANCER]'],
  },
  {
    name: 'role-of-in-doing',
    reads: 'the role of X in promoting (limiting ...) Y: X does to Y what the gerund says',
    pattern: 'role|roles|involvement|contribution of @subject in {gerund} -3 @object',
    relation: { fromClass: 'gerund' },
    example: 'Few studies address the role of hypoxia in limiting apoptosis.',
    expected: ['HYPOXIA decreases APOPTOSIS'],
  },
  // A role (function) spelt out by the copula's complement: "the main role of X in Y is its suppression of Z", "a key
  // function of X is the induction of Z". The complement names what X does; the role's field Y is only its setting, so
  // role-of-in's reading "X promotes Y" yields (issue 7, h-w11b34: "the role of X in cancer is its suppression of
  // tumour growth" was read as X promoting cancer, a false support of a contradicted claim).
  {
    name: 'role-is-event',
    reads: 'the (main ...) role (function) of X (in Y) is (its) suppression (induction, promotion ...) of Z: X does that to Z',
    pattern: 'role|roles|function|functions|task|contribution of @subject %4 is|was|are|were|be|remains|lies ?in ~3 {eventNoun} of ~3 @object',
    relation: { fromClass: 'eventNoun' },
    supersedes: ['role-of-in'],
    example: 'The chief function of IL-11 in these tumours is the promotion of cell invasion.',
    expected: ['IL11 promotes CELL_INVASION [ctx CANCER]'],
  },
  {
    name: 'role-is-to-do',
    reads: 'the (main ...) role (function) of X (in Y) is to suppress (drive ...) Z: X does that to Z (the verb reader reads the verb too; the frame silences role-of-in)',
    pattern: 'role|roles|function|functions|task|contribution of @subject %4 is|was|are|were|remains to {verb} ~3 @object',
    relation: { fromClass: 'verb' },
    supersedes: ['role-of-in'],
    example: 'A major role of hypoxia in breast cancer is to drive cell migration.',
    expected: ['HYPOXIA promotes CELL_MIGRATION [ctx BREAST_CANCER]'],
  },
  {
    name: 'role-is-doing',
    reads: 'the (main ...) role (function) of X (in Y) is suppressing (promoting ...) Z: X does that to Z',
    pattern: 'role|roles|function|functions|task|contribution of @subject %4 is|was|are|were|remains {gerund} ~3 @object',
    relation: { fromClass: 'gerund' },
    supersedes: ['role-of-in'],
    example: 'One well-known function of STAT3 in HCC cells is limiting apoptosis.',
    expected: ['STAT3 decreases APOPTOSIS [ctx HCC]'],
  },
  // The writer reports what studies have linked: "many studies have tied X to Y", "recent work associates X with Y",
  // "reports implicate X in Y". The verb is active and its subject a noun of research, so X stands after the verb, where
  // the verb reader looks for an object (issue 7, h-w11b34: read nothing). A noun of research before the verb is
  // required: "X linked to Y" is the passive participle, read by the verb reader.
  {
    name: 'research-links-x-to-y',
    reads: 'studies (reports, evidence, we) have linked (tied, connected, related, associated) X to (with) Y: X goes with Y',
    pattern: `studies|study|reports|evidence|data|work|findings|analyses|research|investigations|observations|experiments|papers|authors|investigators|we ~3 ${researchLinkVerbs} %4 @subject to|with -5 @object`,
    relation: 'associated-with',
    example: 'Several studies have tied the cytokine IL-11 to the invasion of gastric cancer cells.',
    expected: ['IL11 associated-with(positive) CELL_INVASION [ctx GASTRIC_CANCER]'],
  },
  {
    name: 'research-implicates-x-in-y',
    reads: 'studies (reports, evidence) have implicated X in Y: X takes part in Y, direction unsaid',
    pattern: 'studies|study|reports|evidence|data|work|findings|analyses|research|investigations|observations|experiments|papers|authors|investigators|we ~3 implicate|implicates|implicated %4 @subject in -4 @object',
    relation: 'regulates',
    example: 'Recent reports implicate STAT3 in the invasion of HCC cells.',
    expected: ['STAT3 regulates CELL_INVASION [ctx HCC]'],
  },
  // "X is one of the key pathways (mechanisms, factors, causes) in Y": one member of a set of participants, each of
  // which drives Y; the importance word is required ("one of the pathways of Y" may only name Y's parts). Nouns of
  // agency take "of" ("one of the main causes of Y"); nouns of a part take only "in", "behind" or "underlying":
  // "one of the key pathways of IGF-1 signalling", "a component of the TME" name parts, not causes.
  {
    name: 'one-of-the-key-in',
    reads: 'X is one of the key (main, many ...) causes (drivers, factors) of Y, or pathways (mechanisms) in Y: X promotes Y',
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|constitute|emerged|emerges ?as one of the ?most important|key|critical|major|crucial|essential|main|central|pivotal|principal|leading|many|primary|dominant|decisive|prominent ~1 drivers|causes|factors|contributors|determinants|triggers|promoters in|of|to|for|behind|underlying -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'Hypoxia is one of the main causes of resistance to chemotherapy.',
    expected: ['HYPOXIA promotes CHEMORESISTANCE'],
  },
  // Issue 7 (h-w18b41, stop 41): the same set named first and the participant after the copula, as introductions put
  // it: "One of the main contributors to Y is X", "A major driver of A and B is X". The importance word is required, as
  // above ("the cause of Y is unknown", "one of the factors in Y is ..." may only list parts); a list of objects before
  // the copula shares the claim.
  {
    name: 'one-of-the-key-is-x',
    reads: 'One of the key (main, major ...) causes (drivers, contributors) of Y is X, A major driver of Y is X: X promotes Y',
    pattern: '^ ?one ?of ?the|a|an ?most important|key|critical|major|crucial|essential|main|central|pivotal|principal|leading|primary|dominant|decisive|prominent ~1 drivers|driver|causes|cause|factors|factor|contributors|contributor|determinants|determinant|triggers|trigger|promoters|promoter of|to|for|behind|underlying %6 @object is|was|remains|appears|seems ?to ?be ?the|a|an ~2 @subject',
    relation: 'promotes',
    listBefore: true,
    // What is driven is a process or phenotype: in "the key drivers of metastasis in gastric cancer is X" the name
    // before the copula is the setting, not what X drives.
    objectTypes: ['process', 'phenotype'],
    example: 'One of the major contributing factors to tumour progression and chemoresistance is hypoxia.',
    expected: ['HYPOXIA promotes CHEMORESISTANCE', 'HYPOXIA promotes TUMOR_PROGRESSION'],
  },
  // Issue 7 (stop 53, h-recB53): the regulators named first, the participants after the copula: "the main regulators of
  // Y are A, B and C". Unsigned, as "A, B and C are the main regulators of Y" is read (regulates); the importance
  // word is required, so "the regulators of Y are unknown (poorly defined)" names nobody, and a process is what is
  // regulated ("the main regulators of EMT in HCC are ...": the cancer is the setting).
  {
    name: 'key-regulators-of-y-are-x',
    reads: 'The main (key, major ...) regulators of Y are A, B and C: each regulates Y',
    pattern: 'the ?most important|key|critical|major|crucial|essential|main|central|pivotal|principal|leading|primary|master regulators|regulator|modulators|modulator of ?the @object are|is|include|includes ~1 @subject',
    relation: 'regulates',
    objectTypes: ['process', 'phenotype'],
    example: 'The main regulators of EMT are E-cadherin, Twist and vimentin.',
    // (The frame reads the first of the list after the copula; a list with a backed member is supported.)
    expected: ['CDH1 regulates EMT'],
  },
  // Issue 7 (h-w12b35, stop 35): a process or condition fronted with "during", and the cells' gain named after it:
  // "During EMT, carcinoma cells acquire invasiveness", "Throughout hypoxia, tumour cells gain a greater capacity to
  // migrate". The fronted process is what brings the gain about (as "under hypoxia, cells launch processes" above).
  // The gained trait must follow the verb at once, after at most an article and an adjective of degree: a longer span
  // could reach past "and lose" to a trait the cells give up ("gain polarity and lose E-cadherin").
  {
    name: 'during-process-cells-gain',
    reads: 'during process X, cells gain (acquire, develop) trait Y: X promotes Y (X a process or condition, never a drug, cancer or cell line)',
    pattern: '^ during|throughout @subject *, %4 ?then ?rapidly ?progressively acquire|acquires|acquired|gain|gains|gained|develop|develops|developed|attain|attains|attained ?a|an|the ?enhanced|increased|greater|higher|heightened|elevated|stronger @object',
    relation: 'promotes',
    subjectTypes: ['process', 'condition', 'phenotype'],
    example: 'During EMT, carcinoma cells acquire enhanced invasiveness and motility.',
    expected: ['EMT promotes CELL_INVASION [ctx CARCINOMA]', 'EMT promotes CELL_MIGRATION [ctx CARCINOMA]'],
  },
  {
    name: 'during-process-cells-gain-phenotype-with',
    reads: 'during process X, cells gain a phenotype (features, traits) that includes (with, such as) Y: X promotes Y',
    // The phenotype may be an entity of its own ("a mesenchymal phenotype" is EMT's), hence %3 for its words.
    pattern: '^ during|throughout @subject *, %4 ~6 acquire|acquires|acquired|gain|gains|gained|develop|develops|developed|adopt|adopts|adopted ?a|an|the %3 ?that|which include|includes|including|comprising|encompassing ?enhanced|increased|greater|higher|heightened|elevated ?a|an ?enhanced|increased|greater|higher|heightened|elevated @object',
    relation: 'promotes',
    subjectTypes: ['process', 'condition', 'phenotype'],
    example: 'During EMT, tumour cells adopt a mesenchymal phenotype that includes heightened migration and invasion.',
    expected: ['EMT promotes CELL_MIGRATION [ctx CANCER]', 'EMT promotes CELL_INVASION [ctx CANCER]'],
  },
  // Issue 7 (h-w12b35, stop 35): the producer of a named product whose effect a relative clause states: "CAFs secrete
  // growth factors that support tumour growth", "Fibroblasts release soluble factors such as IL-6 that drive HCC
  // progression". The producer brings the effect about through its product (the route); the product's own claim is the
  // relative clause's, and the secretion stays the verb reader's. The product must be named (an entity) right before
  // "that"/"which", after at most a few words of its kind ("soluble factors such as"), so the span crosses no other verb.
  {
    name: 'secreted-product-that-acts',
    reads: 'X secretes (produces, releases) product M that (which) promotes Y: X promotes Y through M (Y a process or phenotype)',
    pattern: '@subject ?also ?can ?may secrete|secretes|secreted|produce|produces|produced|release|releases|released ~4 @mediator that|which ?can ?may ?also ?further {verb} ~2 @object',
    relation: { fromClass: 'verb' },
    subjectTypes: ['cell-type', 'condition', 'cytokine', 'growth-factor', 'receptor', 'kinase', 'transcription-factor', 'enzyme', 'protein', 'protein-family', 'pathway'],
    objectTypes: ['process', 'phenotype'],
    example: 'CAFs secrete soluble factors such as IL-6 that drive HCC progression.',
    expected: ['CAF increases IL6 [ctx HCC]', 'CAF promotes TUMOR_PROGRESSION [ctx HCC] via IL6'],
  },
  {
    name: 'one-of-the-key-pathways-in',
    reads: 'X is one of the key (main ...) pathways (mechanisms, players, events) in (behind, underlying) Y: X promotes Y',
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|constitute|emerged|emerges ?as one of the ?most important|key|critical|major|crucial|essential|main|central|pivotal|principal|leading|many|primary|dominant|decisive|prominent ~1 pathways|mechanisms|players|events|steps|processes in|behind|underlying -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'The IGF-1R pathway is one of the dominant mechanisms behind the proliferation of tumour cells.',
    expected: ['IGF1R_PATHWAY promotes CELL_PROLIFERATION [ctx CANCER]'],
  },
  {
    name: 'key-pathway-in',
    reads: 'X is a key (major, central ...) pathway (mechanism, player, event) in (behind, underlying) Y: X promotes Y',
    // important-factor-in holds the agent nouns (factor, driver, contributor); these are the nouns of a part in a
    // process, so only "in" and its kin: "a component of the TME" is a part of it, not its cause. The words of need
    // ("a basic (fundamental, necessary, integral) step in Y", stop 52) say the part matters as the words of weight do;
    // an adjective of neither ("a late step", "a minor event") reads nothing here. "Is also a key step in" is the same
    // claim (stop 52); "~2" before the copula cannot take it, as it sits after.
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes ?also ?a|an|the ?very ?most important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading|primary|dominant|basic|fundamental|integral|vital|indispensable|necessary pathway|mechanism|player|event|step|process in|behind|underlying -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    example: 'In gastric cancer, STAT3 signalling was a central mechanism in tumour cell migration.',
    expected: ['STAT3 promotes CELL_MIGRATION [ctx CANCER,GASTRIC_CANCER]'],
  },
  // Issue 7 (h-w18b48, stop 48): "X is (seen as) a key (central ...) component of Y" where Y is a process or a
  // phenotype: a working part of a process is one of the things that carry it out, so X drives it, as "a central
  // mechanism in Y" (above). The importance word is required, and only a process or phenotype is driven: "a component
  // of the TME" (a condition), "of the IL-6 receptor complex" or "of the JAK/STAT pathway" name what X belongs to.
  {
    name: 'key-component-of-process',
    reads: 'X is a key (central, major ...) component (element, constituent) of process Y: X promotes Y',
    pattern: '@subject ~2 is|are|was|were|be|remains|remain|represents|represent|constitutes|constitute ?as ?a|an|the ?very ?most important|key|critical|major|crucial|essential|main|central|pivotal|decisive|principal|leading|primary|dominant|integral|fundamental component|components|element|elements|constituent|constituents of -3 @object',
    relation: 'promotes',
    turnedBy: 'effect',
    objectTypes: ['process', 'phenotype'],
    example: 'In many tumours, hypoxia remains a critical component of tumour progression.',
    expected: ['HYPOXIA promotes TUMOR_PROGRESSION [ctx CANCER]'],
  },
  // Issue 7 (h-w18b48, stop 48): what follows from X listed as its outcomes: "(The) consequences (outcomes) of X
  // include Y and Z" says X brings Y and Z about. Only a process, condition or phenotype is the cause and only a
  // process or phenotype the outcome ("outcomes of the trial include overall survival" names measures, no cause). The
  // words before X may only say it is excessive or unchecked, never a loss ("of impaired migration"), so a level word
  // the frame spans ("include reduced apoptosis") is the outcome's own and turns the relation.
  {
    name: 'outcomes-of-include',
    reads: 'the consequences (outcomes) of X include Y: X promotes Y (X a process, condition or phenotype)',
    pattern: '^ ?the ?main|major|key|important|common|known|principal|clinical|biological|functional consequences|outcomes of ?the ?abnormal|aberrant|deregulated|dysregulated|excessive|sustained|chronic|persistent|prolonged|uncontrolled @subject ~2 include|includes|included ~3 @object',
    relation: 'promotes',
    turnedBy: 'level',
    subjectTypes: ['process', 'condition', 'phenotype'],
    objectTypes: ['process', 'phenotype'],
    example: 'Consequences of chronic hypoxia include invasion and metastasis.',
    expected: ['HYPOXIA promotes CELL_INVASION', 'HYPOXIA promotes METASTASIS'],
  },
];

/**
 * Gerunds of a role's act that the verb lexicon leaves out (their bare forms are mostly nouns: "cell shape", "a
 * tight control"), read only after "a role in": "a role in shaping Y", "in controlling Y" say X steers Y.
 */
const roleGerunds: Readonly<Record<string, ClaimRelation>> = wordTable({ shaping: 'regulates', governing: 'regulates', orchestrating: 'promotes', fuelling: 'promotes', fueling: 'promotes' });
/**
 * The -ing forms of the light verbs of cause (vocabulary.ts lightCauseVerbs), which the verb lexicon reads only with
 * their preposition: "a role in contributing to Y", "a part in leading to Y" say X brings Y about; a change named in Y's
 * phrase turns it as for any gerund ("a role in contributing to the loss of Y"). Not the reversed rows ("resulting
 * from" names the cause after it) nor those that need a change word (issue 7, stop 39).
 */
const lightCauseGerunds: ReadonlyMap<string, ClaimRelation> = new Map(
  lightCauseVerbs.filter((row) => !row.reversed && !row.needsChange).flatMap((row) => row.forms.filter((form) => form.endsWith('ing')).map((form) => [form, row.relation] as const)),
);

/** Words of the =N span: no preposition ("of", "against", "to"), determiner or relative word, which would open another phrase. */
const relativeWords: ReadonlySet<string> = new Set(['that', 'which', 'who', 'whose', 'whom', 'where', 'to']);
function describingWord(lower: string): boolean {
  return !prepositions.has(lower) && !determiners.has(lower) && !relativeWords.has(lower);
}

type Element =
  | { kind: 'role'; role: 'subject' | 'object' | 'mediator' }
  | { kind: 'words'; words: Set<string>; optional: boolean }
  | { kind: 'skip'; max: number; noGerund?: boolean; describing?: boolean }
  | { kind: 'class'; name: string }
  | { kind: 'start' }
  | { kind: 'end' }
  | { kind: 'toComma' }
  | { kind: 'span'; max: number }
  | { kind: 'source'; max: number };

/**
 * Words that say where an agent came from or how it was given, not how much of it there was: "the inhibitory effect
 * of locally made and exogenous IL-6 on Y" is IL-6's effect. A word of amount or loss ("reduced", "low", "depleted",
 * "silenced") is none of them: "the effect of reduced X on Y" is the effect of less X, and the frame then reads nothing.
 */
const sourceWords: ReadonlySet<string> = new Set([
  'locally', 'systemically', 'made', 'produced', 'derived', 'secreted', 'released', 'synthesized', 'synthesised', 'and', 'or',
  'exogenous', 'endogenous', 'exogenously', 'endogenously', 'recombinant', 'purified', 'soluble', 'human', 'murine', 'mouse',
  'autocrine', 'paracrine', 'added', 'administered', 'injected', 'supplied',
]);

export interface CompiledFrame {
  frame: Frame;
  elements: Element[];
  /** The word sets of the frame's required (not optional) words: a sentence without a word of each cannot match. */
  required: Set<string>[];
}

/** Parses every frame's pattern once. A malformed pattern is a programming error in this table: it throws. */
export function compileFrames(list: readonly Frame[] = frames): CompiledFrame[] {
  return list.map((frame) => {
    const elements = frame.pattern.split(/\s+/).filter(Boolean).map((part) => compileElement(part, frame.name));
    return { frame, elements, required: elements.flatMap((e) => (e.kind === 'words' && !e.optional ? [e.words] : [])) };
  });
}

function compileElement(part: string, name: string): Element {
  if (part.startsWith('@')) {
    const role = part.slice(1);
    if (role !== 'subject' && role !== 'object' && role !== 'mediator') throw new Error(`frame ${name}: unknown role ${part}`);
    return { kind: 'role', role };
  }
  if (/^~\d+$/.test(part)) return { kind: 'skip', max: Number(part.slice(1)) };
  if (/^-\d+$/.test(part)) return { kind: 'skip', max: Number(part.slice(1)), noGerund: true };
  if (/^=\d+$/.test(part)) return { kind: 'skip', max: Number(part.slice(1)), noGerund: true, describing: true };
  if (part === '^') return { kind: 'start' };
  if (part === '$') return { kind: 'end' };
  if (part === '*,') return { kind: 'toComma' };
  if (/^%\d+$/.test(part)) return { kind: 'span', max: Number(part.slice(1)) };
  if (/^\+\d+$/.test(part)) return { kind: 'source', max: Number(part.slice(1)) };
  if (part.startsWith('{') && part.endsWith('}')) {
    const className = part.slice(1, -1);
    if (!wordClasses[className] && className !== 'participle' && className !== 'verb' && className !== 'gerund') throw new Error(`frame ${name}: unknown word class ${part}`);
    return { kind: 'class', name: className };
  }
  const optional = part.startsWith('?');
  return { kind: 'words', words: new Set((optional ? part.slice(1) : part).split('|')), optional };
}

export interface FrameMatch {
  frame: Frame;
  subject: number;
  object: number;
  mediators: number[];
  relation: ClaimRelation;
  /** Token indices of the first and last token the frame covers. */
  first: number;
  last: number;
}

interface Captures {
  subject: number;
  object: number;
  mediators: number[];
  classWord?: string;
}

/** Switched off only by the test that checks the prefilter changes no reading (constructionTriggers.test.ts). */
export const framePrefilter = { enabled: true };

/**
 * Every match of every frame in a sentence's tokens, leftmost first; a frame matches at most once per start
 * token. Skips are bounded, so the cost stays linear in the sentence's length.
 */
export function matchFrames(tokens: readonly Token[], compiled: readonly CompiledFrame[]): FrameMatch[] {
  const found: FrameMatch[] = [];
  // Issue 10: every frame was tried at every token of every sentence. A frame needs a word of each of its
  // required word sets among the sentence's words, and its first element decides where it can start; both
  // are checked before matching, so a sentence pays only for the frames its words can make. The required sets
  // are looked up from the sentence's words (an index word -> frames), not walked frame by frame.
  const filter = framePrefilter.enabled;
  const candidates = filter ? candidateFrames(tokens, compiled) : null;
  // An apposition after the subject (appositions.ts: "X, a cytokine made in Y, ..." or "X, including A and B,
  // ...") describes it: a frame reads past it from the subject to its predicate, as the verb reader does.
  // Found only when a frame can match at all: most sentences have none.
  let described: Int32Array | null | undefined;
  let captures: Captures | undefined;
  for (let f = 0; f < compiled.length; f++) {
    if (candidates && candidates.have[f] !== candidates.full[f]) continue;
    const { frame, elements } = compiled[f];
    const first = filter ? elements[0] : undefined;
    for (let start = 0; start < tokens.length; start++) {
      if (first?.kind === 'start' && start > 0) break;
      if (first?.kind === 'role' && tokens[start].kind !== 'entity') continue;
      if (first?.kind === 'words' && !first.optional && (tokens[start].kind === 'entity' || !first.words.has(tokens[start].lower))) continue;
      if (described === undefined) described = appositionsOf(tokens);
      // A failed match leaves its captures as it found them (matchAt restores each on failure), so one object serves
      // every start tried until a match is found; a new one after each match (its mediators go into the match).
      captures ??= { subject: -1, object: -1, mediators: [] };
      const end = matchAt(tokens, elements, 0, start, captures, described);
      if (end < 0) continue;
      const matched = captures;
      captures = undefined;
      if (matched.subject < 0 || matched.object < 0) continue;
      let relation = typeof frame.relation === 'string' ? frame.relation : classMeaning(frame.relation.fromClass, matched.classWord ?? '');
      if (frame.turnedBy) relation = turnedRelation(tokens, start, end, frame.turnedBy) ?? relation;
      if (!relation) continue;
      found.push({ frame, subject: matched.subject, object: matched.object, mediators: matched.mediators, relation, first: start, last: end - 1 });
      start = end - 1;
    }
  }
  return found.sort((a, b) => a.first - b.first);
}

interface FrameIndex {
  /** For each word, the frames with a required set that holds it, and that set's bit. */
  byWord: Map<string, { frame: number; bit: number }[]>;
  /** Per frame, the bits of all its required sets (0: no required word, always a candidate). */
  full: Uint32Array;
  /**
   * Per frame, the bits the sentence being read has: a scratch table emptied by each call (candidateFrames), not
   * allocated per sentence (a typed array per sentence was ~1% of a 100k-word full check; issue 10, stop 37).
   */
  have: Uint32Array;
}

const frameIndexes = new WeakMap<readonly CompiledFrame[], FrameIndex>();

/** The index of a compiled list, built on first use. */
function frameIndex(compiled: readonly CompiledFrame[]): FrameIndex {
  let index = frameIndexes.get(compiled);
  if (index) return index;
  const byWord = new Map<string, { frame: number; bit: number }[]>();
  const full = new Uint32Array(compiled.length);
  compiled.forEach(({ required }, frame) => {
    // Sets beyond 32 are not indexed: the frame is then still checked by matching (a superset of candidates).
    required.slice(0, 32).forEach((set, r) => {
      const bit = 2 ** r;
      full[frame] += bit;
      for (const word of set) {
        let list = byWord.get(word);
        if (!list) byWord.set(word, (list = []));
        list.push({ frame, bit });
      }
    });
  });
  index = { byWord, full, have: new Uint32Array(compiled.length) };
  frameIndexes.set(compiled, index);
  return index;
}

/**
 * Which frames have a word of each of their required word sets among the sentence's words: frame f is a candidate when
 * `have[f] === full[f]`. The tables are the index's scratch ones, valid until the next call (matchFrames reads them
 * before any other sentence is read).
 */
function candidateFrames(tokens: readonly Token[], compiled: readonly CompiledFrame[]): { have: Uint32Array; full: Uint32Array } {
  const { byWord, full, have } = frameIndex(compiled);
  have.fill(0);
  // A word met again sets the same bits again: cheaper than remembering which words were met (a set per sentence).
  for (const token of tokens) {
    // (A name's last word that is a class noun counts, as matchAt lets it: "malignant behaviours".)
    const list = token.kind === 'entity' ? classNounOf(token, byWord) : byWord.get(token.lower);
    if (list) for (const { frame, bit } of list) have[frame] |= bit;
  }
  // (The index itself is the answer, read as `have[f] === full[f]`: no array of every frame's answer per sentence,
  // ~0.3% of a 100k-word full check; issue 10, stop 38.)
  return { have, full };
}

/** Matches elements[e..] from token t; returns the index after the last matched token, or -1. */
function matchAt(tokens: readonly { kind: string; lower: string }[], elements: readonly Element[], e: number, t: number, captures: Captures, described: Int32Array | null): number {
  if (e === elements.length) return t;
  const element = elements[e];
  const token = tokens[t];
  switch (element.kind) {
    case 'role': {
      if (token?.kind !== 'entity') return -1;
      // (What to restore on failure in three locals, and the places to try after the name without an array of them:
      // no object per name tried at every start of every candidate frame; issue 10, stop 37.)
      const savedSubject = captures.subject;
      const savedObject = captures.object;
      const savedMediators = captures.mediators.length;
      if (element.role === 'mediator') captures.mediators.push(t);
      else captures[element.role] = t;
      // "PI3K/AKT1": a slash pair is one participant.
      const pair = tokens[t + 1]?.kind === 'punct' && tokens[t + 1].lower === '/' && tokens[t + 2]?.kind === 'entity';
      // "interleukin-6 (IL-6)": a name and its bracketed short form are one participant.
      const short = !pair && shortFormAfter(tokens, t);
      // The pattern as written first ("@subject *, which ..." reads the relative clause itself), then past a description.
      let end = -1;
      const tries = pair || short ? 2 : 1;
      for (let n = 0; n < tries; n++) {
        const after = n === 0 ? (pair ? t + 3 : t + 1) : pair ? t + 1 : t + 4;
        if (end < 0) end = matchAt(tokens, elements, e + 1, after, captures, described);
        const past = pastDescription(described, after, element.role, tokens);
        if (end < 0 && past !== after) end = matchAt(tokens, elements, e + 1, past, captures, described);
      }
      if (end < 0) {
        captures.subject = savedSubject;
        captures.object = savedObject;
        captures.mediators.length = savedMediators;
      }
      return end;
    }
    case 'words': {
      if (token !== undefined && (token.kind !== 'entity' ? element.words.has(token.lower) : classNounEnding(token, element.words))) {
        const end = matchAt(tokens, elements, e + 1, t + 1, captures, described);
        if (end >= 0) return end;
      }
      return element.optional ? matchAt(tokens, elements, e + 1, t, captures, described) : -1;
    }
    case 'start':
      return t === 0 ? matchAt(tokens, elements, e + 1, t, captures, described) : -1;
    case 'end':
      return t === tokens.length ? matchAt(tokens, elements, e + 1, t, captures, described) : -1;
    case 'toComma': {
      // Bounded by the sentence; the first comma ends it, so the cost stays linear.
      let k = t;
      while (k < tokens.length && !(tokens[k].kind === 'punct' && tokens[k].lower === ',')) k++;
      return k < tokens.length ? matchAt(tokens, elements, e + 1, k + 1, captures, described) : -1;
    }
    case 'class': {
      if (token?.kind !== 'word' || !classMeaning(element.name, token.lower)) return -1;
      const saved = captures.classWord;
      captures.classWord = token.lower;
      const end = matchAt(tokens, elements, e + 1, t + 1, captures, described);
      if (end < 0) captures.classWord = saved;
      return end;
    }
    case 'span': {
      for (let n = 0; n <= element.max; n++) {
        if (n > 0 && tokens[t + n - 1]?.kind === 'punct') return -1;
        // A span never passes over a negation: "X is not a factor that ..." states nothing of the frame.
        if (n > 0 && (tokens[t + n - 1]?.lower === 'not' || tokens[t + n - 1]?.lower === 'no')) return -1;
        const end = matchAt(tokens, elements, e + 1, t + n, captures, described);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'source': {
      // Only the words of `sourceWords`, and a run that ends in a name ("made and IL-6" is no run of modifiers).
      for (let n = 0; n <= element.max; n++) {
        const word = tokens[t + n - 1];
        if (n > 0 && (word?.kind !== 'word' || !sourceWords.has(word.lower))) return -1;
        if (n > 0 && (word.lower === 'and' || word.lower === 'or') && tokens[t + n]?.kind === 'entity') return -1;
        const end = matchAt(tokens, elements, e + 1, t + n, captures, described);
        if (end >= 0) return end;
      }
      return -1;
    }
    case 'skip': {
      for (let n = 0; n <= element.max; n++) {
        if (n > 0 && tokens[t + n - 1]?.kind !== 'word') return -1;
        if (n > 0 && element.noGerund && isGerund(tokens[t + n - 1].lower)) return -1;
        if (n > 0 && element.describing && !describingWord(tokens[t + n - 1].lower)) return -1;
        // "X has a role in which it lowers Y": a preposition with "which" ("in which", "through whom") opens a relative
        // clause whose own verb says what X does; no gap runs through it (issue 7, stop 50: "a role in which it
        // opposes Y" was read as a role in Y, the clause's lowering a rise).
        if (n > 0 && relativePronouns.has(tokens[t + n - 1].lower) && tokens[t + n - 2]?.kind === 'word' && relativePrepositions.has(tokens[t + n - 2].lower)) return -1;
        const end = matchAt(tokens, elements, e + 1, t + n, captures, described);
        if (end >= 0) return end;
      }
      return -1;
    }
  }
}

/** A relative clause opened by a preposition: "in which", "by whom", "through whose". */
const relativePronouns = new Set(['which', 'whom', 'whose']);
const relativePrepositions = new Set(['in', 'on', 'to', 'by', 'through', 'via', 'for', 'with', 'during', 'of', 'from', 'upon']);

/** The entity at `t` is followed by its own short form in brackets: "interleukin-6 (IL-6)", "cancer-associated fibroblasts (CAFs)". */
function shortFormAfter(tokens: readonly { kind: string; lower: string; mention?: { entityId: string } }[], t: number): boolean {
  const open = tokens[t + 1];
  const inner = tokens[t + 2];
  const close = tokens[t + 3];
  return open?.kind === 'punct' && open.lower === '(' && inner?.kind === 'entity' && close?.kind === 'punct' && close.lower === ')' && inner.mention?.entityId === tokens[t].mention?.entityId;
}

/** After a subject, the token past the apposition that opens at `t`, if one does (appositions.ts); else `t`. */
function pastDescription(described: Int32Array | null, t: number, role: 'subject' | 'object' | 'mediator', tokens: readonly { kind: string; lower: string }[]): number {
  if (described === null || role !== 'subject' || t >= described.length) return t;
  // A name given to a description that opens the sentence, "The main stromal cells of the tumour, CAFs, play ...",
  // "Fibroblasts, known as CAFs, play ..." (appositions.ts namedAfterDescription): the comma after the name (and its
  // bracketed short form) closes the description, and the predicate follows it (issue 7, stop 39).
  if (described[t] === 0) {
    let name = t - 1;
    if (tokens[name]?.lower === ')' && tokens[name - 2]?.lower === '(') name -= 3;
    return tokens[t]?.lower === ',' && name > 0 && described[name - 1] !== 0 && described[0] === described[name - 1] ? t + 1 : t;
  }
  // A subject inside that description is no subject of the predicate after the name.
  if (t > 0 && described[t - 1] === described[t]) return t;
  const number = described[t];
  while (t < described.length && described[t] === number) t++;
  return t;
}

/**
 * The relation a word of `className` gives among the words a frame spans, or among the modifiers right before
 * its first word ("the suppressive role of X": up to three words, no entity or punctuation).
 */
function turnedRelation(tokens: readonly Token[], start: number, end: number, className: string): ClaimRelation | undefined {
  let from = start;
  while (from > 0 && start - from < 3 && tokens[from - 1].kind === 'word') from--;
  for (let k = from; k < end; k++) {
    const meaning = tokens[k].kind === 'word' ? classMeaning(className, tokens[k].lower) : undefined;
    if (meaning) return meaning;
  }
  return undefined;
}

/** The relation a word carries in a class; participles take their verb's. */
function classMeaning(className: string, word: string): ClaimRelation | undefined {
  if (className === 'participle') return isParticiple(word) ? verbTrigger(word) : undefined;
  // A finite verb, not a gerund: "a factor that promotes Y", never "a factor promoting" (a frame of its own).
  if (className === 'verb') return isGerund(word) ? undefined : verbTrigger(word);
  // A relation verb's gerund: "a role in promoting Y" (plays-role-in-doing).
  if (className === 'gerund') return isGerund(word) ? verbTrigger(word) ?? roleGerunds[word] ?? lightCauseGerunds.get(word) : undefined;
  return wordClasses[className]?.[word];
}

/**
 * A class noun of the class-and-members frames that a name holds as its last word: "a range of malignant behaviours,
 * including A and B", where "malignant behaviours" is an entity of its own (tumour aggressiveness). The frame's literal
 * class noun matches the name's last word, so the name does not stop the frame; its own claim is read as before
 * (issue 7, stop 34).
 */
const classNounsInNames: ReadonlySet<string> = new Set(['processes', 'events', 'functions', 'activities', 'aspects', 'steps', 'stages', 'phenotypes', 'hallmarks', 'features', 'behaviours', 'behaviors', 'traits', 'properties']);
/**
 * A family the lexicon names with one word, which is a frame's class noun as well: "X is a central cytokine in Y" (issue 7,
 * stop 39). The name is an entity of its own (CYTOKINE), which a pattern word did not match, so the frame left the
 * sentence unread; a frame that lists the word reads it as that noun, and the family's own claims are read as before.
 */
const familyNounsAsWords: ReadonlySet<string> = new Set(['cytokine', 'cytokines']);
function classNounOf(token: Token, byWord: FrameIndex['byWord']): { frame: number; bit: number }[] | undefined {
  if (familyNounsAsWords.has(token.lower)) return byWord.get(token.lower);
  const space = token.lower.lastIndexOf(' ');
  const last = space < 0 ? '' : token.lower.slice(space + 1);
  return classNounsInNames.has(last) ? byWord.get(last) : undefined;
}
function classNounEnding(token: { lower: string }, words: ReadonlySet<string>): boolean {
  if (familyNounsAsWords.has(token.lower)) return words.has(token.lower);
  const space = token.lower.lastIndexOf(' ');
  if (space < 0) return false;
  const last = token.lower.slice(space + 1);
  return classNounsInNames.has(last) && words.has(last);
}
