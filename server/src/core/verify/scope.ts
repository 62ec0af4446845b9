// Scope of a sentence (the labelling guideline, shared/eval/real/README.md): out-of-scope is for non-claims
// (aims, methods, questions, history, definitions of the field, epidemiology) and for claims about entities
// the library has no findings on. A sentence that asserts something about an entity the library has findings
// on, but that the reader could not turn into a claim, is unsupported (no evidence): never silent, never
// supported.
//
// The non-claim patterns are data: each with a sentence of our own that it must match (scope.test.ts).
import type { KnowledgeBase } from '../kb/knowledgeBase';
import type { Entity, Fact } from '../kb/schema';
import { processReadouts, readoutsAmong, type DerivedFact } from '../kb/inference';
import { nonMalignantWords, verbTrigger } from '../claims/vocabulary';
import { WordIndex } from '../claims/wordIndex';
import { membershipSource, membershipWords } from '../claims/membership';
import { byWordNumber, registerSentenceWords, sentenceLimit, type SentenceWords } from '../claims/sentenceWords';
import { foldForLiterals, requiredLiteralSets } from '../util/requiredLiterals';
import { allMatches } from '../util/allMatches';
import { classDefinitionPatterns } from './classDefinition';

export interface NonClaimPattern {
  kind: 'aim' | 'method' | 'question' | 'history' | 'definition' | 'epidemiology' | 'legend' | 'heading' | 'off-topic' | 'prospect';
  /**
   * `always`: whatever the reader found, save a finding the library backs (`framingKinds`); `no-claim`: only when no
   * claim was read (the words also occur in claims).
   */
  when: 'always' | 'no-claim';
  pattern: RegExp;
  /** A case-sensitive condition the sentence must also meet (the alternation of patterns is case-insensitive). */
  shape?: RegExp;
  /**
   * Lower-case strings one of which every match of `pattern` contains (the case-insensitive pattern's words
   * written literally, "was " of "(was|were) ..."): a sentence whose lower case holds none of them is not tried
   * with the pattern. Absent: always tried.
   */
  words?: readonly string[];
  /**
   * Only when what the sentence names before its first "is" ("are", "was", "were"), its subject, is nothing the library
   * states findings of its own on (a drug it knows only as a stand-in for its target counts as beyond it): a background
   * statement. The same words about a drug the library reports on ("sarilumab is an antibody against IL-11") are a
   * claim it can check, a near miss or a finding (analyzeBlock.ts asks).
   */
  subjectBeyondLibrary?: boolean;
  /**
   * A pattern of a non-framing kind that still holds whatever claim the reader found, as framingKinds do: a method step
   * whose only reading is a presupposed descriptor ("the IGF-1R inhibitor NT157 was a gift of ...").
   */
  frames?: boolean;
  /**
   * The most words (runs of non-space characters, as `\S+` reads them) a sentence the pattern matches can have: one
   * with more is not tried. For a pattern that matches only short sentences and has no words of its own to prefilter
   * by (the verbless title, tried on every sentence without a claim).
   */
  maxWords?: number;
  example: string;
}

/**
 * The prefilter's words for a dose with its unit ("10 µM", "5nM"): the unit's letters alone ("nm", "mm", "um") are in
 * "environment", "immune" and "tumour", so the words hold the digit before the unit, with and without a space.
 */
const unitWords: readonly string[] = [...'0123456789'].flatMap((d) => ['µm', 'μm', 'um', 'nm', 'pm', 'mm'].flatMap((u) => [`${d}${u}`, `${d} ${u}`]));

