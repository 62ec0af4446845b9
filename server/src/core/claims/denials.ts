// Denials of a reported clause: "We found no evidence that X raises Y", "we could not confirm that X raises Y".
// The clause after "that" is what the writer denies, so its claim is negated (a negated claim against a reported
// effect is contradicted, the labelling guideline says); read as it stands, the clause was called supported.
import type { ExtractedClaim } from './extract';
import { associationNouns } from './vocabulary';
import { LiteralGate } from './sentenceWords';
import { requiredLiterals } from '../util/requiredLiterals';

export interface DenialRule {
  /** What the rule denies: the clause after the match ("no evidence that ..."), or the belief before the
   *  match's retraction ("X was once thought to raise Y, but this was not confirmed"). */
  denies?: 'after' | 'before' | 'route' | 'superseded';
  pattern: RegExp;
  example: string;
  /** The denied claim, as the claim tests write it ("NOT" marks a negated claim). */
  denied: string;
  /** The example's other claims, left as they are (a denied route's main claim). */
  keeps?: readonly string[];
  /** The example's verdict when it is not contradicted (a superseded premise leaves the writer's own finding). */
  verdict?: 'supported' | 'contradicted';
}

export const denialRules: readonly DenialRule[] = [
  {
    // (Stop 52, h-negate52: also with a participle of showing before "that", "not much evidence suggesting that", and
    // "not considerable (substantial, compelling)": the negation probe's denials were read as the clause asserted.)
    pattern: /\b(?:no|little|not\s+(?:any|much|enough|sufficient|strong|convincing|clear|direct|conclusive|considerable|substantial|compelling)|insufficient)\s+(?:(?:convincing|direct|clear|further)\s+)?(?:evidence|indication|support|sign)\s+(?:(?:suggesting|indicating|showing|to\s+suggest|to\s+show)\s+)?(?:that|for)\b/gi,
    example: 'We saw no evidence that IL-6 raises IGF-1 in HCC cells.',
    denied: 'NOT IL6 increases IGF1 [ctx HCC]',
  },
  {
    // Issue 7, stop 39: the same absence said with a verb of existence between the noun and "that" ("no evidence exists
    // that", "no such evidence has been found that"), or said after the clause ("evidence that X raises Y is lacking").
    // The guideline reads these as it reads "has not been shown to": a negated claim, contradicted by a finding that X
    // raises Y and no evidence without one. Read as they stood, the clause after "that" was called supported.
    pattern: /\bno\s+(?:(?:such|convincing|direct|clear|further|published|experimental)\s+)?(?:evidence|proof|indication)\s+(?:exists|existed|is\s+available|was\s+(?:found|obtained)|(?:has|have)\s+(?:yet\s+)?been\s+(?:found|obtained|presented|provided|reported))\s+(?:that|for)\b|\b(?:evidence|proof)\s+(?:that|for)\b(?=[^.;]*?\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+|currently\s+|as\s+yet\s+|entirely\s+|completely\s+)?(?:lacking|absent|missing|wanting)\b)/gi,
    example: 'Evidence that IL-11 raises MMP-9 in MDA-MB-231 cells is still lacking.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    pattern: /\b(?:did not|didn't|could not|couldn't|failed to|was unable to|were unable to)\s+(?:find|show|confirm|demonstrate|detect|observe|reproduce)\s+(?:any\s+)?(?:evidence\s+)?that\b/gi,
    example: 'We could not confirm that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // "It is unlikely that X raises Y", "it seems improbable that": the clause after "that" is judged doubtful,
    // a hedged denial (read as it stood, the clause was a hedged claim and called supported). "X is unlikely to
    // raise Y" is read by roleScale.ts.
    // "It is not unlikely that": a denied doubt (litotes) keeps the clause a hedged claim.
    pattern: /(?<!\b(?:not|never|n['’]t)\s+)\b(?:unlikely|improbable|implausible|doubtful)\s+that\b/gi,
    example: 'It seems unlikely that IL-6 raises IGF-1 in HCC cells.',
    denied: 'NOT IL6 increases IGF1 [ctx HCC]',
  },
  {
    // Stop 38: findings that "argue against" (speak against, rule out) a role for X in Y, or do not support the notion
    // that X raises Y: the writer denies the role or the clause (read as it stood, "a role for X in Y" was called
    // supported by a finding that X drives Y). A ruling-out under a negation ("we cannot rule out that", "has not been
    // ruled out") keeps the clause open, a hedged possibility, no denial (issue 7, stop 39: it was read as a denial and a
    // finding that X raises Y called it contradicted).
    pattern: /\b(?:argues?|argued|arguing|speaks?|spoke|militates?|militated)\s+against\s+(?:(?:the|a|any)\s+(?:notion|idea|view|hypothesis|possibility|conclusion)\s+that\s+|(?:a|any|the)\s+(?:[a-z-]+\s+){0,2}?(?:role|involvement|contribution|requirement)\s+(?:for|of)\s+)|(?<!\b(?:not|never|cannot|can['’]t|couldn['’]t)\s+(?:(?:yet|be|been|fully|completely|entirely|easily|safely)\s+)*)\b(?:rules?|ruled|ruling)\s+out\s+(?:(?:a|any|the)\s+(?:[a-z-]+\s+){0,2}?(?:role|involvement|contribution)\s+(?:for|of)\s+|that\s+)|\b(?:do|does|did)\s+not\s+support\s+(?:the\s+)?(?:notion|idea|view|hypothesis|conclusion)\s+that\b/gi,
    example: 'These data argue against a role for IL-6 in sorafenib resistance of HCC.',
    denied: 'NOT IL6 promotes SORAFENIB_RESISTANCE [ctx HCC]',
  },
  {
    // Findings at odds with a view: "our data are inconsistent (incompatible, at odds) with the notion that X raises Y"
    // (issue 7, stop 47, h-w24b47b): the writer's results go against the clause after "that", a denial as "do not support
    // the notion that" is (read as it stood, the clause was called supported). Only with a noun of belief before "that":
    // "inconsistent with earlier reports" names no clause.
    pattern: /\b(?:is|are|was|were|seems?|seemed|appears?|appeared|remains?)\s+(?:(?:thus|therefore|clearly|also|hence|entirely|largely|difficult\s+to\s+reconcile)\s+)*(?:inconsistent|incompatible|irreconcilable|at\s+odds)\s+with\s+(?:the|a|any)\s+(?:[a-z-]+\s+)?(?:notion|idea|view|hypothesis|conclusion|model|claim|proposal|assumption|belief)\s+that\b/gi,
    example: 'These results are inconsistent with the view that IL-11 raises MMP-13 in OSCC cells.',
    denied: 'NOT IL11 increases MMP13 [ctx OSCC]',
  },
  {
    // The perfect of the same verbs: "no study has yet shown that", "it has not been established that". Read as it
    // stood, the clause after "that" was taken as the writer's own finding.
    pattern: /\b(?:have|has|had)\s+(?:not|never|n't)\s+(?:yet\s+)?(?:been\s+)?(?:found|shown|confirmed|demonstrated|established|proven|proved|reported)\s+(?:any\s+evidence\s+)?that\b/gi,
    example: 'Earlier work has not shown that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // Stop 52 (h-negate52): the same perfect with verbs of indicating ("evidence has not indicated (suggested, revealed,
    // made clear) that"), and a view denied general assent ("it is not (widely, generally) accepted (established, known,
    // agreed) that"). The negation probe's denials of "evidence has indicated that X ..." and "it is widely accepted that
    // X ..." were read as the clause asserted and called supported. "It is not surprising that" names no assent.
    pattern: /\b(?:(?:have|has|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:indicated|suggested|revealed|clarified|made\s+clear)|it\s+(?:is|was)\s+not\s+(?:(?:yet|widely|generally|broadly|universally|commonly|firmly|well)\s+)?(?:accepted|established|known|recogni[sz]ed|agreed|proven))\s+that\b/gi,
    example: 'Accumulating evidence has not indicated that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // Stop 52 (h-negate52): a link denied as the object of a verb of report, "studies have not shown (found) a link
    // (an association, a correlation) between X and Y": the pair after it is what the writer denies (read as it stood,
    // the association was called supported).
    pattern: new RegExp(String.raw`\b(?:have|has|had)\s+(?:not|never)\s+(?:yet\s+)?(?:been\s+)?(?:shown|found|demonstrated|established|reported|revealed|identified|confirmed)\s+(?:a|an|any|the)\s+(?:(?:clear|significant|direct|causal|strong)\s+)?(?:${associationNouns.join('|')})\s+(?:between|of)\b`, 'gi'),
    example: 'Earlier studies have not shown a link between IL-6 and tumour growth in HCC.',
    denied: 'NOT IL6 associated-with(positive) TUMOR_GROWTH [ctx HCC]',
  },
  {
    // Issue 7, stop 53 (h-negate53): a role denied as the object of a verb of report, "studies have not confirmed
    // (established, identified) the critical role of X in Y", "the data failed to establish a role for X in Y", "no
    // study has demonstrated a role for X in Y": the role after it is what the writer denies (read as it stood, the
    // role frame's claim was called supported by a finding that X drives Y). "did not reveal a role" was already read
    // denied by the frame's own negation; the perfect, a failure and "no study" were not. Up to four words may describe
    // the role, "the physiological and pathological roles of X in Y".
    pattern: /\b(?:(?:(?:have|has|had|did|do|does)\s+(?:not|never)|(?:fail|fails|failed)\s+to|(?:could|can)\s*not|couldn['’]t|cannot|(?:was|were)\s+unable\s+to)|no\s+(?:(?:previous|prior|earlier|published|other|single|clinical|experimental)\s+)?(?:study|studies|report|reports|work|paper|papers|data|trial|trials|one)\s+(?:has|have|had))\s+(?:yet\s+|ever\s+|so\s+far\s+|to\s+date\s+)?(?:been\s+)?(?:shown|show|found|find|demonstrated|demonstrate|established|establish|confirmed|confirm|identified|identify|revealed|reveal|proven|proved|prove|reported|report|uncovered|uncover)\s+(?:a|an|any|the)\s+(?:[a-z-]+\s+){0,4}?(?:role|roles|involvement|contribution|part)\s+(?:for|of|in)\b/gi,
    example: 'Earlier studies have not confirmed the central role of IL-11 in EMT of MDA-MB-231 cells.',
    denied: 'NOT IL11 promotes EMT [ctx MDA_MB_231]',
  },
  {
    // The same denial with "no" on the reporter: "no study has (yet) shown that", "no earlier report has established
    // that" (stop 38: the perfect rule above wants "not" after the auxiliary, so the clause was read as it stood and
    // came out supported).
    pattern: /\bno\s+(?:(?:previous|prior|earlier|published|other|single|clinical|experimental)\s+)?(?:study|studies|report|reports|work|paper|papers|group|groups|data|trial|trials|one)\s+(?:has|have|had)\s+(?:yet\s+|ever\s+|so\s+far\s+|to\s+date\s+)?(?:found|shown|confirmed|demonstrated|established|proven|proved|reported)\s+that\b/gi,
    example: 'No study has so far demonstrated that IL-11 raises MMP-9 in MDA-MB-231 cells.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // The same verbs with an object and its description: "the data have not shown X to be a driver of Y", "our
    // work did not identify X as a cause of Y" (the claim is read from X on; "not" and the claim stand apart). Stop 45:
    // also a failure, "the data fail (failed) to establish X as", "we could not identify X as" (frames.ts judged-a-factor-in
    // reads the active "establish X as a key factor in Y", so its failure must deny it, never read it as said).
    // Stop 53: a bracketed short form or note inside counts as one step, "has not identified interleukin 11 (IL-11),
    // one member of the family, as a driver of Y" (and the reach is 90 characters): the long aside put "as" out of reach.
    pattern: /\b(?:(?:have|has|had|did|do|does)\s+not|(?:fail|fails|failed)\s+to|(?:could|can)\s*not|couldn['’]t|cannot)\s+(?:yet\s+)?(?:shown|show|demonstrated|demonstrate|proven|proved|prove|established|establish|identified|identify|revealed|reveal)\s+(?=(?:\([^()]{0,80}\)|[^.;()]){1,90}?\b(?:to\s+be|as)\b)/gi,
    example: 'Our experiments have not revealed hypoxia as a strong inducer of invasion in tumour cells.',
    denied: 'NOT HYPOXIA induces CELL_INVASION [ctx CANCER]',
  },
  {
    // Issue 7, stop 53 (h-negate53): the same verbs with an object and an infinitive of relation, "studies have not
    // shown X to promote Y", "we did not find X to raise Y", "the work failed to show X to inhibit Y" (the rule above
    // wants "to be" or "as", so the claim read from X on stood as said and came out supported). Only a verb of
    // relation after "to", within five words and no comma: "did not show resistance to sorafenib" names no infinitive.
    pattern: /\b(?:(?:have|has|had|did|do|does)\s+not|(?:fail|fails|failed)\s+to|(?:could|can)\s*not|couldn['’]t|cannot|(?:was|were)\s+unable\s+to)\s+(?:yet\s+)?(?:shown|show|found|find|demonstrated|demonstrate|proven|proved|prove|reported|report)\s+(?=(?:[^\s.;,]+\s+){1,5}?to\s+(?:(?:directly|further|also|significantly|strongly|specifically)\s+)?(?:promote|induce|increase|raise|drive|enhance|activate|stimulate|inhibit|block|reduce|suppress|lower|decrease|impair|prevent|regulate|mediate|contribute|cause|trigger|up-?regulate|down-?regulate|confer|favou?r|accelerate|attenuate)\b)/gi,
    example: 'Earlier studies have not shown IL-11 to promote EMT of MDA-MB-231 cells.',
    denied: 'NOT IL11 promotes EMT [ctx MDA_MB_231]',
  },
  {
    // A route denied: "one way X raises Y is not by inducing Z" keeps "X raises Y" but says X does not act through Z,
    // so the claims whose object is in the "by" clause are denied (their subject stands before the match) and Z is
    // no route of the others ("not only by" adds a route and denies nothing).
    denies: 'route',
    pattern: /\b(?:is|are|was|were)\s+not\s+(?:by|through|via)\s+(?=\w+ing\b)/gi,
    example: 'The chief means through which hypoxia accelerates tumour progression is not by inducing EMT.',
    denied: 'NOT HYPOXIA induces EMT',
    keeps: ['HYPOXIA promotes TUMOR_PROGRESSION'],
  },
  {
    // Issue 7 (stop 50, h-prec50): the same ruling-out said of the role as the sentence's subject, in the passive: "a
    // role for X in Y was excluded (ruled out, refuted, has not been established, could not be confirmed)". The role
    // phrase before the verb holds the claim, so the match starts at the verb and the claims before it are denied
    // (read as it stood, "a role for X in Y" was called supported by a finding that X drives Y). A ruling-out denied,
    // "could not be excluded", "cannot be ruled out", keeps the role open and matches nothing; "remains to be
    // established" asks, and is no denial either.
    denies: 'before',
    pattern: /(?<=\b(?:a|any|the)\s+(?:[a-z-]+\s+){0,2}?(?:role|involvement|contribution|requirement)\s+(?:for|of)\s+[^.;,:]{1,80}?)\s+(?:(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?:(?:thus|therefore|also|now|firmly|clearly)\s+)?(?:excluded|ruled\s+out|refuted|disproved|disproven)|(?:(?:was|were|is|are)\s+not|(?:has|have|had)\s+not\s+been|could\s+not\s+be|cannot\s+be)\s+(?:(?:yet|firmly|clearly)\s+)?(?:established|confirmed|demonstrated|shown|proven|proved|substantiated))\b/gi,
    example: 'In these experiments, a role for IL-11 in EMT was ruled out.',
    denied: 'NOT IL11 promotes EMT',
  },
  {
    // Issue 7 (stop 50, h-prec50): a notion named and then refuted: "the idea (notion, view, claim) that X raises Y was
    // refuted (has been abandoned, is not supported, was not borne out)". The clause after "that" is no claim of the
    // writer's but one the writer denies; read as it stood, it was called supported. The match starts at the verb, so
    // the claims before it are denied. A notion only "challenged" or "debated" is left as it is.
    denies: 'before',
    pattern: /(?<=\b(?:the|this|a|any)\s+(?:[a-z-]+\s+){0,2}?(?:notion|idea|view|hypothesis|claim|belief|assumption|conclusion)\s+that\s+[^.;]{1,150}?)\s+(?:(?:was|were|is|are|(?:has|have|had)\s+(?:since\s+|now\s+)?been)\s+(?:(?:since|now|later|subsequently|firmly|clearly|largely|thus)\s+)?(?:refuted|disproved|disproven|rejected|abandoned|discredited|overturned|unsupported|untenable)|(?:(?:was|were|is|are)\s+not|(?:has|have|had)\s+not\s+been)\s+(?:(?:yet|firmly|clearly)\s+)?(?:supported|confirmed|borne\s+out|substantiated))\b/gi,
    example: 'The idea that IL-11 promotes EMT in MDA-MB-231 cells was refuted.',
    denied: 'NOT IL11 promotes EMT [ctx MDA_MB_231]',
  },
  {
    // The same said by the writer's data as the verb's subject: "our data refute (contradict, challenge) the view that X
    // raises Y" (stop 50, h-prec50; "do not support the notion that" is the rule above).
    pattern: /\b(?:challenges?|challenged|contradicts?|contradicted|refutes?|refuted|disproves?|disproved)\s+(?:the|a|this)\s+(?:(?:prevailing|current|common|popular|long-standing|established|widely[\s-]held)\s+)?(?:notion|idea|view|hypothesis|claim|belief|assumption)\s+that\b/gi,
    example: 'Our measurements refute the prevailing view that IL-11 drives EMT in MDA-MB-231 cells.',
    denied: 'NOT IL11 promotes EMT [ctx MDA_MB_231]',
  },
  {
    // A belief retracted by a verb of abandonment: "X was once thought to raise Y, but this view has been abandoned
    // (refuted, discredited)" (stop 50, h-prec50; the rule below takes "was not confirmed").
    denies: 'before',
    pattern: /\b(?:thought|believed|assumed|held|proposed|presumed)\s+to\b[^.;]*?,?\s+but\s+(?:this|that|the)\s+(?:(?:view|idea|notion|claim|belief|hypothesis)\s+)?(?:has\s+(?:since\s+)?been\s+|was\s+(?:later\s+|since\s+)?|is\s+now\s+)(?:abandoned|refuted|disproved|disproven|rejected|discredited|overturned)\b/gi,
    example: 'IL-11 was once thought to raise MMP-9 in MDA-MB-231 cells, but this view has since been abandoned.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // A superseded belief: the claim is reported only as what was once thought, then retracted. The match runs
    // from the belief verb to the retraction; the claims before its "but" are denied.
    denies: 'before',
    pattern: /\b(?:previously|once|long|formerly|initially|originally|widely|commonly)\s+(?:been\s+)?(?:thought|believed|assumed|held|proposed|presumed)\s+to\b[^.;]*?,?\s+but\s+(?:this|that|it|the\s+(?:claim|idea|finding|effect))\s+(?:was|has|had|could)\s+(?:not|never)\s+(?:been\s+|be\s+)?(?:confirmed|reproduced|replicated|substantiated|verified)\b/gi,
    example: 'IL-11 was once believed to raise MMP-9 in MDA-MB-231 cells, but this has never been confirmed.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // A belief or expectation the next clause flatly denies: "X was thought (believed, expected) to raise Y, but it does
    // not" (stop 51, h-deny51). The belief is no claim of the writer's; the bare denial after "but" is, and it denies the
    // belief's claim, as "but this has never been confirmed" does above (read as it stood, the belief was the sentence's
    // claim and supported). The denial must end its clause ("but it does not.", "but it did not do so"): "but it does
    // not raise Z" denies something else, and "but it does not act alone" qualifies the belief.
    denies: 'before',
    pattern: /\b(?:thought|believed|assumed|held|presumed|supposed|expected|predicted|anticipated|hypothesi[sz]ed)\s+to\b[^.;]*?,?\s+but\s+(?:(?:in\s+fact|actually|evidently|apparently)\s+)?(?:it|they|this|these|that)\s+(?:(?:does|do|did|is|are|was|were|has|have|had|could|can)\s*(?:not|n['’]t)|never\s+(?:does|did))(?:\s+(?:do\s+so|so|appear\s+to|seem\s+to))?\s*(?=[.;,)]|$)/gi,
    example: 'IL-11 was thought to raise MMP-9 in MDA-MB-231 cells, but it does not.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // A reported claim the writer then fails to reproduce: "it has been claimed that X raises Y, but we could not
    // reproduce this". The report is no assertion of the writer's; the retraction after "but" denies it.
    denies: 'before',
    pattern: /\b(?:claimed|reported|suggested|proposed|thought|believed|argued)\s+that\b[^.;]*?,?\s+but\s+(?:we|others|our\s+\w+|later\s+\w+|subsequent\s+\w+)\s+(?:could\s+not|couldn't|were\s+unable\s+to|was\s+unable\s+to|failed\s+to|did\s+not|have\s+not|have\s+been\s+unable\s+to)\s+(?:reproduce|confirm|replicate|verify|substantiate)\s+(?:this|that|it|these|them|the\s+(?:claim|idea|finding|findings|effect|result|results|observation))\b/gi,
    example: 'Some groups have reported that IL-11 raises MMP-9 in MDA-MB-231 cells, but we were unable to replicate this.',
    denied: 'NOT IL11 increases MMP9 [ctx MDA_MB_231]',
  },
  {
    // A retraction set off after the claim: "Others reported that X raises Y, a finding we could not reproduce",
    // "X raised Y, which we were unable to confirm" (issue 7, stop 34: read as a hedged claim and supported).
    denies: 'before',
    pattern: /,\s+(?:(?:a|an|the)\s+(?:finding|result|claim|observation|conclusion|notion|effect|report)|which)\s+(?:that\s+)?(?:we|our\s+\w+|others|later\s+\w+)\s+(?:could\s+not|couldn't|were\s+unable\s+to|was\s+unable\s+to|failed\s+to|did\s+not|have\s+not|have\s+been\s+unable\s+to)\s+(?:reproduce|confirm|replicate|verify|substantiate)\b/gi,
    example: 'Other groups reported that IGF-1 lowers apoptosis of HCC cells, a result we could not reproduce.',
    denied: 'NOT IGF1 decreases APOPTOSIS [ctx HCC]',
  },
  // Superseded premises (issue 7, stop 34): a view the writer reports only to set the own finding against it is no
  // claim of the writer's, so its claims are dropped and the sentence follows the finding after the contrast. Read as
  // they stood, "it was claimed that X lowers Y, but we found that X raises Y" was contradicted by the very finding
  // the writer reports. A report followed by "but we also found" adds to it and is kept.
  {
    denies: 'superseded',
    pattern: /\b(?:claimed|reported|suggested|proposed|thought|believed|assumed|argued|postulated|presumed|speculated)\s+(?:that|to)\b[^.;]*?(?=[,;]\s*(?:but|yet|however|whereas)\s*,?\s+(?:(?:here\s+)?we|our|here|in\s+fact|actually|in\s+contrast|instead|the\s+present|this\s+study|the\s+data|in\s+our\s+hands)\b(?![^.;]*\b(?:also|additionally|further|likewise|similarly)\b)(?![^.;]*\b(?:could\s+not|couldn't|unable|failed|did\s+not|have\s+not)\s+(?:to\s+)?(?:reproduce|confirm|replicate|verify|substantiate)\b))/gi,
    example: 'Earlier work claimed that IL-11 lowers MMP-9 in MDA-MB-231 cells, but we found that IL-11 raises MMP-9 there.',
    denied: 'IL11 decreases MMP9 [ctx MDA_MB_231]',
    keeps: ['IL11 increases MMP9 [ctx MDA_MB_231]'],
    verdict: 'supported',
  },
  {
    // An expectation the result then belies: "we expected X to lower Y, but Y was unchanged". ("As expected, X
    // raised Y, but ..." states its result: "as" before the verb, and no "that"/"to" after it.)
    denies: 'superseded',
    // (Stop 50, h-prec50: a hypothesis the result belies is the same, "we hypothesized that X raises Y, but it did not";
    // read as it stood, the hypothesis was the sentence's claim and supported. "..., but also that X lowers Z" adds a
    // second expectation and belies nothing.)
    pattern: /(?<!\bas\s)\b(?:expected|predicted|anticipated|hypothesi[sz]ed|surmised)\s+(?:that\b|(?:[^\s,.;]+\s+){0,5}?to\s)[^.;]*?(?=[,;]\s*(?:but|yet|however)\b(?!\s+also\b))/gi,
    example: 'We expected IL-11 to lower MMP-9 in MDA-MB-231 cells, but IL-11 raised MMP-9 instead.',
    denied: 'IL11 decreases MMP9 [ctx MDA_MB_231]',
    keeps: ['IL11 increases MMP9 [ctx MDA_MB_231]'],
    verdict: 'supported',
  },
  {
    // A belief the next clause overturns with the subject's own result: "X was thought to raise Y, but it lowered it",
    // "X was believed to promote Y, but in fact it inhibits Y" (stop 51, h-deny51). As for an expectation belied (the
    // rule above), the belief is no claim of the writer's and is dropped; the clause after "but" is read as it stands. Only
    // a pronoun subject and a verb of change or effect after "but": "X is thought to raise Y, but its route is unknown"
    // or "..., but it also lowers Z" grants the belief.
    denies: 'superseded',
    pattern: /\b(?:thought|believed|assumed|held|presumed|supposed)\s+to\b[^.;]*?(?=[,;]\s*but\s+(?:(?:in\s+fact|actually|instead|rather|paradoxically|surprisingly|evidently)\s*,?\s+)?(?:it|they)\s+(?:(?:in\s+fact|actually|instead|rather|paradoxically|markedly|strongly|only)\s+)?(?:lower(?:s|ed)?|reduc(?:es|ed)|decreas(?:es|ed)|rais(?:es|ed)|increas(?:es|ed)|suppress(?:es|ed)|inhibit(?:s|ed)|promot(?:es|ed)|induc(?:es|ed)|block(?:s|ed)|enhanc(?:es|ed)|impair(?:s|ed)|attenuat(?:es|ed)|abolish(?:es|ed)|prevent(?:s|ed)|(?:had|has|have)\s+the\s+opposite\s+effect|did\s+the\s+opposite)\b)/gi,
    example: 'IL-11 was thought to lower MMP-9 in MDA-MB-231 cells, but in fact it raised MMP-9 there.',
    denied: 'IL11 decreases MMP9 [ctx MDA_MB_231]',
    keeps: ['IL11 increases MMP9 [ctx MDA_MB_231]'],
    verdict: 'supported',
  },
  {
    // A belief conceded and set aside: "Although it was long believed that X lowers Y, X in fact raises Y", "Although X
    // was thought to lower Y, X raised Y". Only
    // verbs of belief, not of report ("although studies reported that X raises Y, its route is unknown" concedes a
    // finding, which stays a claim).
    denies: 'superseded',
    pattern: /\b(?:although|though|while|whereas)\s+(?:it\s+(?:was|has\s+been|had\s+been|is)\s+(?:once\s+|previously\s+|long\s+|widely\s+|commonly\s+|generally\s+|originally\s+)?(?:believed|thought|assumed|held|presumed)\s+that|[^,;.]{1,80}?\s+(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+(?:once\s+|previously\s+|long\s+|widely\s+|commonly\s+|generally\s+|originally\s+)?(?:believed|thought|assumed|held|presumed)\s+to)\b[^.;]*?(?=,)/gi,
    example: 'Although it was once thought that hypoxia lowers IL-11, hypoxia raises IL-11 in tumour cells.',
    denied: 'HYPOXIA decreases IL11',
    keeps: ['HYPOXIA increases IL11 [ctx CANCER]'],
    verdict: 'supported',
  },
  {
    // Issue 7, stop 44: a rule conceded only to introduce the writer's exception: "While X is usually known to raise Y,
    // this study identifies ...", "Although X is generally regarded as ..., here we show ...". A word of what holds as
    // a rule (usually, generally, typically, commonly, classically, conventionally, traditionally) before a verb of
    // knowing or regarding, and a main clause opened by the writer's own study, set the premise against the finding:
    // no claim of the writer's (read as it stood, the conceded rule was the only claim and the sentence was supported
    // while its study reports the opposite). Without the word of rule ("Although X is known to raise Y, its route is
    // unknown"), or with a study that adds ("this study also shows"), the concession is a finding and stays a claim.
    denies: 'superseded',
    pattern: /\b(?:although|though|while|whereas)\s+[^,;.]{1,80}?\s+(?:is|are|was|were|has\s+been|have\s+been)\s+(?:usually|generally|typically|commonly|classically|conventionally|traditionally)\s+(?:known|regarded|considered|viewed|seen|described|accepted|recogni[sz]ed)\s+(?:to|as)\b[^.;]*?(?=,\s*(?:here\s+)?(?:we|this\s+(?:study|work|report|paper|analysis)|the\s+present\s+(?:study|work)|our\s+(?:data|results|findings|study|work))\b(?![^.;]*\b(?:also|additionally|further|likewise|similarly)\b))/gi,
    example: 'While hypoxia is usually known to raise IL-11, this study shows that hypoxia lowers IL-11 in tumour cells.',
    denied: 'HYPOXIA increases IL11',
    keeps: ['HYPOXIA decreases IL11 [ctx CANCER]'],
  },
  {
    // "Contrary to earlier reports that X lowers Y, we found ...": the reports named to be contradicted.
    denies: 'superseded',
    pattern: /\bcontrary\s+to\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?(?:reports?|studies|claims?|suggestions?|notion|view|belief|idea|assumption|hypothesis|expectations?)\s+that\b[^.;]*?(?=,)/gi,
    example: 'Contrary to earlier reports that IL-11 lowers MMP-9, IL-11 raised MMP-9 in MDA-MB-231 cells.',
    denied: 'IL11 decreases MMP9',
    keeps: ['IL11 increases MMP9 [ctx MDA_MB_231]'],
    verdict: 'supported',
  },
];

/**
 * Each rule tried only on a sentence that holds one of the words its pattern requires (util/requiredLiterals.ts), from
 * the sentence's shared pass (sentenceWords.ts): past the prefilter's common words ("no", "not", "out") every rule's
 * search ran, ~1.5% of a full check (issue 10, stop 41).
 */
const denialGate = new LiteralGate(() => denialRules.map((rule) => requiredLiterals(rule.pattern) ?? null));

/** The claims with those read after a denial ("no evidence that") negated, and those of a superseded premise dropped. */
export function withDenials(claims: readonly ExtractedClaim[], text: string, start: number, end: number): readonly ExtractedClaim[] {
  if (claims.length === 0) return claims;
  const sentence = text.slice(start, end);
  // Prefilter: every denial has "that" or "for" after a negative (or doubting) word, or evidence said to be lacking; a
  // superseded premise has a word of report, belief or expectation, "contrary", or a word of rule ("usually known to"); a finding may argue (speak,
  // militate) against or rule out, or be inconsistent (incompatible, at odds) with a notion.
  if (!/\b(?:against|out|inconsistent|incompatible|irreconcilable|odds|no|not|never|little|insufficient|lacking|absent|missing|wanting|fail|fails|failed|cannot|unable|n't|unlikely|improbable|implausible|doubtful|claimed|reported|suggested|proposed|thought|believed|assumed|argued|postulated|presumed|speculated|expected|predicted|anticipated|hypothesized|hypothesised|surmised|held|contrary|usually|generally|typically|commonly|classically|conventionally|traditionally|excluded|refuted|disproved|disproven|rejected|abandoned|discredited|overturned|unsupported|untenable|challenge|challenges|challenged|contradict|contradicts|contradicted|refute|refutes|disprove|disproves)\b|n't\b/i.test(sentence)) return claims;
  let from = Infinity;
  let before = -Infinity;
  let route = Infinity;
  let superseded = -Infinity;
  const mayMatch = denialGate.mayMatch(text, start, end);
  for (let r = 0; r < denialRules.length; r++) {
    if (mayMatch[r] === 0) continue;
    const rule = denialRules[r];
    rule.pattern.lastIndex = 0;
    const match = rule.pattern.exec(sentence);
    if (!match) continue;
    if (rule.denies === 'before') {
      // (The retraction after "but", or, set off after the claim, the retraction itself.)
      const but = match[0].search(/,?\s+but\s+(?!.*\sbut\s)/i);
      before = Math.max(before, start + match.index + (but >= 0 ? but : 0));
    } else if (rule.denies === 'superseded') superseded = Math.max(superseded, start + match.index + match[0].length);
    else if (rule.denies === 'route') route = Math.min(route, start + match.index + match[0].length);
    else from = Math.min(from, start + match.index + match[0].length);
  }
  if (from === Infinity && before === -Infinity && route === Infinity && superseded === -Infinity) return claims;
  if (superseded > -Infinity) claims = claims.filter((c) => c.end > superseded);
  const denied = (c: ExtractedClaim): boolean => c.start >= from || c.end <= before || (c.object.start >= route && c.mediators.length === 0);
  // A claim the reader negated already, with no negation of its own inside the denied clause, took its "not" from
  // the denial's words ("have not shown that X plays a role in Y": the frame reader sees "not" a few words back):
  // it stays negated, where toggling made it an affirmed, supported claim.
  const ownNegation = (c: ExtractedClaim): boolean => /\b(?:no|not|never|neither|nor|cannot|without|fail(?:s|ed)?|unable|lacks?|lacked)\b|n't\b/i.test(text.slice(Math.max(start, Math.min(from, c.start)), c.end));
  return claims.map((c) => {
    if (denied(c)) return c.relation === 'no-effect' ? c : c.negated && !ownNegation(c) ? c : { ...c, negated: !c.negated };
    if (c.mediators.some((m) => m.start >= route)) return { ...c, mediators: c.mediators.filter((m) => m.start < route) };
    return c;
  });
}
