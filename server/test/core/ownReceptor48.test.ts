// Issue 7 (h-bind48, stop 48, the lead's policy decision): "X binding to Y triggers Z" and "Binding of X to Y triggers
// Z" read the same. When Y is X's own receptor or receptor subunit (the data says so: the entity's `receptors`, a
// family's for its members, or a library finding that X binds Y), the binding is how X acts and no route is added;
// any other protein bound stays the route, which verify.ts routeShown then asks the same paper to show. Sentences of
// our own, one construction each; near misses: the sibling cytokine whose receptor it is not, a denial, the receptor
// as the subject.
import * as assert from 'node:assert/strict';
import { isOwnReceptor } from '../../src/core/claims/ligandReceptor';
import { KnowledgeBase } from '../../src/core/kb/knowledgeBase';
import type { Entity, Fact } from '../../src/core/kb/schema';
import { readingTable } from './helpers';

readingTable('own receptor48', 'a ligand bound to its own receptor acts with no route, in both wordings (nominalBinding.ts, ligandReceptor.ts)', [
  ['IL-11 binding to IL-11Rα drives STAT3 activation.', ['IL11 binds IL11RA', 'IL11 promotes STAT3'], 'supported'],
  ['Binding of IL-11 to IL-11Rα drives STAT3 activation.', ['IL11 binds IL11RA', 'IL11 promotes STAT3'], 'supported'],
  // gp130 is the IL-6 family's receptor, so each member's.
  ['IL-11 binding to the gp130 subunit leads to STAT3 activation.', ['IL11 binds GP130', 'IL11 induces STAT3'], 'supported'],
  ['The binding of IL-6 to gp130 induces STAT3 activation.', ['IL6 binds GP130', 'IL6 induces STAT3'], 'supported'],
  // "X binding of Y" as the clause's subject; the family as the ligand.
  ['IL-6 family binding of gp130 activates STAT3.', ['IL6_FAMILY activates STAT3', 'IL6_FAMILY binds GP130'], 'supported'],
  // A lexicon entry the lexicon files under the IL-6 family (oncostatin M) takes the family's gp130 too (no finding on it).
  ['Oncostatin M binding to gp130 triggers STAT3 activation.', ['NCBIGENE_5008 binds GP130', 'NCBIGENE_5008 induces STAT3'], 'unsupported/no-evidence'],
  ['IL-11 binding to IL-11Rα drives invasion of MDA-MB-231 cells.', ['IL11 binds IL11RA [ctx MDA_MB_231]', 'IL11 promotes CELL_INVASION [ctx MDA_MB_231]'], 'supported'],
]);

readingTable('own receptor48', 'near misses: another protein bound stays the route in both wordings; a denial reads the same in both', [
  // The sibling cytokine: IL-11Rα is IL-11's receptor, not IL-6's.
  ['IL-6 binding to IL-11Rα drives STAT3 activation.', ['IL6 binds IL11RA', 'IL6 promotes STAT3 via IL11RA'], 'unsupported/no-evidence'],
  ['Binding of IL-6 to IL-11Rα drives STAT3 activation.', ['IL6 binds IL11RA', 'IL6 promotes STAT3 via IL11RA'], 'unsupported/no-evidence'],
  ['Binding of IL-11 to IL-6R drives invasion of MDA-MB-231 cells.', ['IL11 binds IL6R [ctx MDA_MB_231]', 'IL11 promotes CELL_INVASION [ctx MDA_MB_231] via IL6R'], 'unsupported/no-evidence'],
  // A transcription factor bound to a receptor's gene is no ligand (the stop-39 case stays).
  ['ATF3 binding to the IL-6R promoter results in STAT3 phosphorylation in HCC cells.', ['ATF3 binds IL6R [ctx HCC]', 'ATF3 induces STAT3 [ctx HCC] via IL6R'], 'unsupported/no-evidence'],
  // A denial: no binding claim, and what the binding did not lead to is the ligand's in both wordings.
  ['IL-11 binding to IL-11Rα did not trigger STAT3 activation.', ['NOT IL11 induces STAT3'], 'contradicted'],
  ['Binding of IL-11 to IL-11Rα does not trigger STAT3 activation.', ['NOT IL11 induces STAT3'], 'contradicted'],
  // The receptor as the subject is out of this rule: read as before.
  ['gp130 activation triggers STAT3 phosphorylation.', ['GP130 induces STAT3'], 'unsupported/no-evidence'],
  // A binding that was studied is no finding.
  ['We examined IL-11 binding to IL-11Rα in breast cancer cells.', ['IL11 binds IL11RA [ctx BREAST_CANCER]'], 'out-of-scope'],
]);

suite('own receptor48: isOwnReceptor reads the links from the data, never from a list', () => {
  const entity = (id: string, type: Entity['type'], extra: Partial<Entity> = {}): Entity => ({ id, name: id.toLowerCase(), type, synonyms: [], parents: [], components: [], description: id, ...extra });
  const fact = (id: string, subject: string, relation: Fact['relation'], object: string): Fact =>
    ({ id, subject, relation, object, mediators: [], context: [], evidence: { paper: 'p', locator: 'abstract', kind: 'finding' }, statement: id }) as unknown as Fact;
  const entities = [
    entity('FAM', 'protein-family', { receptors: ['SHARED'] }),
    entity('LIG', 'cytokine', { parents: ['FAM'], receptors: ['OWNR'] }),
    entity('SIB', 'cytokine', { parents: ['FAM'] }),
    entity('OWNR', 'receptor'),
    entity('SHARED', 'receptor'),
    entity('SOLUBLE', 'receptor', { components: ['OWNR'] }),
    entity('BOUNDR', 'receptor'),
    entity('TF', 'transcription-factor'),
    entity('OTHER', 'protein'),
  ];
  const kb = new KnowledgeBase([], entities, [fact('p/sib-binds', 'SIB', 'binds', 'BOUNDR'), fact('p/tf-binds', 'TF', 'binds', 'BOUNDR')], { fingerprint: 'test' }, null);

  test("the entity's own receptors, and its family's", () => {
    assert.equal(isOwnReceptor(kb, 'LIG', 'OWNR'), true);
    assert.equal(isOwnReceptor(kb, 'LIG', 'SHARED'), true);
    assert.equal(isOwnReceptor(kb, 'SIB', 'SHARED'), true);
    assert.equal(isOwnReceptor(kb, 'FAM', 'SHARED'), true);
  });
  test('a soluble form of the receptor (the receptor its component) is the receptor', () => {
    assert.equal(isOwnReceptor(kb, 'LIG', 'SOLUBLE'), true);
  });
  test("a sibling's receptor, a member's receptor for the family, another protein: not its own", () => {
    assert.equal(isOwnReceptor(kb, 'SIB', 'OWNR'), false);
    assert.equal(isOwnReceptor(kb, 'FAM', 'OWNR'), false);
    assert.equal(isOwnReceptor(kb, 'LIG', 'OTHER'), false);
    assert.equal(isOwnReceptor(kb, 'LIG', 'LIG'), false);
  });
  test("a library finding that a ligand binds a receptor links them; a transcription factor's binding does not", () => {
    assert.equal(isOwnReceptor(kb, 'SIB', 'BOUNDR'), true);
    assert.equal(isOwnReceptor(kb, 'LIG', 'BOUNDR'), false);
    assert.equal(isOwnReceptor(kb, 'TF', 'BOUNDR'), false);
  });
});
