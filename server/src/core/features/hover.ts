// Hovers: on an entity (any of its names), what the library knows about it, grouped by context; on a cited
// key, the formatted reference and the findings the library takes from that paper. The finders return plain
// data; the renderers turn it into Markdown in which every piece of data is escaped.
import type { DocumentAnalysis } from '../analysis/analyzeDocument';
import { describeContext, describeFact } from '../analysis/explain';
import type { KnowledgeBase } from '../kb/knowledgeBase';
import { formatReference } from '../kb/reference';
import type { Fact } from '../kb/schema';
import type { SourceSpan } from '../text/prose';
import { escapeMarkdown, inlineCode, safeLink } from '../util/markdown';
import { citedKeyAt, mentionAt } from './locate';

export type HoverData =
  | { kind: 'entity'; entityId: string; span: SourceSpan; surface: string; sentenceEntities: string[]; aspect?: 'phosphorylation' }
  | { kind: 'citation'; key: string; span: SourceSpan };

export function findHover(analysis: DocumentAnalysis, offset: number): HoverData | undefined {
  const cited = citedKeyAt(analysis, offset);
  if (cited) return { kind: 'citation', key: cited.key.key, span: cited.key.span };
  const found = mentionAt(analysis, offset);
  if (!found) return undefined;
  // The other entities of the sentence put the findings about its own context first.
  const blockIndex = analysis.prose.blocks.indexOf(found.block);
  const sentence = analysis.blocks[blockIndex]?.sentences.find((s) => found.mention.start >= s.start && found.mention.end <= s.end);
  const sentenceEntities = (sentence?.mentions ?? []).map((m) => m.entityId).filter((id) => id !== found.mention.entityId);
  return {
    kind: 'entity', entityId: found.mention.entityId, span: { start: found.start, end: found.end }, surface: found.mention.text, sentenceEntities,
    ...(found.mention.aspect ? { aspect: found.mention.aspect } : {}),
  };
}

const maxFactLines = 14;
const maxPerContext = 5;

export function renderHover(data: HoverData, kb: KnowledgeBase): string {
  if (data.kind === 'citation') return renderCitation(data.key, kb);
  const card = renderEntity(data.entityId, kb, data.sentenceEntities);
  // "p-STAT3", "STAT3 pY705": the words name the protein's phosphorylated form, which the reader takes as its activation.
  if (card && data.aspect === 'phosphorylation') return card.replace('\n\n', `\n\n_Written here as its phosphorylated (active) form: ${escapeMarkdown(data.surface)}._\n\n`);
  return card;
}

function renderEntity(entityId: string, kb: KnowledgeBase, sentenceEntities: readonly string[] = []): string {
  const entity = kb.entities.get(entityId);
  if (!entity) return '';
  const lines: string[] = [];
  const symbol = entity.symbol && entity.symbol !== entity.name ? ` (${escapeMarkdown(entity.symbol)})` : '';
  lines.push(`**${escapeMarkdown(entity.name)}**${symbol} · ${escapeMarkdown(entity.type.replace(/-/g, ' '))}`, '');
  lines.push(escapeMarkdown(entity.description), '');
  const names = [...new Set(entity.synonyms)].filter((s) => s !== entity.name && s !== entity.symbol);
  if (names.length > 0) lines.push(`Also written: ${names.slice(0, 10).map(escapeMarkdown).join(', ')}${names.length > 10 ? ', …' : ''}`, '');
  const parents = entity.parents.map((id) => kb.label(id));
  const parts = entity.components.map((id) => kb.label(id));
  if (parents.length > 0) lines.push(`A kind of: ${parents.map(escapeMarkdown).join(', ')}`, '');
  if (parts.length > 0) lines.push(`Runs through: ${parts.map(escapeMarkdown).join(', ')}`, '');
  if (entity.xrefs?.hgnc) lines.push(`HGNC symbol: ${escapeMarkdown(entity.xrefs.hgnc)}`, '');
  const record = kb.layers.lexiconRecord(entityId);
  if (record?.identifier) lines.push(`${escapeMarkdown(record.identifier.source)}: ${escapeMarkdown(record.identifier.id)}`, '');
  const targets = kb.layers.drugTargets(entityId);
  if (targets.length > 0) lines.push(`Acts on: ${targets.map((id) => escapeMarkdown(kb.label(id))).join(', ')}`, '');

  if (!kb.inLibrary(entityId)) {
    // The source's licence beside its name: several (Cell Ontology, Gene Ontology) ask for attribution.
    const names = record?.namesSource ? `; other names from ${record.namesSource.name.split(' (')[0]}, ${record.namesSource.licence}` : '';
    const from = record ? `${record.source.name}; ${record.source.licence}${names}` : 'bundled';
    lines.push(`_From the lexicon of biomedicine (${escapeMarkdown(from)}). The library holds no findings about it._`);
    const place = libraryPlaceAbove(entityId, kb);
    if (place) lines.push('', `_It is a kind of ${escapeMarkdown(kb.label(place.id))}, in which the library holds ${place.count} finding${place.count === 1 ? '' : 's'}._`);
    return lines.join('\n');
  }
  const facts = (kb.factsByEntity.get(entityId) ?? []).filter((f) => f.subject === entityId || f.object === entityId || f.mediators.includes(entityId));
  if (facts.length === 0) {
    const set = factsSetIn(entityId, kb);
    if (set.length > 0) return [...lines, ...renderContextFindings(entityId, set, kb)].join('\n').trimEnd();
    lines.push('_No findings about it in the library._');
    return lines.join('\n');
  }
  const papers = new Set(facts.map((f) => f.evidence.paper));
  lines.push(`**${facts.length} finding${facts.length === 1 ? '' : 's'} from ${papers.size} paper${papers.size === 1 ? '' : 's'}**`, '');
  const groups = new Map<string, Fact[]>();
  for (const fact of facts) {
    const where = describeContext(fact.context, kb) || 'context not stated';
    groups.set(where, [...(groups.get(where) ?? []), fact]);
  }
  let shown = 0;
  const relevance = (group: Fact[]): number => (group.some((f) => f.context.some((c) => sentenceEntities.some((e) => kb.isA(c, e)))) ? 1 : 0);
  const ordered = [...groups.entries()].sort((a, b) => relevance(b[1]) - relevance(a[1]) || b[1].length - a[1].length);
  for (const [where, group] of ordered) {
    if (shown >= maxFactLines) break;
    lines.push(`_${escapeMarkdown(where.charAt(0).toUpperCase() + where.slice(1))}_`);
    for (const [index, fact] of group.entries()) {
      if (shown >= maxFactLines) break;
      if (index === maxPerContext) {
        lines.push(`- _…and ${group.length - maxPerContext} more in this context_`);
        shown++;
        break;
      }
      lines.push(`- ${escapeMarkdown(describeFact({ ...fact, context: [] }, kb))} ${inlineCode(fact.evidence.paper)}${fact.evidence.kind === 'background' ? ' (background)' : ''}`);
      shown++;
    }
    lines.push('');
  }
  if (facts.length > shown) lines.push(`_…and ${facts.length - shown} more_`);
  const set = factsSetIn(entityId, kb).filter((f) => !facts.includes(f));
  if (set.length > 0) lines.push('', `_The library also holds ${set.length} finding${set.length === 1 ? '' : 's'} set in ${escapeMarkdown(kb.label(entityId))}._`);
  return lines.join('\n').trimEnd();
}

