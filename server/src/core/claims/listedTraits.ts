// "These tumours displayed EMT, limited apoptosis and high invasion", "HCC is characterized by early metastasis,
// impaired response to chemotherapy and a poor prognosis": a list of traits after a verb of showing or of
// characterization. A participle that opens a member ("limited", "reduced", "increased") is that member's adjective,
// not a verb whose subject is the member before the comma; a reader that took it for one read the first trait acting
// on the next ("EMT decreases apoptosis", "metastasis decreases poor prognosis": issue 7, stop 41, a definition of a
// disease came out other-context, a sentence of our own contradicted). The claim goes. A series of predicates of one
// subject ("Hypoxia induced EMT, limited apoptosis and promoted invasion") has no verb of showing before its first
// object, and keeps its claims, whose subject is the sentence's, not a member of the list.
import type { EntityMention } from '../entities/recognize';
import type { ExtractedClaim } from './extract';

/**
 * The participles that open a trait of a list: right after the comma that follows the claim's subject (its form word
 * and a bracket may stand between: "STAT3 activation, reduced apoptosis").
 */
const traitParticiple = /^\s*(?:(?:expression|levels?|activity|activation|phosphorylation|signal(?:l)?ing|secretion|production)\s*)?(?:\([^()]{0,40}\)\s*)?,\s*(?:limited|reduced|increased|decreased|impaired|enhanced|elevated|diminished|lowered|raised|heightened|suppressed|altered|accelerated|delayed|augmented|attenuated)\s/i;

/**
 * Before the subject, in its clause: a verb of showing, having or characterization, then list material only (no
 * clause punctuation, no relative word). "displayed EMT", "is characterized by early metastasis", "showed A, B".
 */
const showingBefore = /\b(?:characteri[sz]ed\s+by|marked\s+by|defined\s+by|accompanied\s+by|shows?|showed|shown|displays?|displayed|exhibits?|exhibited|presents?\s+with|presented\s+with|manifests?|manifested|features|featured|has|have|had)\s+(?:(?!(?:which|that|who|where|when|while|whereas|because|since|by|through|via)\b)[^;:.]){0,100}$/i;

/** The sentence's claims without those read from a trait of a list after a verb of showing to the next trait (above). */
export function withoutListedTraitAgents(claims: readonly ExtractedClaim[], text: string, from: number): readonly ExtractedClaim[] {
  const traitAgent = (subject: EntityMention, object: EntityMention): boolean =>
    subject.end <= object.start && traitParticiple.test(text.slice(subject.end, object.start)) && showingBefore.test(text.slice(Math.max(from, subject.start - 120), subject.start));
  return claims.some((c) => traitAgent(c.subject, c.object)) ? claims.filter((c) => !traitAgent(c.subject, c.object)) : claims;
}
