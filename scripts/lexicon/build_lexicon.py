#!/usr/bin/env python3
"""Generates ClaimLens's lexicon of biomedicine (data/lexicon/*.json) from the sources the field maintains.

  genes.json      NCBI Gene (human) from Bioconductor's org.Hs.eg.db (Debian r-bioc-org.hs.eg.db)
  processes.json  Gene Ontology biological processes from Bioconductor's GO.db (Debian r-bioc-go.db)
  diseases.json   Human Disease Ontology, cancer branch (DOID:162)
  drugCentral.json  names of the active ingredients of approved drugs, from DrugCentral (structures.smiles.tsv)
  cellTypes.json  cell types from the Cell Ontology (src/ontology/cl-edit.owl): labels and exact synonyms
  cellLinesCLO.json  human cancer cell lines from the Cell Line Ontology (clo_terms.xlsx), cancer as a DOID name
  geneNames.json  protein names HGNC records for those genes and NCBI does not (hgnc_complete_set.txt)

The curated files (cellLines.json, drugs.json, curated.json) are written by hand and only checksummed here.
Every output's SHA-256 goes into MANIFEST.json with the sources' names, dates and licences; a test checks the
checked-in files against it. Run scripts/lexicon/fetch_sources.sh first; it prints the exact command line.
Python 3 standard library only, output sorted, so two runs on the same sources give identical bytes.
"""
import argparse
import hashlib
import json
import os
import re
import sqlite3
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, '..', '..', 'data', 'lexicon'))


def english_words(path):
    """Lower-case English words (Debian's wamerican), possessives dropped."""
    words = set()
    with open(path, encoding='utf-8', errors='replace') as f:
        for line in f:
            w = line.strip()
            if w and "'" not in w:
                words.add(w.lower())
    return words


def gene_type(name, symbol, ncbi_type):
    """A coarse ClaimLens type from the gene's official full name (the source's words, not a guess of ours)."""
    n = name.lower()
    if ncbi_type != 'protein-coding':
        return 'rna'
    if n.startswith('interleukin') and 'receptor' not in n:
        return 'cytokine'
    if 'receptor' in n:
        return 'receptor'
    if 'growth factor' in n and 'binding' not in n:
        return 'growth-factor'
    if 'kinase' in n and 'inhibitor' not in n and 'anchor' not in n and 'binding' not in n:
        return 'kinase'
    if ('transcription factor' in n or 'signal transducer and activator of transcription' in n
            or 'homeobox' in n or 'forkhead box' in n or 'zinc finger e-box' in n):
        return 'transcription-factor'
    if re.search(r'(ase|ases)( \d+[a-z]?)?$', n) or 'metallopeptidase' in n:
        return 'enzyme'
    return 'protein'


def mirna_names(symbol):
    """Prose names of a microRNA gene: MIR21 -> miR-21, microRNA-21; MIR200C -> miR-200c."""
    m = re.fullmatch(r'MIR(\d+)([A-Z]?)(\d*)', symbol)
    if not m:
        return []
    stem = m.group(1) + m.group(2).lower()
    return ['miR-' + stem, 'microRNA-' + stem, 'hsa-miR-' + stem]


# Library clone and cDNA ids ("FLJ12345", "KIAA0101", "HYST2477", "MGC4268"): letters then three or more
# digits. Papers name genes by symbol; these only cost load time (CD numbers are kept: CD133, CD117).
CLONE_ID = re.compile(r'^(?:[A-Za-z]{1,6}-?\d{3,}[A-Za-z]?\d*|DKFZ.*|FLJ.*|KIAA.*|MGC.*|HSPC.*|UNQ.*|PRO\d.*|RP\d+-.*|CT[ABCD]-.*|AC\d+\..*)$')
# Systematic names of RNA genes and open reading frames, which prose never writes out.
SYSTEMATIC_NAME = re.compile(r'non-protein coding RNA|antisense RNA|divergent transcript|intronic transcript|overlapping transcript|open reading frame|uncharacterized')

# Names cancer papers use that NCBI Gene does not list, or lists for several genes (curated additions,
# named in the data README).
CURATED_GENE_ALIASES = {
    'TP53': ['p53'], 'MKI67': ['Ki-67', 'Ki67', 'Ki-67LI', 'Ki-67 LI', 'Ki67LI', 'Ki-67 labelling index', 'Ki-67 labeling index'], 'PDCD1': ['PD-1', 'PD1'], 'WWTR1': ['TAZ'], 'YAP1': ['YAP'],
    'IL6ST': ['gp130'], 'CDKN1A': ['p21'], 'CDKN1B': ['p27'], 'CDKN2A': ['p16', 'p16INK4a'],
    'MYC': ['c-Myc'], 'CTNNB1': ['β-catenin', 'beta-catenin'], 'SNAI1': ['Snail'], 'SNAI2': ['Slug'], 'TWIST1': ['Twist'],
    'IL1B': ['IL-1β', 'IL-1beta'], 'TNF': ['TNF-α', 'TNF-alpha'], 'ERBB2': ['HER2', 'HER-2'],
    'MAPK1': ['ERK2'], 'MAPK3': ['ERK1'], 'MAPK14': ['p38α'], 'PTGS2': ['COX-2', 'COX2'], 'CDH1': ['E-cadherin'],
    'CDH2': ['N-cadherin'], 'DDIT3': ['CHOP'], 'BCL2L1': ['Bcl-xL', 'BCL-XL'], 'CD44': ['CD44v6'],
    # Protein names older than the gene symbols, which NCBI keeps only among its "other designations".
    'PTGS2': ['COX-2', 'COX2', 'cyclooxygenase-2', 'cyclooxygenase 2'], 'PTGS1': ['COX-1', 'cyclooxygenase-1'],
    'CXCL8': ['IL-8', 'IL8', 'interleukin-8', 'interleukin 8'], 'IL23A': ['IL-23', 'interleukin-23'],
    'NOS2': ['iNOS', 'inducible nitric oxide synthase'], 'NFKBIA': ['IκBα', 'IkBα', 'IκB-α', 'IkappaBalpha'],
    'RELA': ['RelA', 'p65', 'NF-κB p65', 'NF-kB p65', 'NF-kappaB p65', 'nuclear factor-κB p65', 'nuclear factor-kappaB p65', 'nuclear factor-kappa B p65'], 'CXCL12': ['SDF-1', 'SDF-1α'], 'BIRC5': ['survivin'], 'GHRL': ['ghrelin'],
    'LIF': ['leukemia inhibitory factor', 'leukaemia inhibitory factor'],
    # Protein names that hold a disease's or a process's name, which recognition took for the disease.
    'HDGF': ['hepatoma-derived growth factor'], 'RB1': ['retinoblastoma protein'], 'MTA1': ['metastasis-associated protein 1'],
    'MCL1': ['myeloid cell leukemia 1', 'myeloid cell leukemia-1', 'myeloid cell leukaemia 1'], 'BCL2': ['B-cell lymphoma 2', 'B-cell lymphoma-2'],
    'WT1': ['Wilms tumor 1', 'Wilms tumour 1'],
    # Prose forms of protein names that HGNC (geneNames.json) writes otherwise: "programmed cell death 1 ligand 1",
    # "thyroid stimulating hormone subunit beta", "breast cancer 1" (the long forms are UniProt's recommended
    # names; UniProt is not reachable from the machine the lexicon is built on).
    'CD274': ['PD-L1', 'programmed death-ligand 1', 'programmed cell death ligand 1', 'programmed cell death-ligand 1'],
    'TSHB': ['TSH', 'thyroid-stimulating hormone', 'thyrotropin'],
    'BRCA1': ['breast cancer type 1 susceptibility protein'], 'BRCA2': ['breast cancer type 2 susceptibility protein'],
    # HIF-2α is the protein of EPAS1 (NCBI lists only HIF2A): without it, "HIF-2α" went unrecognised beside HIF-1α.
    # The spelled-out protein names of HIF-2α and HIF-3α: once bare "hypoxia-inducible factor" names the family
    # (data/entities.json), "hypoxia-inducible factor 2α" must stay the one member, never the family.
    'EPAS1': ['HIF-2α', 'HIF-2alpha', 'HIF-2 alpha', 'HIF2α', 'HIF2alpha', 'hypoxia-inducible factor 2α', 'hypoxia-inducible factor-2α', 'hypoxia-inducible factor 2'],
    'HIF3A': ['HIF-3α', 'hypoxia-inducible factor 3α', 'hypoxia-inducible factor-3α', 'hypoxia-inducible factor 3'],
    # The IGF-2 receptor in the ligand's prose names: without them "IGF-II receptor" was read as IGF-II, the ligand.
    'IGF2R': ['IGF-II receptor', 'IGF-2 receptor', 'IGF2 receptor', 'IGF-IIR', 'insulin-like growth factor II receptor'],
    'SAA1': ['serum amyloid A'], 'RPS6KB1': ['S6K1', 'p70S6K', 'p70S6K1', 'S6 kinase-1', 'S6 kinase 1', 'ribosomal protein S6 kinase-1', 'ribosomal protein S6 kinase 1'],
}


