"""Citation mentions: named studies, identifiers, author-year, markers, reference entries (table-driven)."""

from __future__ import annotations

import pytest

from claims import extract_claims_from_text
from claims.citations import design_of, find_mentions, journal_abbrev, marker_numbers, parse_reference


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("For example, a 2012 meta-analysis published in the Journal of Manipulative and Physiological Therapeutics "
         "found that it worked.",
         {"text": "a 2012 meta-analysis published in the Journal of Manipulative and Physiological Therapeutics",
          "year": 2012, "design": "meta-analysis", "journal_abbrev": "J Manipulative Physiol Ther"}),
        ("Another study published in the Archives of Physical Medicine and Rehabilitation found benefit.",
         {"text": "Another study published in the Archives of Physical Medicine and Rehabilitation", "year": None,
          "design": "study", "journal_abbrev": "Arch Phys Med Rehabil"}),
        ("A systematic review of 15 randomized controlled trials found that DN was effective.",
         {"text": "A systematic review of 15 randomized controlled trials", "design": "systematic review",
          "n_studies": 15, "resolvable": False}),
        ("A 2019 randomized controlled trial by Jones et al. in 2019 showed it helped.",
         {"design": "randomized controlled trial", "authors": ("Jones et al.",), "year": 2019}),
        ("A study by Smith and Lee published in Pain Medicine in 2018 found less pain.",
         {"journal": "Pain Medicine", "journal_abbrev": "Pain Med", "year": 2018, "authors": ("Smith and Lee",)}),
        ("In a large Cochrane review, acupuncture reduced migraines.", {"design": "review", "resolvable": False}),
        ("A 2016 trial published in the Journal of Medicinal Food found curcumin helped.",
         {"design": "study", "year": 2016, "journal_abbrev": "J Med Food"}),
    ],
)
def test_named_studies(sentence: str, expected: dict) -> None:
    mention = find_mentions(sentence)[0]
    assert {k: getattr(mention, k) for k in expected} == expected


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("see doi:10.1016/j.apmr.2012.01.001.", "doi", "10.1016/j.apmr.2012.01.001"),
        ("https://doi.org/10.2519/JOSPT.2019.8000)", "doi", "10.2519/jospt.2019.8000"),
        ("PMID: 12345678", "pmid", "12345678"),
        ("https://pubmed.ncbi.nlm.nih.gov/90000001/", "pmid", "90000001"),
        ("(Smith et al., 2019)", "authors", ("Smith et al.",)),
        ("(Lauche & Cramer, 2016)", "year", 2016),
        ("Source: 1", "marker", "Source: 1"),
        ("[2-4]", "marker", "[2-4]"),
    ],
)
def test_identifiers_author_year_and_markers(text: str, field: str, value: object) -> None:
    (mention,) = find_mentions(text)
    assert getattr(mention, field) == value


def test_offsets_are_shifted() -> None:
    (mention,) = find_mentions("x PMID 42", offset=100)
    assert (mention.start, mention.end) == (102, 109)


@pytest.mark.parametrize(
    ("phrase", "design"),
    [("systematic review and meta-analysis", "meta-analysis"), ("randomised controlled trial", "randomized controlled trial"),
     ("RCT", "randomized controlled trial"), ("cohort study", "cohort study"), ("case report", "case report"),
     ("narrative review", "review"), ("pilot study", "study"), ("research", "study")],
)
def test_design_names(phrase: str, design: str) -> None:
    assert design_of(phrase) == design


def test_journal_abbreviations() -> None:
    assert journal_abbrev("The Journal of Pain") == "J Pain"
    assert journal_abbrev("Journal of Orthopaedic & Sports Physical Therapy") == "J Orthop Sports Phys Ther"
    assert journal_abbrev("Spine J") == "Spine J"
    assert journal_abbrev("Journal of Imaginary Results") is None


def test_marker_numbers() -> None:
    assert marker_numbers("Sources: 1, 3-5") == [1, 3, 4, 5]


def test_reference_entry() -> None:
    fields = parse_reference("Okafor N, Brandt L. Spinal manipulation versus NSAIDs: a randomized controlled trial. "
                             "Spine J. 2019;19(6):980-988. doi:10.1016/j.spinee.2019.90001")
    assert fields == {"year": 2019, "doi": "10.1016/j.spinee.2019.90001", "journal_abbrev": "Spine J",
                      "journal": "Spine J", "design": "randomized controlled trial", "authors": ("Okafor N", "Brandt L"),
                      "volume": "19", "first_page": "980"}


