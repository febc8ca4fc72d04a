"""The bundled dry-needling article: every claim the issue lists, exactly, and none of the page furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import ClaimLedger, extract_claims

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "dry-needling.txt"


@pytest.fixture(scope="module")
def ledger() -> ClaimLedger:
    return extract_claims(EXAMPLE)


def _by_text(ledger: ClaimLedger, text: str):
    found = [c for c in ledger.claims if c.text == text]
    assert len(found) == 1, f"expected one claim {text!r}, got {[c.text for c in ledger.claims]}"
    return found[0]


def test_article_metadata(ledger: ClaimLedger) -> None:
    assert ledger.article.title == "Mechanisms of Action in Dry Needling: Unraveling Pain"
    assert ledger.article.source == str(EXAMPLE)
    assert ledger.article.has_reference_list is False
    assert ledger.article.text == EXAMPLE.read_text("utf-8").replace("\u00a0", " ")


@pytest.mark.parametrize(
    "condition",
    ["muscle strains and sprains", "chronic pain", "headaches and migraines", "tennis elbow",
     "carpal tunnel syndrome", "sciatica", "fibromyalgia"],
)
def test_every_indication_bullet_is_an_efficacy_claim(ledger: ClaimLedger, condition: str) -> None:
    claim = _by_text(ledger, f"Dry needling is an effective treatment for {condition}")
    assert claim.kind == "efficacy"
    assert claim.block_kind == "list_item"
    assert claim.intervention == "dry needling"
    assert claim.section == ("Mechanisms of Action in Dry Needling", "Indications")
    assert claim.source_text.lower() == condition
    assert ledger.article.text[claim.start : claim.end] == claim.source_text
    assert claim.misattributed_structurally is False


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Dry needling may be unsuitable for people with bleeding disorders", "Bleeding disorders"),
        ("Dry needling may be unsuitable during pregnancy", "Pregnancy"),
        ("Dry needling may be unsuitable for people with certain neurological conditions", "Certain neurological conditions"),
    ],
)
def test_every_contraindication_is_a_safety_claim(ledger: ClaimLedger, text: str, source: str) -> None:
    claim = _by_text(ledger, text)
    assert (claim.kind, claim.intervention, claim.source_text) == ("safety", "dry needling", source)
    assert claim.section[-1] == "Contraindications"
    assert claim.wording == "hedged"


def test_generally_safe_sentence_is_a_safety_claim(ledger: ClaimLedger) -> None:
    claim = next(c for c in ledger.claims if c.text.startswith("While dry needling is generally considered safe"))
    assert claim.kind == "safety"
    assert claim.wording == "hedged"
    assert "generally" in claim.wording_terms


@pytest.mark.parametrize(
    ("condition", "source"),
    [("myofascial pain syndrome", "Myofascial Pain SyndromeA condition characterized by the presence of trigger points in the muscles"),
     ("chronic pain", "Chronic PainPain that persists for more than 12 weeks"),
     ("headaches and migraines", "Headaches and MigrainesRecurring headaches or migraines"),
     ("tennis elbow", "Tennis ElbowPain and inflammation in the elbow caused by repetitive strain"),
     ("carpal tunnel syndrome", "Carpal Tunnel SyndromeA condition characterized by compression of the median nerve in the wrist"),
     ("sciatica", "SciaticaPain in the lower back and legs caused by compression of the sciatic nerve"),
     ("fibromyalgia", "FibromyalgiaA chronic condition characterized by widespread pain and fatigue")],
)
def test_every_table_condition_is_a_claim(ledger: ClaimLedger, condition: str, source: str) -> None:
    claim = _by_text(ledger, f"Dry needling treats {condition}")
    assert claim.kind == "efficacy"
    assert claim.block_kind == "table_row"
    assert claim.source_text == source
    assert claim.section == ("Common Conditions Treated with Dry Needling",)
    assert claim.intervention == "dry needling"


@pytest.mark.parametrize(
    "label",
    ["Improved range of motion", "Reduced inflammation", "Increased circulation", "Improved posture",
     "Stress relief", "Improved sleep"],
)
def test_additional_benefits_are_credited_to_dry_needling_but_name_massage(ledger: ClaimLedger, label: str) -> None:
    claim = next(c for c in ledger.claims if c.source_text.startswith(label + ":"))
    assert claim.intervention == "dry needling"
    assert claim.subject_in_text == ("massage",)
    assert claim.misattributed_structurally is True
    assert claim.misattribution_reason == (
        "the text names massage, but it stands under a heading or lead-in that credits dry needling"
    )
    assert claim.section == ("Additional Benefits of Dry Needling",)
    assert claim.block_kind == "list_item"
    assert claim.text == claim.source_text  # a full sentence already: kept as written


def test_only_the_massage_bullets_are_flagged(ledger: ClaimLedger) -> None:
    assert sum(c.misattributed_structurally for c in ledger.claims) == 6


@pytest.mark.parametrize(
    "start",
    ["Dry needling works by targeting specific trigger points in the muscle.",
     "By inserting a needle into the trigger point, the therapist can elicit a local twitch response",
     "This response helps to release the tension in the muscle and promote healing.",
     "When a needle is inserted into a trigger point, it stimulates the release of endorphins",
     "The primary mechanism of action for DN is the stimulation of the muscle spindles",
     "DN also causes local inflammation and the release of various biochemicals"],
)
def test_mechanism_statements(ledger: ClaimLedger, start: str) -> None:
    claim = next(c for c in ledger.claims if c.text.startswith(start))
    assert claim.kind == "mechanism"
    assert claim.intervention == "dry needling"


def test_facts_bullets_carry_their_unresolvable_source_marker(ledger: ClaimLedger) -> None:
    facts = [c for c in ledger.claims if c.source_text.endswith("Source: 1")]
    assert len(facts) == 5
    for claim in facts:
        assert claim.block_kind == "list_item"
        assert not claim.text.endswith("Source: 1")  # the marker is a citation, not claim text
        marker = [m for m in claim.citations if m.marker]
        assert len(marker) == 1
        assert marker[0].marker == "Source: 1"
        assert marker[0].resolvable is False
        assert marker[0].note == "the article has no reference list"
    assert facts[0].text == (
        "Dry needling (DN) is a form of manual therapy that involves the insertion of thin filiform needles into the "
        "skin and muscle without the injection of any fluid. Dry needling is based on the principles of traditional "
        "acupuncture but is used primarily for the treatment of myofascial trigger points (MTrPs)."
    )
    assert facts[0].subject_in_text == ("dry needling",)  # "a form of manual therapy", "based on acupuncture" are not subjects


def test_systematic_review_of_fifteen_trials(ledger: ClaimLedger) -> None:
    claim = next(c for c in ledger.claims if c.text.startswith("A systematic review of 15 randomized"))
    assert claim.kind == "citation"
    review = claim.citations[0]
    assert (review.design, review.n_studies, review.year, review.journal) == ("systematic review", 15, None, None)
    assert review.text == "A systematic review of 15 randomized controlled trials"
    assert "myofascial pain syndrome" in claim.conditions


def test_meta_analysis_citation(ledger: ClaimLedger) -> None:
    claim = next(c for c in ledger.claims if "2012 meta-analysis" in c.text)
    assert claim.kind == "citation"
    assert claim.intervention == "dry needling"
    assert claim.conditions == ("myofascial pain syndrome",)
    (m,) = claim.citations
    assert m.text == "a 2012 meta-analysis published in the Journal of Manipulative and Physiological Therapeutics"
    assert (m.year, m.design, m.journal, m.journal_abbrev) == (
        2012, "meta-analysis", "Journal of Manipulative and Physiological Therapeutics", "J Manipulative Physiol Ther")
    assert m.resolvable is True
    assert ledger.article.text[m.start : m.end] == m.text


def test_archives_study_citation(ledger: ClaimLedger) -> None:
    claim = next(c for c in ledger.claims if c.text.startswith("Another study published in the Archives"))
    assert claim.kind == "citation"
    assert claim.conditions == ("neck pain",)
    (m,) = claim.citations
    assert (m.year, m.design, m.journal_abbrev) == (None, "study", "Arch Phys Med Rehabil")
    assert m.journal == "Archives of Physical Medicine and Rehabilitation"


def test_ledger_citations_are_all_mentions_with_unique_ids(ledger: ClaimLedger) -> None:
    assert len(ledger.citations) == 9  # 2 named studies in prose, 2 in bullets, 5 markers
    assert len({m.id for m in ledger.citations}) == 9


@pytest.mark.parametrize(
    "furniture",
    ["Leave a Reply", "Your email address", "Contact Info", "(406) 541", "Russell St", "Newsletter",
     "Special offers", "Office Hours", "7:00 AM", "Copyright", "Krieg", "Schedule an appointment",
     "consider giving dry needling a try", "Have you ever experienced", "In this article", "Close-up of hands"],
)
def test_no_page_furniture_questions_or_calls_to_action(ledger: ClaimLedger, furniture: str) -> None:
    assert not [c.text for c in ledger.claims if furniture.lower() in c.source_text.lower()]


def test_every_claim_points_at_its_words(ledger: ClaimLedger) -> None:
    for claim in ledger.claims:
        assert ledger.article.text[claim.start : claim.end] == claim.source_text
    assert len({c.id for c in ledger.claims}) == len(ledger.claims)


def test_ids_are_stable_across_runs(ledger: ClaimLedger) -> None:
    again = extract_claims(EXAMPLE)
    assert [c.id for c in again.claims] == [c.id for c in ledger.claims]


def test_ledger_round_trips_through_json_and_csv(ledger: ClaimLedger, tmp_path: Path) -> None:
    path = tmp_path / "ledger.json"
    path.write_text(ledger.to_json(), encoding="utf-8")
    back = ClaimLedger.from_json(path.read_text("utf-8"))
    assert back == ledger
    frame = ledger.to_frame()
    assert len(frame) == len(ledger)
    assert frame.loc[frame["misattributed_structurally"], "intervention"].unique().tolist() == ["dry needling"]
    assert ledger.to_csv().count("\n") >= len(ledger) + 1