# Words of the field that name a molecule's form or a class of molecules, never one gene, which NCBI still files
# as some gene's alias ("homodimer" for SOD1, "lymphokine" for IL2) and Debian's word list does not hold.
ALIAS_FORM_WORDS = {'homodimer', 'heterodimer', 'dimer', 'monomer', 'oligomer', 'multimer', 'lymphokine', 'monokine'}


def name_words(name):
    """The lower-case words of a gene's official name ("kallikrein related peptidase 4": kallikrein, related, ...)."""
    return {t for t in re.split(r'[^a-z0-9α-ω]+', name.lower()) if t}


def class_word_alias(alias, symbol, name, genes_with_word):
    """Why a one-word alias in lower case names a class rather than its gene, or None: a word of the field's vocabulary
    (`HGNC_GENERIC_WORDS`, `ALIAS_FORM_WORDS`), or a word of two or more other genes' official names, which is
    their family's or class's noun ("peptidase" for OMA1, "myosin" for MYH14, "mucin" for MUC5AC), unless the
    gene's own name ends in it, the protein's name NCBI gives ("NPHS1 adhesion molecule, nephrin"). Aliases with
    capitals ("AKT" for AKT1, "TIMP" for TIMP1) are symbols, which recognition reads only as written."""
    if not re.fullmatch(r'[a-z]+', alias):
        return None
    if alias in HGNC_GENERIC_WORDS or alias in ALIAS_FORM_WORDS:
        return 'generic'
    if len(genes_with_word.get(alias, set()) - {symbol}) >= 2 and not name.lower().endswith(', ' + alias):
        return 'class-word'
    return None


def genes_by_name_word(rows):
    """Each word of the kept genes' official names (systematic names blanked, as genes.json writes them) and the
    symbols of the genes whose names hold it."""
    by_word = {}
    for symbol, name in rows:
        for w in name_words(name):
            by_word.setdefault(w, set()).add(symbol)
    return by_word


def drop_class_word_aliases(genes):
    """`class_word_alias` applied to genes.json as checked in (`--alias-classes`), as build_genes applies it to
    NCBI's aliases before the curated ones: the same sources give the same rows either way."""
    by_word = genes_by_name_word((r[1], r[2]) for r in genes['rows'])
    dropped = genes['source']['droppedAliases']
    # (In build_genes's order, so that both ways write the same bytes.)
    for why in ('generic', 'class-word'):
        dropped.setdefault(why, 0)
    for row in genes['rows']:
        curated = set(CURATED_GENE_ALIASES.get(row[1], []))
        keep = []
        for a in row[3]:
            why = None if a in curated else class_word_alias(a, row[1], row[2], by_word)
            if why:
                dropped[why] += 1
            else:
                keep.append(a)
        row[3] = keep
    return genes


def build_genes(orgdb, words):
    db = sqlite3.connect(orgdb)
    meta = dict(db.execute('select name, value from metadata'))
    rows = db.execute(
        'select g.gene_id, i.symbol, i.gene_name, t.gene_type from genes g '
        'join gene_info i on i._id = g._id join genetype t on t._id = g._id '
        "where t.gene_type = 'protein-coding' or (t.gene_type = 'ncRNA' and i.symbol not like 'LOC%')"
    ).fetchall()
    kept = {r[0]: r for r in rows}
    aliases = {}
    for gene_id, alias in db.execute('select g.gene_id, a.alias_symbol from alias a join genes g on g._id = a._id'):
        if gene_id in kept:
            aliases.setdefault(gene_id, set()).add(alias)
    # Mitochondrial genes go by HGNC's MT- symbols (MT-CO2 from NCBI's alias MTCO2): NCBI's short symbols
    # (COX2, COX1, ND1) are names cancer prose uses for other genes (COX-2 is cyclooxygenase-2, PTGS2).
    mito = {r[0] for r in db.execute("select g.gene_id from genes g join chromosomes c on c._id = g._id where c.chromosome = 'MT'")}
    renamed = []
    for r in rows:
        mt = sorted(a for a in aliases.get(r[0], ()) if re.fullmatch(r'MT[A-Z0-9]+', a)) if r[0] in mito else []
        if mt:
            aliases[r[0]] = {a for a in aliases[r[0]] if a.upper() != r[1].upper()}
            r = (r[0], 'MT-' + mt[0][2:], r[2], r[3])
        renamed.append(r)
    rows = renamed
    kept = {r[0]: r for r in rows}
    # An official symbol belongs to its gene only; an alias shared by several genes names none of them.
    symbols = {r[1].upper(): r[0] for r in rows}
    owners = {}
    for gene_id, names in aliases.items():
        for a in names:
            owners.setdefault(a.upper(), set()).add(gene_id)
    # A family name that NCBI lists as one gene's alias ("PKC" for PRRT2, while PKCA, PKCB... name the
    # protein kinase C genes): an alias whose letters begin the symbols or aliases of two or more other genes.
    norm = lambda t: re.sub(r'[^a-z0-9]', '', t.lower())
    prefixes = {}
    for gene_id, symbol, _, _ in rows:
        for name in {symbol} | aliases.get(gene_id, set()):
            n = norm(name)
            for k in range(2, len(n)):
                prefixes.setdefault(n[:k], set()).add(gene_id)
    dropped = {'ambiguous': 0, 'english': 0, 'short': 0, 'symbol-of-other': 0, 'family-prefix': 0, 'clone-id': 0, 'generic': 0, 'class-word': 0}
    by_word = genes_by_name_word((symbol, '' if SYSTEMATIC_NAME.search(name) else name) for _, symbol, name, _ in rows)
    genes = []
    for gene_id, symbol, name, ncbi_type in sorted(rows, key=lambda r: int(r[0])):
        keep = []
        for a in sorted(aliases.get(gene_id, ())):
            u = a.upper()
            if u == symbol.upper():
                continue
            if u in symbols and symbols[u] != gene_id:
                dropped['symbol-of-other'] += 1
            elif len(owners[u]) > 1:
                dropped['ambiguous'] += 1
            elif len(re.sub(r'[^A-Za-z0-9]', '', a)) < 3 or a.isdigit():
                dropped['short'] += 1
            elif a.lower() in words:
                dropped['english'] += 1
            elif CLONE_ID.match(a) and not a.upper().startswith('CD'):
                dropped['clone-id'] += 1
            elif len(prefixes.get(norm(a), set()) - {gene_id}) >= 2 and not norm(symbol).startswith(norm(a)):
                dropped['family-prefix'] += 1
            elif why := class_word_alias(a, symbol, '' if SYSTEMATIC_NAME.search(name) else name, by_word):
                dropped[why] += 1
            else:
                keep.append(a)
        if ncbi_type == 'ncRNA':
            keep += mirna_names(symbol)
        keep += [a for a in CURATED_GENE_ALIASES.get(symbol, []) if a not in keep]
        # The last column flags an official symbol that is also an English word ("MET", "SET", "CAT"):
        # it is matched only as written, in capitals.
        word = 1 if symbol.lower() in words else 0
        # An empty name stands for a systematic one, which is left out of recognition.
        shown = '' if SYSTEMATIC_NAME.search(name) else name
        genes.append([int(gene_id), symbol, shown, keep, gene_type(name, symbol, ncbi_type), word])
    source = {
        'name': 'NCBI Gene (Homo sapiens), via Bioconductor org.Hs.eg.db (Debian r-bioc-org.hs.eg.db)',
        'date': meta.get('EGSOURCEDATE'),
        'licence': 'NCBI data: public domain; org.Hs.eg.db package: Artistic-2.0',
        'url': meta.get('EGSOURCEURL'),
        'kept': 'protein-coding genes and non-coding RNA genes (microRNAs, lncRNAs) with an official symbol',
        'droppedAliases': dropped,
    }
    return {'source': source, 'columns': ['entrez', 'symbol', 'name', 'aliases', 'type', 'englishWord'], 'rows': genes}


