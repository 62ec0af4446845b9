#!/usr/bin/env bash
# Downloads the sources the lexicon is generated from into a scratch folder (default /tmp/claimlens-lexicon)
# and prints the arguments build_lexicon.py takes. Nothing here is committed: only the generated files are.
#   NCBI Gene + GO: Debian's r-bioc-org.hs.eg.db and r-bioc-go.db (apt-get download, dpkg-deb -x)
#   English words: Debian's wamerican
#   Human Disease Ontology: a checkout of github.com/DiseaseOntology/HumanDiseaseOntology (pass its path)
#   DrugCentral: a checkout of github.com/unmtransinfo/DrugCentral-2023 (pass its path third)
#   Cell Ontology: a checkout of github.com/obophenotype/cell-ontology (pass its path fourth)
#   HGNC complete set: a checkout of github.com/maximilianh/phenotypes, which carries a copy of HGNC's
#     hgnc_complete_set.txt (CC0) as data/hgnc_complete_set.txt.gz (pass its path fifth); pinned by commit
#   Cell lines: a checkout of github.com/CLO-ontology/CLO, whose docs/developer/2023_designPattern/clo_terms.xlsx
#     lists every class with its names and disease axioms (pass its path sixth)
set -euo pipefail
out=${1:-/tmp/claimlens-lexicon}
doid_repo=${2:-}
drugcentral_repo=${3:-}
cl_repo=${4:-}
hgnc_repo=${5:-}
clo_repo=${6:-}
mkdir -p "$out" && cd "$out"
apt-get download r-bioc-org.hs.eg.db r-bioc-go.db wamerican
for deb in *.deb; do dpkg-deb -x "$deb" x; done
if [ -n "$doid_repo" ]; then
  # The current release's cancer slim (the full doid.obo is too large for some mirrors), and a complete
  # obo from the repository's history for the cancer terms the slim leaves out (NSCLC, for one).
  git -C "$doid_repo" show HEAD:src/ontology/subsets/DO_cancer_slim.json > DO_cancer_slim.json
  git -C "$doid_repo" log -1 --format='%H %cI' -- src/ontology/subsets/DO_cancer_slim.json > DO_cancer_slim.commit
  git -C "$doid_repo" show 639461aedfccbae5365ec9661d96fe144ca2c10d:src/ontology/HumanDO.obo > HumanDO.obo
  echo "639461aedfccbae5365ec9661d96fe144ca2c10d 2017-02-17" > HumanDO.commit
fi
if [ -n "$drugcentral_repo" ]; then
  git -C "$drugcentral_repo" show HEAD:drugcen/static/structures.smiles.tsv > structures.smiles.tsv
  git -C "$drugcentral_repo" log -1 --format='%H %cs' -- drugcen/static/structures.smiles.tsv > structures.smiles.commit
fi
if [ -n "$cl_repo" ]; then
  git -C "$cl_repo" show HEAD:src/ontology/cl-edit.owl > cl-edit.owl
  git -C "$cl_repo" log -1 --format='%H %cs' -- src/ontology/cl-edit.owl > cl-edit.commit
fi
if [ -n "$hgnc_repo" ]; then
  git -C "$hgnc_repo" show 0236d05ae3c522657167250a4868bcb776f4d04e:data/hgnc_complete_set.txt.gz | gunzip > hgnc_complete_set.txt
  echo "0236d05ae3c522657167250a4868bcb776f4d04e 2024-11-18" > hgnc_complete_set.commit
fi
if [ -n "$clo_repo" ]; then
  git -C "$clo_repo" show HEAD:docs/developer/2023_designPattern/clo_terms.xlsx > clo_terms.xlsx
  git -C "$clo_repo" log -1 --format='%H %cs' -- docs/developer/2023_designPattern/clo_terms.xlsx > clo_terms.commit
fi
echo "python3 scripts/lexicon/build_lexicon.py --orgdb $out/x/usr/lib/R/site-library/org.Hs.eg.db/extdata/org.Hs.eg.sqlite --godb $out/x/usr/lib/R/site-library/GO.db/extdata/GO.sqlite --words $out/x/usr/share/dict/words --doid-slim $out/DO_cancer_slim.json --doid-obo $out/HumanDO.obo --drugcentral $out/structures.smiles.tsv --cl-owl $out/cl-edit.owl --hgnc $out/hgnc_complete_set.txt --clo-terms $out/clo_terms.xlsx"