/** Findings whose context is the entity or a kind of it: what the library reports in HCC, in HepG2 cells, under hypoxia. */
function factsSetIn(entityId: string, kb: KnowledgeBase): Fact[] {
  return kb.factsSetIn(entityId);
}

/** A cancer, cell line or condition: the findings set in it, grouped by paper. */
function renderContextFindings(entityId: string, facts: readonly Fact[], kb: KnowledgeBase): string[] {
  const byPaper = new Map<string, Fact[]>();
  for (const fact of facts) byPaper.set(fact.evidence.paper, [...(byPaper.get(fact.evidence.paper) ?? []), fact]);
  const lines = [`**${facts.length} finding${facts.length === 1 ? '' : 's'} set in ${escapeMarkdown(kb.label(entityId))}, from ${byPaper.size} paper${byPaper.size === 1 ? '' : 's'}**`, ''];
  let shown = 0;
  for (const [paper, group] of [...byPaper.entries()].sort((a, b) => b[1].length - a[1].length)) {
    if (shown >= maxFactLines) break;
    lines.push(`${inlineCode(paper)}`);
    for (const [index, fact] of group.entries()) {
      if (shown >= maxFactLines) break;
      if (index === maxPerContext) {
        lines.push(`- _…and ${group.length - maxPerContext} more from this paper_`);
        shown++;
        break;
      }
      lines.push(`- ${escapeMarkdown(describeFact(fact, kb))}${fact.evidence.kind === 'background' ? ' (background)' : ''}`);
      shown++;
    }
    lines.push('');
  }
  if (facts.length > shown) lines.push(`_…and ${facts.length - shown} more_`);
  return lines;
}

/** The nearest library entity a lexicon entry is a kind of that has findings set in it (Huh7 -> HCC). */
function libraryPlaceAbove(entityId: string, kb: KnowledgeBase): { id: string; count: number } | undefined {
  for (const ancestor of kb.ancestors(entityId)) {
    if (ancestor === entityId || !kb.inLibrary(ancestor)) continue;
    const count = factsSetIn(ancestor, kb).length;
    if (count > 0) return { id: ancestor, count };
  }
  return undefined;
}

function renderCitation(key: string, kb: KnowledgeBase): string {
  const paper = kb.papers.get(key);
  if (!paper) return `${inlineCode(key)}: not in the library or any .bib file.`;
  const lines: string[] = [`${inlineCode(key)}`, ''];
  lines.push(escapeMarkdown(formatReference(paper)), '');
  const ids: string[] = [];
  if (paper.doi) ids.push(`DOI: ${safeLink(paper.doi, `https://doi.org/${paper.doi}`)}`);
  if (paper.pmid) ids.push(`PMID: ${escapeMarkdown(paper.pmid)}`);
  if (!paper.authors) ids.push('authors unknown');
  if (ids.length > 0) lines.push(ids.join(' · '), '');
  if (paper.summary) lines.push(escapeMarkdown(paper.summary), '');
  const facts = kb.factsByPaper.get(key) ?? [];
  if (facts.length === 0) {
    lines.push(paper.origin === 'bib' ? '_From a .bib file: the library holds no findings from this paper._' : '_The library holds no findings from this paper._');
    return lines.join('\n');
  }
  const own = facts.filter((f) => f.evidence.kind === 'finding');
  const background = facts.filter((f) => f.evidence.kind === 'background');
  lines.push(`**${own.length} finding${own.length === 1 ? '' : 's'}${background.length ? `, ${background.length} cited as background` : ''}**`, '');
  for (const fact of own.slice(0, maxFactLines)) lines.push(`- ${escapeMarkdown(describeFact(fact, kb))} (${escapeMarkdown(fact.evidence.locator)})`);
  if (own.length > maxFactLines) lines.push(`- _…and ${own.length - maxFactLines} more_`);
  return lines.join('\n').trimEnd();
}