# Branches of GO's biological processes that cancer-biology prose names; each kept with its descendants,
# without "regulation of" terms (they describe control, not the process, and make up most of GO).
GO_ROOTS = {
    'GO:0001837': 'epithelial to mesenchymal transition',
    'GO:0016477': 'cell migration',
    'GO:0048870': 'cell motility',
    'GO:0006915': 'apoptotic process',
    'GO:0012501': 'programmed cell death',
    'GO:0008283': 'cell population proliferation',
    'GO:0001525': 'angiogenesis',
    'GO:0006914': 'autophagy',
    'GO:0007049': 'cell cycle',
    'GO:0090398': 'cellular senescence',
    'GO:0007155': 'cell adhesion',
    'GO:0006954': 'inflammatory response',
    'GO:0001666': 'response to hypoxia',
    'GO:0006096': 'glycolytic process',
    'GO:0006281': 'DNA repair',
    'GO:0042060': 'wound healing',
    'GO:0030198': 'extracellular matrix organization',
    'GO:0007259': 'receptor signaling pathway via JAK-STAT',
    'GO:0000165': 'MAPK cascade',
    'GO:0014065': 'phosphatidylinositol 3-kinase signaling',
    'GO:0016055': 'Wnt signaling pathway',
    'GO:0007219': 'Notch signaling pathway',
    'GO:0007224': 'smoothened signaling pathway',
    'GO:0007179': 'transforming growth factor beta receptor signaling pathway',
    'GO:0007249': 'I-kappaB kinase/NF-kappaB signaling',
    'GO:0019221': 'cytokine-mediated signaling pathway',
    'GO:0070371': 'ERK1 and ERK2 cascade',
    'GO:0031929': 'TOR signaling',
    'GO:0035329': 'hippo signaling',
    'GO:0030154': None,  # cell differentiation: too broad, listed to say it is left out on purpose
}
GO_SIZE_BUDGET = 2500
BAD_SYNONYM = re.compile(r'^(induction|activation|commitment|initiation|regulation|positive|negative|stimulation|inhibition) |activity|\bGO:|\(|\)|,')
# Synonyms GO files under a term that prose uses for something else: "pathogenesis" (a symbiont's effect on its
# host's cell death in GO) is a disease's coming about in cancer prose ("the pathogenesis of HCC"), which the
# reader takes as tumorigenesis there (server/src/core/claims/impliedMentions.ts).
NOT_THIS_SENSE = {'pathogenesis'}


def nearest_kept_ancestors(node, isa, keep):
    """The kept classes nearest above `node` along is-a edges: a parent that is kept, or for one that is not
    (a term the size rules leave out), its own nearest kept ancestors."""
    found, seen, todo = set(), set(), list(isa.get(node, ()))
    while todo:
        parent = todo.pop()
        if parent in seen or parent == node:
            continue
        seen.add(parent)
        if parent in keep:
            found.add(parent)
        else:
            todo.extend(isa.get(parent, ()))
    return found


def build_processes(godb, words):
    db = sqlite3.connect(godb)
    meta = dict(db.execute('select name, value from metadata'))
    ids = dict(db.execute("select go_id, _id from go_term where ontology = 'BP'"))
    terms = {r[0]: (r[1], r[2]) for r in db.execute("select _id, go_id, term from go_term where ontology = 'BP'")}
    keep = set()
    for root, label in GO_ROOTS.items():
        if label is None or root not in ids:
            continue
        keep.add(ids[root])
        for (off,) in db.execute('select _offspring_id from go_bp_offspring where _id = ?', (ids[root],)):
            keep.add(off)
    keep = {i for i in keep if not re.search(r'regulation of|^response to (?!hypoxia$)', terms[i][1]) or terms[i][1] == 'response to hypoxia'}
    # Budget: the shortest names first (the general processes prose names), then by id for stability.
    ordered = sorted(keep, key=lambda i: (len(terms[i][1].split()), terms[i][0]))[:GO_SIZE_BUDGET]
    keep = set(ordered)
    # GO.db spells the relation 'isa' (its other relations: 'part of', 'regulates'); only is-a says "a kind of".
    # A kept term's parents are its nearest kept ancestors, so that the hierarchy runs through terms left out.
    isa = {}
    for child, parent, rel in db.execute('select _id, _parent_id, relationship_type from go_bp_parents'):
        if rel in ('isa', 'is_a'):
            isa.setdefault(child, []).append(parent)
    parents = {i: sorted({terms[a][0] for a in nearest_kept_ancestors(i, isa, keep)}) for i in keep}
    synonyms = {}
    for i, syn, like in db.execute('select _id, synonym, like_go_id from go_synonym'):
        if i in keep and not like and not BAD_SYNONYM.search(syn) and len(syn) <= 60 and syn.lower() not in words and syn.lower() not in NOT_THIS_SENSE:
            synonyms.setdefault(i, set()).add(syn)
    rows = []
    for i in sorted(keep, key=lambda i: terms[i][0]):
        go_id, name = terms[i]
        rows.append([go_id, name, sorted(synonyms.get(i, ())), sorted(parents.get(i, []))])
    source = {
        'name': 'Gene Ontology, biological process, via Bioconductor GO.db (Debian r-bioc-go.db)',
        'date': meta.get('GOSOURCEDATE'),
        'licence': 'Gene Ontology: CC BY 4.0; GO.db package: Artistic-2.0',
        'url': meta.get('GOSOURCEURL'),
        'kept': 'descendants of %d branch roots (%s), no "regulation of" terms, at most %d terms' % (
            sum(1 for v in GO_ROOTS.values() if v), ', '.join(r for r, v in GO_ROOTS.items() if v), GO_SIZE_BUDGET),
    }
    return {'source': source, 'columns': ['id', 'name', 'synonyms', 'parents'], 'rows': rows}


def read_obo(path):
    terms = {}
    cur = None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if line == '[Term]':
                cur = {'syn': [], 'is_a': [], 'obsolete': False}
                continue
            if line.startswith('[') and line.endswith(']'):
                cur = None
                continue
            if cur is None or ': ' not in line:
                continue
            key, value = line.split(': ', 1)
            if key == 'id':
                cur['id'] = value
                terms[value] = cur
            elif key == 'name':
                cur['name'] = value
            elif key == 'synonym':
                m = re.match(r'"(.*)" (EXACT|RELATED|NARROW|BROAD)', value)
                if m and m.group(2) == 'EXACT':
                    cur['syn'].append(m.group(1))
            elif key == 'is_a':
                cur['is_a'].append(value.split(' ')[0])
            elif key == 'is_obsolete' and value == 'true':
                cur['obsolete'] = True
    return {k: v for k, v in terms.items() if not v['obsolete'] and 'name' in v}


def read_slim(path):
    graph = json.load(open(path, encoding='utf-8'))['graphs'][0]
    short = lambda uri: uri.rsplit('/', 1)[-1].replace('_', ':')
    terms = {}
    for node in graph['nodes']:
        if node.get('type') != 'CLASS' or 'lbl' not in node or not node['id'].startswith('http://purl.obolibrary.org/obo/DOID_'):
            continue
        meta = node.get('meta', {})
        if meta.get('deprecated'):
            continue
        syns = [s['val'] for s in meta.get('synonyms', []) if s.get('pred') == 'hasExactSynonym']
        terms[short(node['id'])] = {'name': node['lbl'], 'syn': syns, 'is_a': []}
    for edge in graph['edges']:
        if edge['pred'] == 'is_a' and short(edge['sub']) in terms:
            terms[short(edge['sub'])]['is_a'].append(short(edge['obj']))
    return terms, graph.get('meta', {}).get('version')