export const nonClaimPatterns: readonly NonClaimPattern[] = [
  // A structured abstract's label says what its sentence is: an aim or a method, whatever it names (issue 7, stop 32;
  // the results and conclusions labels are only dropped, claims/simplifiedViews.ts).
  { kind: 'aim', when: 'always', pattern: /^\s*(?:aims?|objectives?|purposes?|goals?|hypothes[ie]s|study objectives?|aims? and objectives?)\s*:/i, words: [':'], example: 'OBJECTIVE: To learn whether serum IL-11 tracks relapse of oral tumours.' },
  { kind: 'heading', when: 'always', pattern: /^\s*(?:methods?|methodology|materials? and methods|patients? and methods|subjects? and methods|experimental design|study design|design|setting|participants|interventions?|measurements?|main outcome measures?)\s*:/i, words: [':'], example: 'METHODS: Liver tumour lines were grown with sorafenib and IL-6 for a week.' },
  // "The study aims to ..." as well as "this study": a paper's own study named with the plain article (issue 7, stop 40).
  // (Issue 7, stop 53, h-oos53: "our study aimed to", the writers' study named with "our", and "seeks to", the present of
  // "sought": "This review seeks to summarise X" set out what the review covers, as "aims to" does.)
  { kind: 'aim', when: 'always', pattern: /\b(we|(this|the|our) (study|work|paper|review)|the (present|current) (study|work|review))\b[^.;]{0,40}?\b(aim(s|ed)?|sought|seeks?|set out|(was|is) designed) to\b/i, words: ['aim', 'sought', 'seek', 'set out', 'designed'], example: 'In this work we aimed to test whether IL-11 drives invasion.' },
  { kind: 'aim', when: 'always', pattern: /\bthe (aim|goal|purpose|objective) of (this|the present|the current|our)\b/i, words: ['aim', 'goal', 'purpose', 'objective'], example: 'The goal of our study was to define the role of STAT3 in invasion.' },
  // The aim as the sentence's subject, "Our aim was to ...", "The main objective is to ...": what the study set out to do.
  { kind: 'aim', when: 'always', pattern: /^(?:(?:our|the|their|its) )?(?:(?:main|primary|principal|overall|chief|specific|first|second) )?(?:aims?|goals?|purposes?|objectives?)(?: of (?:this|the|the present|the current|our) (?:study|work|research|analysis|trial|review))? (?:was|were|is|are) to\b/i, words: ['aim', 'goal', 'purpose', 'objective'], example: 'Our aim was to find out whether serum IL-11 predicts relapse of oral tumours.' },
  // What the authors (or "this study") set out to study, "Here, we investigated the role of X in Y", "This study examined
  // the link between X and Y", and in the present tense of a review or an abstract, "We examine the effects of X on Y"
  // (issue 7, stop 52; "we focus on the evidence that X" reports the evidence): a topic named, not a finding. A result reported in the same sentence ("and found",
  // "showing", ", which") or a verb followed by "that" ("we established that") is left a claim; "we examined whether
  // (how)" is a question (below), and a subject after an opening clause ("Because X raises Y, we examined Z") is not
  // taken: the clause may state a finding.
  { kind: 'aim', when: 'always', pattern: /(?:^|^(?:here|therefore|thus|then|next|first|to this end|accordingly|in this (?:study|work|report)),?\s+)(?:we|this (?:study|work|report|analysis|trial)|the (?:present|current) (?:study|work|analysis)) (?:(?:then|further|next|therefore|also|first|now|subsequently|have|systematically|comprehensively) )*(?:investigat(?:e|es|ed)|explor(?:e|es|ed)|examin(?:e|es|ed)|stud(?:y|ies|ied)|evaluat(?:e|es|ed)|assess(?:es|ed)?|address(?:es|ed)?|analy[sz](?:e|es|ed)|characteri[sz](?:e|es|ed)|compar(?:e|es|ed)|focus(?:es|s?ed)? on|concentrat(?:e|es|ed) on)\b(?! (?:that|whether|if|how|why|what|which)\b)(?! (?:the |recent |new |current |emerging |growing )?(?:evidence|data|findings|results|proof|observations?) (?:that|for)\b)(?![^.;]*\b(?:found|find|finds|show|shows|showed|shown|showing|saw|see|detected|noticed|reported|observed|demonstrat\w*|reveal\w*|confirm\w*|identif\w*|noted|suggest\w*|indicat\w*|establish\w*|discovered|uncovered|conclud\w*)\b)(?![^.;]*,\s*(?:which|where|whereby)\b)/i, words: ['investigat', 'explor', 'examin', 'stud', 'evaluat', 'assess', 'address', 'analys', 'analyz', 'characteris', 'characteriz', 'compar', 'focus', 'concentrat'], example: 'Here, we investigated the part IL-11 plays in the spread of thyroid tumours.' },
  // A study undertaken for a purpose, "The present study was undertaken to clarify ...": an aim.
  { kind: 'aim', when: 'always', pattern: /\b(?:this|the present|the current|our) (?:study|work|analysis|investigation|trial|experiment) was (?:undertaken|conducted|performed|carried out|initiated|done) to\b/i, words: ['undertaken', 'conducted', 'performed', 'carried out', 'initiated', 'done'], example: 'This work was undertaken to learn how IGF-1R shapes sorafenib resistance.' },
  // Issue 7, stop 52 (h-scope52). A study named with "a" or "an" and done for a purpose, "A meta-analysis was conducted to
  // clarify X", "A cohort study was undertaken to learn whether X": the design, as with "this study" above; a result told
  // in the same sentence ("..., which showed that") leaves it a claim.
  { kind: 'aim', when: 'always', pattern: /(?:^|[,;]\s*)(?:(?:here|therefore|thus|then|next|first|accordingly|to this end),?\s+)?an? (?:[\w-]+ ){0,3}?(?:study|(?:meta-)?analysis|(?:systematic )?review|investigation|trial|survey|experiment|evaluation) was (?:undertaken|conducted|performed|carried out|initiated|done|designed|set up) to\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|showing|reveal\w*|demonstrat\w*|observed|noted|confirm\w*|discovered|uncovered|indicat\w*|suggest\w*)\b)/i, words: ['undertaken', 'conducted', 'performed', 'carried out', 'initiated', 'done', 'designed', 'set up'], example: 'A meta-analysis was conducted to learn whether serum IL-11 tracks relapse of oral tumours.' },
  // A hypothesis put to the test, "We tested the hypothesis that X drives Y", "The hypothesis that X raises Y is examined
  // here": what the study asked, not what it found (issue 7, stop 52: the hypothesis was read as a hedged claim). A
  // verdict on it in the same sentence ("and found", "confirmed", "supported", "holds") leaves the claim; so does a
  // hypothesis that data support ("These results support the hypothesis that X drives Y" is the writer's claim).
  { kind: 'aim', when: 'always', pattern: /(?:\b(?:we|this (?:study|work|report|paper|trial|analysis)|the (?:present|current) (?:study|work|analysis)) (?:(?:then|further|also|first|now|directly|formally|here|therefore|next) )*(?:test(?:s|ed)?|examin(?:e|es|ed)|investigat(?:e|es|ed)|evaluat(?:e|es|ed)|assess(?:es|ed)?|explor(?:e|es|ed)|address(?:es|ed)?|challeng(?:e|es|ed)|prob(?:e|es|ed)) (?:the |a |our |this )?(?:(?:working|central|main|novel|new|specific|following) )?hypothes[ie]s that\b|\bthe (?:(?:working|central|main|novel|new) )?hypothes[ie]s that\b[^.;]{1,200}?\b(?:is|was|are|were|will be|has been|have been|is being|was being) (?:(?:then|further|also|first|here|now|directly|formally|critically|experimentally) )*(?:tested|examined|investigated|evaluated|assessed|explored|addressed|challenged|probed)\b)(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|showing|reveal\w*|demonstrat\w*|observed|noted|confirm\w*|discovered|uncovered|support\w*|holds?|held|establish\w*|conclud\w*|indicat\w*|suggest\w*)\b)/i, words: ['hypothes'], example: 'In this work the hypothesis that IL-11 drives the spread of tongue tumours through MMP-13 is tested.' },
  // Novelty of the study's own topic, "this is the first study to examine X": an aim, not a finding ("the first to show that" is one).
  // "We describe a model of dormancy under low oxygen using CoCl2, which stabilises HIF-1α" (issue 7, stop 52): the
  // writers present a tool they built (a model, method, system, protocol); a relative clause on its reagent recalls
  // what the reagent is known to do, a side remark inside the aim, no finding of the paper's.
  { kind: 'aim', when: 'always', pattern: /\bwe (?:(?:here|now|further|also|therefore) )?(?:describe|present|introduce|propose|develop) (?:a|an|our) (?:[\w-]+ ){0,6}?(?:model|method|system|protocol|assay|platform|tool|technique)s?\b(?! (?:in|by) which\b)/i, words: ['describe', 'present', 'introduce', 'propose', 'develop'], example: 'Here we describe a simple culture model of low oxygen built on cobalt chloride, which stabilises HIF-1α.' },
  { kind: 'aim', when: 'always', pattern: /\b(?:is|was) the first (?:study|report|work|paper|investigation|analysis|attempt) to (?:examine|investigate|explore|assess|evaluate|study|describe|address|characteri[sz]e|compare|analy[sz]e|measure)\b/i, words: ['the first'], example: 'As far as we know, this is the first report to examine IL-11 in anaplastic thyroid tumours.' },
  // A result reported after the purpose ("To test this, we silenced X and found that Y fell") is a finding, read as one.
  { kind: 'aim', when: 'always', pattern: /^(to|in order to) (examine|investigate|assess|determine|evaluate|explore|test|study|clarify)\b(?![^.;]*,\s*(?:we|our (?:data|results|findings))\s+(?:[\w-]+\s+){0,6}?(?:found|showed|observed|demonstrated|confirmed|revealed|noted|discovered|show|reveal|demonstrate|confirm|indicate)\s+that\b)/i, words: ['to '], example: 'To examine how STAT3 affects invasion, cells were treated with an inhibitor.' },
  { kind: 'aim', when: 'always', pattern: /\b(in this|in the present|in the current) (study|work|report)\b,? we (examined|investigated|assessed|evaluated|explored|studied|analy[sz]ed|measured)\b/i, words: ['in this', 'in the present', 'in the current'], example: 'In this study, we examined IL-11 levels in tumour samples.' },
  { kind: 'aim', when: 'always', pattern: /\bwe (have )?(analy[sz]ed|assessed|measured|examined|evaluated|quantified) (the )?([a-z-]+ ){0,2}(expression|levels?|incidence|presence|amount)\b/i, words: ['analysed', 'analyzed', 'assessed', 'measured', 'examined', 'evaluated', 'quantified'], example: 'We measured the basal expression of IL-6 in forty biopsies.' },
  // A review says what it covers, not what it found: "This review explores how X activates Y", "This review assesses the
  // ways X ...", "In this review, after a short history, we describe how X ..." (an interposed phrase between commas,
  // issue 7, stop 52). "This review provides evidence that ..." (a reported finding) is left a claim.
  { kind: 'aim', when: 'always', pattern: /\b(this|the present|the current|our) (review|mini-?review|overview|chapter|article)\b,? (?:(?:also|further|briefly|therefore) )?(explores?|discuss(es)?|summari[sz]es|reviews|describes|outlines|offers|provides|gives|presents|focuses|highlights|covers|considers|examines|addresses|surveys|introduces|traces|assesses|evaluates|analy[sz]es|investigates|details|synthesi[sz]es|appraises|updates)\b(?! (?:\w+ )?(?:evidence|proof|support|data) (?:that|for)\b)|\b(in this|in the present|in the current) (review|mini-?review|overview|chapter|article)\b(?:,\s*(?!we\b)[^,.;]{1,60},)?,? we (will )?(explore|discuss|summari[sz]e|review|describe|outline|highlight|focus|consider|examine|address|survey|provide|present|give|assess|evaluate|analy[sz]e|synthesi[sz]e|appraise|update|detail)\b(?! (?:(?:the |recent |new |current |emerging )?(?:evidence|data|findings|results) )?(?:that|showing)\b)/i, words: ['review', 'overview', 'chapter', 'article'], example: 'This review explores how IL-6 family cytokines switch on STAT3 in liver tumours.' },
  { kind: 'question', when: 'always', pattern: /\?\s*$/, words: ['?'], example: 'Does IL-11 drive invasion?' },
  // "Whether or not X was added, Y fell", "Whether X was added or not, Y fell": a concession opening the sentence
  // (the main clause holds either way) asks nothing; "Whether or not X drives Y remains unclear" is still a question
  // (stop 51, h-contra51: the concession was read as a question and its main clause's claim went unjudged).
  { kind: 'question', when: 'always', pattern: /^whether\b(?!\s+or\s+not\b[^,;.?]{1,120},|[^,;.?]{1,120}\bor\s+not\s*,)|\bwhether\b[^.;?]{0,160}\b(?:is|are|remains?) (?:still |yet |currently )?(?:unknown|unclear|uncertain|undetermined|not (?:yet )?(?:fully )?(?:known|clear|established))\b|\b(asked|ask|examined|tested|investigated|explored|wondered) (whether|if)\b|\bremains? (to be (determined|established|elucidated|clarified|shown|tested)|unknown|unclear|controversial|elusive|debated|obscure|poorly understood|untested|unproven|unconfirmed|unverified)\b|\b(is|are) (still )?(poorly|not (yet )?(fully|well)) understood\b|\b(is|are) (still |as yet |yet )?(untested|unproven)\b|\bfurther (studies|work|research) (is|are) (needed|required|warranted)\b|\bwas not (examined|tested|studied|addressed)\b/i, words: ['whether', ' if', 'remain', 'understood', 'further', 'was not', 'untested', 'unproven'], example: 'Whether STAT3 is needed for this effect remains to be determined.' },
  // An open question in other words: "we asked how (why) X ...", "we explore how X ..." (the present tense, stop 52),
  // "little is known about X", "the role of X in Y has not been explored": a gap in knowledge, no finding ("has not
  // been reported to ..." and "has not been detected in" are left claims of absence; so is "it has not been shown that X raises Y", which denies the clause as "has not been shown to"
  // does, denials.ts: contradicted against a finding that X raises Y, no evidence without one, issue 7, stop 39).
  { kind: 'question', when: 'always', pattern: /\bwe (?:(?:then|further|next|therefore|also|first|now) )*(?:asked|ask|examined|examine|tested|test|investigated|investigate|explored|explore|studied|study|addressed|address) (?:how|why|what|which)\b(?![^.;]*\b(?:found|find|finds|show|shows|showed|shown|showing|saw|see|detected|noticed|reported|observed|demonstrat\w*|reveal\w*|confirm\w*|identif\w*|noted|suggest\w*|indicat\w*|establish\w*|discovered|uncovered|conclud\w*)\b)(?![^.;]*,\s*(?:which|where|whereby)\b)|\b(?:little|less|not much|nothing) is (?:yet |currently |as yet )?known (?:about|regarding|concerning|of|on)\b|\b(?:has|have) (?:not|never) (?:yet )?been (?:(?:fully|well|systematically|thoroughly|comprehensively|directly) )?(?:investigated|studied|explored|examined|tested|shown|demonstrated|elucidated|clarified|addressed|characteri[sz]ed|determined|evaluated|assessed|analy[sz]ed|defined)\b(?! (?:to|that|in (?:vivo|vitro))\b)|\b(?:is|are|remains?) (?:still |yet )?(?:not (?:yet )?(?:fully|entirely|completely) known|largely unknown|incompletely understood)\b/i, words: ['asked', 'ask', 'examine', 'test', 'investigate', 'explore', 'studied', 'study', 'address', 'known', 'been', 'unknown', 'understood'], example: 'Little is known about IL-11 in papillary thyroid tumours.' },
  // "It is still unclear if X raises Y": an open question about a finding, not the finding.
  { kind: 'question', when: 'always', pattern: /^(it|this|that) (is|was|remains) (still |yet |currently |as yet )?(unclear|unknown|uncertain|not (yet )?(known|clear|established)) (whether|if|how)\b/i, words: [' whether', ' if', ' how'], example: 'It is still unclear if IL-6 raises IGF-1 in liver tumours.' },
  // "It is not clear that X lowers Y", "it is uncertain that ...": a doubt about a finding, not the finding (issue 7,
  // stop 36: read as the writer's claim, a false contradiction when the library reports the opposite).
  { kind: 'question', when: 'always', pattern: /^(it|this) (is|was|remains) (still |yet |currently |as yet )?(unclear|uncertain|not (yet )?(at all )?(clear|certain|evident|obvious|established)|(by no means|far from) (clear|certain|evident|obvious|established)) that\b/i, words: [' that'], example: 'It is not at all clear that STAT3 lowers MMP-9 in tumours.' },
  // A question framed as worth asking: "It would be of interest to know if X", "it will be important to test whether X"
  // (issue 7, stop 34: the purpose pattern below yields to a backed claim, and the asked clause was called supported).
  { kind: 'question', when: 'always', pattern: /\b(?:it|this)\s+(?:would|will|might|could|may|is|remains)\s+(?:also\s+)?be\s+(?:of\s+(?:great\s+|particular\s+|considerable\s+|some\s+)?interest|interesting|important|worthwhile|useful|informative|valuable|necessary|crucial)\s+to\s+(?:(?:\w+|find\s+out)\s+){1,2}?(?:whether|if)\b|\b(?:it|this)\s+(?:is|remains)\s+(?:(?:therefore|thus|also|still)\s+)?(?:of\s+(?:great\s+|particular\s+|considerable\s+)?interest|interesting|important|worthwhile|necessary|crucial)\s+to\s+(?:(?:\w+|find\s+out)\s+){1,2}?(?:whether|if)\b|\bthe\s+question\s+(?:of\s+)?(?:whether|if)\b[^.;?]{0,160}\b(?:remains?|is|stays?)\s+(?:still\s+)?(?:open|unanswered|unresolved)\b/i, words: [' whether', ' if'], example: 'It would be of interest to know if IGF-1 lowers apoptosis of liver tumour cells.' },
  // The field disagrees with itself, said as the sentence's main clause: "Reports on X are contradictory", "Studies of X
  // in Y have been conflicting", "There are conflicting data about X", "Inconsistent results have been published on X"
  // (issue 7, stop 47, h-w24b47b): what the literature has not settled, an open question, no finding (a relation named in
  // it was read as a claim before, no evidence). Only from the sentence's start (an opening adverb and up to three
  // words before the noun of report, none a subordinator): beside a clause that states a finding ("X raised Y, although
  // reports on Z were conflicting") the disagreement is a side remark. "Our data are inconsistent with X" denies X, a
  // claim: a word of disagreement followed by "with" or "to" is not one.
  { kind: 'question', when: 'always', pattern: /^(?:(?:however|yet|but|moreover|furthermore|nevertheless|nonetheless|still|so\s+far|to\s+date|thus\s+far|at\s+present|currently|unfortunately|notably|importantly|overall|in\s+addition|in\s+general),?\s+)?(?:(?!(?:although|though|while|whereas|because|since|if|when|as|that|which)\b)[\w-]+\s+){0,3}?(?:reports|studies|results|findings|data|observations|literature|evidence|opinions|views)\b(?:\s+(?:concerning|regarding|on|about|of|as\s+to|for|in|from)\b[^.;]{1,140}?)?\s+(?:is|are|was|were|remains?|remained|(?:has|have)\s+(?:(?:so\s+far|to\s+date|thus\s+far|also|often|long|largely|always)\s+)*been)\s+(?:(?:still|highly|somewhat|largely|often|rather|quite|very|partly|partially|so\s+far|to\s+date|however|also|currently|at\s+present|inherently)\s+)*(?:contradictory|conflicting|inconsistent|controversial|equivocal|discordant|contentious|divergent|disputed)\b(?!\s+(?:with|to)\b)|^(?:(?:however|yet|but|moreover|furthermore|nevertheless|nonetheless|still|so\s+far|to\s+date|thus\s+far|at\s+present|currently|unfortunately|notably|importantly|overall|in\s+addition|in\s+general),?\s+)?there\s+(?:are|is|have\s+been|has\s+been|exist)\s+(?:(?:some|many|several|numerous|considerable|also|still)\s+)*(?:contradictory|conflicting|inconsistent|discordant|divergent)\s+(?:reports|studies|results|findings|data|observations|literature|evidence|opinions|views)\b|^(?:(?:however|yet|but|moreover|furthermore|nevertheless|nonetheless|still|so\s+far|to\s+date|thus\s+far|at\s+present|currently|unfortunately|notably|importantly|overall|in\s+addition|in\s+general),?\s+)?(?:contradictory|conflicting|inconsistent|discordant|divergent)\s+(?:reports|studies|results|findings|data|observations)\s+(?:have\s+been|were|are)\s+(?:reported|published|obtained|described|presented)\b/i, words: ['contradictory', 'conflicting', 'inconsistent', 'controversial', 'equivocal', 'discordant', 'contentious', 'divergent', 'disputed'], example: 'Published studies on serum IL-11 as a marker of relapse in oral tumours have so far been conflicting.' },
  // Issue 7, stop 33 (h-scope33; placed before the method patterns, whose words it shares). A link between two things
  // named as what an analysis looked at, "Correlations between X and Y were analysed with
  // Spearman's test", "The association of X with Y was tested in a regression model", "Spearman analysis was used to
  // assess the link between X and Y": what was studied, not what was found, so it frames the sentence (an aim: a link the
  // library backs is the topic, not the claim). A result in the sentence ("and was significant", "r = 0.6", "showing")
  // leaves it a claim.
  { kind: 'aim', when: 'always', pattern: /(?:^(?:(?:next|then|first|here|further|finally|additionally|subsequently|moreover|in addition),?\s+)?(?:the )?(?:(?:possible|potential|putative|direct|linear|pairwise) )?(?:correlations?|associations?|relationships?|relations?|links?|connections?|co-?expression) (?:between|of|among) [^.;]{1,120}? (?:was|were) (?:(?:then|further|also|subsequently|additionally|first) )?(?:analy[sz]ed|assessed|evaluated|examined|tested|investigated|explored|determined|calculated|estimated|studied|compared|measured|quantified) (?:by|using|with|via|through|in|on|according to|based on)\b|\b(?:was|were) (?:(?:then|further|also|subsequently|additionally) )?(?:used|employed|applied|performed|conducted|carried out|run|undertaken) to (?:assess|evaluate|examine|test|determine|analy[sz]e|investigate|explore|measure|identify|estimate|quantify|detect|study) (?:the |any |a |possible |potential )*(?:correlations?|associations?|relationships?|relations?|links?|connections?|co-?expression) (?:between|of|among)\b)(?![^.;]*\b(?:found|show(?:s|ed|n|ing)|reveal\w*|demonstrat\w*|observed|confirm(?:ed|s|ing)|indicat\w*|significant\w*|strong\w*|positive\w*|negative\w*|inverse\w*|weak\w*|moderate\w*)\b)(?![^.;]*(?:\b[rρ] ?[=<>]|\bp ?[=<>]))/i, words: ['correlation', 'association', 'relationship', 'relation', 'link', 'connection', 'co-expression', 'coexpression', 'was ', 'were '], example: 'Correlations between IL-11 and MMP-13 expression were analysed with Spearman\'s rank test.' },
  { kind: 'method', when: 'always', pattern: /\b(was|were) (determined|measured|evaluated|assessed|quantified|analy[sz]ed|examined|scored|stained) (by|using|with|for|in \d)/i, words: ['was ', 'were '], example: 'IL-11 levels were measured by ELISA.' },
  // A clause "when (once, if) the cells were cultured (incubated) with X" after a change is the finding's condition, not a method.
  // A consequence after ", which" ("were given sorafenib, which lowered their serum IL-6") is a finding, not a method.
  { kind: 'method', when: 'always', pattern: /(?<!\b(?:when|whenever|once|that|which|who|if|unless)\b[^,.;]{0,40})\b(was|were) (carried out|performed|cultured|grown (?:in|under|on|at|to|for|as)|cultivated|transfected|obtained|isolated|collected|randomi[sz]ed|enrolled|given|administered|injected|seeded|harvested|purchased|dissolved|designed|generated by|achieved by|placed in|maintained in|kept (?:in|at|under)|added to)\b(?![^.;]*,\s*which\s+(?:\w+ly\s+)?(?:raised|lowered|increased|decreased|reduced|enhanced|suppressed|inhibited|promoted|induced|blocked|restored|prolonged|shortened|improved|accelerated|delayed)\b)(?![^.;]*\b(?:and(?: then)?|whereupon|after which)\s+[^.;]{0,60}?\b(?:rose|increased|decreased|fell|declined|dropped|diminished|accumulated|went (?:up|down)|(?:was|were) (?:(?:significantly|markedly|strongly|clearly) )?(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced|decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished))\b)/i, words: ['was ', 'were '], example: 'Cells were seeded in six-well plates.' },
  // What the field studied, "many reports (have) examined X and its link with Y": a topic named, no finding stated
  // ("studies examined X and found that ...", "... showed that" report one). Others' aim, so it frames the sentence
  // (framingKinds): the link it names is what was studied, not what the sentence asserts.
  { kind: 'aim', when: 'always', pattern: /\b(studies|reports|papers|articles|investigations|publications|groups|authors|trials)\b,? (have |has )?(also |previously |extensively |since )?(examined|investigated|explored|studied|addressed|analy[sz]ed|looked at|focused on|dealt with)\b(?![^.;]*\b(found|finding|showed|shown|demonstrat\w*|reveal\w*|confirm\w*|establish\w*|suggest\w*|indicat\w*|conclud\w*|that)\b)/i, words: ['studies', 'reports', 'papers', 'articles', 'investigations', 'publications', 'groups', 'authors', 'trials'], example: 'Dozens of studies have explored IL-6 levels in serum and their relation to the size of liver tumours.' },
  // Where the field's work went, "Research in recent years has concentrated on X", "Much attention has been paid to X",
  // "Interest has increasingly turned to X": a topic named, no finding stated (issue 7, h-w12b35); a finding reported
  // in the same sentence ("... and showed that", "found") is left a claim, as in the row above.
  { kind: 'aim', when: 'always', pattern: /^(?:(?:in recent years|recently|lately|since then|over the (?:past|last) (?:few )?(?:years|decades?)),?\s+)?(?:much |most |more |recent |current |increasing |growing |considerable |particular |intense )*(?:research|attention|interest|work|efforts?)\b(?:\s+[\w-]+){0,5}?\s+(?:has|have)\s+(?:(?:particularly|increasingly|largely|mostly|mainly|recently|also|since|primarily|especially|now)\s+)*(?:focus(?:s)?ed on|concentrated on|cent(?:er|re)d on|turned to|shifted to|been (?:focus(?:s)?ed|concentrated|cent(?:er|re)d|directed|paid|given|devoted) (?:on|to))\b(?![^.;]*\b(?:found|finding|showed|shown|demonstrat\w*|reveal\w*|confirm\w*|establish\w*|suggest\w*|indicat\w*|conclud\w*|that)\b)/i, words: ['research', 'attention', 'interest', 'work', 'effort'], example: 'Much recent research has concentrated on the fibroblasts of the tumour stroma.' },
  // "Cells were exposed to CoCl2 to mimic hypoxia": the purpose names a treatment's role in the design.
  { kind: 'method', when: 'always', pattern: /\b(was|were) (exposed|treated|incubated|cultured) (to|with|in|under) [^.;]{1,80}? to (mimic|simulate|model|emulate)\b/i, words: ['was ', 'were '], example: 'OSCC cells were cultured with CoCl2 to mimic low oxygen.' },
  // The length of a treatment in figures or in words ("for 2 days", "for six months", "for several weeks").
  // A result told after the treatment in a clause of its own ("..., and MMP-9 rose") makes the sentence a finding
  // (claims/treatedThenChanged.ts), not a method (the lookahead after each of these patterns).
  // Also a pretreatment or priming step, a length in words in the singular ("for one hour"), and "for the indicated times"
  // (issue 7, stop 33).
  { kind: 'method', when: 'always', pattern: /\b(was|were) (exposed|treated|stimulated|pre-?treated|pre-?incubated|co-?treated|primed) (to|with)\b[^.]*\bfor (?:\d|(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a few|multiple) (?:[\w-]+ )?(?:minutes?|hours?|days?|weeks?|months?|passages?|generations?|cycles?)\b|the (?:indicated|specified|stated|given) (?:times?|periods?|durations?|time points?|intervals?)\b|(?:various|different|increasing|varying) (?:times|periods|durations|time points|intervals)\b)(?![^.;]*,\s*which\s+(?:\w+ly\s+)?(?:raised|lowered|increased|decreased|reduced|enhanced|suppressed|inhibited|promoted|induced|blocked|restored|prolonged|shortened|improved|accelerated|delayed|elevated|upregulated|up-regulated|downregulated|down-regulated|diminished|attenuated|abolished|activated|stimulated|triggered)\b)(?![^.;]*\b(?:and(?: then)?|whereupon|after which)\s+[^.;]{0,60}?\b(?:rose|increased|decreased|fell|declined|dropped|diminished|accumulated|went (?:up|down)|(?:was|were) (?:(?:significantly|markedly|strongly|clearly) )?(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced|decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished))\b)/i, words: ['was ', 'were '], example: 'Cells were treated with IL-6 for 2 days.' },
  { kind: 'method', when: 'always', pattern: /(?<!\b(?:when|whenever|once|that|which|who|if|unless)\b[^,.;]{0,40})\b(was|were) incubated (?:overnight |briefly |further |again )?(with|in|for|at)\b(?![^.;]*,\s*which\s+(?:\w+ly\s+)?(?:raised|lowered|increased|decreased|reduced|enhanced|suppressed|inhibited|promoted|induced|blocked|restored|prolonged|shortened|improved|accelerated|delayed|elevated|upregulated|up-regulated|downregulated|down-regulated|diminished|attenuated|abolished|activated|stimulated|triggered)\b)(?![^.;]*\b(?:and(?: then)?|whereupon|after which)\s+[^.;]{0,60}?\b(?:rose|increased|decreased|fell|declined|dropped|diminished|accumulated|went (?:up|down)|(?:was|were) (?:(?:significantly|markedly|strongly|clearly) )?(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced|decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished))\b)/i, words: ['incubated'], example: 'Cells were incubated with IL-6 alone or with an inhibitor.' },
  // A technique put to use: "X staining was employed to detect Y" says how, not what was found.
  { kind: 'method', when: 'always', pattern: /\b(was|were) (employed|used|applied|utili[sz]ed|performed|conducted|carried out) to (detect|measure|assess|evaluate|determine|quantify|examine|analy[sz]e|investigate|visuali[sz]e|estimate|score|identify|locali[sz]e|compare|monitor)\b/i, words: ['was ', 'were '], example: 'Western blotting was used to measure STAT3 and vimentin protein in the tumour samples.' },
  // Material chosen for the study: "three OSCC lines were selected for the present study" says what was used, not
  // found; when no claim was read ("... were chosen because hypoxia raised their IL-11" gives a reason that is one).
  { kind: 'method', when: 'no-claim', pattern: /\b(was|were) (chosen|selected|included|recruited|enrolled|used) (for|in) (this|the present|the current|our) (study|work|analysis|experiments?|investigation|cohort|trial)\b/i, words: ['was ', 'were '], example: 'Four oral tumour lines were selected for the present study.' },
  // A second method verb after "and" sharing the passive's subject: "were thawed ... and cultured in medium". A
  // finding's verb ("were found", "were shown") opens no method, and "when"/"that" clauses are conditions; when no
  // claim was read ("were thawed and cultured under hypoxia, which raised IL-11" carries one).
  { kind: 'method', when: 'no-claim', pattern: /(?<!\b(?:when|whenever|once|that|which|who|if|unless)\b[^,.;]{0,40})\b(was|were) (?!(?:found|shown|seen|observed|noted|reported|known|thought|reduced|increased|raised|decreased|elevated|lowered|higher|lower)\b)[a-z]+ed\b[^.;]{0,80}?,? and (?:then |subsequently |later )?(cultured|cultivated|incubated|grown) (under|in|at|for|with|on)\b/i, words: ['was ', 'were '], example: 'The two thyroid lines were thawed from frozen stocks and grown in medium with ten per cent serum.' },
  { kind: 'method', when: 'always', pattern: /\bwe (transfected|treated|incubated|cultured|injected|stained|used|performed|generated|established)\b(?! that\b)(?![^.;]*,\s*which\s+(?:\w+ly\s+)?(?:raised|lowered|increased|decreased|reduced|enhanced|suppressed|inhibited|promoted|induced|blocked|restored|prolonged|shortened|improved|accelerated|delayed|elevated|upregulated|up-regulated|downregulated|down-regulated|diminished|attenuated|abolished|activated|stimulated|triggered)\b)(?![^.;]*\b(?:and(?: then)?|whereupon|after which)\s+[^.;]{0,60}?\b(?:rose|increased|decreased|fell|declined|dropped|diminished|accumulated|went (?:up|down)|(?:was|were) (?:(?:significantly|markedly|strongly|clearly) )?(?:increased|elevated|raised|upregulated|up-regulated|induced|enhanced|decreased|reduced|lowered|downregulated|down-regulated|suppressed|diminished))\b)/i, words: ['we '], example: 'We transfected the cells with a STAT3 siRNA.' },
  // A technique the authors put to use, "We employed X and Y to study ...": how, not what was found ("we used" above).
  { kind: 'method', when: 'always', pattern: /\bwe (?:employed|utili[sz]ed|adopted|applied)\b[^.;]{0,160}?\bto (?:study|examine|assess|detect|measure|evaluate|determine|quantify|analy[sz]e|investigate|explore|compare|test|characteri[sz]e|identify|visuali[sz]e|monitor|score)\b/i, words: ['employed', 'utilised', 'utilized', 'adopted', 'applied'], example: 'We employed flow cytometry and western blotting to assess STAT3 in the two lines.' },
  // A condition recreated in the dish, "Hypoxia was mimicked by exposure to cobalt chloride": the design, not a finding.
  // An agent right after "by" ("the effect of IL-6 was mimicked by IL-11") may be a finding: left alone.
  { kind: 'method', when: 'always', pattern: /\b(?:was|were) (?:mimicked|simulated|modell?ed|emulated) (?:(?:by|through|via) (?:the )?(?:exposure|exposing|treatment|treating|incubation|incubating|culture|culturing|growing|growth|addition|adding|placing|keeping)\b|(?:using|with|in)\b)/i, words: ['mimicked', 'simulated', 'modelled', 'modeled', 'emulated'], example: 'Low oxygen was simulated by adding deferoxamine to the medium.' },
  // A condition set up in the dish, "Hypoxic conditions were induced by culturing cells in 1% oxygen": the condition as
  // the subject ("STAT3 activation was induced by exposing the cells to IL-6" reports a finding and is left alone).
  // Stop 43: also opened by "a" ("A hypoxic milieu was created with ..."), and set up with a named mimetic of low oxygen
  // (CoCl2, deferoxamine, DMOG) or an oxygen percentage, which make the condition and nothing else; never a factor named
  // for hypoxia ("Hypoxia-inducible factor 1α was induced with CoCl2" is a finding), nor a change told after it
  // (", which raised IL-11", "and VEGF rose", "and the cells released more IL-6").
  { kind: 'method', when: 'always', pattern: /^(?:the |an? )?(?:hypoxi\w*(?![-\s]inducible)|hypoxic (?:conditions?|stress)|normoxi\w*|low oxygen|oxygen deprivation|serum starvation|starvation|oxidative stress|acidosis)\b[^.;]{0,40}?\b(?:was|were) (?:induced|achieved|created|established|generated|produced|obtained) (?:by|through|via|using|with) (?:(?:the )?(?:culturing|culture|incubating|incubation|growing|placing|keeping|exposing|exposure|treating|treatment|addition|adding|a|an)\b|(?:\d+(?:\.\d+)? ?(?:µM|μM|uM|mM) (?:of )?)?(?:CoCl2|CoCl₂|cobalt(?: chloride)?|deferoxamine|desferrioxamine|DFO|DMOG|dimethyloxalylglycine)\b|\d+(?:\.\d+)? ?% (?:O2|O₂|oxygen)\b)(?![^.;]*(?:,\s*which\s+(?!(?:is|are|was|were)\b)|\b(?:and(?: then)?|whereupon|after which)\s+[^.;]{0,80}?\b(?:rose|fell|increased|decreased|declined|dropped|diminished|accumulated|elevated|reduced|raised|lowered|upregulated|up-regulated|downregulated|down-regulated|induced|suppressed|promoted|inhibited|enhanced|activated|more|less|fewer|higher|lower)\b))/i, words: ['was ', 'were '], example: 'Low oxygen was achieved by placing the dishes in a sealed chamber.' },
  // Patients or samples put into groups, "Patients were divided into two groups by serum IL-6": the design, when no claim
  // was read; in a "when" ("once", "after") clause it is the condition of a result that follows ("When the data were
  // stratified by X, there was no link with Y"), and each method pattern below leaves that alone.
  { kind: 'method', when: 'no-claim', pattern: /(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) (?:divided|stratified|grouped|categori[sz]ed|dichotomi[sz]ed|allocated|assigned|split|sorted) (?:into|by|according to|based on|on the basis of|using)\b/i, words: ['was ', 'were '], example: 'The tumours were split into high and low groups according to MMP-13 staining.' },
  // A gene silenced with a named tool, "STAT3 was knocked down using two siRNAs": how, when no claim was read.
  { kind: 'method', when: 'no-claim', pattern: /(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) (?:(?:stably|transiently|ectopically|specifically|efficiently|then|also|further) )?(?:knocked down|knocked out|knocked in|silenced|depleted|overexpressed|over-expressed|re-?expressed|deleted|ablated|neutrali[sz]ed|disrupted|mutated) (?:in (?:(?:the|both|all|these|each|two|three|four) )?(?:[\w/-]+ ){0,4}?(?:cells|lines|clones|cultures|mice|tumou?rs|xenografts|organoids) )?(?:using|with|via|through|by(?: means of)?)\s+(?:(?:two|three|a|an|the|specific|independent|stable|stably|transient|transiently|lentiviral|retroviral|adenoviral|viral|targeted|distinct|monoclonal|polyclonal|function-blocking|blocking|neutrali[sz]ing)\s+)*(?:si|sh|crispr|cas9|lenti|retrovir|adenovir|plasmid|vector|transfect|transduc|infect|electroporat|small interfering|short hairpin|antisense|morpholino|antibod|gene editing|genome editing|talen)/i, words: ['was ', 'were '], example: 'IL-11 was silenced using two independent shRNAs in the oral tumour lines.' },
  // A detection or comparison by a technique, "X was detected by immunohistochemistry", "levels were compared between
  // the groups": how it was looked at ("was detected in 80% of tumours" reports a finding and is left alone).
  { kind: 'method', when: 'no-claim', pattern: /(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) (?:detected|visuali[sz]ed|localized|localised|monitored|recorded|estimated|calculated) (?:by|using|with|via|through)\b|(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) compared (?:between|among|across)\b|(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) (?:investigated|explored|studied|examined|evaluated|assessed|analy[sz]ed|measured|determined|quantified) in (?:\d+|a (?:total|series|cohort|panel|group|set) of|(?:(?:the|a|an|our) )?(?:[\w-]+ ){0,3}(?:patients|samples|specimens|biopsies|tissues|cases|cohorts?|subjects))\b/i, words: ['was ', 'were '], example: 'MMP-13 was visualised by immunofluorescence in frozen sections.' },
  { kind: 'legend', when: 'always', pattern: /^(fig(ure)?\.?\s*\d|supplementary|representative (images?|immuno)?blots?|representative images)\b|\b(is|are) shown in (panel|fig)/i, words: ['fig', 'supplementary', 'representative', 'shown in'], example: 'Representative blots of STAT3 are shown in panel C.' },
  // A legend names the effect it shows; a verb after it ("The effect of X on Y was modest") states something of it.
  { kind: 'legend', when: 'no-claim', pattern: /^(?![^]*\b(is|are|was|were|has|have|had|remains?|remained|seems?|seemed|appears?|appeared|proved|may|might|can|could|will|would|should|must)\b)(the )?(effects?|influence) of [^.]* on [^.]*\.?$/i, words: ['effect', 'influence'], example: 'Effect of IL-11 on the migration of OSCC cells.' },
  // A heading that names a topic, with no verb: "The role of X in Y" asks what the paper will show, it states nothing.
  { kind: 'legend', when: 'always', pattern: /^(?![^]*\b(is|are|was|were|has|have|had|remains?|plays?|played|seems?|appears?|may|might|can|could|will|would|should|must)\b)(the )?((emerging|possible|potential|putative|critical|key|dual) )?roles? of [^.;:]* in [^.;]*\.?$/i, words: ['role'], example: 'The role of IL-6 in liver regeneration' },
  // A verbless title of a section or a legend ("Figure 2." splits off before it): a topic named, nothing stated.
  // Conservative: every word of letters alone in lower case must be one of a title's nouns, adjectives and
  // prepositions (shape), so a short sentence with any verb ("X and Y go together") stays a claim not read.
  // (Stop 39: "between", the preposition of a title on an exchange, "Interplay between X, Y and Z in W".)
  { kind: 'legend', when: 'no-claim', pattern: /^(?:\S+\s+){0,11}\S+$/i, maxWords: 12, shape: /^(?![a-z])(?!.*\s(?!(?:and|or|in|of|on|the|a|an|with|for|by|under|during|from|to|at|vs|versus|via|after|between|cells?|lines?|tissues?|tumou?rs?|cancers?|carcinomas?|patients|samples|specimens|mice|xenografts?|expression|levels|secretion|production|activity|activation|phosphorylation|signall?ing|pathways?|axis|invasion|migration|metastasis|proliferation|growth|survival|resistance|sensitivity|apoptosis|angiogenesis|hypoxia|hypoxic|normoxia|normoxic|roles?|effects?|thyroid|breast|liver|oral|head|neck|lung|gastric|colorectal|hepatocellular|squamous|anaplastic|human|fibroblasts|stromal|primary|serum|protein|mRNA|genes?|inhibition|knockdown|treatment|response|prognosis|microenvironment|epithelial|mesenchymal|transition)(?=[\s.]|$))[a-z]+(?=[\s.]|$))/, example: 'IGF-1R and STAT3 in liver tumours' },
  // A paper's title naming its genre after a colon, "X in Y: an overview", "...: a systematic review": a topic
  // announced, nothing stated; when no claim was read (a title with a finding's verb, "X drives Y: a review", states it).
  { kind: 'legend', when: 'no-claim', pattern: /^[^.;:]{3,200}:\s*(?:an?\s+|the\s+)?(?:(?:brief|short|critical|narrative|systematic|comprehensive|updated|current|clinical|molecular)\s+)*(?:overview|review|update|perspective|primer|meta-analysis|commentary|appraisal)(?:\s+and\s+(?:an?\s+)?meta-analysis)?(?:\s+of\s+(?:the\s+)?(?:literature|evidence))?\.?$/i, words: ['overview', 'review', 'update', 'perspective', 'primer', 'meta-analysis', 'commentary', 'appraisal'], example: 'IL-11 signalling in oral tumours: a critical review' },
  // A study protocol's title, "X in Y and its link with Z: protocol for a cohort study", "...: a randomised trial
  // protocol": a study planned, nothing found yet (issue 7, stop 40); when no claim was read, as for a review's title.
  { kind: 'legend', when: 'no-claim', pattern: /^[^.;:]{3,200}:\s*(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,4}?protocol(?:\s+(?:for|of)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,5}?(?:study|trial|review|analysis|meta-analysis|cohort|survey))?\.?$/i, words: ['protocol'], example: 'Serum IL-11 and the Spread of Oral Tumours: Protocol for a Prospective Cohort Study' },
  // A paper's title whose part after the colon names its angle, not a finding: "X in Y: mechanisms and strategies",
  // "...: friend or foe", "...: from bench to bedside", "...: a new therapeutic target", "...: past, present and future";
  // when no claim was read (the part before the colon is then a topic).
  { kind: 'legend', when: 'no-claim', pattern: /^[^.;:]{3,200}: ?(?:(?:an?|the) )?(?:(?:double-edged|two-edged) sword|friend or foe|foe or friend|(?:bench|basic science|biology|mechanisms?) to (?:the )?(?:bedside|clinic|therapy|treatment)|from (?:bench|basic science|biology|mechanisms?) to (?:the )?(?:bedside|clinic|therapy|treatment)|past,? present,? and future|(?:(?:new|novel|potential|promising|emerging|attractive|future|druggable) )+(?:therapeutic )?(?:targets?|players?|biomarkers?|avenues?|paradigms?|hopes?|frontiers?)|state of the art|(?:(?:molecular|cellular|biological|clinical|therapeutic|emerging|recent|new|novel|current|future|key|translational) )*(?:mechanisms?|insights?|advances?|implications?|perspectives?|opportunities|challenges?|strategies|prospects?|concepts?|controvers(?:y|ies)|progress|directions?|lessons?|applications?|promises?|pitfalls?|questions?)(?:,? (?:and|&) (?:(?:molecular|clinical|therapeutic|future|new|emerging|translational) )*(?:mechanisms?|implications?|perspectives?|opportunities|challenges?|strategies|prospects?|directions?|applications?|promises?|pitfalls?|questions?))*)\.?$/i, words: [':'], example: 'IL-11 and the oral tumour stroma: mechanisms and therapeutic opportunities' },
  // An aim in the passive: "the role of X in Y was examined" says what was studied, not what was found.
  { kind: 'aim', when: 'always', pattern: /^(?:(?:here|therefore|thus|next|then|finally|accordingly|in (?:this|the present|the current) (?:study|work|report|paper|analysis)),?\s+)?(?:the )?(?:(?:possible|potential|putative|precise|exact) )?(?:roles?|parts?|functions?|contributions?|involvement|impact|mechanisms?|effects?|influence|associations?|relationships?|relations?|links?|interplay|crosstalk|cross-talk)\b[^.;]{0,120}?\b(?:was|were|has been|have been) (?:then |further |therefore |also )?(?:examined|investigated|studied|explored|assessed|evaluated|addressed|analy[sz]ed|characteri[sz]ed|probed)\.?$/i, words: ['was ', 'were ', 'been '], example: 'The contribution made by STAT3 to liver tumour invasion was then explored.' },
  // What the field has done with a role, its topic and not a finding (issue 7, stop 35: "the role of X in Y has been
  // studied extensively" was read as X promoting Y through the role noun and came out supported): a role noun as the
  // subject, then "has been studied" with its adverbs or places after the verb, "has attracted much attention", "has
  // been the subject of many studies", to the sentence's end (a finding after it, "... and found to ...", is read).
  { kind: 'history', when: 'always', pattern: /^(?:(?:here|thus|over the (?:past|last) (?:\w+ )?(?:years|decades?)|in recent years),?\s+)?(?:the |[\w-]+['’]s )?(?:(?:possible|potential|putative|precise|exact|biological|clinical) )?(?:roles?|parts?|functions?|contributions?|involvement|impact|mechanisms?|effects?|influence|interplay|crosstalk|cross-talk|significance)\b[^.;]{0,120}?\b(?:has|have) (?:been (?:(?:extensively|intensively|widely|well|thoroughly|broadly|frequently|increasingly|previously|repeatedly|long|much) )?(?:studied|investigated|explored|examined|researched|characteri[sz]ed|addressed|debated)(?:,? (?:extensively|intensively|widely|thoroughly|in (?:detail|depth)|at length|for (?:decades|years|many years)|over (?:the )?(?:past|last) (?:\w+ )?(?:years|decades?)|before|previously|elsewhere|by (?:many|several|numerous|other) (?:groups|authors|studies)))*(?: (?:in|across|among) (?!\w+ (?:and|but|which|that)\b)[\w-]+(?: [\w-]+){0,4})?|(?:attracted|received|drawn|gained|garnered) (?:(?:much|considerable|increasing|growing|great|wide|particular|substantial) )*(?:attention|interest)|been (?:the )?(?:subject|focus|topic) of (?:[\w-]+ ){0,3}(?:studies|research|investigations?|interest|attention|debate))\.?$/i, words: ['been ', 'attracted', 'received', 'drawn', 'gained', 'garnered'], frames: true, example: 'The function of IL-11 in tumour spread has been investigated widely.' },
  // An approval after a reported result ("a trial showed that X prolonged survival, and X was approved for ...") closes
  // a finding's sentence: the result is read, not the history.
  // A drug's clearance by a regulator, "D was cleared for use in HCC by the FDA in 2007": its history, not a finding
  // (when no claim was read: "D, licensed for clinical use, lowered Y" reports one).
  { kind: 'history', when: 'no-claim', pattern: /\b(?:approved|cleared|licen[sc]ed|authori[sz]ed) for (?:(?:clinical|routine|first-line|second-line|human) )?use\b|\b(?:approved|cleared|licen[sc]ed|authori[sz]ed)\b[^.;]{0,80}?\bby the (?:U\.?S\.? )?(?:FDA|Food and Drug Administration|EMA|European Medicines Agency)\b/i, words: ['approved', 'cleared', 'licensed', 'licenced', 'authorised', 'authorized'], example: 'Regorafenib was cleared for clinical use in liver tumours in 2017.' },
  { kind: 'history', when: 'always', pattern: /\b((originally|first) (isolated|described|cloned|identified|discovered|reported)(?! for \w+ing\b)(?! as (?:an? |the )?(?:[\w-]+ )?(?:inhibitor|suppressor|activator|inducer|promoter|regulator|mediator|driver|stimulator|enhancer|repressor)s? of\b)|(?<!\b(?:showed|demonstrated|revealed|found|proved|confirmed) that\b[^]*)(?:approved (by|for|as)|was approved))\b/i, words: ['originally', 'first', 'approved'], example: 'First described in 1990, IL-11 was cloned from stromal cells.' },
  // Issue 7, stop 38: a regulator's approval with the agency before the verb ("was FDA-approved in 2007 for", "has
  // been EMA approved as"): the drug's history, as "was approved by the FDA" is (the row above reads only the verb
  // next to its copula). A backed main claim beside it still speaks (framingKinds).
  { kind: 'history', when: 'always', pattern: /\b(?:was|were|been|got|received) (?:(?:first|initially|originally|later|subsequently|eventually) )?(?:(?:US|U\.S\.) )?(?:FDA|EMA|PMDA|NMPA)[- ]?approv(?:ed|al)\b/i, words: ['fda', 'ema', 'pmda', 'nmpa'], example: 'Lenvatinib was first FDA-approved in 2015 for thyroid tumours after a pivotal trial.' },
  // A signalling molecule's textbook role, "X proteins relay signals from receptors on the cell surface to the nucleus":
  // how the pathway works, no finding (issue 7, stop 40: the STAT family named in full became an actor, and the
  // definition with no claim read was called unsupported); when no claim was read.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:relay|relays|relayed|relaying|transmit|transmits|transmitted|transmitting|transduce|transduces|transduced|transducing|convey|conveys|conveyed|conveying|carry|carries|carried|carrying)\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?signals?\s+from\b[^.;]{1,160}?\bto\s+the\s+nucleus\b/i, words: ['signal'], example: 'The STAT proteins relay cytokine signals from receptors at the plasma membrane to the nucleus.' },
  // Membership counted in words, "X is one member of the Y family", "X is one of the members of Y", as "is a member of"
  // (issue 7, stop 43: the numeral was read as no definition and the sentence called unsupported for naming X). The
  // wordings are the shared word class (claims/membership.ts), those that say membership by themselves: "is one of",
  // "is among" open claims as often ("the loss of X is one of the main causes").
  { kind: 'definition', when: 'no-claim', pattern: new RegExp(String.raw`\b${membershipSource('alone')}\b`, 'i'), words: membershipWords('alone'), example: 'Oncostatin M belongs to the IL-6 family.' },
  // A receptor defined by the family that uses it, "gp130 is used by the IL-6 family of cytokines", "X is shared by all
  // members of the Y family": how the family signals, a textbook definition like "is a member of" (issue 7, stop 43);
  // when no claim was read (one member named with a verb of its own, "gp130 is used by IL-11 to activate STAT3", is no
  // family, and is left to the reader).
  // The same definition from the family's side, "IL-6 family cytokines are characterised by the shared use of gp130",
  // "the family is defined by the common usage of one signalling chain" (stop 53, h-oos53), when no claim was read.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are|was|were) (?:(?:all|mainly|chiefly|largely) )?(?:characteri[sz]ed|defined|distinguished|united|grouped(?: together)?|classified) by (?:the|their|its) (?:(?:common|shared|joint|mutual) )(?:use|usage|utili[sz]ation|recruitment) of\b/i, words: ['characterised by', 'characterized by', 'defined by', 'distinguished by', 'united by', 'grouped by', 'grouped together by', 'classified by'], example: 'The IL-6 family cytokines are characterised by the shared use of the signalling chain gp130.' },
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:(?:also|commonly|jointly|widely|likewise) )?(?:used|shared|utili[sz]ed|employed|engaged) by (?:(?:the|all|every|each|many|most|several|other|both) )?(?:(?:members|cytokines|ligands|proteins) of (?:the )?)?(?:[\w()/-]+ ){0,3}?(?:family|superfamily|subfamily)\b/i, words: ['used by', 'shared by', 'utilised by', 'utilized by', 'employed by', 'engaged by'], example: 'The receptor subunit gp130 is shared by all members of the IL-6 family.' },
  // A drug or molecule defined as a form of another, "D is a recombinant form of IL-11 made in bacteria", when no claim
  // was read: what the agent is, no finding (issue 7, stop 37: such a sentence was unsupported for naming IL-11). A
  // relative clause with a verb of its own ("a form of IL-6 that activates STAT3") is a claim, read or not.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:a|an|the) (?:[\w-]+ ){0,2}(?:forms?|versions?|analogu?es?|variants?|isoforms?|derivatives?) of\b(?![^.;]*\b(?:that|which) (?!(?:is|are|was|were|can be|has been|have been)\b)\w+)/i, words: ['form', 'version', 'analog', 'variant', 'isoform', 'derivative'], example: 'Mecasermin is a recombinant form of IGF-1 given by injection.' },
  // A process defined, "Angiogenesis is the process by which ...", when no claim was read; a second clause after ", and
  // they (it)" goes on to say what the process does ("..., and it drives metastasis") and is left a claim.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are|refers? to|describes?|comprises?|constitutes?|denotes?) (?:a|an|the) (?:[\w-]+ ){0,3}(?:process|program|programme|phenomenon|mechanism|cascade)(?:e?s)? (?:(?:by|in|through|during) which|whereby)\b(?![^.;]*,\s*and\s+(?:they|it|this|these)\b)/i, words: ['process', 'program', 'phenomenon', 'mechanism', 'cascade'], example: 'Angiogenesis is the process by which new vessels sprout from existing ones.' },
  // A class defined by its members' chemistry: "the MMPs constitute a family of zinc-dependent proteases".
  { kind: 'definition', when: 'no-claim', pattern: /\b(constitutes?|comprises?|forms?|makes? up|(is|are)) (a|an) ([\w-]+ ){0,3}(family|superfamily|group|class) of\b(?![^.;]*\b(that|which|whose)\b)/i, words: ['family', 'group', 'class'], example: 'The ADAMs constitute a large family of membrane-bound proteases.' },
  // A class defined by the part its members play in signalling: "the IRS proteins are a family of adaptors that act as
  // intermediaries downstream of IGF-1R", when no claim was read. The relative clause names a structural role (an
  // adaptor, a scaffold, a messenger), no outcome: "a family of adaptors that act as drivers of invasion" is left a claim.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:a|an) (?:[\w-]+ ){0,3}(?:family|superfamily|group|class) of (?:[\w-]+ ){0,4}?(?:that|which) (?:(?:mainly|mostly|primarily|chiefly|largely) )?(?:acts?|serves?|functions?) as (?:(?:a|an) )?(?:(?:key|central|critical|crucial|important|major|essential|common|molecular|signal(?:l)?ing|cytoplasmic|docking) ){0,2}(?:intermediar(?:y|ies)|intermediates?|adaptors?|adapters?|scaffolds?|platforms?|messengers?|linkers?|relays?|conduits?|transducers?|hubs?|docking sites?)\b(?![^.;]*\b(?:of|for) (?:tumou?r |cancer |cell )?(?:growth|proliferation|invasion|migration|metastasis|survival|resistance|progression|EMT|angiogenesis|tumou?rigenesis)\b)/i, words: ['act as', 'acts as', 'serve as', 'serves as', 'function as', 'functions as'], example: 'The SOCS proteins are a family of small adaptors that act as molecular relays between cytokine receptors and kinases.' },
  // The same for one adaptor or scaffold defined by what it does with signals: "IRS-2 is a docking protein that relays and
  // integrates signals from the receptor", "GAB1 is a cytoplasmic docking protein that links and relays signals", when
  // no claim was read (the signals are its work, no outcome; "relays signals to promote invasion" is left a claim).
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:a|an) (?:[\w-]+ ){0,4}?(?:adaptors?|adapters?|scaffolds?|scaffolding|docking)(?: (?:proteins?|molecules?))? (?:that|which) (?:(?:mainly|mostly|primarily|chiefly|largely|also) )?(?:integrates?|coordinates?|links?|couples?|connects?|relays?|transmits?|transduces?|conveys?|bridges?)(?: and (?:integrates?|coordinates?|links?|couples?|connects?|relays?|transmits?|transduces?|conveys?|bridges?))? [^.;]{0,80}?\bsignals?\b(?![^.;]*\b(?:to|into) (?:promote|drive|enhance|increase|raise|induce|suppress|inhibit|reduce|lower|block)\b)/i, words: ['adaptor', 'adapter', 'scaffold', 'docking'], example: 'IRS-2 is a cytoplasmic docking protein that relays and integrates signals from the insulin receptor.' },
  // How much notice a molecule has drawn from the field: "X has received the most attention", when no claim was read.
  { kind: 'history', when: 'no-claim', pattern: /\b(has|have) (received|attracted|drawn|gained) ([\w-]+ ){0,4}(attention|interest)\b(?! (for|because of|owing to) (its|their) ([\w-]+ )?(effects?|roles?|impact|influence|action) (on|in)\b)/i, words: ['attention', 'interest'], example: 'Among the IL-6 family, IL-11 has attracted growing interest from oncologists.' },
  // Where a condition is found, across tumour types: "hypoxia occurs in most solid tumours", when no claim was read.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(occurs?|(?:is|are) (common|frequent|found|present)) in ([\w-]+ ){0,2}(solid|liquid|human) (tumou?rs|cancers)\b(?![^.;]*\b(where|which|that|whose|when)\b)/i, words: ['solid', 'liquid', 'human'], example: 'Low oxygen is common in most solid tumours and in some leukaemias.' },
  // A molecule placed in its pathway or class, "X (also called Y) is a central kinase of the Z pathway", "..., which is the
  // shared receptor subunit for the whole family", when no claim was read.
  // A relative clause on what it does ("a component of the TME that drives ...") or a clause after ", and" that reports
  // a finding ("..., and studies have shown that X drives Y") makes it a claim, read or not.
  { kind: 'definition', when: 'no-claim', pattern: /\b(is|are) (a|an|the) ([\w-]+ ){0,3}(molecules?|components?|constituents?|subunits?|nodes?|kinases?|enzymes?|cytokines?|receptors?|proteins?) (of|in|within|for) the\b(?![^.;]*\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:impacts?|affects?|drives?|promotes?|regulates?|controls?|mediates?|influences?|contributes?|plays?|induces?|enhances?|suppresses?|inhibits?|activates?|raises?|lowers?|increases?|decreases?|reduces?|blocks?|favou?rs?|fuels?)\b)(?![^.;]*,\s*and\s+[^.;]*\b(?:shown|found|demonstrated|revealed|reported|established)\b)/i, words: ['of the', 'in the', 'within the', 'for the'], example: 'PDK1 (also called PDPK1) is a central kinase of the PI3K pathway.' },
  // What a molecule is and where the body makes it, "X is a cytokine secreted by many cell types", when no claim was read:
  // a definition of normal physiology, no finding ("X is a cytokine secreted by tumour cells that drives Y" reads a claim).
  { kind: 'definition', when: 'no-claim', pattern: /\b(is|are) (a |an )?([\w-]+ ){0,3}(cytokines?|chemokines?|proteins?|glycoproteins?|peptides?|polypeptides?|hormones?|enzymes?|kinases?|receptors?|molecules?|growth factors?) (that (is|are) )?(made|produced|secreted|synthesi[sz]ed|released|expressed|encoded) (mainly |mostly |chiefly |primarily |largely )?(by|in|from)\b/i, words: ['made', 'produced', 'secreted', 'synthesised', 'synthesized', 'released', 'expressed', 'encoded'], example: 'Hepcidin is a small peptide hormone secreted mainly by hepatocytes.' },
  // A drug's targets listed, "X acts on A, B, and C": what the drug is (its pharmacology), when no claim was read.
  // A purpose or consequence after the list ("to", "thereby", "which", "leading to") may carry a finding: left alone.
  { kind: 'definition', when: 'no-claim', pattern: /\b(acts?|acting) (on|upon)\b(?=[^.;]*,[^.;]*\b(and|or)\b)(?![^.;]*\b(to|thereby|which|that|leading|resulting|causing|so)\b)/i, words: ['act'], example: 'Cabozantinib acts on MET, AXL, RET and the VEGF receptors.' },
  // How common a cancer is, as a count of people or a rank among cancers, when no claim was read: "X affects some
  // 900,000 people a year", "X ranks sixth among cancers", "X accounts for 80% of liver tumours", "the incidence of
  // X is rising". A statistic of the disease, not a finding about a molecule.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(?:incidence|prevalence|mortality rates?|death rates?|(?:number|rate) of new cases)\b[^.;]{0,60}?\b(?:is|are|has|have|was|were|remains?|keeps?|continues? to)\b(?: [a-z]+){0,2} (?:ris(?:e|ing)|increasing|grow(?:ing)?|declin(?:e|ing)|falling|estimated|expected|projected|doubled)\b|\branks? (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)) (?:among|in|as|worldwide|globally)\b|\baccounts? for (?:(?:about|approximately|around|nearly|over|more than|up to|roughly|almost) )?\d+(?:\.\d+)?\s?% of (?:all )?(?:[\w-]+ ){0,3}(?:cancers?|tumou?rs|carcinomas|malignancies|neoplasms|cases|deaths)\b|\b(?:affects?|afflicts?|kills?|is diagnosed in) (?:(?:about|approximately|around|nearly|over|more than|roughly|some|almost) )?[\d,.]+ (?:(?:million|thousand) )?(?:people|patients|individuals|men|women|adults|children)\b/i, words: ['incidence', 'prevalence', 'mortality rate', 'death rate', 'new cases', 'rank', 'account', 'affect', 'afflict', 'kill', 'diagnosed in'], example: 'Oral squamous cell carcinoma affects about 300,000 people every year.' },
  // A dosing schedule, "400 mg twice daily", "50 mg/kg by oral gavage", when no claim was read and no change follows
  // ("... daily had smaller tumours" reports a finding the reader missed): how a drug was given.
  { kind: 'method', when: 'no-claim', pattern: /\b\d+(?:\.\d+)?\s?(?:mg|µg|μg)(?:\/(?:kg|m2|m²|day|d))?\b[^.;]{0,40}?\b(?:once|twice|three times|daily|weekly|every|per (?:day|week)|a (?:day|week)|gavage|intraperitoneal(?:ly)?|i\.p\.|orally|intravenous(?:ly)?|subcutaneous(?:ly)?)\b(?![^.;]*\b(?:prolong\w*|improv\w*|reduc\w*|increas\w*|decreas\w*|inhibit\w*|suppress\w*|block\w*|shr[au]nk|smaller|larger|higher|lower|more|less|had|showed|led|resulted|caused|induced|promoted|extended|delayed|raised|lowered)\b)|\b(?:was|were) dosed\b/i, words: ['mg', 'µg', 'μg', 'dosed'], example: 'Patients received sorafenib at 400 mg twice daily.' },
  // Where a name came from, "IL-6 was first named B-cell stimulatory factor 2", "was cloned in 1990", when no claim was read.
  { kind: 'history', when: 'no-claim', pattern: /\b(?:was|were) (?:originally |initially |first )?(?:named|termed|renamed|cloned)\b|\b(?:originally|initially|first) (?:purified|characteri[sz]ed)\b|\b(?:was|were) (?:first |originally |initially )?(?:discovered|isolated|cloned|purified) in (?:1[89]\d\d|20[0-2]\d|the (?:early |mid-?|late )?1[89]\d0s)\b|\b(?:in|since) (?:1[89]\d\d|20[0-2]\d)\b,? [^.;]{0,80}?\b(?:was|were) (?:discovered|identified|isolated|described|characteri[sz]ed)\b/i, words: ['named', 'termed', 'cloned', 'purified', 'characterised', 'characterized', 'discovered', 'isolated', 'in 1', 'in 2', 'since 1', 'since 2'], example: 'IL-11 was cloned from a primate bone marrow stromal line.' },
  // A share of patients who benefit, respond or survive: a clinical statistic, when no claim was read.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b\d+(\.\d+)?\s?% of ([\w-]+ ){0,4}(patients|cases|people|individuals|subjects)\b(?: [\w-]+){0,4} (benefit|respond|survive|achieve|experience|relapse|recur|die|live|remain|are cured|show (a )?(response|benefit))\b/i, words: ['%'], example: 'Fewer than 20% of patients with metastatic thyroid tumours respond to the first line of treatment.' },
  // A cancer's rank or burden, when no claim was read; a finding reported with "have shown that" keeps the rank a side
  // remark ("Studies have shown that X is raised in HNSCC, one of the most common cancers, and ...").
  // "X is still among the leading causes of death from cancer": a burden, not a cause the library could back, even when a
  // frame reads the disease as promoting death ("one of the key causes of Y", frames.ts); a backed main claim beside
  // it still gives way (framingKinds).
  { kind: 'epidemiology', when: 'always', pattern: /\b(?:one of )?(?:the|a) leading causes? of (?:[a-z-]+ )?(?:death|deaths|mortality)\b/i, words: ['leading'], example: 'Gastric cancer is still among the leading causes of death from cancer in Asia.' },
  { kind: 'epidemiology', when: 'no-claim', pattern: /^(?![^]*\b(?:shown|found|demonstrated|revealed|reported|established|confirmed) that\b)[^]*?\b(most (frequent|common)|leading causes?|(a|the) major cause of [^,.]*\b(death|mortality)|can be treated curatively)\b/i, words: ['most', 'leading', 'major cause', 'curatively'], example: 'Liver cancer is a leading cause of cancer death worldwide.' },
  // How often a gene or pathway is altered in a cancer, "X is the most commonly mutated gene in Y", when no claim was read.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\bmost (?:frequently|commonly|often) (?:altered|mutated|amplified|deleted|rearranged)\b/i, words: ['most '], example: 'The RAS genes are the most frequently mutated oncogenes in thyroid tumours.' },
  { kind: 'epidemiology', when: 'always', pattern: /\b(there is no effective (therapy|treatment)|lacks? effective (therapeutic|treatment)|no effective (therapy|treatment) (is|exists|for))/i, words: ['effective'], example: 'Metastatic thyroid cancer lacks effective treatment options.' },
  // A therapeutic prospect, "X and its effectors offer opportunities for targeted therapy", when no claim was read.
  { kind: 'prospect', when: 'no-claim', pattern: /\b(offers?|offered|provides?|provided|opens?|opened) (up )?((new|novel|promising|attractive|potential|further|important|unique) )*(opportunit(y|ies)|avenues?|prospects?) for\b/i, words: ['opportunit', 'avenue', 'prospect'], example: 'Blocking gp130 and its partners opens new avenues for treating thyroid tumours.' },
  // Stop 48: the field's attention to a molecule and the drugs it led to, "X and Y are the most studied factors, which
  // has led to the development of inhibitors now under evaluation in clinical trials", when no claim was read: the
  // history of a research programme, as "have been developed" is, never a finding on the molecules.
  { kind: 'history', when: 'no-claim', pattern: /\b(?:led|leads|lead|leading) to the development of (?:[\w-]+ ){0,3}(?:inhibitors?|drugs?|agents?|compounds?|antibodies|therapeutics|blockers?|antagonists?)\b|\bunder (?:current |ongoing |active )?(?:evaluation|investigation|testing) in (?:[\w-]+ ){0,2}trials?\b|\bthe most (?:(?:widely|extensively|frequently|intensively|commonly|well) )?(?:studied|investigated|researched|characteri[sz]ed)(?: and (?:targeted|exploited|validated))? (?:factors|molecules|targets|genes|proteins|members|pathways)\b/i, words: ['development of', 'trial', 'studied', 'investigated', 'researched', 'characterised', 'characterized'], example: 'Among the family, STAT3 and STAT1 are the most widely studied members, and several of their blockers are under evaluation in phase I trials.' },
  { kind: 'history', when: 'no-claim', pattern: /\b(have|has) been developed\b|\bentered clinical trials?\b/i, words: ['been developed', 'entered clinical trial'], example: 'Several STAT3 blockers have been developed, but few entered clinical trials.' },
  // Issue 7, stop 29: non-claim genres that came out out of scope only because the sentence named nothing the library
  // studies; with an actor the library knows they were read as unsupported claims. Each applies when no claim was read.
  // A literature search, the design of a review: "The PubMed and Embase databases were searched", "Twelve trials were
  // included": which papers were read, no finding.
  { kind: 'method', when: 'no-claim', pattern: /\b(?:databases?|pubmed|medline|embase|scopus|web of science|cochrane library|google scholar)\b[^.;]{0,120}?\b(?:was|were|had been) (?:systematically |comprehensively |electronically )?(?:searched|queried|screened|consulted|interrogated|mined)\b|\b(?:searched|queried|screened) (?:the )?(?:pubmed|medline|embase|scopus|web of science|cochrane|electronic databases?|databases?)\b|\b(?:studies|trials|articles|papers|reports|records|publications|abstracts|cohorts)\b[^.;]{0,120}?\b(?:was|were) (?:finally |ultimately |eventually )?(?:included|excluded|retrieved|eligible)(?: (?:in|for|into) (?:the|this|our|a) (?:[\w-]+ )?(?:meta-analysis|review|analysis|study|synthesis))?\.?$/i, words: ['database', 'pubmed', 'medline', 'embase', 'scopus', 'web of science', 'cochrane library', 'google scholar', 'searched', 'queried', 'screened', 'studies', 'trials', 'articles', 'papers', 'reports', 'records', 'publications', 'abstracts', 'cohorts'], example: 'Medline and Scopus were searched for reports on IL-11 in oral tumours up to March 2024.' },
  // An aim as an opening infinitive with no main clause, or before one ("To give an overview of X", "To shed light on
  // how X ..., we ..."): what the work set out to do (the verbs of the always-pattern above are the experiments' own).
  // A result reported after it ("..., we silenced X and found that Y fell") is a finding the reader missed: left unsupported.
  { kind: 'aim', when: 'no-claim', pattern: /^(?:to|in order to) (?:give|provide|offer|summari[sz]e|review|describe|outline|characteri[sz]e|identify|compare|analy[sz]e|elucidate|understand|define|address|measure|quantify|gain|shed|map|dissect|uncover|explain)\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|reveal\w*|demonstrat\w*|observed|noted|confirm\w*|discovered|uncovered)\b)/i, words: ['to '], example: 'To give a short account of how IL-11 shapes the oral tumour stroma.' },
  // A gap in knowledge named as such: "There is limited understanding of X", "knowledge of X remains scant".
  { kind: 'question', when: 'no-claim', pattern: /\b(?:there is|we have) (?:(?:still|only|a|very|rather|currently|as yet) )*(?:limited|little|poor|incomplete|scant|scarce|no clear) (?:understanding|knowledge|information|insight)\b|^(?:(?:however|yet|still|to date|so far|thus far|currently),?\s+)?(?:(?:very|only) )?(?:little|limited|scant|scarce|few|sparse) (?:information|data|studies|reports|knowledge|evidence) (?:(?:is|are) (?:currently |yet )?available|exists?|(?:has|have) been (?:published|reported|gathered))\b|\b(?:understanding|knowledge) of [^.;]{0,80}?\b(?:is|remains) (?:still |currently )?(?:limited|incomplete|poor|scant|scarce|fragmentary|lacking)\b/i, words: ['there is', 'we have', 'understanding', 'knowledge', 'little', 'limited', 'scant', 'scarce', 'few', 'sparse'], example: 'There is still limited understanding of the forces that drive spread of thyroid tumours.' },
  // A gap in knowledge named as a noun phrase, "X forms a poorly charted part of the Y story", "Z is one less studied
  // facet of W", when no claim was read (issue 7, stop 41): the field's state, no finding. A relation read beside it
  // ("X raised Y in a poorly explored subset of cells") makes the sentence a claim, as for every no-claim pattern, and
  // so does one stated after "is that" ("A less charted facet of X is that it raises Y"), read or not.
  { kind: 'question', when: 'no-claim', pattern: /\b(?:poorly|little|incompletely|insufficiently|barely|less|least|rarely|seldom) (?:well[- ])?(?:defined|understood|charted|characteri[sz]ed|explored|studied|known|investigated|appreciated|examined|recogni[sz]ed) (?:pieces?|parts?|aspects?|areas?|facets?|links?|components?|corners?|sides?|chapters?|dimensions?|questions?|topics?|fields?|branch(?:es)?|territor(?:y|ies))\b(?![^.;]*\b(?:is|was|are|were) that\b)/i, words: ['poorly', 'little', 'incompletely', 'insufficiently', 'barely', 'less', 'least', 'rarely', 'seldom'], example: 'The receptor for oncostatin M remains a poorly charted corner of liver inflammation.' },
  // A report's novelty, with no relation read: "This is the first report of a KRAS variant in gliomas", "To our
  // knowledge, ours is the first description of X in Y" place the work in the literature and state no finding (a
  // relation read after it, "the first report that X drives Y", makes it a claim; issue 7, stop 40).
  { kind: 'history', when: 'no-claim', pattern: /^(?:(?:to (?:the best of )?our knowledge|to date|thus|hence|therefore),?\s+)?(?:this|it|ours|the present (?:study|work|report|paper|case)|our (?:study|work|report|paper|case)) (?:is|was|represents|provides|constitutes) the (?:first|earliest) (?:(?:published|documented|reported|known|systematic|clinical) )?(?:reports?|descriptions?|documentation|accounts?|cases?|studies|study|observations?) of\b/i, words: ['first', 'earliest'], example: 'This is the first report of a BRAF variant in salivary gland tumours.' },
  // A discovery dated by its year: "In 1911, Rous was the first to describe a virus that transmits a sarcoma".
  { kind: 'history', when: 'no-claim', pattern: /\b(?:in|by) (?:1[89]\d\d|20[0-2]\d)\b,?[^.;]{0,80}?\b(?:was|were) the first to (?:report|describe|observe|show|note|propose|identify|isolate|link|recogni[sz]e|suggest)\b/i, words: ['in 1', 'in 2', 'by 1', 'by 2'], example: 'By 1889, Paget was the first to propose that tumour cells seed only fertile organs.' },
  // A trial's design, "Patients were randomly assigned to X or placebo", "The phase II trial enrolled 48 patients": who
  // was given what, no finding.
  { kind: 'method', when: 'no-claim', pattern: /\b(?:was|were) (?:then )?(?:randomly |randomi[sz]ed and |equally |prospectively )?(?:assigned|allocated) (?:\(?\d:\d\)? |in a \d:\d ratio )?(?:to|between)\b|\b(?:trial|study)\b[^.;]{0,60}?\b(?:enrolled|recruited|randomi[sz]ed|included) (?:a total of |some |about |\d)/i, words: ['assigned', 'allocated', 'enrolled', 'recruited', 'randomised', 'randomized', 'included'], example: 'Patients were randomly assigned to sorafenib with or without an IL-6 antibody.' },
  // A drug's development stopped: "Development in lupus was suspended after a phase II trial": the history of a drug.
  // Issue 7 (stop 48, h-w25b48): a discovery dated by its anniversary is history ("marked the 20th anniversary of the
  // discovery of X"), whatever X does.
  { kind: 'history', when: 'no-claim', pattern: /\banniversary of (?:the )?(?:[\w-]+ )?(?:discovery|discoveries|finding|description|identification|cloning|isolation|first reports?) of\b/i, words: ['anniversary'], example: 'Last spring marked the thirtieth anniversary of the discovery of the STAT3 protein.' },
  { kind: 'history', when: 'no-claim', pattern: /\b(?:development|trials?|testing|programme|program)\b[^.;]{0,80}?\b(?:was|were|has been|have been) (?:later |subsequently |eventually |prematurely |then )?(?:suspended|discontinued|halted|terminated|stopped|abandoned)\b/i, words: ['suspended', 'discontinued', 'halted', 'terminated', 'stopped', 'abandoned'], example: 'Development of the compound for psoriasis was discontinued after two mid-stage trials.' },
  // What epidemiology reports (risk factors across a population), "Epidemiological data tie obesity to liver cancer";
  // "... have shown that X raises Y" reports the finding itself.
  { kind: 'epidemiology', when: 'no-claim', pattern: /^(?![^]*\b(?:shown|found|demonstrated|revealed|established|confirmed) that\b)[^]*?\bepidemiolog\w* (?:studies|study|data|evidence|surveys?|research|analyses|findings|reports)\b/i, words: ['epidemiolog'], example: 'Large epidemiological surveys tie heavy drinking to a greater risk of oral tumours.' },
  // A disease's yearly count of new cases, "some 600,000 new cases a year", "new cases each year" (h-w11b34): a statistic,
  // however the sentence words its burden ("a major cause of morbidity"); a backed claim beside it still speaks.
  { kind: 'epidemiology', when: 'always', pattern: /\bnew cases (?:per|a|each|every) year\b|\bnew cases (?:yearly|annually)\b|\b\d[\d,.]*\s+(?:new )?cases (?:per|a|each|every) year\b/i, words: ['cases'], example: 'Oral tumours account for some 300,000 new cases per year, half of them fatal.' },
  // A drug used as the reference of trials, "X has served as the control arm in many trials of new agents": the trials'
  // design, not a finding on the drug (h-w11b34).
  { kind: 'method', when: 'no-claim', pattern: /\b(?:serves?|served|serving|used|acted|acts?|acting|been)\s+as\s+(?:the\s+|a\s+|an\s+)?(?:(?:active|standard|common|usual)\s+)?(?:control|comparator|reference)(?:\s+(?:arm|group|treatment|drug|therapy|agent))?\b[^.;]{0,100}?\btrials?\b|\b(?:comparator|control) arm of\b/i, words: ['control', 'comparator', 'reference'], example: 'For years regorafenib has served as the control arm in many randomised trials of new agents for liver tumours.' },
  // A disease's rate as cases per head of population, "one to two cases per million a year"; a disease ranked by its
  // severity, "X is among the most aggressive solid malignancies"; incidence in the plural.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(?:cases?|deaths?|diagnoses) (?:per|for every) (?:million|\d[\d,]*|hundred thousand)\b|\bincidences (?:are|have|were|keep|continue)\b|\b(?:is|are|remains?) (?:still )?(?:among|one of) the (?:most (?:aggressive|lethal|deadly|fatal|malignant|common|frequent|prevalent)|deadliest|commonest)\b(?: [\w-]+){0,3} (?:cancers|malignancies|tumou?rs|neoplasms|carcinomas|diseases)\b/i, words: ['per', 'for every', 'incidences', 'among', 'one of'], example: 'Tongue tumours are among the most lethal head and neck malignancies, with some four deaths per 100,000 people.' },
  // Issue 7, stop 38: a rate per 100,000 people (per million, per person-years) is a statistic of the disease even
  // when the reader read "cancers have a higher mortality" as a claim: the row above yields to any claim read, this
  // one only to a claim the library backs or contradicts (framingKinds). Not beside a verb of change: "D lowered
  // mortality to 20 deaths per 100,000" is D's effect, the rate its size.
  { kind: 'epidemiology', when: 'always', pattern: /^(?![^]*\b(?:lower(?:s|ed|ing)|rais(?:es|ed|ing)|reduc(?:es|ed|ing)|increas(?:es|ed|ing)|decreas(?:es|ed|ing)|improv(?:es|ed|ing)|prolong(?:s|ed|ing)|extend(?:s|ed|ing)|halv(?:es|ed|ing)|doubl(?:es|ed|ing)|cut|cuts|drove|drives|caus(?:es|ed|ing)|induc(?:es|ed|ing))\b)[^]*?(?:\b(?:deaths?|cases?|diagnoses) (?:per|for every) (?:100,000|100 000|100000|million|hundred thousand)\b|\bper (?:100,000|100 000|100000|million|hundred thousand) (?:people|persons|population|inhabitants|individuals|person-years|men|women|adults|children)\b)/i, words: ['per ', 'for every'], example: 'Bladder tumours carry a higher death rate, with about 5.1 deaths per 100,000 people each year.' },
  // A survival figure of a whole group of patients, "the median survival of ATC patients is about five months": a
  // statistic of the disease, when no comparison, treatment arm or level in the sentence makes it a finding.
  { kind: 'epidemiology', when: 'no-claim', pattern: /^(?![^]*\b(?:than|versus|vs|compared|whereas|higher|lower|longer|shorter|high|low|elevated|reduced|increased|decreased|positive|negative|expression|levels?|overexpress\w*|arms?|placebo|hazard|ratio|groups?|treated|receiving|given)\b)[^]*\b(?:median|mean|average|overall|(?:\d+|one|two|three|five|ten)-year) (?:overall |disease-free |progression-free |relative )?survival(?: rates?| times?)?\b[^.;]{0,60}?\b(?:is|are|was|were|remains?|ranges?|stands? at) (?:(?:still|only|just|about|approximately|around|roughly|nearly|less than|under|below|over|more than|up to|as low as|merely|typically|generally|usually) )*(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few)\b/i, words: ['survival'], example: 'The five-year survival of patients with metastatic tongue tumours is still under 40%.' },
  // The usual course of a disease in most patients, "Most patients with advanced HCC develop resistance to TKIs": a
  // clinical fact of a population, when no level or marker of the patients ("with high X") makes it a finding.
  { kind: 'epidemiology', when: 'no-claim', pattern: /^(?:(?:however|unfortunately|moreover|yet|still|nevertheless|sadly|currently|clinically),?\s+)?(?:most|many|the (?:vast )?majority of|a majority of|nearly all|almost all|virtually all|few|up to half of|half of) (?:the )?(?:patients|cases|individuals|people|subjects|survivors)\b(?![^.;]*\b(?:high|low|higher|lower|elevated|increased|reduced|positive|negative|expression|levels?|overexpress\w*|mutations?|mutant)\b)[^.;]{0,80}?\b(?:develop|acquire|relapse|recur|progress|die|succumb|experience|present|are diagnosed|become|eventually)\w*\b/i, words: ['most', 'many', 'majority', 'all', 'few', 'half'], example: 'Nearly all patients with anaplastic thyroid tumours die within a year of diagnosis.' },
  // Issue 7, stop 30 (h-oos30): genres read as unsupported only because they name a drug or a molecule the library
  // studies; each applies when no claim was read ("X, the standard treatment, raised Y" keeps its claim).
  // A treatment's place in clinical practice, "X remains the standard treatment for Y", "X is the treatment of choice":
  // the status of a therapy, like its approval, no finding.
  // The same status said by the drug's rank among those used for a disease, "X has long been the principal targeted
  // drug used for the systemic treatment of Y" (stop 49).
  { kind: 'history', when: 'no-claim', pattern: /(?<!\b(?:which|that|who) )\b(?:is|are|was|were|remains?|remained|became|(?:has|have) (?:long |since )?(?:been|become)|continues? to be) (?:(?:still|currently|now|widely|generally|often|usually) )?(?:the|a|one of the) (?:principal|main|primary|major|leading|predominant|most (?:widely |commonly |frequently )?used) (?:(?:targeted|systemic|molecular|oral|chemotherapeutic|anticancer|anti-cancer) )*(?:drugs?|therap(?:y|ies)|agents?|treatments?|options?|medicines?)(?: (?:used|given|prescribed|administered))? (?:for|in) (?:the )?(?:(?:systemic|first-line|front-line|medical|clinical) )?(?:treatment|therapy|management|care) of\b/i, words: ['principal', 'main', 'primary', 'major', 'leading', 'predominant', 'most'], example: 'Cisplatin has long been the main chemotherapeutic agent used for the treatment of advanced oral tumours.' },
  { kind: 'history', when: 'no-claim', pattern: /(?<!\b(?:which|that|who) )\b(?:is|are|was|were|remains?|remained|became|(?:has|have) (?:long |since )?(?:been|become)|continues? to be) (?:(?:still|currently|now|widely|generally|often|usually) )?(?:the|a) (?:(?:current|only|main|recommended|accepted|established|approved|preferred|usual|global|reference) )*(?:standard(?:[- ]of[- ]care| (?:(?:first-line|front-line|systemic|initial|medical) )?(?:treatments?|therap(?:y|ies)|drugs?|options?|regimens?|care))|(?:treatment|therapy|drug|agent) of choice|mainstay of (?:[\w-]+ ){0,2}(?:treatment|therapy|care|management)|(?:first|front)-line (?:systemic )?(?:treatments?|therap(?:y|ies)|drugs?|agents?|options?)|(?:first|only|sole) (?:(?:fda-|ema-)?(?:approved|licensed) (?:[\w-]+ ){0,2}(?:drugs?|therap(?:y|ies)|agents?|treatments?|options?)|(?:[\w-]+ ){0,2}(?:drugs?|therap(?:y|ies)|agents?|treatments?|options?) (?:to be )?(?:approved|licensed)))\b/i, words: ['standard', 'of choice', 'mainstay', 'first-line', 'front-line', 'approved', 'licensed'], example: 'Cisplatin remains the standard first-line therapy for advanced oral tumours.' },
  // A trait of tumours in general, "Hypoxia is one of the key features of solid tumours", "X is a hallmark of cancer": what
  // tumours are like, not a finding on a molecule (a named cancer, "a hallmark of HCC", is left to the reader). In a relative
  // clause ("Hypoxia, which is a common feature of solid tumours, drives invasion") it is an aside on the main clause's subject.
  { kind: 'definition', when: 'no-claim', pattern: /(?<!\b(?:which|that) )\b(?:is|are|represents?|remains?|constitutes?) (?:(?:one|some) of |among )?(?:the|a|an) (?:(?:most|more|very|key|main|major|important|prominent|common|defining|characteristic|typical|central|fundamental|universal|pathological|pathologic|biological|physiological|distinctive|general|frequent|striking|well-known|recogni[sz]ed|emerging|classic|classical|cardinal|essential|notable) )*(?:features?|hallmarks?|characteristics?|traits?|properties|signatures?) of (?:(?:most|many|all|nearly all|almost all|the|human|solid|malignant|advanced|aggressive) )*(?:tumou?rs?|cancers?|malignanc(?:y|ies)|neoplasms?|neoplasia|carcinomas?|(?:tumou?r )?microenvironments?|TMEs?)\b(?!-| (?:bed|beds|cells?|stroma|microenvironment|tissues?|mass|masses|vessels?|vasculature|growth|biology|progression|types?)\b)(?![^.;]*\b(?:that|which|who) (?:\w+ly )?(?:drives?|promotes?|regulates?|controls?|mediates?|induces?|enhances?|suppresses?|inhibits?|activates?|raises?|lowers?|increases?|decreases?|reduces?|blocks?|favou?rs?|fuels?|triggers?|stimulates?|upregulates?|up-regulates?|downregulates?|down-regulates?)\b)/i, words: ['feature', 'hallmark', 'characteristic', 'trait', 'properties', 'signature'], example: 'Low oxygen is one of the defining features of most solid tumours.' },
  // A molecule placed in its family by an adjective, "X is an IL-6 family cytokine", "A and B are collagenase subfamily
  // members" (the "belongs to" of the definition above in other words); a verb or a preposition before the family
  // ("is activated by Src family kinases") makes it a relation, and a clause after ", and" that reports a finding is
  // left a claim.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:(?:a|an|one|two|both) )?(?:(?!(?:by|in|of|with|to|from|for|on|at|via|through|than|and|or|not)\b)(?![\w-]*ed\b)(?:[\w-]+|\([\w-]+\)) ){0,4}?(?:family|superfamily|subfamily) (?:members?|cytokines?|chemokines?|proteins?|glycoproteins?|receptors?|kinases?|ligands?|enzymes?|proteases?|transcription factors?)\b(?![^.;]*,\s*and\s+[^.;]*\b(?:shown|found|demonstrated|revealed|reported|established)\b)/i, words: ['family'], example: 'Cardiotrophin-1 is a gp130 family cytokine with a long helical fold.' },
  // A molecule or drug defined by its class alone, "Akt is a serine/threonine kinase with three isoforms", "X is an oral
  // multikinase inhibitor", "X is a latent transcription factor that resides in the cytoplasm": what it is, no relation.
  // Only the whole sentence: the modifiers are words in lower case with no word of function or worth (no "key", "pro-",
  // "oncogenic", no named target as in "an IGF-1R inhibitor"), and nothing follows but its build ("with three isoforms",
  // "composed of two subunits", "encoded by", "structurally related to"), so "a transcription factor with diverse
  // functions in oncogenesis", "an antibody directed against IL-6R" and "..., and it drives Y" are left to the reader.
  { kind: 'definition', when: 'no-claim', pattern: /^[^;:]{1,100}?\b(?:is (?:a|an) |are (?:(?:a|an) )?)(?:(?!(?:key|critical|crucial|central|major|important|potent|powerful|novel|promising|prognostic|predictive|therapeutic|pivotal|main|essential|master|negative|positive|oncogenic|inflammatory|angiogenic|invasive|metastatic|pleiotropic|multifunctional|downstream|upstream|specific|selective|direct|known|well-known|common|frequent|emerging|potential|new|first|only|best|major|dominant|vital|unique|bona|classic|classical|strong|weak|good|poor|useful|attractive|independent)\b)(?!(?:pro|anti|tumou?r|onco)-?)(?:[a-z][a-z/-]*|\d+(?:\.\d+)?-?(?:kDa|kD|amino-acid|residue|aa))\s){0,4}(?:(?:serine\/threonine|ser\/thr|tyrosine|lipid|protein|receptor|non-receptor|multi-?kinase|kinase) )?(?:kinases?|phosphatases?|transcription factors?|glycoproteins?|proteins?|cytokines?|chemokines?|enzymes?|endopeptidases?|proteases?|proteinases?|peptides?|polypeptides?|heterodimers?|homodimers?|antibod(?:y|ies)|inhibitors?|compounds?|molecules?|receptors?|(?:receptor )?subunits?|ligands?|hormones?|growth factors?|adaptor proteins?)(?:,? (?:with (?:two|three|four|five|six|seven|several|multiple|many|\d+) (?:[a-z-]+ )?(?:isoforms|subunits|domains|members|paralogs|variants|splice variants|exons)|(?:that is |which is )?(?:composed|made up|consisting|comprised) of [^.;]{1,80}|(?:that is |which is )?encoded by [^.;]{1,60}|(?:that is |which is )?(?:structurally |chemically )?(?:related|similar) to [^.;]{1,60}|that (?:resides|resided|is located|is found|shuttles) in [^.;]{1,60}|of (?:an? |two |three |the )?[^.;]{0,40}\bsubunits?|of (?:about |approximately |some |roughly )?\d+ (?:amino acids|residues|kDa|kD)))?\s*\.?$/, words: ['is a', 'are '], example: 'Akt is a serine/threonine kinase with three isoforms.' },
  // Issue 7, stop 45: the same build said with a verb of being other than the copula, "NF-kB exists as a dimer composed
  // of p65 and p50", "X acts (functions) as a heterodimer consisting of A and B": how the protein is assembled, no
  // relation. Only a complex of subunits, never a role ("acts as a key regulator of Y"), and nothing after but its parts.
  { kind: 'definition', when: 'no-claim', pattern: /^[^;:]{1,100}?\b(?:acts?|functions?|exists?|occurs?) (?:mainly |mostly |primarily |predominantly )?as (?:a|an) (?:(?:obligate|stable|constitutive|functional|active|inactive|latent) )?(?:hetero|homo)?(?:dimer|trimer|tetramer|pentamer|hexamer|oligomer|multimer)s?(?:,? (?:that is |which is )?(?:composed|made up|consisting|comprised|formed) of [^.;]{1,120})?\s*\.?$/i, words: ['as a', 'as an'], example: 'NF-kB mostly exists as a heterodimer made up of p65 and p50 subunits.' },
  // A family listed by its members, "The IL-6 family comprises IL-6, IL-11, LIF and OSM"; a protein's build, "STAT3
  // contains an N-terminal domain, a DNA-binding domain and ...": what they are made of, no relation.
  { kind: 'definition', when: 'no-claim', pattern: /^(?:the )?(?:[\w/()-]+ ){0,3}?(?:(?:cytokine|protein|receptor|gene|kinase) )?(?:family|superfamily|subfamily|axis|system)(?: of [\w -]{1,40}?)? (?:comprises|includes|consists of|contains|encompasses|is composed of|is made up of|has (?:\w+ )?members)\b|^[^;:]{1,80}?\b(?:comprises|consists of|contains|is composed of|is made up of|has) (?:an?|two|three|four|five|six|seven|several|multiple|\d+) [^.;]{0,160}?\bdomains?\b(?![^.;]*\b(?:that|which)\b)[^.;]*\.?$/i, words: ['family', 'axis', 'system', 'comprises', 'consists of', 'contains', 'composed of', 'made up of', 'has '], example: 'The gp130 cytokine family comprises IL-6, IL-11, LIF, OSM, CNTF and cardiotrophin-1.' },
  // A kind of cells defined as a part of a larger population, "Tumour-initiating cells are a rare subset of cancer
  // cells able to seed new tumours", when no claim was read (issue 7, stop 41): what the cells are, no relation. A
  // relative clause with a verb of effect ("a subset of cells that drives relapse") is left to the reader.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are|represents?|constitutes?|comprises?) (?:a|an|the|one) (?:(?:small|rare|minor|minute|tiny|distinct|heterogeneous|unique|special|speciali[sz]ed|particular|discrete|major|dominant|self-renewing|quiescent)(?:,)? )*(?:sub-?populations?|subsets?|sub-?types?|populations?|fractions?|sub-?groups?|sub-?sets?) of (?:(?:the |all )?[\w-]+ ){0,3}?cells\b(?![^.;]*\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:drives?|promotes?|regulates?|controls?|mediates?|induces?|enhances?|suppresses?|inhibits?|activates?|raises?|lowers?|increases?|decreases?|reduces?|blocks?|secretes?|releases?|produces?|expresses?|fuels?)\b)/i, words: ['population', 'subset', 'subtype', 'sub-type', 'fraction', 'subgroup', 'sub-group', 'sub-set'], example: 'Tumour-initiating cells are a rare subset of cancer cells able to seed new tumours in mice.' },
  // What cells make up most of a tissue, "CAFs are the most abundant stromal cells in the TME": a census, no relation.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(?:is|are|remains?) (?:the |one of the )?most (?:abundant|common|prevalent|numerous|plentiful|frequent) (?:[\w-]+ ){0,2}?(?:cells?|cell types?|components?|populations?|constituents?)\b(?![^.;]*\b(?:that|which|who)\b)/i, words: ['most '], example: 'Macrophages are the most abundant immune cells in oral tumour stroma.' },
  // Issue 7, stop 32 (h-scope32): genres that name a molecule or drug the library studies and so were read as an
  // unbacked claim (a false warning in the editor), each in many wordings.
  // A structured abstract's heading names what follows: "AIM: To ...", "Objectives: We ...", "METHODS: ...". The
  // headings of results and conclusions ("RESULTS:", "CONCLUSION:") head claims and are left to the reader.
  { kind: 'aim', when: 'always', pattern: /^(?:(?:background|introduction|rationale) and )?(?:(?:the |study |main |primary )?(?:aims?|objectives?|purposes?|goals?)(?: of (?:the|this) (?:study|work|review))?)\s*[:.–-]\s+\S/i, words: ['aim', 'objective', 'purpose', 'goal'], example: 'OBJECTIVE: To learn whether serum IL-11 tracks the spread of tongue tumours.' },
  { kind: 'heading', when: 'always', pattern: /^(?:(?:materials?|patients?|subjects?|participants?) and )?(?:methods?|methodology|study design|design|experimental design|setting|interventions?|main outcome measures?|outcome measures?)(?: and (?:materials?|patients?|setting|participants?))?\s*[:.–-]\s+\S/i, words: ['method', 'design', 'setting', 'intervention', 'outcome measure'], example: 'METHODS: Serum IL-6 was measured in 80 patients before sorafenib.' },
  // What is not known, said with "is": "The mechanism by which X raises Y is still unknown", "The function of X in Y is
  // unclear" (the "remains unknown" of the question above in other words): a subject that names a role, mechanism or
  // meaning, or an adverb of time before the gap ("is still unclear"), so "the tumour margin was unclear" is no question.
  { kind: 'question', when: 'always', pattern: /^(?:(?:however|yet|still|moreover|nevertheless|currently|to date|so far|thus far|at present),?\s+)?(?:the |its |their )?(?:(?:exact|precise|underlying|molecular|detailed|specific|biological|clinical|functional|prognostic|potential|possible) )*(?:mechanisms?|roles?|functions?|basis|reasons?|significance|relevance|contributions?|involvement|consequences?|value|impact|cause|causes|nature|identity|origins?|source|sources|pathways?)\b[^.;]{0,160}?\b(?:is|are|was|were) (?:(?:still|yet|currently|as yet|largely|entirely|completely|presently|at present) )*(?:unknown|unclear|uncertain|undetermined|elusive|obscure|unexplored|unresolved|not (?:yet )?(?:(?:fully|well|completely|clearly|entirely) )?(?:known|clear|understood|established|elucidated|defined))\b|^(?:how|why|what|which)\b[^.;]{0,160}?\b(?:is|are) (?:(?:still|yet|currently|as yet|largely|entirely|completely|presently|at present) )*(?:unknown|unclear|uncertain|undetermined|elusive|obscure|unexplored|unresolved|not (?:yet )?(?:(?:fully|well|completely|clearly|entirely) )?(?:known|clear|understood|established|elucidated|defined))\b/i, words: ['unknown', 'unclear', 'uncertain', 'undetermined', 'elusive', 'obscure', 'unexplored', 'unresolved', 'known', 'clear', 'understood', 'established', 'elucidated', 'defined'], example: 'The mechanism by which IGF-1R aids sorafenib resistance is still unknown.' },
  // A term defined: "Hypoxia is defined as ...", "EMT refers to a programme ...", "X is termed Y": what a word means.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are|was|were) (?:commonly |generally |usually |often |broadly |operationally |here |classically )?(?:defined as|termed|referred to as|designated as)\b|\brefers? to (?:a|an|the|any|cells|tumou?rs)\b|\b(?:the )?term [^.;]{1,40}? (?:refers|describes|denotes|is used)\b/i, words: ['defined as', 'termed', 'referred to as', 'designated as', 'refer', 'term '], example: 'Tumour hypoxia is defined as a fall in oxygen below what the cells need.' },
  // A drug's standing in the clinic, gained on a date or by a trial: "X became the first systemic agent for Y in 2007",
  // "the SHARP trial established X as the standard of care": its history, like its approval. (Stop 48: "has become a
  // major (main, leading) treatment" says the same of its place in the clinic.)
  { kind: 'history', when: 'no-claim', pattern: /\b(?:became|become|becomes|has become|emerged as) (?:the|a|an) (?:(?:new|first|only|current|global|accepted|established|preferred) )*(?:standard|first-line|front-line|second-line|third-line|later-line|systemic|approved|licensed|reference|targeted|major|main|principal|leading)\b[^.;]{0,60}?\b(?:drugs?|agents?|treatments?|therap(?:y|ies)|options?|of care|regimens?|inhibitors?)\b|\b(?:established|adopted|recommended|endorsed|positioned|confirmed) [^.;]{1,60}? as (?:the|a) (?:(?:new|first|only|global|current) )*(?:standard|first-line|front-line|reference|treatment of choice|mainstay)\b/i, words: ['became', 'become', 'emerged as', ' as the', ' as a'], example: 'In 2017 regorafenib became the first approved second-line agent for liver tumours.' },
  // A model made in the dish: "Resistant cells were established (generated, derived) by long-term exposure to X":
  // the design, when no claim was read ("..., and they secreted more IL-6" reports one).
  { kind: 'method', when: 'no-claim', pattern: /\b(?:was|were) (?:first |then |successfully |stably )?(?:established|generated|derived|developed|created|selected) (?:by|through|via|from) (?:(?:the |a |an )?(?:long-term|long|continuous|continual|chronic|prolonged|stepwise|step-wise|gradual|repeated|persistent|intermittent|increasing|escalating|lentiviral|retroviral|adenoviral|viral|stable|stably|transient|transiently|plasmid|sirna|shrna) )*(?:exposure|exposing|culture|culturing|incubation|incubating|treatment|treating|selection|passage|passaging|transfection|transfecting|transduction|transducing|infection|infecting|doses?|concentrations?)\b/i, words: ['established', 'generated', 'derived', 'developed', 'created', 'selected'], example: 'Two sorafenib-tolerant lines were derived by continuous culture in rising doses of the drug.' },
  // A trial's status or registration: "A phase II trial of X in Y is under way", "X is being tested in clinical trials",
  // "(NCT01234567)": what is being tried, not what was found.
  { kind: 'method', when: 'no-claim', pattern: /\b(?:trials?|studies|study)\b[^.;]{0,140}?\b(?:is|are) (?:currently |now |still |already )?(?:ongoing|under ?way|recruiting|in progress|planned|being (?:conducted|carried out|performed|run))\b|\bNCT\d{8}\b|\b(?:is|are) (?:currently |now |still )?(?:being|under) (?:tested|evaluated|investigated|assessed|studied|examined|investigation|evaluation) in (?:a |an |several |two |three |ongoing |early-phase )?(?:[\w-]+ ){0,3}(?:clinical )?trials?\b/i, words: ['ongoing', 'under way', 'underway', 'recruiting', 'in progress', 'planned', 'being ', 'nct', 'under '], example: 'A phase II study of IL-11 blockade in tongue tumours is now recruiting.' },
  // A drug's pharmacology or safety, "X has a longer half-life than Y", "X was well tolerated", "X is metabolised by
  // CYP3A4": how the body handles the drug, not what it does to a cancer; a word of efficacy or of an action on the
  // disease ("improved survival", "lowered IL-6", "growth") leaves it a claim.
  { kind: 'method', when: 'no-claim', pattern: /^(?![^]*\b(?:efficacy|efficacious|effective|effectiveness|survival|survive|respon(?:se|ses|ded|ders?)|benefits?|beneficial|growth|proliferat\w*|apoptosis|apoptotic|invasi\w*|migrat\w*|metasta\w*|resistan\w*|sensitiv\w*|sensiti[sz]\w*|inhibit(?!ors?\b)\w*|suppress\w*|activat\w*|block(?!ers?\b)\w*|(?:reduc|lower|increas|rais|induc|promot)\w*(?!\s+(?:in|of)\s+(?:the\s+)?(?:frequency|dos\w*|administration|number of (?:doses|injections|infusions|visits)))|progression|shrink\w*|regress\w*|control)\b)[^]*\b(?:half-?li(?:fe|ves)|bioavailability|pharmacokinetic\w*|pharmacodynamic\w*|plasma (?:clearance|concentrations?|exposure)|dosing (?:intervals?|schedules?|frequency|regimens?)|frequency of (?:administration|dosing)|safety profiles?|tolerability|(?:well|poorly|generally|reasonably) tolerated|adverse (?:events?|effects?|reactions?)|side[- ]effects?|dose-limiting toxicit\w*|maximum tolerated dose|(?:is|are|was|were) (?:mainly |largely |primarily |extensively )?metaboli[sz]ed (?:by|in|via|through))\b/i, words: ['half', 'bioavailability', 'pharmaco', 'plasma', 'dosing', 'frequency of', 'safety', 'tolera', 'adverse', 'side', 'dose-limiting', 'metaboli'], example: 'Sarilumab stays in the blood longer than tocilizumab, with a half-life of about ten days.' },
  // A bench or analysis step named by its tools: a dose with its unit ("10 µM", "20 ng/ml"), an antibody's dilution
  // ("1:200"), a blot, an assay, a statistical test, how data are shown ("mean ± SD", "relative to GAPDH"), a route of
  // dosing ("by oral gavage"), an ethics approval: how the work was done, when no claim was read. A word of a result
  // ("higher", "fell", "found", "associated", "detected in 80% of") leaves the sentence to the reader, which then calls
  // it unsupported.
  { kind: 'method', when: 'no-claim', pattern: /^(?=[^]*?(?:\b\d+(?:\.\d+)? ?(?:µM|μM|uM|nM|pM|mM|ng\/m[lL]|pg\/m[lL]|µg\/m[lL]|μg\/m[lL]|ug\/m[lL]|mg\/kg|mg\/m[lL]|U\/m[lL]|IU\/m[lL])(?![\w/])|\(1:\d{2,5}\)|\b[Dd]ilut(?:ed|ion) (?:of )?1:\d|\bSDS-PAGE\b|\b(?:[Ww]estern|[Ii]mmuno)[- ]?blot\w*|\bELISA\b|\b(?:qRT-PCR|RT-qPCR|qPCR|RT-PCR|[Rr]eal-time PCR)\b|\b[Ff]low cytometr\w*|\b[Tt]ranswell\b|\b[Ww]ound[- ]healing\b|\b[Ss]cratch assay|\b(?:MTT|CCK-8|CCK8|EdU|BrdU|TUNEL) (?:assays?|kits?|staining)\b|\b2-?(?:ΔΔ|∆∆)C[tT]\b|\bMann-Whitney\b|\b(?:Student'?s )?t-tests?\b|\b[Cc]hi-square\b|\bANOVA\b|\b[Ll]og-rank test\b|\b[Mm]eans? ± (?:SD|SEM|SE|s\.d\.|s\.e\.m\.)|\b± (?:SD|SEM|s\.d\.)\b|\b[Rr]elative to (?:GAPDH|β-actin|beta-actin|actin|tubulin|18S|U6)\b|\bby oral gavage\b|\b(?:[Ii]ntraperitoneal|[Ss]ubcutaneous|[Ii]ntravenous)(?:ly)? (?:injected|injection|administered|administration)\b|\b[Ee]thics [Cc]ommittee\b|\b[Ii]nformed consent\b|\bP ?< ?0?\.05 was considered\b|\b(?:was|were) (?:calculated|computed) (?:as|using|from|by|with|according to)\b))(?![^]*\b(?:found|finds?|show(?:s|ed|n)?|reveal\w*|demonstrat\w*|indicat\w*|suggest\w*|confirm(?:s|ing)?|higher|lower|greater|smaller|more|less|fewer|increas\w*|decreas\w*|reduc\w*|elevat\w*|enhanc\w*|suppress\w*|inhibit(?!ors?\b)\w*|promot\w*|induc\w*|rais\w*|fell|fall\w*|rose|rise|rising|abolish\w*|restor\w*|prolong\w*|shrank|shrunk|block(?!ers?\b)\w*|attenuat\w*|impair\w*|correlat\w*|associat\w*|linked|predict\w*|significant(?!ly different\b)\w*|detected in|positive|negative|overexpress\w*|upregulat\w*|downregulat\w*|depend\w*)\b)/, words: [...unitWords, 'calculated', 'computed', 'ng/m', 'pg/m', 'µg/m', 'μg/m', 'ug/m', 'mg/kg', 'mg/m', 'u/m', '(1:', 'dilut', 'sds-page', 'blot', 'elisa', 'pcr', 'flow cytometr', 'transwell', 'wound', 'scratch assay', 'mtt', 'cck', 'edu ', 'brdu', 'tunel', 'δδc', '∆∆c', 'mann-whitney', 't-test', 'chi-square', 'anova', 'log-rank', '±', 'relative to', 'oral gavage', 'intraperitoneal', 'subcutaneous', 'intravenous', 'ethics committee', 'informed consent', 'was considered'], example: 'Lysates were run on SDS-PAGE and probed for STAT3 with a rabbit antibody (1:1000).' },
  // What led to the study, "These results prompted us to examine X": a motive and a topic, not a finding ("... led
  // us to conclude (propose) that" states one, and a result reported after it is left a claim).
  { kind: 'aim', when: 'always', pattern: /\b(?:prompted|led|motivated|encouraged|inspired|moved|drove|compelled) us to (?:further )?(?:investigate|examine|explore|study|test|ask|assess|evaluate|analy[sz]e|determine|look (?:at|into|for)|compare|address|characteri[sz]e|measure|probe|search|focus)\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|reveal\w*|demonstrat\w*|confirm\w*|observed|noted|identif\w*|establish\w*|discovered|uncovered)\b)(?![^.;]*,\s*(?:which|where|whereby)\b)/i, words: [' us to '], example: 'These clues moved us to explore IL-11 in tongue tumours.' },
  // A question posed as a purpose or a need: "... to determine whether X", "Future studies should address whether X",
  // "X warrants further study", "It will be of interest to test X": what is still to be learned, when no claim was read.
  { kind: 'question', when: 'no-claim', pattern: /\bto (?:determine|establish|clarify|assess|evaluate|test|learn|know|understand|see|investigate|examine|explore|address|find out|ascertain|define) (?:whether|if|how|why)\b/i, words: ['whether', ' if', ' how', ' why'], example: 'Larger trials will need to test whether sarilumab adds to sorafenib in liver tumours.' },
  { kind: 'question', when: 'no-claim', pattern: /\b(?:future|further|additional|more|larger|prospective) (?:studies|work|research|trials|experiments|investigations?)\b[^.;]{0,40}?\b(?:should|must|will|could|may|might|would|need to|are (?:needed|required|warranted)|is (?:needed|required|warranted))\b/i, words: ['studies', 'work', 'research', 'trials', 'experiments', 'investigation'], example: 'Future work should ask whether IL-6 in serum tracks IGF-1R in liver tumours.' },
  { kind: 'question', when: 'no-claim', pattern: /\b(?:warrants?|deserves?|merits?|requires?|needs?|calls? for) (?:further|more|additional|closer|careful|deeper) (?:investigation|study|studies|research|exploration|examination|evaluation|attention|scrutiny|work|validation)\b/i, words: ['warrant', 'deserve', 'merit', 'require', 'need', 'call'], example: 'The part of gp130 in thyroid tumour spread merits closer study.' },
  { kind: 'question', when: 'no-claim', pattern: /\bit (?:is|will be|would be|remains) (?:therefore |thus |now |also )?(?:important|necessary|essential|crucial|critical|interesting|of (?:great |particular |considerable )?interest|worthwhile|worth|urgent|desirable|relevant) (?:to (?:determine|establish|clarify|assess|evaluate|test|learn|know|understand|see|investigate|examine|explore|address|study|define|identify|compare|find out|ascertain)|exploring|investigating|testing|examining|studying)\b/i, words: ['it is', 'it will', 'it would', 'it remains'], example: 'It would be worthwhile to compare IL-11 in primary and recurrent oral tumours.' },
  // A review's or a section's plan in the first person, "We discuss (summarise, outline) X", "In this review, we focus
  // (concentrate) on X" (h-w19b42), "Below, we describe how X ...": what the text will cover ("we discuss evidence that X drives Y" reports the evidence, left a claim).
  { kind: 'aim', when: 'always', pattern: /^(?:(?:here|below|next|then|finally|first|in (?:this|the following|the next) (?:review|section|chapter|paper|article|part)),?\s+)?we (?:(?:will|then|also|further|briefly|first|now|next|finally|mainly|primarily|largely|specifically) )*(?:discuss|summari[sz]e|review|outline|survey|overview|(?:focus|concentrate)(?:s)? (?:on|upon))\b(?! (?:(?:the |recent |new |current |emerging )?(?:evidence|data|findings|results|studies|work) )?(?:that|showing|indicating|suggesting)\b)/i, words: ['discuss', 'summarise', 'summarize', 'review', 'outline', 'survey', 'overview', 'focus', 'concentrate'], example: 'Below, we summarise how IL-6 family cytokines reach STAT3 in liver tumours.' },
  // The same with a verb that also announces a finding in a research paper ("Here we describe how X drives Y", "we
  // highlight a role of X in Y"): only when no claim was read.
  { kind: 'aim', when: 'no-claim', pattern: /^(?:(?:here|below|next|then|finally|first|in (?:this|the following|the next) (?:review|section|chapter|paper|article|part)),?\s+)?we (?:(?:will|then|also|further|briefly|first|now|next|finally) )*(?:highlight|consider|describe (?:how|why|the (?:roles?|functions?|biology|structure|current|recent|main|known|emerging)))\b(?! (?:(?:the |recent |new |current |emerging )?(?:evidence|data|findings|results|studies|work) )?(?:that|showing|indicating|suggesting)\b)/i, words: ['highlight', 'consider', 'describe'], example: 'In this section we describe how gp130 passes the IL-11 signal on to STAT3.' },
  // The findings announced by what they are about, "Here we report the effects of X on Y": a topic, when no claim was read.
  { kind: 'aim', when: 'no-claim', pattern: /^(?:(?:here|in this (?:study|work|paper|report|article)),?\s+)?we (?:report|present|describe|detail) (?:the |our )?(?:(?:first|initial|preliminary|new|detailed) )?(?:effects?|influence|results?|findings|data|analysis|analyses|experience|observations)\b(?! (?:that|showing|indicating|suggesting)\b)/i, words: ['report', 'present', 'describe', 'detail'], example: 'Here we present the effects of gp130 blockade on thyroid tumour cells.' },
  // A drug's place in the clinic, "X is used as first-line therapy in Y", "X is indicated (recommended) for patients
  // with Y": its use, like its approval, no finding (a claim read beside it, "X is used to treat Y and lowers Z", stands).
  { kind: 'history', when: 'no-claim', pattern: /\b(?:is|are|was|were|has been|have been) (?:(?:widely|commonly|currently|now|routinely|clinically|mainly|often|frequently|increasingly|still|also) )*(?:used|given|administered|prescribed|employed|applied) (?:as (?:an? |the )?(?:(?:first|second|third|front|later)-line |standard |systemic |adjuvant |neoadjuvant |palliative |targeted |initial |maintenance |salvage |rescue |first |main |preferred )*(?:therapy|therapies|treatment|drugs?|agents?|options?|regimens?)|(?:clinically )?to treat|for (?:the )?(?:treatment|management|therapy) of)\b|\b(?:is|are) (?:currently |now |also |only |still )?(?:indicated|recommended|licensed|prescribed) (?:as|for)\b/i, words: ['used', 'given', 'administered', 'prescribed', 'employed', 'applied', 'indicated', 'recommended', 'licensed'], example: 'Lenvatinib is now widely used as a first-line agent for liver tumours.' },
  // The same use or approval in a reduced relative on the drug's class noun, "X and Y are oral kinase inhibitors
  // licensed for the treatment of Z", "X, an antibody approved for the management of Z": what the drug is for, no
  // finding, when no claim was read (h-w23b48, stop 48: the copula is before the class noun, not before "licensed"). The
  // noun must follow a copula or a comma: "Inhibitors approved for Z lower IL-6" opens on it and is a claim.
  { kind: 'history', when: 'no-claim', pattern: /(?:\b(?:is|are|was|were|remains?)|,) (?:[\w-]+ ){0,4}?(?:drugs?|agents?|inhibitors?|antibod(?:y|ies)|blockers?|antagonists?|compounds?|therap(?:y|ies)|medications?|medicines?|TKIs?|biologics?) (?:(?:currently|now|already|also|widely|clinically) )?(?:approved|licen[sc]ed|indicated|authori[sz]ed|registered) (?:for (?:the )?(?:first-line |second-line |systemic )?(?:treatment|management|therapy) of|to treat)\b/i, words: ['approved', 'licensed', 'licenced', 'indicated', 'authorised', 'authorized', 'registered'], example: 'Regorafenib and cabozantinib are oral multikinase inhibitors licensed for the treatment of advanced liver cancer.' },
  // A panel of a legend opened by its letter, "(A) Western blot of X in Y cells": what the panel shows, when no claim was read.
  { kind: 'legend', when: 'no-claim', pattern: /^\(?[A-Ha-h]\)\s+\S/, words: [')'], example: '(B) IL-11 staining of tongue tumour sections at two magnifications.' },
  // When and how often a measure was taken, how patients were followed, who could enter: the design of a clinical study,
  // when no claim was read and no change or link is named.
  { kind: 'method', when: 'no-claim', pattern: /^(?=[^]*?(?:\b(?:was|were) (?:(?:then|also|routinely|serially|repeatedly) )?(?:analy[sz]ed|measured|determined|assessed|evaluated|quantified|monitored|recorded|scored|collected|sampled|obtained|graded) (?:before|after|at baseline|at (?:the )?(?:start|end|time)|during|every|weekly|daily|monthly|on days?|on an? [\w-]+ scale|according to|at \d|in (?:duplicate|triplicate))\b|\b(?:was|were) followed(?: up)? (?:for|until|every|at)\b|\b(?:inclusion|exclusion|eligibility) criteria\b))(?![^]*\b(?:rose|fell|risen|fallen|higher|lower|increas\w*|decreas\w*|reduc\w*|elevat\w*|chang\w*|correlat\w*|associat\w*|linked|predict\w*|significant\w*|differ\w*)\b)/i, words: ['was ', 'were ', 'criteria'], example: 'Serum IL-11 was recorded before and after surgery in the oral tumour cohort.' },
  // What a drug was first made for, "X was originally developed as an inhibitor of Y": its history, when no claim was
  // read ("X, first designed to block Y, also lowers Z" reports one).
  { kind: 'history', when: 'no-claim', pattern: /\b(?:originally|initially|first) (?:developed|designed|synthesi[sz]ed|introduced|conceived|created|made|marketed) (?:as|to|for)\b/i, words: ['originally', 'initially', 'first'], example: 'Stattic was initially designed as a blocker of the STAT3 SH2 domain.' },
  // An opening purpose with a verb of understanding, "To elucidate how X drives Y, we ...", "To better understand the role
  // of X, ...": what the experiment was for (a "how" names a finding taken for granted, not the one reported); a result
  // reported in the sentence ("... and found that") leaves it a claim.
  { kind: 'aim', when: 'always', pattern: /^(?:to|in order to) (?:better |further |fully )?(?:elucidate|understand|characteri[sz]e|dissect|define|identify|uncover|pinpoint|delineate|decipher|unravel|gain (?:(?:further|more|new|deeper|mechanistic) )?insights?)\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|reveal\w*|demonstrat\w*|observed|noted|confirm\w*|discovered|uncovered)\b)/i, words: ['to '], example: 'To unravel how IL-11 reaches MMP-13, we silenced STAT3 in tongue tumour cells.' },
  // Outside the library's topic (cancer): inflammatory joint and lung disease, when no cancer is named. The liver's
  // stellate cells (HSCs, which give rise to the fibroblasts of liver tumours), CAFs and the TME are the library's topic.
  // A drug's indication ("X, used to treat rheumatoid arthritis, binds Y") is an aside on the drug, not the setting.
  // (A second predicate of the subject, ", and is raised in the synovial fluid of arthritis patients", after a first
  // clause with no such word, is a side remark: the sentence's main claim before it is not about that disease.)
  { kind: 'off-topic', when: 'always', pattern: /^(?!(?:(?!arthritis|synovi|fibrosis|fibroblast|myofibroblast|alveolar)[^;])*?,\s+and\s+(?:is|are|was|were|has|have|had)\s)(?![^]*\b(cancers?|carcinomas?|tumou?rs?|oncogen\w*|malignan\w*|metasta\w*|HCC|OSCC|ATC|HNSCC|PTC|CRC|PDAC|neoplas\w*|tumou?rigen\w*|carcinogen\w*|oncolog\w*|CAFs?|TME|HSCs?|stellate)\b)(?![^]*\b(?:used|licensed|indicated|prescribed|marketed) (?:(?:clinically|widely|mainly|already) )?(?:for|in|to treat|against|as a (?:treatment|therapy) for)\b(?: (?:the )?(?:treatment|therapy|management) of)?(?: [\w-]+){0,3} (?:arthritis|synovi\w*|pulmonary fibrosis|fibrosis)\b)[^]*\b(arthritis|synovi\w*|pulmonary fibrosis|lung fibroblasts?|fibrosis|myofibroblasts?|alveolar)\b/i, words: ['arthritis', 'synovi', 'fibrosis', 'fibroblast', 'alveolar'], example: 'IL-6 drives joint damage in rheumatoid arthritis.' },
  // Issue 7, stop 33 (h-scope33): sentence types the guideline counts as no claim that name a molecule or drug the library
  // studies, so that they were read as an unbacked claim or as an actor with no claim (unsupported). Each is a type
  // written in many papers; a finding the library backs beside one still wins (framingKinds), and each leaves a result
  // stated in the same sentence to the reader.
  // A drug defined by its class and its target, "D is a selective small-molecule inhibitor of X", "D is a humanised
  // antibody against X", "D is a compound that blocks X dimerisation": what the drug is, not what it was found to do,
  // when the library reports nothing of the drug itself (subjectBeyondLibrary). A setting ("of X in HCC cells"), an
  // outcome ("an inhibitor of tumour growth") or a consequence (", preventing X from binding Y") makes it a finding.
  // (Stop 53, h-oos53: also the target written before the class noun that ends the sentence, "D is a selective X
  // inhibitor.", now that the reader reads it as D inhibiting X: drugTargets.ts.)
  { kind: 'definition', when: 'always', pattern: /^[^;:]{1,120}?\b(?:is|are) (?:(?:a|an|the) )?(?:(?!(?:key|critical|crucial|central|major|important|promising|novel|effective|potential|new|first|only|main|negative|positive|endogenous|natural|physiological)\b)[\w/()-]+,? (?:and )?){0,7}?(?:inhibitors?|antagonists?|antibod(?:y|ies)|blockers?|TKIs?|tyrphostins?|small[- ]molecules?|compounds?|drugs?|derivatives?|analogu?es?|peptidomimetics?|nanobod(?:y|ies)|(?:decoy|fusion) proteins?)\b(?: (?:of|against|to|for|targeting|directed (?:against|at|to)|raised against|(?:that|which) (?:(?:selectively|specifically|potently|directly|competitively|irreversibly|reversibly|preferentially|simultaneously|also) )?(?:blocks?|targets?|inhibits?|binds?(?: to)?|neutrali[sz]es|recogni[sz]es|prevents?|antagoni[sz]es|disrupts?|interferes? with))\b|(?<=\b(?:inhibitors?|antagonists?|blockers?))(?=\.?\s*$))(?![^.;]*\b(?:growth|proliferat\w*|invasi\w*|migrat\w*|metasta\w*|surviv\w*|resistan\w*|sensitiv\w*|apoptosis|apoptotic|EMT|mesenchymal|progression|tumou?rigen\w*|angiogen\w*|viability|death|efficacy|effective|response|outcomes?|prognosis|colony|stemness)\b)(?![^.;]*,\s*(?:(?:thereby|thus|so|and|hence) )?(?:preventing|blocking|inhibiting|leading|resulting|causing|reducing|lowering|suppressing|abolishing|disrupting|interfering)\b)(?![^.;]*\bin (?:(?:the|these|both|all|human|murine|cultured|primary) )?(?:[\w-]+ ){0,3}(?:cells|lines|tumou?rs|cancers?|carcinomas?|HCC|OSCC|ATC|HNSCC|patients|mice|xenografts|vivo|vitro)\b)/i, words: ['is ', 'are '], subjectBeyondLibrary: true, example: 'Linsitinib is an oral, selective small-molecule inhibitor of IGF-1R and the insulin receptor.' },
  // A drug's regulatory first in other words, "X was the first IL-6 receptor antagonist licensed for Y": its history (a
  // trial's result reported before it, "a trial showed that X prolonged survival, making it the first ...", is a finding).
  { kind: 'history', when: 'no-claim', pattern: /^(?![^]*\b(?:show(?:s|ed|n)|demonstrat\w*|reveal\w*|found|prov(?:ed|en)|confirm\w*|establish\w*) that\b)[^]*?\b(?:first|only|sole) (?:[\w/-]+ ){0,4}?(?:antagonists?|inhibitors?|antibod(?:y|ies)|blockers?|biologics?|compounds?|molecules?|TKIs?) (?:to be |ever )?(?:approved|licen[sc]ed|registered|cleared|authori[sz]ed|marketed)\b/i, words: ['first', 'only', 'sole'], example: 'Tocilizumab was the first IL-6 receptor antagonist licensed for rheumatoid arthritis.' },
  // A field's attention in other words, "X has been the subject of intense research", "the term X was coined by Y":
  // history of a molecule or a word, when no claim was read.
  { kind: 'history', when: 'no-claim', pattern: /\b(?:has|have|had) (?:long |since |recently |also )?been (?:the|a) (?:(?:main|major|central|principal|recurrent) )?(?:subject|focus|topic|object|target) of (?:(?:intense|intensive|extensive|much|considerable|growing|increasing|great|many|numerous|several|active|ongoing) )*(?:research|studies|study|investigations?|interest|attention|debate|reviews?)\b|\b(?:term|name|concept|notion|phrase|expression) [^.;]{1,60}? (?:was|were) (?:first )?(?:coined|introduced|proposed)\b/i, words: ['been the', 'been a', 'coined', 'introduced', 'proposed'], example: 'Since its discovery, STAT3 has been the subject of intense research in oncology.' },
  // A molecule placed as part of a complex by its build, "X is the ligand-binding alpha chain of the Y receptor", "gp130
  // is the common signal-transducing subunit shared by all IL-6 family cytokines", "Akt exists in three isoforms", "IGF-1
  // shares structural homology with proinsulin": what it is made of or like, when no claim was read. The exclusions of
  // the subunit definition above apply: a relative clause on what it does, or ", and" with a finding, is left a claim.
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are) (?:a|an|the) (?:(?!(?:and|or|but|that|which|takes?|took|plays?|played|forms?|has|have)\b)[\w-]+ ){0,5}?(?:chains?|subunits?|components?|constituents?|domains?|isoforms?) (?:of|shared by|common to|used by|in) (?:the|all|every|each|many|several|most|both)\b(?![^.;]*\b(?:that|which|who)\s+(?:\w+ly\s+)?(?:impacts?|affects?|drives?|promotes?|regulates?|controls?|mediates?|influences?|contributes?|plays?|induces?|enhances?|suppresses?|inhibits?|activates?|raises?|lowers?|increases?|decreases?|reduces?|blocks?|favou?rs?|fuels?)\b)(?![^.;]*,\s*and\s+[^.;]*\b(?:shown|found|demonstrated|revealed|reported|established)\b)|\b(?:exists?|occurs?|is found|are found|is expressed|are expressed) (?:in|as) (?:two|three|four|five|six|seven|several|multiple|many|\d+) (?:[\w-]+ )?(?:isoforms|forms|variants|splice variants|paralogs|homologues|homologs)\b|\b(?:shares?|sharing|show(?:s|ing)?|has|have|with) (?:(?:about|approximately|nearly|some|roughly|over|more than) )?(?:\d+(?:\.\d+)?\s?% |high |significant |considerable |strong |close |extensive |limited )?(?:structural |sequence |amino[- ]acid |functional )?(?:homology|identity|similarity) (?:with|to)\b/i, words: ['is a', 'is an', 'is the', 'are a', 'are an', 'are the', 'exist', 'occur', 'found', 'expressed', 'homology', 'identity', 'similarity'], example: 'IL-11Rα is the ligand-binding alpha chain of the IL-11 receptor complex.' },
  // A molecule defined by its class with nothing but its origin, family or shared receptor part after it, or, over a
  // subject beyond the library, its class with any role words but no effect on a partner (classDefinition.ts).
  ...classDefinitionPatterns,
  // A share of patients who benefit, in words ("fewer than a third of patients respond to X"): a clinical statistic, like
  // the share in per cent above, when no claim was read.
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(?:(?:(?:fewer|less|more) than|only|about|approximately|nearly|roughly|around|up to|over|almost|just|at most) )?(?:(?:(?:a|one|two) (?:third|quarter|half|fifth|tenth)s?|a (?:minority|majority|small (?:fraction|proportion|subset|subgroup)|fraction|subset|subgroup|proportion)) of (?:the )?|one in (?:three|four|five|six|ten) (?:of (?:the )?)?)(?:[\w-]+ ){0,4}?(?:patients|cases|people|individuals|subjects)\b(?![^.;]*\b(?:high|low|higher|lower|elevated|increased|reduced|positive|negative|expression|levels?|overexpress\w*|mutations?|mutant)\b)(?: [\w-]+){0,5}? (?:benefits?|responds?|survives?|achieves?|experiences?|relapses?|recurs?|dies?|lives?|remains?|are cured|shows? (?:a )?(?:response|benefit)|derives? (?:a )?(?:\w+ )?benefit)\b/i, words: ['third', 'quarter', 'half', 'fifth', 'tenth', 'one in', 'minority', 'majority', 'fraction', 'subset', 'subgroup', 'proportion'], example: 'Fewer than a third of patients with advanced HCC respond to sorafenib.' },
  // What a result makes possible, "These data lay the groundwork for trials of X", "...pave the way for Y": a prospect,
  // when no claim was read.
  { kind: 'prospect', when: 'no-claim', pattern: /\b(?:lays?|laid|laying|provides?|provided|forms?|formed|sets?|setting) (?:the |a |an )?(?:(?:solid|firm|strong|new|theoretical|experimental|scientific|rational|preclinical) )*(?:groundwork|foundation|basis|stage|framework|rationale) for (?:(?:future|further|clinical|prospective|larger|the|a|an|new|novel) )*(?:trials?|studies|work|research|development|testing|use|investigations?|evaluation|exploration|design|application|translation)\b|\bpav(?:e|es|ed|ing) the (?:way|road) (?:for|to|towards?)\b/i, words: ['groundwork', 'foundation', 'basis', 'stage', 'framework', 'rationale', 'the way', 'the road'], example: 'These results lay the groundwork for clinical trials of IL-11 blockade in OSCC.' },
  // An aim with "aimed at" ("This study aimed at clarifying X"): the aim patterns above in other words.
  { kind: 'aim', when: 'always', pattern: /\b(?:we|this (?:study|work|paper|review|report|analysis)|the (?:present|current) (?:study|work|analysis)|our (?:study|work|research|analysis))\b[^.;]{0,40}?\b(?:aim(?:s|ed)?|(?:was|is|were|are) aimed|(?:was|is) directed|(?:was|is) geared) (?:at|towards?) (?:(?:further|better|first) )?\w+ing\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|reveal\w*|demonstrat\w*|observed|noted|confirm(?:ed|s)|discovered|uncovered)\b)/i, words: [' at ', 'toward'], example: 'Thus, this study aimed at clarifying the involvement of CAFs in sorafenib resistance.' },
  // A bench step stated with its purpose first, "To inhibit STAT3, cells were treated with Stattic", "To knock down X,
  // we transfected ...": how an experiment was set up; a result reported after it ("..., which reduced Y", "and Y fell")
  // is left to the reader.
  { kind: 'method', when: 'always', pattern: /^(?:to|in order to) (?:(?:further|specifically|selectively|directly|pharmacologically|genetically|stably|transiently) )?(?:inhibit|block|silence|knock (?:down|out)|deplete|suppress|activate|stimulate|induce|mimic|neutrali[sz]e|overexpress|abolish|abrogate|antagoni[sz]e|disrupt|target|generate|establish|create|obtain|model|simulate|delete|reduce|increase|restore|rescue)\b[^.;]{1,120}?,\s*(?:[^.;]{0,40}?\b)?(?:(?:was|were|had been) (?:(?:first|then|also|further|additionally) )?(?:treated|pre-?treated|pre-?incubated|co-?treated|transfected|transduced|infected|incubated|exposed|injected|cultured|used|added|applied|employed|given|administered|generated|established|engineered|introduced|selected)|we (?:(?:first|then|also|further|additionally) )?(?:treated|pre-?treated|transfected|transduced|infected|incubated|exposed|injected|cultured|used|added|applied|employed|generated|established|engineered|introduced|constructed|designed))\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|reveal\w*|demonstrat\w*|observed|noted|confirm(?:ed|s)|result(?:ed|s|ing)? in|led to|caus\w*|reduc\w*|increas\w*|decreas\w*|abolish\w*|block(?:ed|s|ing)|enhanc\w*|suppress\w*|inhibit(?:ed|s|ing)|rais\w*|lower\w*|rose|fell|attenuat\w*|impair\w*|restor\w*|prevent\w*|reversed?)\b)(?![^.;]*,\s*(?:which|and)\s)/i, words: ['to '], example: 'To inhibit STAT3, cells were treated with 5 µM Stattic.' },
  // A bench step of its own kind: cells starved of serum, transduced with a viral vector, selected with an antibiotic,
  // a gene switched on with doxycycline: how the experiment was set up (a "when" clause before it is a finding's condition).
  { kind: 'method', when: 'always', pattern: /(?<!\b(?:when|whenever|once|that|which|who|after|if|unless)\b[^,.;]{0,40})\b(?:(?:was|were) (?:(?:first|then|also|further|briefly|additionally) )?(?:serum[- ])?starved\b|(?:was|were) (?:(?:stably|transiently|then|also|further|successfully) )?(?:transduced|infected|co-?infected|electroporated|nucleofected) with (?:(?:a|an|the|two|three|recombinant|control|empty|lentiviral|retroviral|adenoviral|viral|scrambled|non-targeting) )*(?:[\w/-]+ )?(?:lentivir\w*|retrovir\w*|adenovir\w*|viruses|viral (?:vectors?|particles)|vectors?|plasmids?|constructs?|particles|si|sh)|(?:was|were) (?:(?:stably|then|also|further|successfully) )?(?:selected|maintained|cultured|grown|kept|enriched) (?:with|in|using|under|by) [^.;]{0,40}?\b(?:puromycin|G418|geneticin|blasticidin|hygromycin|zeocin|neomycin)\b|(?:was|were) (?:(?:then|also|further) )?(?:induced|switched on|turned on|expressed|activated) (?:by|with|upon|after|following) (?:(?:the )?(?:addition|treatment|exposure) (?:of|with|to) )?(?:doxycycline|tetracycline|dox|tamoxifen|4-OHT|IPTG)\b(?![^.;]*\b(?:rais\w*|lower\w*|increas\w*|decreas\w*|reduc\w*|promot\w*|enhanc\w*|suppress\w*|inhibit\w*|drove|driv\w*|led to|result\w*|caus\w*)\b))/i, words: ['was ', 'were '], example: 'OSCC cells were serum-starved overnight and then stimulated with IL-11.' },
  // A bench step in which a pathway was blocked by a treatment named as a step ("by pretreating the cells with X", "with X
  // at 10 µg/ml"): how, when no claim was read. An outcome named in the sentence ("invasion was inhibited by treating the
  // cells with X") makes it a finding.
  { kind: 'method', when: 'no-claim', pattern: /^(?![^]*\b(?:invasion|invasiveness|migration|motility|proliferation|growth|survival|apoptosis|viability|metastasis|EMT|resistance|colony|sensitivity|angiogenesis|tumou?rigenesis|progression)\b)[^]*?(?<!\b(?:when|whenever|once|that|which|who|after|if|unless)\b[^,.;]{0,40})\b(?:was|were) (?:(?:first|then|also|further|pharmacologically|specifically) )?(?:blocked|inhibited|suppressed|neutrali[sz]ed|abrogated|antagoni[sz]ed|prevented) (?:by (?:pre-?treating|pre-?treatment of|pre-?incubating|pre-?incubation of|treating|treatment of|incubating|culturing|exposing) (?:the )?(?:cells|cultures|mice|animals|organoids|slices|explants)|(?:with|using|by) [^.;]{1,60}? at (?:a (?:final )?(?:concentration|dose) of )?\d)/i, words: ['was ', 'were '], example: 'STAT3 activity was inhibited by pretreating the cells with Stattic.' },
  // Who made up the study, "This retrospective cohort comprised 112 patients with HCC", "The validation set included 84
  // tumours": the design's sample, when no claim was read and no result is stated after it.
  { kind: 'method', when: 'no-claim', pattern: /^(?:(?:in total|overall|altogether|in all),?\s+)?(?:the|this|our|a|an|each|both) (?:[\w-]+ ){0,3}?(?:cohorts?|study populations?|populations?|samples?|series|datasets?|data sets?|sets?|groups?|arms?|trials?|studies)\b[^.;]{0,40}?\b(?:comprised|comprises|included|includes|consisted of|consists of|contained|contains|encompassed|involved|enrolled|recruited|was made up of|was composed of)\s+(?:(?:a total of|data (?:on|from)|some|about|approximately|nearly|over|more than|in total) )?(?:\d[\d,]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty|hundred))\b(?:[ -][\w-]+){0,4}? (?:patients|cases|subjects|participants|individuals|men|women|volunteers|donors|specimens|samples|tumou?rs|biopsies|mice|animals|tissues)\b(?![^]*\b(?:rose|fell|higher|lower|greater|smaller|longer|shorter|increas\w*|decreas\w*|reduc\w*|elevat\w*|correlat\w*|associat\w*|linked|predict\w*|significant\w*|differ\w*|found|show(?:s|ed|n)?|reveal\w*)\b)/i, words: ['cohort', 'population', 'sample', 'series', 'dataset', 'data set', 'set', 'group', 'arm', 'trial', 'studies'], example: 'This retrospective cohort comprised 112 patients with HCC treated with sorafenib between 2010 and 2018.' },
  // What the clinical guidelines say, "Current guidelines recommend X as first-line therapy for Y": a drug's place in
  // practice (like its approval and its use above), when no claim was read.
  { kind: 'history', when: 'no-claim', pattern: /\b(?:guidelines?|recommendations|consensus(?: statements?| reports?| panels?)?|NCCN|ESMO|ASCO|AASLD|EASL|APASL|BCLC|JSH|NICE)\b[^.;]{0,60}?\b(?:recommend\w*|advis\w*|endors\w*|propos\w*|suggest\w*|list\w*|includ\w*|position\w*|designat\w*)\b/i, words: ['guideline', 'recommendations', 'consensus', 'nccn', 'esmo', 'asco', 'aasld', 'easl', 'apasl', 'bclc', 'jsh', 'nice'], example: 'Current guidelines recommend sorafenib or lenvatinib as first-line systemic therapy for advanced HCC.' },
  // A reagent put to a purpose in the design, "Recombinant IL-6 was added to the medium to activate STAT3", "X was used to
  // stimulate the cells", "cells treated with X served as a positive control": how, not what was found (a finding the
  // library backs in the purpose still wins, framingKinds; an outcome as the purpose, "to stimulate migration", is one).
  { kind: 'method', when: 'always', pattern: /(?<!\b(?:when|whenever|once|that|which|who|if|unless)\b[^,.;]{0,40})\b(?:(?:was|were) (?:(?:then|also|further|first|subsequently|additionally) )?(?:added|used|applied|employed|utili[sz]ed|supplemented|included) (?:(?:to|in|into) (?:the )?(?:[\w-]+ ){0,3}?(?:medium|media|cultures?|wells?|dishes|co-?cultures?|chambers?|assays?|experiments?) )?to (?:activate|stimulate|inhibit|block|induce|mimic|neutrali[sz]e|suppress|antagoni[sz]e|trigger|elicit|provoke|prime|challenge|simulate|silence|deplete)\b(?![^.;]*\b(?:found|show(?:s|ed|n)|reveal\w*|demonstrat\w*|observed|result(?:ed|s|ing)? in|led to|which)\b)(?! (?:[\w-]+ ){0,3}?(?:growth|proliferat\w*|invasi\w*|migrat\w*|metasta\w*|surviv\w*|resistan\w*|apoptosis|EMT|viability|colony|angiogen\w*|tumou?rigen\w*)\b)|\b(?:served|serves|serve|was used|were used|was included|were included|was run|were run) as (?:an? |the )?(?:(?:positive|negative|internal|loading|vehicle|untreated|mock|isotype|baseline|sham|reference) )+controls?\b)/i, words: ['was ', 'were ', 'serve'], example: 'IL-11 was used to stimulate OSCC cells in all invasion assays.' },
  // Patients or tumours classed by a measure, "Patients were classified as IL-6-high or IL-6-low", when no claim was read.
  { kind: 'method', when: 'no-claim', pattern: /(?<!\b(?:when|whenever|once|that|which|who|after|if)\b[^,.;]{0,40})\b(?:was|were) (?:then |further )?(?:classified|categori[sz]ed|classed|designated|labell?ed|defined) as (?:(?:either|having|showing) )?(?:[\w/-]+ ){0,2}?(?:[\w-]+-)?(?:high|low|positive|negative|strong|weak|intermediate)\b/i, words: ['was ', 'were '], example: 'Patients were classified as IL-6-high or IL-6-low using the median as cut-off.' },
  // The authors' next measurement named by what it measures, "We next determined the levels of X", "We then tested the
  // effect of X on Y", "We further evaluated whether X ...": what was studied, not found ("the aim" patterns above in the
  // verbs of a results section); a result reported with it ("and found", ", which", "showing") is left a claim.
  { kind: 'aim', when: 'always', pattern: /^(?:(?:next|then|first|here|further|finally|additionally|subsequently|to this end|therefore|in addition|moreover),?\s+)?we (?:(?:then|next|further|also|first|subsequently|additionally|finally|therefore) )*(?:determined|tested|measured|quantified|assessed|evaluated|examined|analy[sz]ed|investigated|explored|compared|monitored|profiled|checked|studied) (?:(?:the )?(?:(?:possible|potential|direct|combined|individual|relative|basal|serum|plasma|protein|mRNA|tissue) )*(?:effects?|impact|influence|levels?|expression|abundance|ability|capacity|role|contribution|consequences?|status|activity|amount|concentrations?) of|whether|if)\b(?![^.;]*\b(?:found|finds?|show(?:s|ed|n)|showing|reveal\w*|demonstrat\w*|observed|noted|confirm(?:ed|s)|discovered|uncovered)\b)(?![^.;]*,\s*(?:which|where|whereby|and)\b)/i, words: ['we '], example: 'We then tested the effect of NT157 on IGF-1R phosphorylation in HCC cells.' },
  // A dose or design chosen on a basis, "The dose of X was chosen on the basis of earlier reports"; treatment groups listed,
  // "Cells were treated with X, Y or both", "The groups were as follows: ..."; a time point of a measurement, "X was
  // assessed 30 minutes after Y": how the experiment was set up, when no claim was read and no result follows.
  { kind: 'method', when: 'no-claim', pattern: /\b(?:was|were) (?:chosen|selected|determined|set|based|fixed|adjusted) (?:on the basis of|based on|according to|in line with|in accordance with|from|by) (?:(?:the|our|its|their|a|an) )?(?:previous|earlier|prior|published|pilot|preliminary|initial|preceding|dose-finding|clinical|plasma|serum|reported|literature|pharmacokinetic)\b|\b(?:was|were) (?:(?:then|also|each|first) )?(?:treated|exposed|stimulated|incubated|injected|given|dosed) with [^.;]{1,80}?,? (?:or|and\/or) (?:both|the combination|a combination|the two|vehicle|DMSO|PBS|saline|placebo|control|solvent)\b(?![^.;]*\b(?:rose|fell|higher|lower|increas\w*|decreas\w*|reduc\w*|rais\w*|suppress\w*|inhibit\w*|promot\w*|enhanc\w*|induc\w*|block\w*|restor\w*|abolish\w*|found|show\w*|reveal\w*)\b)|\b(?:groups?|arms?|conditions?|treatments?|cohorts?) (?:was|were) as follows\b|\b(?:was|were) (?:assessed|measured|analy[sz]ed|determined|evaluated|examined|detected|quantified|harvested|collected|lysed|fixed|imaged|counted) (?:\d+(?:\.\d+)?|one|two|three|four|five|six|twelve|twenty-four|forty-eight) ?(?:min|mins|minutes?|h|hrs?|hours?|days?|weeks?) (?:after|post|following|of)\b(?![^.;]*\b(?:rose|fell|higher|lower|increas\w*|decreas\w*|reduc\w*|rais\w*|found|show\w*|reveal\w*)\b)/i, words: ['was ', 'were ', 'as follows'], example: 'The concentrations of IL-6 used in this study were chosen on the basis of earlier reports.' },
  // Steps of an analysis or of the bench with no finding in their nature: curves drawn to evaluate a value, material given
  // by a colleague, levels normalised to a reference gene, public data downloaded.
  { kind: 'method', when: 'always', pattern: /\b(?:was|were) (?:(?:then|also|further|subsequently) )?(?:drawn|plotted|constructed|generated|built|fitted|computed) to (?:evaluate|assess|determine|estimate|compare|examine|test|explore|quantify|visuali[sz]e)\b|\b(?:kindly|generously) (?:provided|donated|gifted|supplied|given)\b|\b(?:provided|donated|gifted|supplied) by (?:Dr|Prof|Professor|the laboratory|the lab|our colleagues?)\b|\b(?:a )?(?:kind |generous )gifts? (?:from|of)\b|\b(?:was|were) normali[sz]ed (?:to|against|with|by|relative to)\b|\bwe (?:(?:first|then|also|further) )?(?:downloaded|retrieved|extracted|accessed|acquired|queried|mined) [^.;]{0,80}?\b(?:data|datasets?|data sets?|profiles|sequences|records|cohorts?|portal|database)\b|\b(?:data|datasets?|data sets?|profiles|records|matrices|files|sequencing data)\b[^.;]{0,80}?\b(?:was|were) (?:(?:then|also|first) )?(?:downloaded|retrieved|extracted|accessed|acquired|mined) (?:from|via|through|using)\b/i, words: ['drawn', 'plotted', 'constructed', 'generated', 'built', 'fitted', 'computed', 'kindly', 'generously', 'provided by', 'donated by', 'gifted by', 'supplied by', 'gift', 'normalised', 'normalized', 'downloaded', 'retrieved', 'extracted', 'accessed', 'acquired', 'queried', 'mined'], example: 'IL-11 mRNA levels were normalised to GAPDH.' },
  // An introduction's background in kinds the patterns above missed, when no claim was read: a molecule's other names
  // ("X was formerly known as Y"), what the field has proposed, studied or reviewed ("several mechanisms have been proposed
  // to explain X", "X has been extensively studied in solid tumours", "reviewed elsewhere"), a clinical problem or need
  // ("X remains a major obstacle in the treatment of Y", "new strategies are urgently needed", "there is an urgent need
  // for ..."), a prognosis that stays poor. A finding stated with them ("studied as a driver of", "documented to raise",
  // "the prognosis of patients with high X is poor") is left to the reader, and so is "X is the main cause of treatment
  // failure (of death)": the team's corpora and the real-prose labels read it as a claim on X (c032, fr-s16).
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is|are|was|were) (?:also |formerly |previously |originally |sometimes |commonly |alternatively |otherwise )(?:known|called|named|referred to|designated|termed)(?: as)?\b|\b(?:is|was) (?:also )?known by (?:the|its|their|several|other) (?:names?|acronyms?|synonyms?|aliases)\b/i, words: ['known', 'called', 'named', 'referred to', 'designated', 'termed'], example: 'IL-6 was formerly known as B-cell stimulatory factor 2.' },
  { kind: 'history', when: 'no-claim', pattern: /\b(?:mechanisms?|hypothes[ie]s|models?|explanations?|theories|possibilities|scenarios)\b[^.;]{0,60}?\b(?:have|has) been (?:(?:previously|recently|variously) )?(?:proposed|suggested|put forward|advanced|postulated|invoked|offered)\b|\b(?:has|have) been (?:(?:extensively|comprehensively|thoroughly|recently|well|widely|previously|critically) )?reviewed (?:elsewhere|previously|in detail|recently|by|in)\b|\b(?:is|are) reviewed (?:elsewhere|in detail|in (?:ref|reference|refs|references))\b|\b(?:has|have) been (?:extensively|intensively|widely|thoroughly|well|broadly) (?:studied|investigated|explored|researched)\b(?! (?:as|to|for (?:its|their) (?:role|ability|capacity)))/i, words: ['proposed', 'suggested', 'put forward', 'advanced', 'postulated', 'invoked', 'offered', 'reviewed', 'studied', 'investigated', 'explored', 'researched'], example: 'Several mechanisms have been proposed to explain sorafenib resistance in HCC.' },
  { kind: 'epidemiology', when: 'no-claim', pattern: /\b(?:remains?|remained|is|are|was|were|represents?|constitutes?|poses?|becomes?|became) (?:(?:still|now|currently|therefore|thus|also) )?(?:(?:one of )?(?:a|an|the) )?(?:(?:major|main|key|significant|serious|critical|considerable|big|great|formidable|important|persistent|unresolved|clinical|therapeutic|unmet|enormous|substantial|pressing|daunting|ongoing|primary|principal|greatest|biggest|main) )+(?:obstacles?|challenges?|problems?|hurdles?|barriers?|limitations?|issues?|concerns?|impediments?|difficult(?:y|ies)|needs?|bottlenecks?)\b/i, words: ['obstacle', 'challenge', 'problem', 'hurdle', 'barrier', 'limitation', 'issue', 'concern', 'impediment', 'difficult', 'need', 'bottleneck'], example: 'Sorafenib resistance remains a major obstacle in the treatment of advanced HCC.' },
  { kind: 'prospect', when: 'no-claim', pattern: /\b(?:strateg(?:y|ies)|therap(?:y|ies)|treatments?|agents?|drugs?|approaches|options|biomarkers?|markers?|targets?|tools|methods|insights?|understanding|knowledge|alternatives)\b[^.;]{0,80}?\b(?:are|is) (?:(?:still|therefore|thus|now|urgently|badly|desperately|clearly|critically|currently|sorely) )*(?:needed|required|warranted|lacking|awaited|missing)\b|\bthere (?:is|remains) (?:(?:still|therefore|thus|now|currently|also) )?(?:an? )?(?:(?:urgent|pressing|unmet|clear|great|critical|compelling|growing|real|strong) )*(?:clinical |medical |therapeutic )?need (?:for|to)\b/i, words: ['needed', 'required', 'warranted', 'lacking', 'awaited', 'missing', 'need for', 'need to'], example: 'New strategies to overcome sorafenib resistance are urgently needed.' },
  { kind: 'epidemiology', when: 'no-claim', pattern: /^(?![^]*\b(?:high|low|higher|lower|elevated|increased|reduced|decreased|expression|expressing|levels?|positive|negative|overexpress\w*|because|due to|owing to|as a result of|associated|linked|correlat\w*)\b)[^]*\b(?:prognosis|outcomes?|survival)\b[^.;]{0,80}?\b(?:remains?|remained|is|are|was|were) (?:(?:still|generally|very|extremely|rather|often|typically|usually) )*(?:poor|dismal|unsatisfactory|grim|bleak|limited|unfavou?rable|short)\b/i, words: ['prognosis', 'outcome', 'survival'], example: 'The prognosis of patients with sorafenib-resistant HCC remains poor.' },
  // Reagents and tools named as what was used or made ("Antibodies against X and Y were used at 1:1000", "siRNAs targeting
  // X were synthesised by a company", "A reporter carrying the X promoter was constructed", "Cells stably expressing X were
  // established"), animals put down, genes picked out with an online tool: how, when no claim was read and no result follows.
  { kind: 'method', when: 'no-claim', pattern: /^(?![^]*\b(?:rose|fell|higher|lower|increas\w*|decreas\w*|reduc\w*|rais\w*|suppress\w*|inhibit(?!ors?\b)\w*|promot(?!ers?\b)\w*|enhanc\w*|block(?!ers?\b)\w*|restor\w*|abolish\w*|found|show(?:s|ed|n)|reveal\w*|demonstrat\w*)\b)[^]*?(?:\b(?:antibod(?:y|ies)|primers?|probes?|reagents?|kits?|oligonucleotides?|oligos|siRNAs?|shRNAs?|sgRNAs?|guide RNAs?|plasmids?|vectors?|constructs?|reporters?|lentivir\w*|retrovir\w*|adenovir\w*)\b[^.;]{0,100}?\b(?:was|were) (?:(?:also|then|first|each) )?(?:used|employed|applied|synthesi[sz]ed|designed|ordered|obtained|bought|acquired|constructed|generated|cloned|prepared|diluted|made|built|engineered|packaged|produced)\b|\bthe following (?:primary |secondary )?(?:antibodies|primers|reagents|kits|siRNAs|sequences|plasmids|cell lines) (?:was|were) used\b|\b(?:stably|transiently) (?:over-?)?expressing\b[^.;]{0,60}?\b(?:was|were) (?:established|generated|obtained|selected|created|made|constructed|isolated)\b|\b(?:was|were) (?:(?:then|humanely|subsequently|finally) )?(?:sacrificed|euthani[sz]ed|culled|an(?:a)?esthe[tz]i[sz]ed)\b|\b(?:was|were) (?:identified|predicted|selected|screened|filtered|annotated|retrieved|extracted) (?:using|with|by|via|through|from|in) (?:the )?(?:[\w-]+ ){0,2}?(?:cBioPortal|GEPIA\d?|TIMER\d?(?:\.\d)?|STRING|DAVID|KEGG|GSEA|TCGA|GEO|UALCAN|JASPAR|TargetScan|miRDB|online tools?|web tools?|databases?|software|algorithms?|packages?|bioinformatic\w*)\b)/i, words: ['was ', 'were '], example: 'Primary antibodies against IL-6R, STAT3 and p-STAT3 were used at 1:1000.' },
  // Where material came from or how engineered cells were made, "The IGF-1R inhibitor NT157 was a gift of Dr X", "OSCC
  // cells overexpressing IL-11 were generated by lentiviral infection": whatever the reader takes from a name's
  // descriptor ("the IGF-1R inhibitor NT157", "cells overexpressing IL-11") is presupposed, not asserted, so these hold a
  // backed claim like an aim does (`frames`). A result stated with them (", and they invaded more", ", which") is read.
  { kind: 'method', when: 'always', frames: true, pattern: /^(?![^]*(?:,\s*(?:which|and|where|whereas|while)\s|\b(?:rose|fell|higher|lower|increas\w*|decreas\w*|reduc\w*|rais\w*|suppress\w*|inhibit(?!ors?\b)\w*|promot(?!ers?\b)\w*|enhanc\w*|block(?!ers?\b)\w*|restor\w*|abolish\w*|found|show(?:s|ed|n)|reveal\w*|demonstrat\w*|more|less|fewer)\b))[^]*?(?:\b(?:was|were) (?:(?:a |an )?(?:(?:kind|generous) )?gifts? (?:of|from)|(?:kindly |generously )?(?:provided|donated|gifted|supplied) by|(?:purchased|bought|obtained|acquired|ordered) from)\b|\b(?:was|were) (?:(?:first|then|successfully|stably|transiently) )?(?:generated|established|created|constructed|produced|made|engineered|obtained) (?:by|through|via|using|with) (?:(?:the |a |an )?(?:lentiviral|retroviral|adenoviral|viral|stable|stably|transient|transiently|plasmid|CRISPR(?:\/Cas9)?|puromycin|antibiotic) )*(?:infection|transduction|transfection|selection|electroporation|nucleofection|vectors?|particles|knock-?out|gene editing|genome editing)\b)/i, words: ['was ', 'were '], example: 'OSCC cells overexpressing IL-11 were generated by lentiviral infection.' },
  // A gene's place on a chromosome, a discovery dated and credited to its discoverer ("X was discovered by Y in the 1990s"),
  // a study's limitation in the first person ("we did not examine X"), when no claim was read; an acknowledgement always.
  // ("We did not find (see, detect) X", "we could not confirm that X" report an absence or a negated claim, and are left
  // to the reader.)
  { kind: 'definition', when: 'no-claim', pattern: /\b(?:is |are |was |were )?(?:located|mapped|maps?|lies|lie|resides?|situated|found) (?:on|to|at|in) (?:the )?(?:(?:human|mouse|murine|rat|short|long) )*(?:arm of )?(?:chromosomes? ?(?:\d|[XY]\b)|\d{1,2}[pq]\d)/i, words: ['located', 'mapped', 'map', 'lies', 'lie', 'reside', 'situated', 'found'], example: 'The human IL11 gene is located on chromosome 19q13.' },
  { kind: 'history', when: 'no-claim', pattern: /\b(?:was|were) (?:(?:first|originally|initially) )?(?:discovered|identified|described|cloned|isolated|characteri[sz]ed|purified|named) by (?:[\w'-]+ ){1,4}?(?:et al\.? )?in (?:1[89]\d\d|20[0-2]\d|the (?:early |mid-?|late )?(?:1[89]\d0s|20[0-2]0s))\b/i, words: [' by '], example: 'Hypoxia inducible factors were discovered by Semenza in the 1990s.' },
  { kind: 'question', when: 'no-claim', pattern: /\bwe (?:did not|didn't|could not|couldn't|have not|haven't|were unable to|were not able to) (?:(?:directly|further|yet|formally|systematically) )?(?:examine|measure|assess|test|investigate|evaluate|analy[sz]e|study|explore|address|determine|quantify|include|compare|perform|collect)\b(?! (?:that|whether)\b)/i, words: ['we did', 'we didn', 'we could', 'we have not', 'we haven', 'we were'], example: 'Second, we did not examine IL-11 in serum.' },
  { kind: 'heading', when: 'always', pattern: /^(?:(?:finally|lastly|also),?\s+)?(?:we|the authors) (?:(?:would like to|wish to|also|sincerely|gratefully|warmly|further) )*(?:thank|acknowledge|are (?:(?:very|deeply|most) )?(?:grateful|indebted|thankful) to)\b/i, words: ['thank', 'acknowledge', 'grateful', 'indebted'], example: 'We thank Dr Lee for providing the IL-6R antibody.' },
  // A list of abbreviations, a where-to-find note ("The primers are listed in Supplementary Table S2"): no statement.
  { kind: 'legend', when: 'always', pattern: /^\s*(?:abbreviations?|list of abbreviations|nonstandard abbreviations)\s*[:.–-]/i, words: ['abbreviation'], example: 'Abbreviations: HCC, hepatocellular carcinoma; IL-6, interleukin-6.' },
  { kind: 'legend', when: 'no-claim', pattern: /\b(?:is|are) (?:(?:all|each|also) )?(?:listed|provided|given|shown|summari[sz]ed|presented|detailed|described|reported|tabulated|available|included) in (?:the )?(?:(?:supplementary|supplemental|additional|online|electronic) )*(?:tables?|figs?\.?|figures?|files?|materials?|data|appendix|appendices|information)\b/i, words: ['table', 'fig', 'file', 'material', 'data', 'append', 'information'], example: 'The primers used to amplify IL-11 and MMP-13 are listed in Supplementary Table S2.' },
];

/**
 * The kinds of non-claim that frame the whole sentence: an aim, a question, a legend or title, a structured abstract's
 * heading. A claim inside one is what the study asks or shows, not what the sentence asserts, so they hold whatever
 * the reader found.
 *
 * Every other kind (a drug's history, a definition, a method step, a statistic of the disease, a setting outside
 * cancer, a prospect) describes the sentence's subject or how it was studied, and its words also occur beside a
 * finding: "D, approved for liver tumours, raised Y in HCC cells", "cells were treated with X for 24 h, and Y rose",
 * "X, a cytokine long studied in arthritis, activates Y in tumour cells". The guideline labels such a sentence by its
 * main claim (issue 7, stop 32), so a pattern of these kinds yields when the sentence's main claim is one the library
 * backs (supported) or contradicts (stop 33: the guideline's contradicted wins too), whatever its `when`. A claim the library does not back keeps the `always` patterns' reading: a
 * method step or a drug's history that merely names library entities stays out of scope.
 */
export const framingKinds: ReadonlySet<NonClaimPattern['kind']> = new Set(['aim', 'question', 'legend', 'heading']);

/**
 * The kind of non-claim the sentence is, if it is one; `readClaim` says whether the reader found a claim, and
 * `backedMainClaim` (asked only when a non-framing pattern matches) whether the library speaks to the sentence's main claim (supported or contradicted).
 */
export function nonClaimKind(sentence: string, readClaim: boolean, backedMainClaim?: () => boolean, knownBefore?: (end: number) => boolean, words?: SentenceWords, claimsOnlyFrom?: (from: number) => boolean): NonClaimPattern['kind'] | undefined {
  const text = sentence.trim();
  const kind = firstNonClaim(text, readClaim, backedMainClaim, knownBefore && ((end) => knownBefore(end + sentence.indexOf(text))), words)?.kind;
  // "Although X drives Y, how it does so is poorly understood", "Because X leads to Y, we asked whether ...": the
  // clause before the comma states a finding, and the question after it does not take it back.
  if (kind === 'question' && readClaim) {
    const opening = statedBeforeQuestion.exec(text);
    // A concession before a whether-question ("Although X is raised in Y, it is not known whether X drives Z") grants
    // a fact to ask about another relation: the question is the sentence's point (a "how" question presupposes the fact).
    const concededThenAsked = opening !== null && /^(?:although|though|while)\b/i.test(opening[0]) && whetherQuestion.test(text.slice(opening[0].length));
    if (opening && !concededThenAsked && !nonClaimPatterns.some((p) => p.kind === 'question' && p.pattern.test(opening[0]))) return undefined;
    // "X is implicated in Y, but its role in Z remains unclear": the main clause states a finding; the question
    // after "but" is about a narrower part of it (not "but whether X ..."), and leaves the statement standing.
    const stated = statedThenQuestioned.exec(text);
    if (stated && !nonClaimPatterns.some((p) => p.kind === 'question' && p.pattern.test(stated[1]))) return undefined;
    // "The roles of X in Y are not fully understood; however, recent work suggests that Z drives W": the gap is
    // named first and a finding is stated after the turn ("however", "but", "yet", "nevertheless"); the sentence
    // goes on to claim, so the question does not make it a non-claim. The clause after the turn must itself be no
    // question ("...; however, whether Z drives W remains unknown" stays one), and every claim read must lie in it:
    // "The role of X in Y is unclear, but X is raised in Z" read X promoting Y from the gap, which is no statement.
    const turned = questionedThenStated.exec(text);
    if (turned && claimsOnlyFrom?.(text.length - turned[2].length + sentence.indexOf(text)) && nonClaimPatterns.some((p) => p.kind === 'question' && p.pattern.test(turned[1])) && !nonClaimPatterns.some((p) => p.kind === 'question' && p.pattern.test(turned[2]))) return undefined;
  }
  return kind;
}

/**
 * The first pattern (in the table's order) that applies and matches. Nearly every sentence is none of these,
 * and each pattern is tried only when the sentence's lower case holds one of its `words`, all of them found in
 * one pass over it (wordIndex.ts). Issue 10: an alternation of the patterns, asked first, took 60 ms of CPU per
 * 100k-word bench draft (~2% of its full check; 6% in a CPU profile), now 27 ms: V8 tries each of its ~25
 * alternatives at every position of every sentence. Split into the anchored and the unanchored patterns, or asked
 * of the lower case without the flag, it took as long. The one-by-one tries before it were ~3%.
 */
export function firstNonClaim(text: string, readClaim: boolean, backedMainClaim?: () => boolean, knownBefore?: (end: number) => boolean, words?: SentenceWords): NonClaimPattern | undefined {
  const allowed = patternsWithWordsIn(text, readClaim, words);
  let backed: boolean | undefined;
  for (let i = 0; i < nonClaimPatterns.length; i++) {
    const p = nonClaimPatterns[i];
    if ((p.when === 'always' || !readClaim) && allowed[i] === 1 && (p.maxWords === undefined || hasAtMostWords(text, p.maxWords)) && p.pattern.test(text) && (!p.shape || p.shape.test(text))) {
      // A subject the library has findings on makes a background pattern a claim the library can check (subjectBeyondLibrary).
      if (p.subjectBeyondLibrary && knownBefore && knownBefore(firstCopula(text))) continue;
      // A backed main claim outweighs every pattern that does not frame the sentence (framingKinds); a later framing one may still apply.
      if (readClaim && backedMainClaim && !framingKinds.has(p.kind) && !p.frames && (backed ??= backedMainClaim())) continue;
      return p;
    }
  }
  return undefined;
}

/**
 * Whether `text` has at most `most` words, runs of characters `\s` does not match (a loop that stops at the word past
 * the limit). Issue 10, stop 39: the verbless-title pattern `^(?:\S+\s+){0,11}\S+$`, asked of every sentence without
 * a claim, backtracked through the first twelve words of each long one before failing, ~1% of a full check.
 */
export function hasAtMostWords(text: string, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const space = code < 128 ? code === 32 || (code >= 9 && code <= 13) : anySpace.test(text[i]);
    if (space) inWord = false;
    else if (!inWord) {
      inWord = true;
      if (++words > most) return false;
    }
  }
  return true;
}

const anySpace = /\s/;

/** Where the sentence's first "is" ("are", "was", "were") starts: what comes before it is its subject (the text's length when none). */
function firstCopula(text: string): number {
  const match = /\b(?:is|are|was|were)\s/i.exec(text);
  return match ? match.index : text.length;
}

/**
 * The prefilter: a flag per pattern (by position in nonClaimPatterns), 1 where the pattern may match `text`: its
 * lower case holds one of the pattern's hand-listed `words` (when it has them) and one of the literals read off the
 * pattern itself (util/requiredLiterals.ts, when the pattern gives them). Both are necessary conditions, so a
 * pattern turned away by either could not match. Issue 10: the hand words let every pattern with "was " through for
 * any sentence with a "was"; the literals ("was chosen ", "were treated with ") let through only the patterns whose
 * phrase the sentence holds. All the words are found in one pass (wordIndex.ts). The array is reused by the next call.
 * `onlyAlways`: only the patterns that apply `always` may be let through (a sentence with a claim is asked no other).
 * `words`: the words of a sentence `text` is part of (its trimmed text), found by the one pass that finds every
 * table's words (claims/sentenceWords.ts): those inside the sentence are all those `text` holds, and maybe a few
 * more (its leading and trailing spaces), which can only let a pattern through, never turn one away.
 * nonClaimPrefilter.test.ts checks on generated and real sentences that it never turns away a pattern that matches.
 */
export function patternsWithWordsIn(text: string, onlyAlways = false, words?: SentenceWords): Uint8Array {
  // A sentence with a claim is asked only the patterns that apply `always`: a table of their words alone, a third
  // of the words (issue 10: the pass over the sentence costs by the words it finds and compares).
  const table = onlyAlways ? (alwaysTable ??= buildWordTable((p) => p.when === 'always')) : (wordTable ??= buildWordTable(() => true));
  const { handFound, setFound, allowed } = table;
  handFound.fill(0);
  setFound.fill(0);
  // (Lower case as the patterns' flag reads it: `i` without `u` matches an ASCII letter only by its two cases,
  // which toLowerCase keeps in place; what it does to other characters can only add words, never hide one.)
  if (words === undefined) {
    for (const word of (table.index ??= new WordIndex([...table.handOwners.keys(), ...table.setOwners.keys()])).wordsIn(foldForLiterals(text))) {
      for (const i of table.handOwners.get(word) ?? noOwners) handFound[i] = 1;
      for (const k of table.setOwners.get(word) ?? noOwners) setFound[k] = 1;
    }
  } else {
    // The words inside the sentence, looked up by number (sentenceWords.ts).
    const hand = byWordNumber(words, table.handOwners);
    const sets = byWordNumber(words, table.setOwners);
    const limit = sentenceLimit(words);
    for (let k = 0; k < words.found.length; k++) {
      if (words.ends[k] > limit) continue;
      const number = words.found[k];
      for (const i of hand[number] ?? noOwners) handFound[i] = 1;
      for (const j of sets[number] ?? noOwners) setFound[j] = 1;
    }
  }
  const { setsFrom } = table;
  for (let i = 0; i < allowed.length; i++) {
    let ok = table.hasHand[i] === 0 || handFound[i] === 1;
    // Every requirement set of the pattern must be found (a conjunction: each is necessary on its own).
    for (let k = setsFrom[i]; ok && k < setsFrom[i + 1]; k++) ok = setFound[k] === 1;
    allowed[i] = ok ? 1 : 0;
  }
  return allowed;
}

const noOwners: readonly number[] = [];

/** The patterns' words and literals, found in one pass (wordIndex.ts), and for each the patterns (by position) it lets be tried. */
interface WordTable {
  /** Made when first asked without the sentence's shared words (the analysis always has them). */
  index: WordIndex | undefined;
  handOwners: Map<string, number[]>;
  /** Each literal's requirement sets (by number: pattern i's are setsFrom[i] .. setsFrom[i + 1] - 1). */
  setOwners: Map<string, number[]>;
  setsFrom: Uint32Array;
  /** Per pattern: 1 when it lists words. */
  hasHand: Uint8Array;
  /** Scratch flags, one per pattern / per requirement set. */
  handFound: Uint8Array;
  setFound: Uint8Array;
  allowed: Uint8Array;
}

let wordTable: WordTable | undefined;
let alwaysTable: WordTable | undefined;

// Every pattern's words (the `always` table's are among them), for the sentence's one pass (claims/sentenceWords.ts).
registerSentenceWords(() => {
  const table = (wordTable ??= buildWordTable(() => true));
  return [...table.handOwners.keys(), ...table.setOwners.keys()];
});

/**
 * Each pattern's requirement sets (util/requiredLiterals.ts, requiredLiteralSets), for the prefilter and the test
 * that checks them: every match holds a literal of each set. Issue 10: one set per pattern (its best part) left
 * "was "/"is " as the only gate of patterns that also need "classified as" or "needed"; all of a sequence's parts
 * are kept, so such a pattern is tried only on a sentence holding a literal of every set.
 */
export function nonClaimLiteralSets(): (readonly (readonly string[])[] | undefined)[] {
  return nonClaimPatterns.map((p) => {
    // A literal of one or two characters (":", "m") is in most sentences, and a list of hundreds ("was chosen ", "was
    // treated with ", ...) costs the word pass more than the pattern it spares: such a set is dropped (dropping a
    // set only lets more through).
    const sets = (requiredLiteralSets(p.pattern) ?? []).filter((literals) => literals.length <= maxLiterals && literals.every((l) => l.length >= minLiteral));
    return sets.length > 0 ? sets : undefined;
  });
}

const minLiteral = 3;
const maxLiterals = 64;

/** The table of the patterns `included` says (the others are never let through). */
function buildWordTable(included: (p: NonClaimPattern) => boolean): WordTable {
  const n = nonClaimPatterns.length;
  const handOwners = new Map<string, number[]>();
  const setOwners = new Map<string, number[]>();
  const hasHand = new Uint8Array(n);
  const setsFrom = new Uint32Array(n + 1);
  const own = (owners: Map<string, number[]>, word: string, i: number) => {
    const list = owners.get(word);
    if (!list) owners.set(word, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  let count = 0;
  nonClaimLiteralSets().forEach((sets, i) => {
    const p = nonClaimPatterns[i];
    setsFrom[i] = count;
    if (!included(p)) {
      // Neither list is ever found: the pattern is never let through.
      hasHand[i] = 1;
      return;
    }
    if (p.words !== undefined) hasHand[i] = 1;
    for (const word of p.words ?? []) own(handOwners, word, i);
    for (const literals of sets ?? []) {
      for (const word of literals) own(setOwners, word, count);
      count++;
    }
  });
  setsFrom[n] = count;
  return { index: undefined, handOwners, setOwners, setsFrom, hasHand, handFound: new Uint8Array(n), setFound: new Uint8Array(count), allowed: new Uint8Array(n) };
}

/** The main clause a whether-question: "it is (still) not fully known whether", "whether X ... remains unclear". */
const whetherQuestion = /^\s*(?:it\s+(?:is|was|remains)\s+(?:(?:still|yet|currently|as\s+yet)\s+)?(?:not\s+(?:yet\s+)?(?:(?:fully|well|entirely|completely)\s+)?(?:known|clear|established|understood)|unclear|unknown|uncertain|debated|controversial)\s+(?:whether|if)\b|whether\b)/i;
/** A concessive or causal clause that opens the sentence, up to its comma. */
const statedBeforeQuestion = /^(?:although|though|while|because|since|as),?\s[^,;]{10,200},/i;
/**
 * A statement, then ", but" (", and", "; however,") and a question about a part of it, named by a noun phrase or by
 * "how" ("..., but its role in Z remains unclear", "..., but how it does so has not been elucidated"): the question
 * presupposes the statement. "..., but whether ..." questions the statement itself and stays a question.
 */
const statedThenQuestioned = /^((?!(?:although|though|while|because|since|as|whether|if|how)\b)[^,;?]{10,200})[,;]\s+(?:(?:but|yet|whereas|although|though|and)\s+|however,?\s+)(?!(?:whether|if|what|which|it\s+(?:is|was|remains))\b)(?:the|its|their|this|these|his|her|how|why|(?:(?:underlying|exact|precise|molecular|detailed)\s+)+(?:mechanisms?|basis|reasons?|pathways?))\b[^,;?]{0,160}\b(?:(?:remains?|is|are)\s+(?:still\s+|largely\s+|as\s+yet\s+|yet\s+)?(?:unclear|unknown|uncertain|elusive|obscure|unexplored|(?:poorly|incompletely|partially|partly)\s+(?:understood|characteri[sz]ed|defined)|not\s+(?:yet\s+)?(?:(?:fully|well|completely|entirely|clearly)\s+)?(?:understood|known|clear|elucidated|defined|established)|to\s+be\s+(?:(?:fully|further)\s+)?(?:determined|established|elucidated|clarified|explored|investigated|defined))|(?:has|have)\s+(?:not|never)\s+(?:yet\s+)?been\s+(?:(?:fully|well|clearly|completely|systematically)\s+)?(?:elucidated|clarified|explored|investigated|defined|characteri[sz]ed|determined|established|studied))(?:\s*\[[\d,\s–-]+\])?\.?$/i;

/**
 * A gap in knowledge, then a turn (";" or "," and "however", "but", "yet", "nevertheless", "nonetheless", "still") and
 * a statement ("The function of X is unclear; however, X drives Y"): group 1 the gap, group 2 the statement, which
 * opens with no word of a question ("whether", "if", "how", "what", "why", "it is unclear"). "It is (well) known
 * that", "it is established (clear, accepted) that" after the turn state what follows ("Its origin is poorly understood,
 * however it is known that X drives Y"); "it is not known that", "it is unclear whether" stay questions.
 */
const questionedThenStated = /^([^;?]{10,200}?)(?:;|,)\s*(?:however|but|yet|nevertheless|nonetheless|still)\b,?\s+(?!(?:whether|if|how|what|why|which|it\s+(?:is|was|remains)(?!\s+(?:(?:well|widely|now|generally|also|increasingly)\s+)*(?:known|established|accepted|recogni[sz]ed|clear|evident|apparent)\s+that\b))\b)([^;?]{10,300})$/i;

/** Kinds of entity that set the scene or name an outcome: a sentence that names only these asserts nothing checkable. */
const sceneTypes = new Set(['disease', 'cell-line', 'experimental-system', 'process', 'phenotype']);

/**
 * Entities of the sentence that act (not a cancer, a process, a process's markers or a cell line) and that the
 * library has findings on.
 */
export function actorsWithFindings(entityIds: readonly string[], kb: KnowledgeBase): string[] {
  const readouts = readoutsAmong(entityIds);
  const unique = [...new Set(entityIds)];
  // A numbered sibling (MMP-11 beside MMP-13) counts in a sentence that names something else the library studies.
  const onTopic = (id: string): boolean => unique.some((other) => other !== id && kb.hasFindings(other));
  return unique.filter((id) => (!sceneTypes.has(kb.entities.get(id)?.type ?? '') || resistanceWithFindings(id, kb)) && !readouts.has(id) && (hasFindingsInScope(id, kb) || memberOfFamilyWithFindings(id, kb) || (numberedSiblingHasFindings(id, kb) && onTopic(id))));
}

/**
 * An entity named only inside a compound adjective that describes cells: "an interleukin 6-dependent murine plasmacytoma
 * cell line", "IL-11-responsive B9 cells". The cells are the bioassay of a history or a method, and the adjective their
 * trait, so the entity is no actor that puts the sentence in the library's topic. Only "-dependent"/"-responsive" and a
 * name of cells within three words, none of them "of", "for", "in" or "on": "IL-6-dependent growth of myeloma cells"
 * (growth depends on IL-6) and "IL-6-dependent proliferation" are claims on IL-6 and keep it an actor.
 */
const cellsTraitAfter = /^[ -]?(?:dependent|responsive) (?:(?!(?:of|for|in|on|to|and|or|by|with)\b)[\w-]+ ){0,3}?(?:cell lines?|cells?|lines?|sublines?|clones?|hybridomas?)\b/i;

/**
 * The most general classes of secreted signals, "cytokines" and "growth factors": named after a vague quantifier ("a
 * variety of growth factors", "several cytokines") they are a passing mention, not an actor (a named family, "IL-6
 * family cytokines", or a bare class as a subject, "Growth factors activate STAT3", stays one).
 */
const generalSignalClasses: ReadonlySet<string> = new Set(['CYTOKINE', 'GROWTH_FACTOR']);
const vagueQuantifierBefore = /\b(?:a (?:(?:wide|broad|large|whole) )?(?:variety|range|number|host|plethora|multitude|array|spectrum|panel|cocktail) of|various|several|many|numerous|multiple|diverse|assorted|other) (?:(?:soluble|secreted|other|different|known|distinct|inflammatory) )?$/i;

/**
 * A mention that does not make the sentence's topic the library's: an entity named only as a trait of cells
 * (`cellsTraitAfter`), or a general class of signals after a vague quantifier (`generalSignalClasses`).
 */
export function namedInPassing(text: string, offset: number, mention: { entityId: string; start: number; end: number }): boolean {
  const end = mention.end - offset;
  if ((text.charCodeAt(end) === 45 || text.charCodeAt(end) === 32) && cellsTraitAfter.test(text.slice(end, end + 80))) return true;
  const start = mention.start - offset;
  if (!generalSignalClasses.has(mention.entityId)) return false;
  const before = text.slice(Math.max(0, start - 80), start);
  return vagueQuantifierBefore.test(before) || predicateClassBefore.test(before);
}

/**
 * Issue 7, stop 53 (h-oos53): the general class as the predicate noun of a copula, "IL-10 is an anti-inflammatory and
 * immunosuppressive cytokine that ...", "OSM is a secreted cytokine involved in ...": it says what the subject is, so the
 * sentence is about the subject. A subject the library has findings on stays an actor of its own; one it has none on
 * leaves the sentence out of scope, as the guideline says for a claim on entities the library does not study (before,
 * the class noun counted as an actor with findings, and the sentence was unsupported). Up to four describing words
 * between the article and the noun, joined by "and", "or" or commas; none a preposition, and without an article none a
 * participle: "X is activated by cytokines" names the class as an agent, and keeps it an actor.
 */
const notPredicateWord = String.raw`(?!(?:by|with|to|of|in|into|from|for|on|at|than|as|through|via|after|under)\b)`;
const predicateClassBefore = new RegExp(String.raw`\b(?:is|are|was|were|remains?|represents?)\s+(?:(?:also|itself|primarily|mainly|chiefly|largely)\s+)?(?:(?:an?|one\s+of\s+the|the)\s+(?:${notPredicateWord}[\w-]+,?\s+(?:(?:and|or)\s+)?){0,4}|(?:${notPredicateWord}(?![\w-]+ed\b)[\w-]+,?\s+(?:(?:and|or)\s+)?){0,4})$`, 'i');

/**
 * A process the library reports acting (EMT: findings on what it promotes, not only on what raises it), named as
 * the sentence's subject: "EMT may account for the aggressive phenotype of ...", "During tumour development, EMT
 * is co-opted to ...". The guideline puts a claim about an entity the library has findings on in scope, and here
 * the process is the agent, not the outcome every paper names ("X drives proliferation": the process is the
 * object, and stays a setting). Asked only when no claim was read: the sentence is then unsupported (no evidence),
 * not out of scope. The subject is the first entity named after a fronted phrase ("During ...,", "Notably,"), with
 * no verb before it ("One of the regulators of invasion is X" names the process inside a predicate).
 */
export function processActsAsSubject(text: string, offset: number, mentions: readonly { entityId: string; start: number; end: number }[], kb: KnowledgeBase): boolean {
  const fronted = frontedPhrase.exec(text) ?? reportOpener.exec(text);
  const from = fronted ? fronted[0].length : 0;
  let first: { entityId: string; start: number } | undefined;
  for (const m of mentions) if (m.start - offset >= from && (!first || m.start < first.start)) first = m;
  if (!first) return false;
  const type = kb.entities.get(first.entityId)?.type;
  if (type !== 'process' && type !== 'phenotype') return false;
  if (processReadouts.has(first.entityId) || kb.factsAboutSubject(first.entityId).length === 0) return false;
  const before = text.slice(from, first.start - offset);
  return !/\b(?:is|are|was|were|be|been|has|have|had|of|by|on|to|than|with|for)\b/i.test(before.replace(/^\s*(?:the\s+)?(?:development|induction|activation|process|programme|program)\s+of\b/i, '')) && !before.split(/[^A-Za-z-]+/).some((w) => w.length > 2 && verbTrigger(w));
}

/**
 * An opening phrase before the subject, up to its comma: a sentence adverb ("Notably,") or a prepositional phrase
 * ("During the development of cancer,", "In liver tumours,").
 */
const frontedPhrase = /^\s*(?:(?:notably|importantly|moreover|furthermore|however|thus|therefore|indeed|interestingly|additionally|likewise|similarly|collectively|together|consequently|accordingly|in addition|in particular|in contrast|in summary|taken together)|(?:during|in|within|throughout|among|across|at|under|upon|after|before|for)\b[^,;]{1,100}),\s*/i;

/**
 * A report of what is known that opens the sentence, up to its "that": "It is well known that", "It has been
 * established that", "Studies have shown that", "We now know that" (issue 7, stop 36: the process named after it is the
 * subject of the claim, though an "is" stands before it).
 */
const reportOpener = /^\s*(?:(?:moreover|furthermore|however|indeed|notably|importantly|thus|today|now),?\s+)?(?:it\s+(?:is|was|has\s+(?:long\s+)?been|had\s+been)\s+(?:(?:well|widely|generally|commonly|now|long|increasingly|firmly)\s+)?(?:known|accepted|established|recogni[sz]ed|believed|documented|appreciated|acknowledged|shown|reported|demonstrated)|(?:(?:many|several|previous|recent|numerous)\s+)?(?:studies|reports|data|evidence)\s+(?:have|has)\s+(?:(?:clearly|consistently|repeatedly)\s+)?(?:shown|demonstrated|established|revealed|suggested|indicated)|we\s+(?:now\s+)?know)\s+that\s+/i;

/**
 * Resistance to a named drug (a kind of drug resistance, "resistance to regorafenib") that the library reports
 * findings on: a topic the library studies, not a setting like a cancer or a process. A sentence on what drives it
 * ("EGFR activation underlies acquired resistance to regorafenib") is a claim the library can speak to (unsupported
 * when no finding backs it), where "X drives proliferation" names only a process every paper touches.
 */
function resistanceWithFindings(id: string, kb: KnowledgeBase): boolean {
  return kb.entities.get(id)?.type === 'phenotype' && id !== 'DRUG_RESISTANCE' && kb.ancestors(id).has('DRUG_RESISTANCE') && kb.inStatedFacts(id);
}

/**
 * A sentence that cites a paper of the library holding findings, and names something the library's findings
 * are about in any role (a cancer, a process, a cell line, a gene; not the mere setting, tissue or xenograft): the writer has put it in the library's
 * topic, so when no finding backs it, it is unsupported (no evidence), not out of scope. A cited paper on
 * gastric cancer makes "X predicts gastric cancer risk [@paper]" a claim the library is silent on, where
 * "drug Y lowers the risk of diabetic complications [@paper]" names nothing the library studies.
 */
export function citesLibraryOnItsTopic(citedKeys: readonly string[], entityIds: readonly string[], kb: KnowledgeBase): boolean {
  return citedKeys.some((key) => kb.hasFactsFor(key)) && entityIds.some((id) => kb.entities.get(id)?.type !== 'experimental-system' && kb.inStatedFacts(id));
}

/**
 * AKT1 when the library reports findings on Akt: the library can speak to a sentence about the member (as
 * verify's inScope says for claims), though a finding on the family never supports a claim about the member.
 * Not through a wider family past a nearer one whose other members the library studies on their own: OSM, whose
 * IL-6 type cytokine family holds the studied IL-6 and IL-11, is their sibling, and the one finding on cytokines in
 * general does not make it a topic (the real sets label a sentence on LIF or CNTF alone out of scope, as IL-17
 * beside IL-6). The nearest family's own findings still count (VEGF of the growth factors, AKT1 of Akt).
 */
export function memberOfFamilyWithFindings(id: string, kb: KnowledgeBase): boolean {
  const families = [...kb.ancestors(id)].filter((a) => a !== id);
  const siblingsIn = families.filter((f) => familyOfStudiedMembers(f, id, kb));
  return families.some((a) => kb.inStatedFacts(a) && !siblingsIn.some((f) => f !== a && kb.ancestors(f).has(a)));
}

/** Per library: the protein families with a member that has findings of its own, and those members. */
const studiedMembers = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();
function familyOfStudiedMembers(family: string, member: string, kb: KnowledgeBase): boolean {
  if (kb.entities.get(family)?.type !== 'protein-family') return false;
  let index = studiedMembers.get(kb);
  if (!index) {
    index = new Map();
    for (const entity of kb.entities.values()) {
      if (!kb.hasFindings(entity.id)) continue;
      for (const parent of entity.parents) {
        let members = index.get(parent);
        if (!members) index.set(parent, (members = new Set()));
        members.add(entity.id);
      }
    }
    studiedMembers.set(kb, index);
  }
  const members = index.get(family);
  return members !== undefined && [...members].some((m) => m !== member);
}

/**
 * Whether the library has findings on an entity, for scope. A drug the library never mentions is not brought in
 * by its targets when all the library says of them is implied by another drug: anlotinib and sorafenib share
 * VEGFR2, but what sorafenib does to HCC cells is no finding on VEGFR2 that makes anlotinib a topic.
 */
export function hasFindingsInScope(id: string, kb: KnowledgeBase): boolean {
  if (!kb.hasFindings(id)) return false;
  if (kb.entities.get(id)?.type !== 'drug' || kb.factsAboutSubject(id).length > 0 || kb.factsAboutObject(id).length > 0) return true;
  const ownFinding = (f: Fact): boolean => (f as DerivedFact).derivedFrom?.rule !== 'drug-target';
  return kb.standIns(id).some((s) => kb.factsAboutSubject(s.id).some(ownFinding) || kb.factsAboutObject(s.id).some(ownFinding));
}

/** A gene named by a family stem and a number: MMP-11, IL6, STAT1, IGF1R, HIF1A (stem, then number with its suffix). */
const numberedSymbol = /^([A-Z]{2,})-?(\d{1,3}[A-Z]?)$/i;

function numberedName(entity: { symbol?: string; xrefs?: Record<string, unknown> } | undefined): { stem: string; member: string } | undefined {
  const hgnc = entity?.xrefs?.hgnc;
  const match = numberedSymbol.exec(typeof hgnc === 'string' ? hgnc : entity?.symbol ?? '');
  return match ? { stem: match[1].toUpperCase(), member: match[2].toUpperCase() } : undefined;
}

/**
 * Whether `member` is a near miss of `backed` in the guideline's sense: a sibling of the same family. Either a
 * numbered sibling (MMP-11 beside MMP-13, IL-6 beside IL-11, STAT1 beside STAT3; a receptor beside its own ligand,
 * IL-6R beside IL-6, is no sibling) or a member of the same family of molecules in the library's hierarchy (two MMPs,
 * two STATs). A marker panel (EMT's mesenchymal markers) is a readout of a process, not a family of rivals:
 * fibronectin beside vimentin is no near miss; nor are two processes of one kind (invasion beside metastasis).
 * Asked of a list's unbacked members beside its backed ones (analyzeBlock.ts sentenceVerdict): a list with a backed
 * member is supported unless an unbacked member is such a sibling of it.
 */
export function nearMissOf(member: string, backed: string, kb: KnowledgeBase): boolean {
  if (member === backed) return false;
  const own = kb.entities.get(member);
  const other = kb.entities.get(backed);
  if (numberedSiblingOf(member, backed, kb)) return true;
  return sharesFamily(own?.parents ?? [], other?.parents ?? [], kb);
}

function sharesFamily(parents: readonly string[], others: readonly string[], kb: KnowledgeBase): boolean {
  return parents.length > 0 && others.some((p) => parents.includes(p) && !processReadouts.has(p) && !outcomeKinds.has(kb.entities.get(p)?.type ?? ''));
}

/**
 * nearMissOf for a step of a route (verify.ts siblingOfNamedStep), where a member the lexicon gives no parents counts
 * in the family its name continues (familiesOf): "IL-11 raises invasion through STAT5" beside a finding through STAT3,
 * "through HIF-2α" beside one through HIF-1α, names another step than the finding's. Lists keep nearMissOf: real prose
 * names STAT5 beside a backed STAT3 as a further member (a drug's targets, "STAT3 and STAT5 activation"), and its
 * labels read such a list as supported (two studied rows, f25B and w5).
 */
export function stepSiblingOf(member: string, backed: string, kb: KnowledgeBase): boolean {
  if (member === backed) return false;
  return nearMissOf(member, backed, kb) || sharesFamily(familiesOf(kb.entities.get(member), kb), familiesOf(kb.entities.get(backed), kb), kb);
}

/** A name made of a word and a number: "STAT5", "HIF-2α", "HIF2A" (the word, then the number with its suffix). */
const familyWordAndNumber = /^(.*?[A-Za-z])[- ]?\d{1,3}(?:[A-Za-z]|α|β|γ|δ)?$/;

/** Per library: the protein families by each of their names ("STATs", "HIF"), upper case; familiesOf's answers by entity. */
const familiesByName = new WeakMap<KnowledgeBase, { byName: Map<string, string>; answers: Map<string, readonly string[]> }>();

/**
 * The families an entity belongs to for stepSiblingOf: its parents, or, when the lexicon gives it none, the family
 * whose own name its name continues with a number (issue 7, stop 47). The curated STAT5 record and EPAS1 (HIF-2α,
 * a gene NCBI does not number like HIF1A) came with no parents, so "through STAT5" beside a finding through STAT3,
 * or HIF-2α beside HIF-1α, found no sibling; "STAT5" is the STAT family's name and a number, "HIF-2α" the HIF
 * family's, the way the field names the members of a family.
 */
function familiesOf(entity: Entity | undefined, kb: KnowledgeBase): readonly string[] {
  if (!entity) return [];
  if (entity.parents.length > 0) return entity.parents;
  let index = familiesByName.get(kb);
  if (!index) {
    const byName = new Map<string, string>();
    for (const family of kb.entities.values()) {
      if (family.type !== 'protein-family') continue;
      for (const name of [family.name, family.symbol ?? '', ...family.synonyms]) if (name) byName.set(name.toUpperCase(), family.id);
    }
    familiesByName.set(kb, (index = { byName, answers: new Map() }));
  }
  const known = index.answers.get(entity.id);
  if (known) return known;
  const families = new Set<string>();
  for (const name of [entity.name, entity.symbol ?? '', ...entity.synonyms]) {
    const stem = familyWordAndNumber.exec(name)?.[1];
    // The family by its word alone, its plural or "<word> family": "HIF", "STATs", "STAT family".
    const family = stem === undefined ? undefined : ['', 'S', ' FAMILY'].map((end) => index.byName.get(stem.toUpperCase() + end)).find((f) => f !== undefined);
    if (family !== undefined && family !== entity.id) families.add(family);
  }
  const answer = [...families];
  index.answers.set(entity.id, answer);
  return answer;
}

/**
 * The numbered part of nearMissOf alone: MMP-11 beside MMP-13, IL-6 beside IL-11, STAT1 beside STAT3 (not IL-6R
 * beside IL-6). Two members of a broad class (two growth factors) are rivals in a list, not a near miss of a finding.
 */
export function numberedSiblingOf(member: string, backed: string, kb: KnowledgeBase): boolean {
  if (member === backed) return false;
  const a = numberedName(kb.entities.get(member));
  const b = numberedName(kb.entities.get(backed));
  return a !== undefined && b !== undefined && a.stem === b.stem && a.member !== b.member && a.member !== `${b.member}R` && b.member !== `${a.member}R`;
}

/** Per library: siblingReported's answers, by subject, then object. */
const siblingsReported = new WeakMap<KnowledgeBase, Map<string, Map<string, boolean>>>();

/**
 * Whether the library reports `subject` acting on a numbered sibling of `object` (MMP-13 for MMP-11), in any
 * context (analyzeBlock.ts ListKin.siblingReported). The answer depends on the library alone, which never changes
 * once built: worked out once per pair. Asked of every sentence whose main claim the library is silent on, it read
 * every object the subject's findings name each time (issue 10, stop 40: ~2.5% of a 100k-word full check).
 */
export function numberedSiblingReported(subject: string, object: string, kb: KnowledgeBase): boolean {
  let bySubject = siblingsReported.get(kb);
  if (!bySubject) siblingsReported.set(kb, (bySubject = new Map()));
  let row = bySubject.get(subject);
  if (!row) {
    if (bySubject.size >= 50_000) bySubject.clear();
    bySubject.set(subject, (row = new Map()));
  }
  let answer = row.get(object);
  if (answer === undefined) {
    answer = false;
    for (const reported of kb.subjectFactsByObject(subject).keys()) {
      if (numberedSiblingOf(object, reported, kb)) {
        answer = true;
        break;
      }
    }
    row.set(object, answer);
  }
  return answer;
}

/** Kinds of entity whose members are outcomes or places, not rival molecules (nearMissOf). */
const outcomeKinds: ReadonlySet<string> = new Set(['process', 'phenotype', 'disease', 'experimental-system']);

/** Per library: the numbered members with findings of each family stem ("MMP" -> 2, 9, 13). */
const membersWithFindings = new WeakMap<KnowledgeBase, Map<string, Set<string>>>();

/**
 * A near miss the labelling guideline calls unsupported, not out of scope: a gene whose family stem the library
 * has findings on under another number ("MMP-11 where it has MMP-13", "IL-17, symbol IL17A, where it has IL6"). The
 * library can speak to such a claim (to say it reports nothing), though nothing on the sibling ever backs it. The
 * stem is the official symbol's: IL-8, whose symbol is CXCL8, is no sibling of IL-6 by name.
 */
export function numberedSiblingHasFindings(id: string, kb: KnowledgeBase): boolean {
  if (kb.hasFindings(id)) return false;
  const own = numberedName(kb.entities.get(id));
  if (!own) return false;
  let index = membersWithFindings.get(kb);
  if (!index) {
    index = new Map();
    for (const entity of kb.entities.values()) {
      const name = numberedName(entity);
      if (!name || !hasFindingsInScope(entity.id, kb)) continue;
      let members = index.get(name.stem);
      if (!members) index.set(name.stem, (members = new Set()));
      members.add(name.member);
    }
    membersWithFindings.set(kb, index);
  }
  const members = index.get(own.stem);
  return members !== undefined && [...members].some((m) => m !== own.member);
}

/** Words before "cancer" that do not name a kind of cancer: "human cancer cells", "in many cancers". */
const genericCancerWords = new Set([
  'human', 'metastatic', 'many', 'various', 'several', 'solid', 'primary', 'advanced', 'the', 'of', 'in', 'and', 'or', 'other', 'most',
  'all', 'some', 'these', 'those', 'aggressive', 'malignant', 'invasive', 'a', 'an', 'multiple', 'different', 'numerous', 'certain',
  'their', 'its', 'for', 'with', 'to', 'by', 'from', 'on', 'as', 'common', 'mouse', 'murine', 'type', 'types', 'late-stage', 'early-stage', 'general', 'epithelial', 'experimental', 'clinical',
  // Words of extent, place within the body or course, which end like organ adjectives but name none: "local tumour
  // control", "residual tumour", "overall tumour burden", "regional tumour spread" (issue 7, h-w12b35).
  'local', 'locoregional', 'regional', 'residual', 'overall', 'total', 'individual', 'original', 'initial', 'final', 'orthotopic', 'subcutaneous',
  // Words of sort or of something added, which end like organ adjectives too: "an additional cancer hallmark", "a
  // typical tumour type", "conventional cancer therapy", "a potential cancer target" (issue 7, h-w22b45: a claim
  // beside "an additional cancer hallmark" was taken to sit in an organ's cancer the lexicon lacks).
  'additional', 'typical', 'conventional', 'potential', 'classical', 'classic', 'traditional', 'usual', 'actual',
]);
/** A word that can name an organ or tissue before "cancer": pancreatic, ovarian, prostate, GI (not a verb: "promotes cancer"). */
const organLike = /^(?:[A-Z]{2,5}|[a-z]+(?:ic|al|an|ar|ary|ate|ine|eal|ous|oid)|breast|lung|liver|skin|bone|brain|colon|bladder|kidney|tongue|head|neck|cervix|stomach|thyroid|blood)$/;

/**
 * Words that make a named cancer a subtype the lexicon may not list ("papillary thyroid cancer" read as thyroid
 * cancer): the labelling guideline counts the subtype as the context (follicular thyroid cancer is not ATC).
 */
const subtypeWords = new Set([
  'papillary', 'follicular', 'medullary', 'anaplastic', 'differentiated', 'undifferentiated', 'dedifferentiated', 'well-differentiated',
  'poorly-differentiated', 'ductal', 'lobular', 'luminal', 'basal', 'basal-like', 'serous', 'mucinous', 'squamous', 'adenoid', 'fibrolamellar',
  'small-cell', 'clear-cell', 'inflammatory', 'triple-negative', 'her2-positive', 'her2-negative', 'er-positive', 'er-negative',
  'castration-resistant', 'hormone-refractory', 'sarcomatoid', 'intrahepatic', 'extrahepatic', 'uveal', 'cutaneous', 'acral',
]);
/** The last word of a mention that names a cancer: the subtype check reads the word before it. */
const namesCancer = /\b(cancers?|carcinomas?|adenocarcinomas?|tumou?rs?|neoplasms?|sarcomas?)$/i;
/** The last letters of namesCancer's words, lower case (a character code with bit 32 set, as `| 32` reads one). */
const cancerEnds = new Set([...'rsam'].map((c) => c.charCodeAt(0)));

/** A tumour named by its own word the lexicon may lack: "in human gliomas", "meningioma", "leukaemia". */
const tumourName = /\b([a-z]{3,}omas?|leuka?emias?)\b/gi;
/** Words ending like a tumour that name none: the tumour's stroma, a coma, glaucoma, a granuloma. */
const notTumours = new Set(['stroma', 'stromas', 'soma', 'somas', 'coma', 'comas', 'aroma', 'aromas', 'diploma', 'diplomas', 'glaucoma', 'hematoma', 'haematoma', 'hematomas', 'haematomas', 'granuloma', 'granulomas', 'stoma', 'stomas', 'trachoma', 'atheroma', 'atheromas', 'chroma', 'genoma', 'proteasoma']);

/** What every match of `tumourName` holds (any case, as the regex reads it). */
const mayNameTumour = /oma|emia/i;

/**
 * A setting outside cancer the lexicon does not name: an organism's embryos or larvae ("in zebrafish embryos"), or an
 * animal's or a developing organ ("in mouse liver", "in the fetal lung"), with no tumour word after it. A finding in
 * cancer cells does not cover it. A bare "in the liver" may be the tumour's organ, and "in normal liver" is most
 * often the baseline a tumour is compared with ("higher in HCC than in normal liver"), so both are left alone; so is
 * a setting after "than" or "compared with".
 */
const normalSetting = /\b(?:in|of|from)\s+(?:the\s+)?(?:(?:adult|healthy|normal|wild-type|developing|embryonic|fetal|foetal|neonatal|mouse|mice|murine|rat|zebrafish|chick|chicken|xenopus|drosophila|porcine|bovine|canine|ovine|equine)\s+){0,3}?(?:(embryos?|larvae)|(?<=\b(?:developing|embryonic|fetal|foetal|neonatal|mouse|murine|rat|zebrafish|chick|chicken|porcine|bovine|canine|ovine|equine)\s+)(livers?|lungs?|kidneys?|hearts?|brains?|muscles?|retinas?|placentas?|intestines?|spleens?|pancreas|skin|bones?|cartilage|joints?))\b(?!\s+(?:cancers?|carcinomas?|tumou?rs?|metastas[ie]s|neoplasms?|cancer\s+cells|adenocarcinomas?))/gi;
/** What every match of `normalSetting` holds (any case). */
const mayNameNormalSetting = /embryo|larva|liver|lung|kidney|heart|brain|muscle|retina|placenta|intestin|spleen|pancreas|skin|bone|cartilage|joint/i;

/** A name before "cells", "cell line(s)", "line" or "xenografts": 4T1 cells, HOS cells, PDA cells; also past an organ's adjective, "AGS gastric cells", "the gastric AGS line" (stop 49). */
const namedCells = /\b([A-Za-z0-9][\w-]*\d[\w-]*|[A-Z]{2,6})\s+(?:human\s+)?(?:(?:gastric|hepatic|hepatoma|mammary|colonic|pancreatic|renal|pulmonary|ovarian|prostatic|cervical|oesophageal|esophageal|glioma|melanoma|carcinoma|cancer|tumou?r)\s+)?(?:cells?|cell lines?|lines?|xenografts?)\b/g;
/**
 * A line named as the tumours it grows or the animals that carry them: "4T1-bearing mice", "B16 tumours", "CT26
 * allografts" (stop 49: read as naming no context, so a finding in MDA-MB-231 cells covered "in 4T1-bearing mice").
 * Only a name with a digit before "tumours" ("KRAS tumours" names a genotype); a short capital name may carry mice.
 */
const namedModels = /\b(?:([A-Za-z0-9]*\d[A-Za-z0-9]*|[A-Z]{2,6})[-‐]bearing\s+(?:(?:nude|SCID|athymic|syngeneic|immunodeficient)\s+)?(?:mice|rats|animals|hosts)|([A-Za-z0-9]*\d[A-Za-z0-9]*)\s+(?:tumou?rs|allografts?))\b/g;

/**
 * Whether the sentence names a context the lexicon does not know (a cell line such as 4T1, a cancer such as
 * prostate cancer read only as "cancer"): then no finding covers its claims, and a finding elsewhere makes
 * them other-context rather than supported. `generic` lists the entities that stand for cancer in general.
 */
/**
 * "except in OSCC", "but not in breast tumours", "other than HCC": the mentions of places a claim is said not to
 * hold in (issue 7, stop 32), which the reader takes for its setting; a claim placed in one is checked as placed
 * somewhere the library does not name (analyzeBlock.ts), so a finding stated there does not back it.
 */
export function excludedPlaces<M extends { start: number; end: number }>(text: string, offset: number, mentions: readonly M[]): M[] {
  if (!mayExclude.test(text)) return [];
  return mentions.filter((m) => excludedBefore.test(text.slice(Math.max(0, m.start - offset - 40), m.start - offset)));
}

const mayExclude = /\b(?:except|excluding|apart|aside|other than|outside|exception|but not)\b/i;
const excludedBefore = /\b(?:(?:except|excluding|apart from|aside from|other than|outside(?: of)?|with the exception of)(?:\s+(?:in|for|within|among|from))?|but not (?:in|within|among))\s+(?:(?:the|a|an|some|all|most|many|human|murine|normal|healthy)\s+)?$/i;

/** Whether a recognised mention (block offsets) lies over [start, end) of a sentence that starts at `offset` in the block. */
export function coveredByMention(mentions: readonly { start: number; end: number }[], offset: number): (start: number, end: number) => boolean {
  return (start, end) => mentions.some((m) => m.start - offset < end && m.end - offset > start);
}

export function namesUnknownContext(text: string, offset: number, mentions: readonly { entityId: string; start: number; end: number }[], generic: ReadonlySet<string>): boolean {
  const covered = coveredByMention(mentions, offset);
  // Literal prefilters: the two regexes try a match at each word, and most sentences hold neither word.
  if (text.includes('cell') || text.includes('xenograft') || text.includes('line')) {
    for (const match of allMatches(namedCells, text)) {
      const start = match.index ?? 0;
      // ("two lines of therapy", "after 2 lines": a bare number before "line" counts treatments, names no line.)
      if (/^\d+$/.test(match[1]) && /lines?$/i.test(match[0])) continue;
      if (!covered(start, start + match[1].length) && !calledNonMalignant(text, start)) return true;
    }
  }
  if (text.includes('bearing') || text.includes('tumo') || text.includes('allograft')) {
    for (const match of allMatches(namedModels, text)) {
      const name = match[1] ?? match[2];
      const start = (match.index ?? 0) + match[0].indexOf(name);
      if (!covered(start, start + name.length)) return true;
    }
  }
  if (mayNameNormalSetting.test(text)) {
    for (const match of allMatches(normalSetting, text)) {
      const name = match[1] ?? match[2];
      if (/(?:than|versus|vs\.?|compared\s+(?:with|to)|relative\s+to)\s*$/i.test(text.slice(Math.max(0, (match.index ?? 0) - 16), match.index))) continue;
      const start = (match.index ?? 0) + match[0].length - name.length;
      if (!covered(start, start + name.length)) return true;
    }
  }
  if (mayNameTumour.test(text)) {
    for (const match of allMatches(tumourName, text)) {
      const start = match.index ?? 0;
      if (!notTumours.has(match[1].toLowerCase()) && !covered(start, start + match[1].length)) return true;
    }
  }
  for (const mention of mentions) {
    if (!generic.has(mention.entityId)) {
      // Issue 10: namesCancer's words end in r, s, a or m (any case): tested on the name's last character before
      // the name is copied out and matched, for every entity of every sentence with a claim.
      if (!cancerEnds.has(text.charCodeAt(mention.end - offset - 1) | 32) || !namesCancer.test(text.slice(mention.start - offset, mention.end - offset))) continue;
      const subtype = wordBefore(text, mention.start - offset);
      if (subtype && subtypeWords.has(subtype.word.toLowerCase()) && !covered(subtype.index, subtype.index + subtype.word.length)) return true;
      continue;
    }
    const before = wordBefore(text, mention.start - offset);
    // A relation verb before "cancer" ("stimulate cancer cell proliferation") names no organ.
    if (before && organLike.test(before.word) && !genericCancerWords.has(before.word.toLowerCase()) && !verbTrigger(before.word) && !covered(before.index, before.index + before.word.length)) return true;
  }
  return false;
}

/**
 * "untransformed rat intestinal IEC-6 cells", "non-tumorigenic HK-2 cells": a line the sentence calls non-malignant,
 * up to three words before its name, is a non-cancer setting the lexicon has no context for, which the corpus reads as
 * naming no context (issue 7, stop 46: the lead's policy on non-cancer settings), not as a cancer line it lacks.
 */
export function calledNonMalignant(text: string, nameStart: number): boolean {
  let end = nameStart;
  for (let words = 0; words < 3; words++) {
    const word = wordBefore(text, end);
    if (!word) return false;
    if (nonMalignantWords.has(word.word.toLowerCase())) return true;
    end = word.index;
  }
  return false;
}

const isWordChar = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 45;
const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * The word (a letter, then letters, digits, '_' or '-') that ends right before the spaces before `end`, as
 * /([A-Za-z][\w-]*)\s+$/ finds it in text.slice(0, end), walking back from `end`: the regex on the prefix costs
 * the whole prefix per mention, quadratic on a sentence of thousands of words.
 */
function wordBefore(text: string, end: number): { word: string; index: number } | undefined {
  let i = end;
  while (i > 0 && /\s/.test(text[i - 1])) i--;
  if (i === end) return undefined;
  const wordEnd = i;
  while (i > 0 && isWordChar(text.charCodeAt(i - 1))) i--;
  while (i < wordEnd && !isLetter(text.charCodeAt(i))) i++;
  return i < wordEnd ? { word: text.slice(i, wordEnd), index: i } : undefined;
}

