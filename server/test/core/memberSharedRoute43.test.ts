// Reader class of stop 43 (issue 7, helper h-member43b): a family membership whose relative or participle names the
// receptor the family shares asserts that the member signals through it (claims/memberSharedRoute.ts), so the
// membership is no longer a definition (verify/scope.ts) once the shared component is named. Three wordings of our own
// per shape, and the near misses that must not come out supported.
import { readingTable } from './helpers';

readingTable('reader member43b', '"X belongs to the F family, whose members share Y": X signals through Y', [
  ['IL-11 belongs to the IL-6 family, whose members share gp130.', ['IL11 signals-through GP130'], 'supported'],
  ['Like its relatives, IL-11 belongs to the gp130 cytokine family, whose members all use the gp130 subunit.', ['IL11 signals-through GP130'], 'supported'],
  ['IL-11 belongs to the family of IL-6-type cytokines, whose members all employ the receptor chain gp130.', ['IL11 signals-through GP130'], 'supported'],
]);

readingTable('reader member43b', '"X is one of the F cytokines, all of which use Y": X signals through Y', [
  ['IL-11 is one of the IL-6 family cytokines, all of which use gp130.', ['IL11 signals-through GP130'], 'supported'],
  ['IL-11 is among the IL-6-type cytokines, all of which utilise gp130 to reach STAT3.', ['IL11 signals-through GP130'], 'supported'],
  ['IL-11 is grouped with the IL-6 family cytokines, which all share the gp130 receptor subunit.', ['IL11 signals-through GP130'], 'supported'],
]);

readingTable('reader member43b', '"X is a member of the F family, defined by their common use of Y": X signals through Y', [
  ['IL-11 is placed among the IL-6 cytokines, defined by their common use of the signal transducer gp130.', ['IL11 signals-through GP130'], 'supported'],
  ['IL-11 is one member of the IL-6 cytokine family, which is characterised by the shared use of gp130.', ['IL11 signals-through GP130'], 'supported'],
  ['IL-11 belongs to the IL-6 superfamily of ligands, united by their joint use of gp130 as a transducer.', ['IL11 signals-through GP130'], 'supported'],
]);

readingTable('reader member43b', 'near misses: an unbacked shared component, a sibling member with no findings, a plain membership, a likeness', [
  // A shared receptor the library does not give IL-11.
  ['IL-11 is one of the IL-6 family cytokines, all of which use LIFR.', ['IL11 signals-through NCBIGENE_3977'], 'unsupported/no-evidence'],
  // A sibling member the library has no findings on.
  ['Ciliary neurotrophic factor belongs to the IL-6 cytokine family, defined by their common use of gp130.', ['NCBIGENE_1270 signals-through GP130'], 'unsupported/no-evidence'],
  ['Leukemia inhibitory factor is grouped with the IL-6 family cytokines, which all share the gp130 subunit.', ['NCBIGENE_3976 signals-through GP130'], 'unsupported/no-evidence'],
  // Two members listed, one of them a sibling the library gives no route: each is read, and the sentence is not supported.
  ['IL-11 and IL-6 belong to one cytokine family, whose members employ the common receptor chain gp130.', ['IL11 signals-through GP130', 'IL6 signals-through GP130'], 'unsupported/no-evidence'],
  // A pure membership, and a family sharing a likeness rather than a receptor: still definitions.
  ['In its fold, IL-11 is a member of the IL-6 cytokine family.', [], 'out-of-scope'],
  ['IL-11 belongs to the IL-6 family, whose members share homology with gp130.', [], 'out-of-scope'],
  // A denied membership reads no route.
  ['IL-11 is not one member of the IL-6 cytokine family, whose members share gp130.', [], 'unsupported/no-evidence'],
]);