# Is-a links and abbreviations cancer papers rely on that the Disease Ontology does not state (the DO files
# OSCC under oral cavity cancer only). Each is a curated addition, named as such in the data README.
CURATED_DISEASE_PARENTS = {
    'DOID:0050866': ['DOID:5520'],   # oral squamous cell carcinoma is-a head and neck squamous cell carcinoma
    'DOID:9261': ['DOID:11934'],     # nasopharynx carcinoma is-a head and neck cancer
}
CURATED_DISEASE_SYNONYMS = {
    'DOID:0050866': ['OSCC'],
    'DOID:5520': ['HNSCC', 'SCCHN'],
    'DOID:9261': ['NPC'],
    'DOID:3969': ['PTC'],
    'DOID:3908': ['NSCLC'],
    'DOID:3910': ['LUAD'],
    'DOID:3907': ['LUSC'],
    'DOID:684': ['HCC'],
    'DOID:3068': ['GBM'],
    'DOID:9256': ['CRC'],
    'DOID:4450': ['RCC'],
    'DOID:4467': ['ccRCC'],          # clear cell renal cell carcinoma, the common kind of RCC
    'DOID:1909': ['melanomas'],
    'DOID:3748': ['ESCC'],           # oesophageal squamous cell carcinoma (was filed under anaplastic thyroid carcinoma by mistake)
    'DOID:3962': ['FTC'],
    'DOID:3458': ['BRCA'],
    'DOID:1612': ['breast carcinoma', 'breast tumor', 'breast tumour'],
    'DOID:3498': ['PDAC'],
    'DOID:2152': ['EOC', 'epithelial ovarian cancer', 'epithelial ovarian carcinoma'],  # the DO's "ovary epithelial cancer" in prose's word order
    'DOID:10283': ['PCa'],           # prostate cancer: the DO gives it no short form; the mixed case keeps it apart from PCA (principal component analysis)
}


def build_diseases(slim_path, obo_path, slim_commit, obo_commit):
    slim, version = read_slim(slim_path)
    full = read_obo(obo_path) if obo_path else {}
    # The cancer branch of the complete ontology: DOID:162 and everything below it.
    children = {}
    for tid, t in full.items():
        for p in t['is_a']:
            children.setdefault(p, []).append(tid)
    branch, stack = set(), ['DOID:162']
    while stack:
        cur = stack.pop()
        if cur in branch:
            continue
        branch.add(cur)
        stack.extend(children.get(cur, []))
    terms = dict(slim)
    for tid in branch:
        if tid not in terms and tid in full:
            terms[tid] = {'name': full[tid]['name'], 'syn': full[tid]['syn'], 'is_a': [p for p in full[tid]['is_a'] if p in branch]}
    for tid, extra in CURATED_DISEASE_PARENTS.items():
        if tid in terms:
            terms[tid]['is_a'] = sorted(set(terms[tid]['is_a']) | {p for p in extra if p in terms})
    for tid, extra in CURATED_DISEASE_SYNONYMS.items():
        if tid in terms:
            terms[tid]['syn'] = list(terms[tid]['syn']) + extra
    rows = []
    for tid in sorted(terms):
        t = terms[tid]
        rows.append([tid, t['name'], kept_disease_synonyms(t['name'], t['syn']), sorted(set(p for p in t['is_a'] if p in terms))])
    source = {
        'name': 'Human Disease Ontology, cancer branch (DOID:162)',
        'date': version,
        'licence': 'CC0 1.0',
        'url': 'https://github.com/DiseaseOntology/HumanDiseaseOntology',
        'built from': 'src/ontology/subsets/DO_cancer_slim.json at %s; cancer terms the slim leaves out from src/ontology/HumanDO.obo at %s' % (slim_commit, obo_commit),
        'curated additions': curated_disease_note(),
    }
    return add_class_head_names({'source': source, 'columns': ['id', 'name', 'synonyms', 'parents'], 'rows': rows})


def kept_disease_synonyms(name, synonyms):
    """A term's synonyms as diseases.json keeps them: sorted, without its name, long ones or SNOMED's '(disorder)'/'NOS'."""
    return sorted({s for s in synonyms if s != name and len(s) <= 80 and not re.search(r'\(disorder\)|NOS$', s)})


def curated_disease_note():
    return 'is-a: %s; abbreviations: %s' % (
        ', '.join('%s -> %s' % (k, '/'.join(v)) for k, v in CURATED_DISEASE_PARENTS.items()),
        ', '.join('%s %s' % (k, '/'.join(v)) for k, v in CURATED_DISEASE_SYNONYMS.items()))


def add_curated_disease_synonyms(diseases):
    """CURATED_DISEASE_SYNONYMS put into diseases.json as checked in, as build_diseases adds them to the ontology's
    own (then the derived head names, add_class_head_names): a change to the list is regenerated without a Disease
    Ontology clone (`--curated-disease-synonyms`); the same sources and list give the same rows either way."""
    for row in diseases['rows']:
        row[2] = kept_disease_synonyms(row[1], row[2] + CURATED_DISEASE_SYNONYMS.get(row[0], []))
    diseases['source']['curated additions'] = curated_disease_note()
    return add_class_head_names(diseases)


# "malignant <X>oma" names a class whose bare head word prose uses for it ("glioma", "astrocytoma",
# "mesothelioma", "ependymoma"): in cancer papers the bare word means the malignant tumour, and the Disease
# Ontology keeps it for no term of its cancer branch. Taken only for a term with subtypes in the branch (a class:
# the sense a bare word has) and a one-word "-oma" head no other term names; single lesions ("malignant
# syringoma", no subtypes) keep their benign namesake out.
MALIGNANT_CLASS = re.compile(r'malignant ([a-z]+oma)s?', re.I)


def add_class_head_names(diseases):
    """The bare head words of malignant classes, added to diseases.json (built, or as checked in with
    `--disease-forms`): the same rows give the same bytes either way."""
    rows = diseases['rows']
    owners = {}
    has_children = set()
    for row in rows:
        for n in [row[1]] + row[2]:
            owners.setdefault(n.lower(), set()).add(row[0])
        has_children.update(row[3])
    added = []
    for row in rows:
        if row[0] not in has_children:
            continue
        for n in [row[1]] + row[2]:
            m = MALIGNANT_CLASS.fullmatch(n)
            if not m:
                continue
            head = m.group(1).lower()
            if owners.get(head, {row[0]}) - {row[0]}:
                continue
            if head not in row[2] and head != row[1]:
                row[2] = sorted(set(row[2]) | {head})
            added.append('%s %s' % (row[0], head))
    diseases['source']['derived names'] = ('bare head words of malignant classes with subtypes ("malignant X-oma" -> "X-oma"): '
                                           + ', '.join(sorted(set(added))))
    return diseases


def drugcentral_name_ok(name, words, taken):
    """A DrugCentral name worth matching in cancer prose: plain letters (no isotopes, salts in brackets,
    stereo prefixes), at least 5 characters, not an English word, not already a gene name or symbol."""
    if not re.fullmatch(r'[a-z][a-z -]*[a-z]', name) or len(name) < 5:
        return False
    if name in words:
        return False
    return name not in taken


def in_gene_names(name, gene_names):
    needle = ' ' + name + ' '
    return any(needle in full for full in gene_names)


