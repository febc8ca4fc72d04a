"""Study design and level from publication types, MeSH and wording (synthetic and real records)."""

from __future__ import annotations

from pathlib import Path

import pytest

from audit.design import DESIGN_LEVELS, Design, classify_design
from audit.model import AbstractSection, Record

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"


def rec(title: str, types: tuple[str, ...] = ("Journal Article",), abstract: str = "", mesh: tuple[str, ...] = (),
        digest: bool = False) -> Record:
    sections = (AbstractSection(text=abstract),) if abstract else ()
    return Record(pmid="90000001", title=title, publication_types=types, mesh=mesh, abstract=sections,
                  is_digest=digest)


# (record, design, level, preclinical)
CASES = [
    (rec("Synthetic needling trials: a systematic review and meta-analysis of randomised controlled trials"),
     "meta-analysis", 1, False),
    (rec("Synthetic review of needling", ("Journal Article", "Meta-Analysis", "Review")), "meta-analysis", 1, False),
    (rec("Synthetic needling for pain: an umbrella review of 30 systematic reviews"), "umbrella review", 1, False),
    (rec("Synthetic needling for stroke spasticity: a systematic review", ("Systematic Review",),
         "We found 16 studies of mixed designs; no meta-analysis was possible."), "systematic review", 1, False),
    (rec("Synthetic needling versus sham", ("Journal Article", "Randomized Controlled Trial")),
     "randomized controlled trial", 2, False),
    (rec("Synthetic needling: a randomised sham-controlled trial in 80 adults"), "randomized controlled trial", 2, False),
    (rec("Synthetic needling and exercise", ("Clinical Trial",), "Forty adults were randomly assigned to two arms."),
     "randomized controlled trial", 2, False),
    (rec("Synthetic needling compared with exercise", ("Comparative Study",)), "non-randomized controlled trial", 3,
     False),
    (rec("Synthetic needling outcomes in a prospective cohort of 300 patients"), "cohort study", 3, False),
    (rec("Synthetic risk factors for pneumothorax: a case-control study"), "case-control study", 3, False),
    (rec("Synthetic pneumothorax after needling", ("Case Reports",)), "case report", 4, False),
    (rec("Synthetic adverse events of needling: a prospective survey of physiotherapists", ("Observational Study",)),
     "survey", 4, False),
    (rec("Synthetic prevalence of myofascial pain in primary care"), "cross-sectional study", 4, False),
    (rec("Synthetic needling: current perspectives", ("Journal Article", "Review")), "narrative review", 5, False),
    (rec("Synthetic needling in practice", ("Practice Guideline",)), "guideline", 5, False),
    (rec("Synthetic thoughts on needling", ("Editorial",)), "editorial", 5, False),
    (rec("Synthetic needling at trigger spots of rabbit skeletal muscle"), "animal study", 5, True),
    (rec("Synthetic needling effects", mesh=("Animals", "Rats", "Muscle, Skeletal")), "animal study", 5, True),
    (rec("Synthetic needle depth over the lung apex in embalmed cadavers"), "cadaver study", 5, True),
    (rec("Synthetic fibroblast response to needling in cell culture"), "in-vitro study", 5, True),
    # Digest records: one-line finding as abstract; negated design words do not count.
    (rec("Synthetic trapezius blood flow after needling", digest=True,
         abstract="Blood flow rose after needling; not a meta-analysis and not about pain."), "other", 5, False),
    (rec("Synthetic massage and cortisol", ("Review", "Meta-Analysis"), digest=True,
         abstract="Massage effects on cortisol were small."), "meta-analysis", 1, False),
]


@pytest.mark.parametrize("record, design, level, preclinical", CASES)
def test_classify_design_table(record, design, level, preclinical):
    got = classify_design(record)
    assert (got.design, got.level, got.preclinical) == (design, level, preclinical)


def test_levels_follow_the_evidence_hierarchy():
    assert DESIGN_LEVELS["meta-analysis"] < DESIGN_LEVELS["randomized controlled trial"] < \
        DESIGN_LEVELS["cohort study"] < DESIGN_LEVELS["case report"] < DESIGN_LEVELS["narrative review"]
    assert all(DESIGN_LEVELS[d] == 5 for d in ("animal study", "in-vitro study", "cadaver study"))


def test_systematic_review_of_mixed_designs_is_noted():
    got = classify_design(rec("Synthetic needling after stroke: a systematic review", ("Systematic Review",),
                              "Sixteen observational and cohort studies were included."))
    assert got == Design("systematic review", 1, False,
                         "systematic review without meta-analysis; included designs not limited to RCTs", "title")


# Real PubMed records (metapub test fixtures): pmid → expected design.
REAL = {
    "219391": "case report",
    "32294727": "editorial",
    "35726897": "letter",
    "36318760": "systematic review",
    "35830032": "meta-analysis",
    "38958301": "guideline",
    "24084238": "narrative review",
    "34843274": "guideline",
}


@pytest.mark.parametrize("pmid, design", sorted(REAL.items()))
def test_real_records(pmid, design):
    path = SHARED / "metapub_fixtures" / "pmid_xml" / f"{pmid}.xml"
    if not path.exists():
        pytest.skip("../shared/data/metapub_fixtures is not available")
    records = pytest.importorskip("audit.records")
    (record,) = records.parse_pubmed_xml(path.read_bytes())
    assert classify_design(record).design == design


def test_real_randomised_trial():
    path = SHARED / "metapub_fixtures" / "other" / "pmid_28731372.xml"
    if not path.exists():
        pytest.skip("../shared/data/metapub_fixtures is not available")
    from audit.records import parse_pubmed_xml

    (record,) = parse_pubmed_xml(path.read_bytes())
    assert classify_design(record) == Design("randomized controlled trial", 2, False, "", "publication type")