@pytest.mark.parametrize(
    ("entry", "volume", "first_page"),
    [
        ("Ames T. Cupping for neck pain. BMC Complement Altern Med. 2011;11:63.", "11", "63"),
        ("Ames T. Needling. J Orthop Sports Phys Ther 2013; 43 (9): 620-34", "43", "620"),
        ("Ames T. Needling. Curr Pain Headache Rep. 2013 Aug;17(8):348.", "17", "348"),
        ("Ames, T., & Bell, R. (2015). Cupping and neck pain. Pain Medicine, 16(3), 456\u2013462.", "16", "456"),
        ("Ames T. Needles. Physiotherapy, vol. 12, no. 3, pp. 44-50, 2010.", "12", "44"),
        ("Ames T. Cupping. PLoS One. 2020;15:e0230512.", "15", "e0230512"),
        ("Healthline (2019). Cupping benefits. Retrieved from https://example.org/cupping", None, None),
    ],
)
def test_reference_volume_and_first_page(entry: str, volume: str | None, first_page: str | None) -> None:
    """Volume and first page, in Vancouver, APA and 'vol./pp.' styles, are what ECitMatch looks a paper up by."""
    fields = parse_reference(entry)
    assert (fields.get("volume"), fields.get("first_page")) == (volume, first_page)


def test_marker_without_matching_entry_is_unresolvable() -> None:
    text = ("Massage for Back Pain\n\nMassage reduces back pain [4].\n\nReferences\n\n"
            "1. Doe J. Massage and pain. Pain Med. 2020;1:1-2.\n")
    ledger = extract_claims_from_text(text, source="t.txt")
    (mention,) = ledger.claims[0].citations
    assert (mention.marker, mention.resolvable, mention.note) == ("[4]", False, "no entry 4 in the reference list")
    assert ledger.article.references == ("Doe J. Massage and pain. Pain Med. 2020;1:1-2.",)


def test_round_93_a_numbered_entry_under_a_studys_summary_is_the_reference_a_marker_points_at() -> None:
    # no References heading: the entries stand as a numbered list right under the study's summary
    text = ("Joint Formula\n\nThe science\n"
            "In a large trial, people with knee pain who took glucosamine improved more than with placebo (Source: 1).\n"
            "1. Synthetic AB et al. A synthetic trial of glucosamine for painful knees. N Engl J Med. 2006;354(8):795-808.\n\n"
            "Zilberman Q, et al. A synthetic study of oxygen for tiredness. Sci Rep. 2022;12(1):11252.\n")
    ledger = extract_claims_from_text(text)
    assert [c.source_text for c in ledger.claims] == [
        "In a large trial, people with knee pain who took glucosamine improved more than with placebo (Source: 1)."]
    (mention,) = [m for m in ledger.claims[0].citations if m.marker]
    assert (mention.resolvable, mention.journal, mention.year) == (True, "N Engl J Med", 2006)
    assert ledger.article.references[0].startswith("Synthetic AB et al.")
    # (a sentence that opens with a name and initials is still the page's own words without an entry's marks)
    text = "Back Care\n\nDr Patel J, our lead chiropractor, says spinal adjustments ease back pain in most patients.\n"
    assert [c.source_text for c in extract_claims_from_text(text).claims] == [
        "Dr Patel J, our lead chiropractor, says spinal adjustments ease back pain in most patients."]


def test_round_102_a_labelled_entry_on_its_own_line_is_the_reference_its_marker_points_at() -> None:
    text = ("# Sports massage for hamstrings\n\nA 2019 trial found that a single sports massage increased hamstring "
            "flexibility by 7% compared with rest [1].\n\nSource: 1. Synthetic trial of sports massage on hamstring "
            "flexibility in footballers. J Sports Sci Med, 2019.\n")
    ledger = extract_claims_from_text(text, content_type="text/markdown")
    assert [c.source_text[:22] for c in ledger.claims] == ["A 2019 trial found tha"]
    (mention,) = [m for m in ledger.claims[0].citations if m.marker]
    assert (mention.resolvable, mention.year) == (True, 2019)
    assert ledger.article.references == (
        "Synthetic trial of sports massage on hamstring flexibility in footballers. J Sports Sci Med, 2019.",)