def build_drugcentral(path, words, commit):
    """Active ingredients of approved drugs (DrugCentral): name only. Targets are not taken: DrugCentral
    lists every measured target, and a drug stands for the loss of its targets in the library's
    inference, so only the curated drugs.json (main targets) carries them."""
    taken = set()
    # Words of gene names ("tyrosine kinase", "glutamine synthetase", "retinoic acid receptor") are
    # biochemistry, not drugs, in cancer prose: amino acids, sugars, vitamins, hormones and cofactors.
    gene_words = set()
    for name in ('genes.json', 'drugs.json'):
        with open(os.path.join(OUT, name), encoding='utf-8') as f:
            data = json.load(f)
        for row in data['rows']:
            if name == 'genes.json':
                taken.update(x.lower() for x in [row[1], row[2]] + row[3])
                full = ' ' + re.sub(r'[^a-z0-9]+', ' ', row[2].lower()) + ' '
                gene_words.add(full)
            else:
                taken.update(x.lower() for x in [row[0]] + row[1])
    names = set()
    with open(path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        col = header.index('INN')
        for line in f:
            cells = line.rstrip('\n').split('\t')
            if len(cells) <= col:
                continue
            name = cells[col].strip().lower()
            if drugcentral_name_ok(name, words, taken) and not in_gene_names(name, gene_words):
                names.add(name)
    source = {
        'name': 'DrugCentral 2023 (unmtransinfo/DrugCentral-2023, drugcen/static/structures.smiles.tsv), INN names',
        'date': commit,
        'licence': 'CC BY-SA 4.0 (DrugCentral)',
        'url': 'https://drugcentral.org',
        'filter': 'plain-letter names of at least 5 characters; English words, gene names and symbols, words of gene names (amino acids, sugars, vitamins, hormones), and curated drugs left out',
    }
    return {'source': source, 'columns': ['name'], 'rows': [[n] for n in sorted(names)]}


# Endings of chemical names: nomenclature suffixes (-ol, -ide, -ine, -one, -ate, -ene, -ane, -ose, -oid,
# -yl, -ium, -ole, -ite) and the INN/USAN stems of targeted drugs (-ib, -mab). Must match CHEMICAL_ENDING in
# server/src/core/entities/compounds.ts.
CHEMICAL_ENDING = re.compile(r'(?:ol|ide|ine|in|one|ate|ene|ane|ose|oid|yl|ium|ole|ite|ib|mab)$')


def build_lookalikes(words):
    """English words that end like chemical names ("control", "saline", "protein", "within"): the compound
    recogniser (core/entities/compounds.ts) takes an unknown word in a treatment's place as a compound only
    when it is not one of these."""
    rows = sorted(w for w in words if len(w) >= 4 and w.isalpha() and CHEMICAL_ENDING.search(w))
    source = {
        'name': "English words ending like chemical names, from Debian's wamerican word list",
        'licence': 'wamerican: public domain (SCOWL)',
        'kept': 'lower-case words of 4 or more letters ending in ' + CHEMICAL_ENDING.pattern,
    }
    return {'source': source, 'rows': rows}


# Cell Ontology classes too general to say where a finding holds ("cell", "native cell", "animal cell"),
# which prose uses for every cell; they are the ontology's upper terms, named by id.
CL_TOO_GENERAL = {'CL_0000000', 'CL_0000003', 'CL_0000255', 'CL_0000548', 'CL_0002371', 'CL_0000004', 'CL_0000010', 'CL_0000001', 'CL_0002319', 'CL_0000630', 'CL_0000039', 'CL_0000151', 'CL_0000988', 'CL_0001064', 'CL_0000066'}
CL_ANNOTATION = re.compile(r'(rdfs:label|oboInOwl:hasExactSynonym|owl:deprecated) obo:(CL_\d{7}) "((?:[^"\\]|\\.)*)"')


def cell_type_name_ok(name, words):
    """A name prose writes: a few plain words, no digits, brackets or species; not one English word alone
    unless it ends like a cell ("-cyte", "-blast", "-phage", "-phil", "neuron")."""
    if not (3 < len(name) <= 40) or re.search(r'[\d(),;:/]', name) or len(name.split()) > 4:
        return False
    if re.search(r'\b(?:human|mouse|murine|rat|zebrafish|drosophila|insect|plant|fungal|bacterial|embryonic)\b', name, re.I):
        return False
    if ' ' not in name and name.lower() in words and not re.search(r'(?:cyte|blast|phage|phil|neuron|clast)s?$', name.lower()):
        return False
    # The recognizer matches names by their normal form (lookup_key: case, hyphens and spaces gone), so a name
    # whose normal form is an English word matches that word in prose: "A-like" matched "alike" ("in vitro and in
    # xenografts alike" gained a cell-type context), "S cone" matched "scone".
    if lookup_key(name) in words and not re.search(r'(?:cyte|blast|phage|phil|neuron|clast)s?$', lookup_key(name)):
        return False
    # "motile cell", "neoplastic cell", "secretory cell": an English adjective and "cell" describe any cell in
    # prose ("metastatic cancer cells"), not a cell type; "parietal cell", "T cell" stay.
    m = re.fullmatch(r'([a-z]+) cells?', name)
    if m and m.group(1) in words and not re.search(r'(?:al|ar|ic)$', m.group(1)) or (m and m.group(1) in GENERIC_CELL_WORDS):
        return False
    return True


GENERIC_CELL_WORDS = {'neoplastic', 'metastatic', 'malignant', 'cancerous', 'tumoral', 'motile', 'epithelial', 'mesenchymal', 'somatic', 'native', 'animal', 'nucleate', 'secretory', 'contractile', 'electrically', 'migratory', 'proliferating', 'dividing', 'differentiated', 'mature', 'immature', 'progenitor', 'precursor'}


CL_CLASS = re.compile(r'obo:(CL_\d{7})')


def cl_isa_edges(line):
    """The is-a edges one line of the edit file states between CL classes: SubClassOf(child parent), and the
    named classes of an EquivalentClasses(child ObjectIntersectionOf(genus ...)) definition, its genus ("fibroblast
    of lung" = fibroblast and part of lung). Annotations on the axiom are skipped; restrictions are not is-a."""
    line = re.sub(r'Annotation\((?:[^()"]|"(?:[^"\\]|\\.)*")*\) ', '', line.strip())
    m = re.fullmatch(r'SubClassOf\(obo:(CL_\d{7}) obo:(CL_\d{7})\)', line)
    if m:
        return [(m.group(1), m.group(2))]
    m = re.fullmatch(r'EquivalentClasses\(obo:(CL_\d{7}) ObjectIntersectionOf\((.*)\)\)', line)
    if not m:
        return []
    # The intersection's operands at its own level (nested restrictions blanked out), split on spaces.
    depth, top = 0, []
    for ch in m.group(2):
        depth += ch == '('
        top.append(ch if depth == 0 else ' ')
        depth -= ch == ')'
    return [(m.group(1), t[4:]) for t in ''.join(top).split() if CL_CLASS.fullmatch(t)]


def build_cell_types(owl_path, words, commit):
    """Cell types of the Cell Ontology's edit file (OWL functional syntax): each live CL class with its label
    and exact synonyms, as curated-shaped rows [id, name, 'cell-type', synonyms, [], [], parents]; the parents are
    the nearest kept classes above it along is-a (SubClassOf, and the genus of an intersection definition)."""
    labels, synonyms, deprecated, isa = {}, {}, set(), {}
    with open(owl_path, encoding='utf-8') as f:
        for line in f:
            for child, parent in cl_isa_edges(line):
                isa.setdefault(child, []).append(parent)
            if not line.startswith('AnnotationAssertion('):
                continue
            m = CL_ANNOTATION.search(line)
            if not m:
                continue
            prop, cl, value = m.group(1), m.group(2), m.group(3).replace('\\"', '"')
            if prop == 'owl:deprecated':
                if value == 'true':
                    deprecated.add(cl)
            elif prop == 'rdfs:label':
                labels[cl] = value
            else:
                synonyms.setdefault(cl, []).append(value)
    kept = {}
    for cl in sorted(labels):
        name = labels[cl]
        if cl in deprecated or cl in CL_TOO_GENERAL or name.startswith('obsolete') or not cell_type_name_ok(name, words):
            continue
        kept[cl] = name
    rows = []
    for cl, name in kept.items():
        syns = sorted({s for s in synonyms.get(cl, []) if s != name and cell_type_name_ok(s, words)})
        rows.append([cl, name, 'cell-type', syns, [], [], sorted(nearest_kept_ancestors(cl, isa, kept))])
    source = {
        'name': 'Cell Ontology (cl-edit.owl, github.com/obophenotype/cell-ontology, commit %s)' % commit.split()[0],
        'date': commit.split()[-1],
        'licence': 'CC BY 4.0',
        'kept': 'live classes with a label and exact synonyms of at most 4 plain words (no digits, brackets or species), upper terms left out',
    }
    return {'source': source, 'rows': rows}


GREEK_NAMES = {'α': 'alpha', 'β': 'beta', 'γ': 'gamma', 'δ': 'delta', 'ε': 'epsilon', 'κ': 'kappa', 'λ': 'lambda', 'μ': 'mu', 'µ': 'mu', 'θ': 'theta', 'ζ': 'zeta', 'η': 'eta', 'ω': 'omega'}


def lookup_key(term):
    """The recognizer's lookup key (normalizeTerm in server/src/core/entities/normalize.ts): lower case, Greek
    letters spelled out, only a-z and 0-9 kept. Used here to find names that collide, not to write keys."""
    t = unicodedata.normalize('NFKC', term).lower()
    t = ''.join(GREEK_NAMES.get(c, c) for c in t)
    t = unicodedata.normalize('NFD', t)
    return re.sub(r'[^a-z0-9]', '', t)


# Words that name no protein by themselves: a name made only of these, numbers and letters ("protein 1",
# "alpha chain", "factor X") is a fragment of many names.
HGNC_GENERIC_WORDS = {
    'protein', 'proteins', 'factor', 'receptor', 'kinase', 'subunit', 'chain', 'antigen', 'homolog', 'family',
    'member', 'domain', 'containing', 'like', 'gene', 'polypeptide', 'isoform', 'complex', 'component', 'type',
    'related', 'associated', 'binding', 'region', 'fragment', 'molecule', 'precursor', 'variant', 'product',
    'alpha', 'beta', 'gamma', 'delta', 'kappa', 'epsilon', 'zeta', 'theta', 'omega', 'small', 'large', 'light',
    'heavy', 'major', 'minor', 'putative', 'probable', 'novel', 'human', 'and', 'of', 'the', 'in', 'to', 'with',
}
# Head words of protein names: a name of plain English words ("regulated in glioma", "differentiation
# inhibitory activity") reads as an ordinary phrase unless it has one of these ("leukemia inhibitory factor").
HGNC_HEAD_WORDS = {'factor', 'protein', 'hormone', 'receptor', 'ligand', 'antigen', 'kinase', 'phosphatase', 'enzyme', 'channel', 'transporter', 'cytokine', 'chemokine', 'interleukin', 'interferon', 'globulin', 'glycoprotein', 'peptide', 'toxin', 'molecule'}
# Heads and qualifiers with which a short phrase describes a kind of molecule ("DNA repair enzyme", "golgi
# protein", "secreted growth factor", "lymphoma related factor") rather than naming one gene.
HGNC_VAGUE_HEADS = {'protein', 'channel', 'transporter', 'enzyme', 'molecule', 'gene', 'rna', 'transcript', 'like', 'associated', 'similar', 'neighbor'}
HGNC_VAGUE_QUALIFIERS = {'secreted', 'related', 'associated', 'derived', 'responsive', 'response', 'alternate', 'specific', 'similar', 'putative', 'interacting', 'dependent', 'independent', 'regulated', 'inducing', 'conserved'}
# Biologic drugs' INN stems: HGNC lists a protein's drug forms (filgrastim, lenograstim for CSF3) among
# its names, but a drug is a treatment, not the gene.
HGNC_DRUG_STEM = re.compile(r'(?:grastim|mostim|stim|mab|cept|leukin|ermin|teplase|plase|kinra|dekin)$')
# Previous names HGNC took from a disease ("glycogen storage disease type III" for AGL, "McLeod syndrome" for XK).
HGNC_DISEASE_WORD = re.compile(r'\b(?:disease|syndrome|deficiency|disorder|association|resistance to)\b', re.I)


def hgnc_name_problem(name, words):
    """Why an HGNC name is not worth matching in prose, or None."""
    if re.search(r'[(),;:\[\]/"]', name) or SYSTEMATIC_NAME.search(name):
        return 'systematic'
    if re.search(r'pseudogene|readthrough|\bhomolog \(|\bcluster\b|\bhost gene\b|\bsegment\b|^chromosome ', name, re.I):
        return 'systematic'
    tokens = [t for t in re.split(r'[\s-]+', name.lower()) if t]
    if not tokens or len(tokens) > 8:
        return 'systematic'
    plain = [t for t in tokens if not re.fullmatch(r'\d+[a-z]?|[a-z]|[ivx]+|[α-ω]', t)]
    if all(t in HGNC_GENERIC_WORDS for t in plain):
        return 'generic'
    if len(tokens) == 1:
        if tokens[0] in words or len(lookup_key(name)) < 6:
            return 'english'
        if HGNC_DRUG_STEM.search(tokens[0]):
            return 'drug'
        if name == name.upper():
            return 'symbol-like'
        return None
    head = any(t in HGNC_HEAD_WORDS for t in tokens)
    # Prose that writes a disease's name means the disease ("Down syndrome cell adhesion molecule" is a name).
    if HGNC_DISEASE_WORD.search(name) and not head:
        return 'disease'
    # Common acronyms count as words here: "DNA repair enzyme" is a description.
    unmarked = not re.search(r'[0-9α-ω]', name)
    english = all(t in words or t in HGNC_GENERIC_WORDS for t in tokens if t not in ('dna', 'rna', 'atp', 'abc', 'gtp', 'mrna'))
    if unmarked and english and len(tokens) <= 3 and (tokens[-1] in HGNC_VAGUE_HEADS or any(t in HGNC_VAGUE_QUALIFIERS for t in tokens)):
        return 'generic'
    # A phrase of English words alone, without a digit, Greek letter or capital to mark it as a name and
    # without a protein's head word.
    if unmarked and not re.search(r'\w[A-Z]', name) and not head and all(t in words or t in HGNC_GENERIC_WORDS for t in tokens):
        return 'english'
    return None


def other_lexicon_keys():
    """Keys of every name the other lexicon tables hold (diseases, processes, cell types, curated entries,
    drugs, cell lines): an HGNC name that is one of them stays theirs."""
    keys = set()
    for name, pick in [('diseases.json', lambda r: [r[1]] + r[2]), ('processes.json', lambda r: [r[1]] + r[2]),
                       ('cellTypes.json', lambda r: [r[1]] + r[3]), ('curated.json', lambda r: [r[1]] + r[3]),
                       ('drugs.json', lambda r: [r[0]] + r[1]), ('cellLines.json', lambda r: [r[0]] + r[1]),
                       ('drugCentral.json', lambda r: [r[0]])]:
        path = os.path.join(OUT, name)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            for row in json.load(f)['rows']:
                keys.update(lookup_key(n) for n in pick(row) if n)
    return keys


def build_gene_names(hgnc_path, genes, words, commit):
    """Protein names HGNC records for a gene that NCBI's org.Hs.eg.db does not carry: the approved name where
    it differs, alias names and previous names ("adenomatous polyposis coli" for APC, "programmed cell death 1
    ligand 1" for CD274, "breast cancer 1" for BRCA1). Kept only when the name is one gene's alone and no
    other entry of the lexicon holds it, so that adding them gives no existing name a new owner."""
    ncbi = {row[0]: row for row in genes['rows']}
    # Keys NCBI already gives: a gene's own are redundant, another gene's are taken.
    owner = {}
    for entrez, symbol, name, aliases, _, _ in genes['rows']:
        for n in [symbol, name] + aliases:
            if n:
                owner.setdefault(lookup_key(n), set()).add(entrez)
    taken = other_lexicon_keys()
    candidates = {}
    latest = ''
    with open(hgnc_path, encoding='utf-8') as f:
        header = f.readline().rstrip('\n').split('\t')
        col = {h: i for i, h in enumerate(header)}
        for line in f:
            cells = line.rstrip('\n').split('\t')
            cell = lambda h: cells[col[h]] if col[h] < len(cells) else ''
            latest = max(latest, cell('date_modified'))
            entrez = int(cell('entrez_id')) if cell('entrez_id').isdigit() else None
            if cell('status') != 'Approved' or entrez not in ncbi:
                continue
            names = [cell('name')] + [n for h in ('alias_name', 'prev_name') for n in cell(h).strip('"').split('|')]
            candidates[entrez] = [n.strip() for n in names if n.strip()]
    # A name two genes share names neither.
    claims = {}
    for entrez, names in candidates.items():
        for n in names:
            claims.setdefault(lookup_key(n), set()).add(entrez)
    # A name that other genes' names continue with a number or letter names their family ("neural cell
    # adhesion molecule" of NCAM1 and NCAM2), not one gene.
    designation = re.compile(r'\d+[a-z]?|[a-z]|[ivx]+|alpha|beta|gamma|delta|kappa')
    family = {}
    for entrez in set(candidates) | set(ncbi):
        for n in candidates.get(entrez, []) + ([ncbi[entrez][2]] if entrez in ncbi else []):
            w = [lookup_key(t) for t in re.split(r'[\s,-]+', n) if lookup_key(t)]
            for i in range(1, len(w)):
                if designation.fullmatch(w[i]):
                    family.setdefault(''.join(w[:i]), set()).add(entrez)
    dropped = {'known': 0, 'ambiguous': 0, 'other-entry': 0, 'family': 0, 'systematic': 0, 'generic': 0, 'disease': 0, 'english': 0, 'drug': 0, 'symbol-like': 0}
    rows = []
    for entrez in sorted(candidates):
        keep, seen = [], set()
        for n in candidates[entrez]:
            key = lookup_key(n)
            if key in seen:
                continue
            seen.add(key)
            problem = hgnc_name_problem(n, words)
            if entrez in owner.get(key, ()):
                problem = 'known'
            elif problem is None and (len(claims[key]) > 1 or owner.get(key)):
                problem = 'ambiguous'
            elif problem is None and key in taken:
                problem = 'other-entry'
            elif problem is None and len(family.get(key, set()) - {entrez}) >= 2:
                problem = 'family'
            if problem:
                dropped[problem] += 1
            else:
                keep.append(n)
        if keep:
            rows.append([entrez, keep])
    source = {
        'name': 'HGNC (HUGO Gene Nomenclature Committee) complete set: approved, alias and previous names',
        'date': latest,
        'licence': 'CC0 1.0 (HGNC data)',
        'url': 'https://www.genenames.org',
        'file': commit,
        'kept': "names of the genes genes.json lists (by Entrez id) that NCBI does not give that gene, one gene's alone, held by no other entry of the lexicon; systematic, generic, family, disease, English-phrase and drug names left out",
        'droppedNames': dropped,
    }
    return {'source': source, 'columns': ['entrez', 'names'], 'rows': rows}


def add_curated_aliases(genes):
    """The curated aliases put into genes.json as checked in, as build_genes adds them after NCBI's own: a change to
    CURATED_GENE_ALIASES is regenerated without NCBI's package (`--curated-aliases`); the same sources and list
    give the same rows either way."""
    for row in genes['rows']:
        row[3] = row[3] + [a for a in CURATED_GENE_ALIASES.get(row[1], []) if a not in row[3]]
    return genes


# ---------------------------------------------------------------------------------------------------------------
# Cell lines from the Cell Line Ontology (CLO). Cellosaurus (the reference) no longer publishes its flat file on
# GitHub and its site is not reachable here; CLO (CC BY 4.0) imports Cellosaurus's and the cell banks' lines and
# links each to the Disease Ontology disease of the patient it came from ('derives from patient having disease',
# 'is disease model for', 'has disease'). Its term table (docs/developer/2023_designPattern/clo_terms.xlsx, one
# row per class with labels, alternative terms and those relations by label) is read with the standard library.

CLO_XLSX_NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
# Cell banks' catalogue numbers CLO lists among a line's names ("RCB1945" for HSC-2): no prose names a line so.
CLO_BANK_CODE = re.compile(r'(?:RCB|JCRB|TKG|IFO|CCL|CRL|HTB|ATCC|KCLB|ECACC|DSMZ|CVCL|LCL|NCI-DTP|IZSLER|BCRC|CBA)[-_ :]?\d+[A-Z]?$', re.I)


def read_xlsx_sheet(path, sheet_name):
    """The rows of one sheet of an .xlsx as lists of strings (shared and inline strings, numbers as written)."""
    import zipfile
    import xml.etree.ElementTree as ET
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter(CLO_XLSX_NS + 't'))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).iter(CLO_XLSX_NS + 'si')]
    book = ET.fromstring(z.read('xl/workbook.xml'))
    rels = ET.fromstring(z.read('xl/_rels/workbook.xml.rels'))
    rid = next(sh.get('{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id')
               for sh in book.iter(CLO_XLSX_NS + 'sheet') if sh.get('name') == sheet_name)
    target = next(r.get('Target') for r in rels if r.get('Id') == rid)
    sheet = ET.fromstring(z.read('xl/' + target.lstrip('/').replace('xl/', '')))
    out = []
    for row in sheet.iter(CLO_XLSX_NS + 'row'):
        cells = {}
        for c in row.iter(CLO_XLSX_NS + 'c'):
            ref = re.match(r'[A-Z]+', c.get('r')).group()
            col = 0
            for ch in ref:
                col = col * 26 + ord(ch) - 64
            v = c.find(CLO_XLSX_NS + 'v')
            if c.get('t') == 's' and v is not None:
                val = strings[int(v.text)]
            elif c.get('t') == 'inlineStr':
                val = ''.join(t.text or '' for t in c.iter(CLO_XLSX_NS + 't'))
            else:
                val = v.text if v is not None else ''
            cells[col - 1] = val
        out.append([cells.get(i, '') for i in range(max(cells) + 1)] if cells else [])
    return out


def disease_index():
    """Disease Ontology names and synonyms (lower case) of diseases.json -> DOID, each DOID's name and depth."""
    with open(os.path.join(OUT, 'diseases.json'), encoding='utf-8') as f:
        rows = json.load(f)['rows']
    by_name, name_of, parents = {}, {}, {}
    for doid, name, synonyms, ps in rows:
        name_of[doid] = name
        parents[doid] = ps
        by_name.setdefault(name.lower(), doid)
    for doid, name, synonyms, ps in rows:
        for s in synonyms:
            by_name.setdefault(s.lower(), doid)

    def ancestors(doid, seen=None):
        seen = set() if seen is None else seen
        for p in parents.get(doid, []):
            if p not in seen:
                seen.add(p)
                ancestors(p, seen)
        return seen
    return by_name, name_of, ancestors


def name_key(name):
    return re.sub(r'[^0-9a-z]', '', unicodedata.normalize('NFKC', name).lower())


def lexicon_keys_for_cell_lines(words):
    """Keys a cell line's name must not take unmarked: English words, gene symbols and aliases, HGNC names,
    disease, drug, cell-type and curated names (the lexicon's other tables as checked in)."""
    keys = set(name_key(w) for w in words)
    def load(n):
        with open(os.path.join(OUT, n), encoding='utf-8') as f:
            return json.load(f)['rows']
    for r in load('genes.json'):
        keys.update(name_key(x) for x in [r[1], r[2]] + r[3])
    for r in load('geneNames.json'):
        keys.update(name_key(x) for x in r[1])
    for r in load('diseases.json') + load('processes.json'):
        keys.update(name_key(x) for x in [r[1]] + r[2])
    for r in load('drugs.json'):
        keys.update(name_key(x) for x in [r[0]] + r[1])
    for r in load('drugCentral.json'):
        keys.add(name_key(r[0]))
    for r in load('curated.json') + load('cellTypes.json'):
        keys.update(name_key(x) for x in [r[1]] + r[3])
    keys.discard('')
    return keys


def cell_line_name_ok(name):
    """A name prose can write: a letter in it, no brackets, commas or the word 'cell', at most four words."""
    return (bool(re.search(r'[A-Za-z]', name)) and not re.search(r'[()\[\],;]', name) and not CLO_BANK_CODE.match(name)
            and not re.search(r'\bcells?\b', name, re.I) and len(name.split()) <= 4 and len(name) <= 30)


def guarded_name(name, taken):
    """Read only before "cells" / "cell line": a name that is a word, a gene or another entry of the lexicon,
    letters alone in capitals or shorter than five ("SAS", "HLE", "KATO"), or three letters and digits or fewer."""
    key = name_key(name)
    if key in taken or len(key) <= 3:
        return True
    if not re.search(r'\d', name):
        letters = re.sub(r'[^A-Za-z]', '', name)
        return letters.isupper() or len(letters) < 5
    return False


def build_cell_lines_clo(xlsx, words, commit):
    """Human cancer cell lines from CLO: names (label without ' cell', alternative terms; cell banks' catalogue
    numbers left out), and the cancer of origin as a diseases.json name when CLO's disease is in the cancer
    branch; lines whose disease CLO does not give, or gives outside the cancer branch, are left out. Lines that
    share a name are one row; where they name different cancers the cancer is left unknown."""
    rows = read_xlsx_sheet(xlsx, 'clo_axioms')
    head = rows[0]
    col = {h: i for i, h in enumerate(head)}
    get = lambda r, h: r[col[h]] if col[h] < len(r) else ''
    by_name, name_of, ancestors = disease_index()
    label_row = {get(r, 'LABEL'): r for r in rows[1:]}

    def is_human(r, depth=0):
        parent = get(r, 'SubClass Of [NAMED]')
        if 'human' in parent.split() or 'Homo sapiens' in get(r, 'SubClass Of [ANON]') or 'Homo sapiens' in get(r, 'derived from organism'):
            return True
        if any(w in parent.split() for w in ('mouse', 'rat', 'hamster', 'monkey', 'dog', 'bovine', 'chicken', 'pig')):
            return False
        up = label_row.get(parent)
        return depth < 5 and up is not None and is_human(up, depth + 1)

    lines = []
    for r in rows[1:]:
        clo, label = get(r, 'ID'), get(r, 'LABEL')
        if not clo.startswith('CLO:') or not label.endswith(' cell') or not is_human(r):
            continue
        said = set(x for x in (get(r, 'derives from patient having disease') + '|' + get(r, 'is disease model for')).split('|') if x)
        said |= set(re.findall(r"'has disease' some '?([^')]+)'?\)", get(r, 'SubClass Of [ANON]')))
        cancers = sorted(set(by_name[d.lower()] for d in said if d.lower() in by_name))
        if not cancers:
            continue
        # The most specific: a cancer no other named cancer descends from; then the deepest; a tie is unknown.
        specific = [c for c in cancers if not any(c in ancestors(o) for o in cancers if o != c)]
        depth = {c: len(ancestors(c)) for c in specific}
        best = max(depth.values())
        deepest = [c for c in specific if depth[c] == best]
        cancer = deepest[0] if len(deepest) == 1 else None
        xrefs = set(x.split(':', 1)[1].strip() for x in get(r, 'see also').split('|') if ':' in x)
        names = [label[:-len(' cell')]] + [a for a in get(r, 'alternative term').split('|') if a]
        names = [n.strip() for n in names if n.strip() not in xrefs and cell_line_name_ok(n.strip())]
        cvcl = sorted(x for x in xrefs if x.startswith('CVCL_'))
        if names:
            lines.append((clo, names, cancer, cvcl))

    # One row per line: rows that share a name key or a Cellosaurus accession are one line.
    parent = list(range(len(lines)))
    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    first = {}
    for i, (clo, names, cancer, cvcl) in enumerate(lines):
        for k in [name_key(n) for n in names] + cvcl:
            if k in first:
                parent[find(i)] = find(first[k])
            else:
                first[k] = i
    groups = {}
    for i in range(len(lines)):
        groups.setdefault(find(i), []).append(lines[i])
    taken = lexicon_keys_for_cell_lines(words)
    out = []
    for members in groups.values():
        members.sort(key=lambda m: m[0])
        # The name: the label of a row whose label is no bank's number, the lowest CLO id first.
        names = []
        for clo, ns, cancer, cvcl in members:
            for n in ns:
                if n not in names:
                    names.append(n)
        cancers = set(m[2] for m in members if m[2])
        cancer = name_of[cancers.pop()] if len(cancers) == 1 else None
        if len(cancers) == 0 and not any(m[2] for m in members):
            cancer = None
        ids = sorted(m[0] for m in members)
        name, synonyms = names[0], names[1:]
        guarded = [n for n in names if guarded_name(n, taken)]
        out.append([name, synonyms, 'human', cancer, 'Cell Line Ontology ' + ', '.join(ids[:3]), guarded])
    out.sort(key=lambda r: (r[0].lower(), r[0]))
    return {
        'source': {'name': 'Cell Line Ontology (CLO; github.com/CLO-ontology/CLO, docs/developer/2023_designPattern/clo_terms.xlsx, commit %s)' % commit.split()[0],
                   'date': commit.split()[1] if len(commit.split()) > 1 else None, 'licence': 'CC BY 4.0',
                   'url': 'https://github.com/CLO-ontology/CLO'},
        'columns': ['name', 'synonyms', 'species', 'cancer', 'note', 'names read only before cells / cell line'],
        'rows': out,
    }


def write(name, data):
    text = json.dumps(data, ensure_ascii=False, separators=(',', ':'), sort_keys=False)
    # One row per line keeps diffs readable and the file compact.
    text = text.replace('],[', '],\n[')
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        f.write(text + '\n')


def sha256(name):
    with open(os.path.join(OUT, name), 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


GENERATED = ['genes.json', 'geneNames.json', 'processes.json', 'diseases.json', 'drugCentral.json', 'englishLookalikes.json', 'cellTypes.json', 'cellLinesCLO.json']
CURATED = ['cellLines.json', 'drugs.json', 'curated.json']


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--orgdb')
    ap.add_argument('--godb')
    ap.add_argument('--words')
    ap.add_argument('--doid-slim')
    ap.add_argument('--doid-obo')
    ap.add_argument('--drugcentral', help="DrugCentral's structures.smiles.tsv (with a .commit file beside it)")
    ap.add_argument('--cl-owl', help="the Cell Ontology's src/ontology/cl-edit.owl (with a .commit file beside it)")
    ap.add_argument('--hgnc', help="HGNC's hgnc_complete_set.txt (with a .commit file beside it)")
    ap.add_argument('--clo-terms', help="CLO's docs/developer/2023_designPattern/clo_terms.xlsx (with a .commit file beside it)")
    ap.add_argument('--manifest-only', action='store_true', help='only recompute checksums (after editing a curated file)')
    ap.add_argument('--curated-aliases', action='store_true', help="add CURATED_GENE_ALIASES to genes.json as checked in (no NCBI package needed), then checksums")
    ap.add_argument('--alias-classes', action='store_true', help="drop the aliases of genes.json as checked in that name a class (class_word_alias; no NCBI package needed), then checksums")
    ap.add_argument('--curated-disease-synonyms', action='store_true', help="add CURATED_DISEASE_SYNONYMS to diseases.json as checked in (no Disease Ontology clone needed), then checksums")
    ap.add_argument('--disease-forms', action='store_true', help="add the derived disease names (add_class_head_names) to diseases.json as checked in (no Disease Ontology clone needed), then checksums")
    args = ap.parse_args()
    if args.curated_disease_synonyms:
        with open(os.path.join(OUT, 'diseases.json'), encoding='utf-8') as f:
            write('diseases.json', add_curated_disease_synonyms(json.load(f)))
    elif args.disease_forms:
        with open(os.path.join(OUT, 'diseases.json'), encoding='utf-8') as f:
            write('diseases.json', add_class_head_names(json.load(f)))
    elif args.alias_classes:
        with open(os.path.join(OUT, 'genes.json'), encoding='utf-8') as f:
            write('genes.json', drop_class_word_aliases(json.load(f)))
    elif args.curated_aliases:
        with open(os.path.join(OUT, 'genes.json'), encoding='utf-8') as f:
            write('genes.json', add_curated_aliases(json.load(f)))
    elif not args.manifest_only:
        # Each generated file is rebuilt when its sources are given, so one source can be refreshed alone.
        words = english_words(args.words)
        commit = lambda p: open(p).read().strip() if os.path.exists(p) else 'unknown'
        if args.orgdb:
            write('genes.json', build_genes(args.orgdb, words))
        if args.godb:
            write('processes.json', build_processes(args.godb, words))
        if args.doid_slim:
            slim_commit = commit(os.path.splitext(args.doid_slim)[0] + '.commit')
            obo_commit = commit(os.path.splitext(args.doid_obo)[0] + '.commit') if args.doid_obo else 'none'
            write('diseases.json', build_diseases(args.doid_slim, args.doid_obo, slim_commit, obo_commit))
        write('englishLookalikes.json', build_lookalikes(words))
        if args.drugcentral:
            write('drugCentral.json', build_drugcentral(args.drugcentral, words, commit(os.path.splitext(args.drugcentral)[0] + '.commit')))
        if args.cl_owl:
            write('cellTypes.json', build_cell_types(args.cl_owl, words, commit(os.path.splitext(args.cl_owl)[0] + '.commit')))
        if args.clo_terms:
            write('cellLinesCLO.json', build_cell_lines_clo(args.clo_terms, words, commit(os.path.splitext(args.clo_terms)[0] + '.commit')))
        if args.hgnc:
            # Last: HGNC adds only names that genes.json and the other tables (rebuilt above or as checked in) lack.
            with open(os.path.join(OUT, 'genes.json'), encoding='utf-8') as f:
                genes = json.load(f)
            write('geneNames.json', build_gene_names(args.hgnc, genes, words, commit(os.path.splitext(args.hgnc)[0] + '.commit')))
    manifest = {'generated': {n: sha256(n) for n in GENERATED}, 'curated': {n: sha256(n) for n in CURATED if os.path.exists(os.path.join(OUT, n))}}
    with open(os.path.join(OUT, 'MANIFEST.json'), 'w') as f:
        json.dump(manifest, f, indent=2, sort_keys=True)
        f.write('\n')
    print(json.dumps(manifest, indent=2))


if __name__ == '__main__':
    sys.exit(main())
