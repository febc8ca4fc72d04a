"""Recovering structure from scraped text, Markdown and HTML; sentences; wording; list completion."""

from __future__ import annotations

from functools import partial

import pytest

from claims import extract_claims_from_text as _extract
from claims.boilerplate import is_boilerplate, is_call_to_action, is_tail_marker
from claims.complete import Completion, complete_item, lead_in_mode
from claims.sentences import split_sentences
from claims.structure import _is_table_header, blocks_from_plain, split_run_together
from claims.wording import wording_of

# These tests pin down the hand-written rules; the learned detector's second opinion over them is tested in
# test_detector.py and measured on the labelled articles (test_quality.py).
extract_claims_from_text = partial(_extract, detector="rules")


@pytest.mark.parametrize(
    ("row", "cells"),
    [("Myofascial Pain SyndromeA condition characterized by trigger points", ("Myofascial Pain Syndrome", "A condition characterized by trigger points")),
     ("Chronic PainPain that persists for more than 12 weeks", ("Chronic Pain", "Pain that persists for more than 12 weeks")),
     ("SciaticaPain in the lower back", ("Sciatica", "Pain in the lower back")),
     ("Low back pain\tRestores joint motion", ("Low back pain", "Restores joint motion"))],
)
def test_run_together_cells(row: str, cells: tuple[str, ...]) -> None:
    assert split_run_together(row, 2) == cells


def test_plain_text_blocks_headings_items_tables_and_footer() -> None:
    text = ("Cupping Basics\n\nWhy Cupping:\n\nCupping is an old practice. It helps, including:\n\n"
            "  • Neck pain\n  • Stiff shoulders\n\nConditions Treated with Cupping\n\nConditionDescription\n"
            "Neck PainPain in the neck\nBack PainPain in the back\n\nLeave a Reply\n\nOffice Hours\nMonday\n9:00 AM - 5:00 PM\n")
    title, blocks = blocks_from_plain(text)
    assert title == "Cupping Basics"
    kinds = [(b.kind, b.text if b.kind != "table_row" else b.cells, b.section) for b in blocks]
    assert kinds == [
        ("heading", "Why Cupping", ("Why Cupping",)),
        ("paragraph", "Cupping is an old practice. It helps, including:", ("Why Cupping",)),
        ("list_item", "Neck pain", ("Why Cupping",)),
        ("list_item", "Stiff shoulders", ("Why Cupping",)),
        ("heading", "Conditions Treated with Cupping", ("Conditions Treated with Cupping",)),
        ("table_row", ("Neck Pain", "Pain in the neck"), ("Conditions Treated with Cupping",)),
        ("table_row", ("Back Pain", "Pain in the back"), ("Conditions Treated with Cupping",)),
    ]
    assert blocks[2].lead_in == "Cupping is an old practice. It helps, including:"
    assert blocks[5].header == ("Condition", "Description")


@pytest.mark.parametrize(
    "line",
    ["Monday", "7:00 AM - 6:00 PM", "(406) 541 - 8888", "1070, N Russell St, Missoula, MT 59808", "Contact Info",
     "© Copyright Krieg. All right reserved.", "Get Special offers & Discounts", "Home » Blog » Cupping",
     "These statements have not been evaluated by the Food and Drug Administration.", "Warm regards,"],
)
def test_boilerplate_lines(line: str) -> None:
    assert is_boilerplate(line)


@pytest.mark.parametrize("line", ["Tennis Elbow", "Dry needling is safe.", "Massage lowers cortisol by 30%."])
def test_content_lines_are_not_boilerplate(line: str) -> None:
    assert not is_boilerplate(line)


@pytest.mark.parametrize(
    ("sentence", "cta"),
    [("Schedule an appointment with us today to know more!", True),
     ("If you're in pain, consider giving dry needling a try.", True),
     ("Book your first cupping session today and get 20% off!", True),
     ("Dry needling can help alleviate pain.", False),
     ("[ SHOP SAFFRON GLOW ]", True), ("Pin it for later and sign up to my Sunday newsletter for weekly recovery tips!", True),
     ("[1] Smith J. A trial of massage for neck pain. 2019.", False)],
)
def test_calls_to_action(sentence: str, cta: bool) -> None:
    assert is_call_to_action(sentence) is cta


def test_sentences_respect_abbreviations_and_offsets() -> None:
    text = "Results (Smith et al. 2019) were good. No. 5 is e.g. fine. No. It hurts."
    spans = split_sentences(text, offset=10)
    assert [s.text for s in spans] == ["Results (Smith et al. 2019) were good.", "No. 5 is e.g. fine.", "No.", "It hurts."]
    assert all(text[s.start - 10 : s.end - 10] == s.text for s in spans)


@pytest.mark.parametrize(
    ("text", "wording", "terms"),
    [("Cupping cures cellulite.", "absolute", ("cures",)), ("Massage may help sleep.", "hedged", ("may help",)),
     ("Yoga lowers blood pressure.", "plain", ()), ("It can cure pain and may help.", "absolute", ("cure",))],
)
def test_wording(text: str, wording: str, terms: tuple[str, ...]) -> None:
    assert wording_of(text) == (wording, terms)


@pytest.mark.parametrize(
    ("item", "lead_in", "heading", "text", "mode"),
    [("Sciatica", "Dry needling is an effective treatment for a variety of conditions, including:", "Indications",
      "Dry needling is an effective treatment for sciatica", "treats"),
     ("Pregnancy", "These include:", "Contraindications", "Dry needling may be unsuitable during pregnancy", "contraindication"),
     ("People taking blood thinners", "Cupping should be avoided by:", None, "Dry needling may be unsuitable for people taking blood thinners", "contraindication"),
     ("Bruising", "Possible side effects include:", None, "Dry needling may cause bruising", "side_effect"),
     ("Improved range of motion", None, "Benefits of Dry Needling", "Dry needling improves range of motion", "benefit"),
     ("Reduces heel pain within weeks", None, "Benefits", "Dry needling reduces heel pain within weeks", "benefit"),
     ("Reduce muscle soreness", "Dry needling can help:", None, "Dry needling can help reduce muscle soreness", "benefit"),
     ("Carpal Tunnel Syndrome", None, "Common Conditions Treated with Dry Needling", "Dry needling treats carpal tunnel syndrome", "treats")],
)
def test_list_item_completion(item: str, lead_in: str | None, heading: str | None, text: str, mode: str) -> None:
    done = complete_item(item, lead_in, heading, "dry needling")
    assert done is not None and (done.text, done.mode) == (text, mode)


@pytest.mark.parametrize(
    ("item", "lead_in"),
    [("Lower back pain", "Common symptoms of sciatica include:"), ("Wear loose clothing", "How to prepare:")],
)
def test_items_that_are_not_claims(item: str, lead_in: str) -> None:
    assert complete_item(item, lead_in, None, "dry needling") is None


def test_not_claims_questions_definitions_business_advice() -> None:
    text = ("Massage for Stress\n\nAre you stressed? Massage is a practice of kneading muscles. "
            "Our clinic has served Leeds since 1999. Drink plenty of water after your visit. "
            "Massage lowers cortisol and eases anxiety.\n")
    ledger = extract_claims_from_text(text, source="s.txt")
    assert [c.text for c in ledger.claims] == ["Massage lowers cortisol and eases anxiety."]
    claim = ledger.claims[0]
    assert (claim.kind, claim.intervention, claim.conditions, claim.outcomes) == (
        "efficacy", "massage", ("anxiety",), ("stress",))


def test_compound_sentence_naming_two_interventions_is_two_claims() -> None:
    ledger = extract_claims_from_text("Home Care\n\nHeat therapy relaxes stiff muscles, and ice packs reduce swelling.\n")
    assert [(c.text, c.intervention) for c in ledger.claims] == [
        ("Heat therapy relaxes stiff muscles", "heat therapy"), ("Ice packs reduce swelling.", "cold therapy")]


def test_unknown_intervention_from_the_title_and_its_abbreviation() -> None:
    # (gong baths were the example until vocabulary 2026.11.30.43 named them as sound baths)
    text = ("Tuning Fork Therapy for Stress\n\nTuning fork therapy (TFT) calms the nervous system.\n\n"
            "Benefits\n\n• Lower stress\n• Better sleep: Yoga nidra deepens sleep in one session.\n")
    ledger = extract_claims_from_text(text)
    assert [(c.text, c.intervention, c.misattributed_structurally) for c in ledger.claims] == [
        ("Tuning fork therapy (TFT) calms the nervous system.", "tuning fork therapy", False),
        ("Tuning fork therapy lowers stress", "tuning fork therapy", False),
        ("Better sleep: Yoga nidra deepens sleep in one session.", "tuning fork therapy", True),
    ]


def test_unmarked_list_after_a_colon_lead_in() -> None:
    text = ("Dry Needling at Our Clinic\n\nDry needling can help with:\nNeck pain\nTension headaches\n\n"
            "It can also help with:\n\nSciatica\n\nTennis elbow\n\nBook today.\n")
    ledger = extract_claims_from_text(text)
    assert [(c.text, c.block_kind) for c in ledger.claims] == [
        ("Dry needling can help with neck pain", "list_item"),
        ("Dry needling can help with tension headaches", "list_item"),
        ("Dry needling can also help with sciatica", "list_item"),
        ("Dry needling can also help with tennis elbow", "list_item"),
    ]


def test_round_87_a_masthead_with_its_issue_number_is_not_the_headline() -> None:
    text = ("View this email in your browser\n\nBLOOM & ROOT BOTANICALS\nShop | Our Science | The Journal\n\n"
            "THE GOLDEN THREAD \u00b7 Issue 42 \u00b7 October\n\n"
            "Saffron: the sunshine spice for grey days\n\nHi there,\n\n"
            "Saffron may help lift low mood.\n\n"
            "In a 2013 meta-analysis, saffron improved symptoms of depression more than placebo.\n")
    ledger = extract_claims_from_text(text, source="newsletter.txt")
    assert ledger.article.title == "Saffron: the sunshine spice for grey days"
    assert [c.intervention for c in ledger.claims] == ["saffron", "saffron"]


def test_round_88_a_gerund_kicker_with_its_topic_is_a_heading() -> None:
    from claims.structure import heading_like

    assert heading_like("Warming the shoulder: moxa and heat")
    assert heading_like("Getting started: your first class")
    assert not heading_like("Warming the shoulder: moxa eases the ache.")
    assert not heading_like("warming the shoulder: moxa and heat")


def test_round_88_an_inline_sup_mark_after_the_full_stop_ends_the_sentence() -> None:
    from claims.sentences import split_sentences

    text = ("A 2014 review found that massage improved pain in people with fibromyalgia.<sup>1</sup> A smaller 2019 "
            "study reported that they slept better.<sup>2</sup>")
    assert [s.text for s in split_sentences(text)] == [
        "A 2014 review found that massage improved pain in people with fibromyalgia.<sup>1</sup>",
        "A smaller 2019 study reported that they slept better.<sup>2</sup>"]


def test_round_88_a_sentence_case_headline_under_a_newsletters_masthead_is_the_title() -> None:
    text = ("Wild Root Botanicals\nView this email in your browser\n\nThe Golden Issue\n"
            "Turmeric, psoriasis and eczema: what our customers (and the research) are telling us\n\nHello Sarah,\n\n"
            "Turmeric calms the redness of psoriasis for many of our customers.\n\nTurmeric helps eczema too.\n")
    ledger = extract_claims_from_text(text, source="newsletter.txt")
    assert ledger.article.title == "Turmeric, psoriasis and eczema: what our customers (and the research) are telling us"
    assert [c.source_text for c in ledger.claims] == ["Turmeric calms the redness of psoriasis for many of our customers.",
                                                      "Turmeric helps eczema too."]


def test_round_89_related_reviews_ends_a_scraped_page() -> None:
    from claims.boilerplate import is_tail_marker

    assert is_tail_marker("Related reviews") and is_tail_marker("Related guides") and is_tail_marker("Related posts")
    text = ("Best Hyaluronic Acid Supplements\n\nOral hyaluronic acid eases knee pain for many people.\n\n"
            "Was this article helpful?  Yes  No\n\nRelated reviews\nBest knee supports for running\n"
            "Collagen vs hyaluronic acid: which is better for joints?\n")
    assert [c.source_text for c in extract_claims_from_text(text, source="r.txt").claims] == [
        "Oral hyaluronic acid eases knee pain for many people."]


def test_round_90_a_best_for_table_with_prices_run_on() -> None:
    from claims.structure import _is_table_header, split_run_together

    assert _is_table_header("FormAbsorptionBest forPrice (60 tablets)")
    assert split_run_together("Magnesium citrateGoodConstipation and a general top-up\u00a38.49", 4) == (
        "Magnesium citrate", "Good", "Constipation and a general top-up", "\u00a38.49")
    text = ("Magnesium for anxiety\n\nMagnesium glycinate may ease anxiety.\n\nFormAbsorptionBest forPrice (60 tablets)\n"
            "Magnesium glycinateHighCalm, sleep and anxiety\u00a312.99\nMagnesium citrateGoodConstipation and a general top-up\u00a38.49\n")
    texts = [c.text for c in extract_claims_from_text(text, source="m.txt").claims]
    assert texts[1:] == ["Magnesium glycinate: High; Calm, sleep and anxiety",
                         "Magnesium citrate: Good; Constipation and a general top-up"], texts


def test_round_90_a_claim_with_its_hire_price_after_it_is_not_a_price_line() -> None:
    assert is_boilerplate("Recovery Add-on: Unlimited sauna + plunge\u00a325/month")
    assert not is_boilerplate("Our cryo-compression cuffs cut post-operative pain and swelling, so many patients need fewer "
                              "painkillers in the first fortnight. Hire is \u00a335 per week.")


def test_round_94_a_newsletters_headline_stands_below_its_brand_and_masthead() -> None:
    # the brand's strapline with its founding year and the masthead with its issue number are not the headline
    text = ("View this email in your browser\n\nHEDGEROW & ROOT\nHerbal Apothecary \u00b7 Est. 1998\n\nThe Apothecary Letter\n"
            "Issue 41 \u00b7 November\n\nShop | Our Herbalists | Journal | Contact\n\nTHE MUSHROOM OF IMMORTALITY\n"
            "Reishi: your winter ally\n\nHello friend,\n\nReishi has been used for two thousand years. Reishi is a bracket fungus.\n"
            "Its beta-glucans help prime your white blood cells against winter colds.\n\n"
            "Hedgerow & Root Herbal Apothecary, 3 Mill Lane, Totnes\n")
    ledger = extract_claims_from_text(text)
    assert ledger.article.title == "Reishi: your winter ally"
    assert {c.intervention for c in ledger.claims} == {"reishi"}
    # the sender's address line with its postcode, and "You're receiving this because …", are e-mail furniture
    text = ("View this email in your browser\n\nBREATHE COLD COLLECTIVE\nWeekly notes from Coach Mara | Issue #47\n\n"
            "Breathe Cold Collective \u00b7 14 Harbour Row, Whitstable CT5 1AB\n"
            "You're receiving this because you signed up at breathecold.co.uk\n\nIce, Air and Your Immune System\n\nHi friend,\n\n"
            "Regular cold showers teach your body to handle stress and may lower how often you catch a cold.\n")
    assert extract_claims_from_text(text).article.title == "Ice, Air and Your Immune System"
    assert is_boilerplate("Breathe Cold Collective \u00b7 14 Harbour Row, Whitstable CT5 1AB")
    assert is_boilerplate("You're receiving this because you signed up at breathecold.co.uk")
    assert not is_boilerplate("Cold water lowers stress in 14 days, Dr Smith says CT5 1AB")


def test_round_98_a_delivery_banner_in_capitals_is_no_headline() -> None:
    text = ("FREE UK DELIVERY ON ORDERS OVER \u00a330 | ORDER BY 2PM FOR SAME-DAY DISPATCH\n\nSynthetic Electrolyte Tablets\n\n"
            "Electrolyte tablets replace the sodium you lose in sweat. Electrolyte tablets help prevent cramp on long runs.\n")
    assert extract_claims_from_text(text).article.title == "Synthetic Electrolyte Tablets"


def test_round_98_the_definite_head_of_a_vocabulary_topic_stands_for_it() -> None:
    # "The oil traps bacteria …" on a page about oil pulling (now a vocabulary term) is about oil pulling
    text = "# Oil pulling\n\nOil pulling is an Ayurvedic ritual.\n\nThe oil traps bacteria and pulls them off the teeth and gums.\n"
    assert "The oil traps bacteria and pulls them off the teeth and gums." in [c.source_text for c in extract_claims_from_text(
        text, content_type="text/markdown").claims]


def test_a_source_marker_run_on_after_the_full_stop_closes_its_sentence() -> None:
    # (scraped text loses the space before a superscript marker: "… 4 degrees.Source: 3")
    text = ("Calf strains cause 1 in 8 running injuries.Source: 1 At our clinic we needle the calf.\n"
            "In one small trial needling improved ankle range by 4 degrees.Source: 3\n"
            "Another study reported a faster return to running.Sources: 2, 4\n")
    assert [s.text for s in split_sentences(text)] == [
        "Calf strains cause 1 in 8 running injuries.Source: 1", "At our clinic we needle the calf.",
        "In one small trial needling improved ankle range by 4 degrees.Source: 3",
        "Another study reported a faster return to running.Sources: 2, 4"]
    # (not a decimal, "Source: 1.5 mg …", nor a marker whose "and" a claim's cleaned text would keep)
    assert len(split_sentences("It eases pain.Source: 1.5 Mg doses help.")) == 1
    assert len(split_sentences("It eases calf pain.Sources: 2 and 4 Most patients feel better.")) == 1


def test_round_160_a_brands_strapline_in_a_scraped_footer_is_no_claim_and_reaching_for_lists_red_flags() -> None:
    # the footer a scraped page repeats: its strapline with the founding year is furniture like the address around it
    footer = ("Stepwise Podiatry\n12 Station Parade, Harrogate HG1 1TT\n01423 555 784 \u00b7 hello@stepwise.example\n"
              "Mon\u2013Fri 8am\u20136pm \u00b7 Sat 9am\u20131pm\nHelping little feet grow strong since 2009\n")
    text = ("Custom insoles for children\nCustom insoles ease heel pain in children with flat feet.\nBook a children's assessment\n"
            "Our assessment includes a gait video and a written plan. Assessment \u00a365.\nBook Online\nCall 01423 555 784\n"
            + footer + "HCPC registered podiatrists\nPrivacy Policy\nCookies\n" + footer + "\u00a9 2025 Stepwise Podiatry Ltd\n")
    assert [b.text for b in blocks_from_plain(text)[1]] == [
        "Custom insoles for children", "Custom insoles ease heel pain in children with flat feet.",
        "Book a children's assessment", "Our assessment includes a gait video and a written plan. Assessment \u00a365."]
    # (a whole sentence among the furniture is still read, even with "since" in it)
    text = text.replace("Helping little feet grow strong since 2009", "Our insoles have eased knee pain in children since 2009.")
    assert "Our insoles have eased knee pain in children since 2009." in [b.text for b in blocks_from_plain(text)[1]]
    # "See your GP rather than reaching for the kraut if your bloating comes with:" lists red flags, not who should avoid it
    assert lead_in_mode("See your GP rather than reaching for the kraut if your bloating comes with:", None) == "red_flag"
    assert lead_in_mode("See your GP rather than booking with us if you have:", None) == "red_flag"


def test_round_161_scraped_tables_with_a_question_column_figure_rows_and_a_second_header() -> None:
    # a last column that asks its question ("Drug-free?") still makes a header
    text = ("Comparing the options for hip dysplasia\nTreatmentWhat it doesDrug-free?\n"
            "Laser therapyCalms pain and inflammation at the level of the cellYes\n"
            "NSAID painkillersDampen inflammation but can upset the stomach with long-term useNo\n"
            "HydrotherapyBuilds muscle around the hip with very little joint impactYes\n")
    rows = [b.cells for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert rows == [("Laser therapy", "Calms pain and inflammation at the level of the cell", "Yes"),
                    ("NSAID painkillers", "Dampen inflammation but can upset the stomach with long-term use", "No"),
                    ("Hydrotherapy", "Builds muscle around the hip with very little joint impact", "Yes")]
    # rows whose cells ran together at a figure ("drop0 mm8–12 mm") are rows of the table a loose header opens
    text = ("Barefoot shoes vs conventional shoes\nFeatureBarefoot shoesConventional shoes\n"
            "Toe boxWide and foot-shapedNarrow and tapered\nHeel-to-toe drop0 mm8\u201312 mm\nSole thickness3\u20136 mm20\u201335 mm\n"
            "Foot muscle activityMuscles work with every stepMuscles largely switched off\nWho should take care\n")
    rows = [b.cells for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert rows == [("Toe box", "Wide and foot-shaped", "Narrow and tapered"), ("Heel-to-toe drop", "0 mm", "8\u201312 mm"),
                    ("Sole thickness", "3\u20136 mm", "20\u201335 mm"),
                    ("Foot muscle activity", "Muscles work with every step", "Muscles largely switched off")]
    # a second table's header under the first one's rows starts that table, and a row that only names its first cell's
    # technique ("Deep tissue massageChronic muscle tension") is no header
    text = ("Ride typeWhen to book\nSportive or gran fondo2\u20133 days before, plus a flush 1\u20132 days after\n"
            "Regular club runsEvery 3\u20134 weeks through the season\nWinter turbo blocksMonthly, or when your legs feel flat\n"
            "Problem areaWhat massage does\nTight quadsLengthens shortened fibres\nIT band painReduces friction at the knee\n\n"
            "TechniqueBest For\nSwedish massageGeneral relaxation\nDeep tissue massageChronic muscle tension\n"
            "Trigger point therapyReferred pain\n")
    blocks = [b for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert [(b.cells[0], b.header) for b in blocks] == [
        ("Sportive or gran fondo", ("Ride type", "When to book")), ("Regular club runs", ("Ride type", "When to book")),
        ("Winter turbo blocks", ("Ride type", "When to book")), ("Tight quads", ("Problem area", "What massage does")),
        ("IT band pain", ("Problem area", "What massage does")), ("Swedish massage", ("Technique", "Best For")),
        ("Deep tissue massage", ("Technique", "Best For")), ("Trigger point therapy", ("Technique", "Best For"))]


def test_review_161_a_row_with_a_header_word_inside_a_cell_does_not_end_its_table() -> None:
    text = ("ConditionWhat massage does\nBack painEases tension in the back\nNeck painLong-lasting benefits\n"
            "HeadachesFewer and milder headaches\nPoor sleepDeeper sleep\n")
    rows = [b.cells[0] for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert rows == ["Back pain", "Neck pain", "Headaches", "Poor sleep"]


@pytest.mark.parametrize("question", [
    "Which HyperIce or TheraGun Is Best?", "Is the FitBit ProMax Worth It?", "Can I Use TheraGun on MyBack?",
    "Is BioMat SafeFor Kids?"])
def test_review_162_a_question_run_into_brand_names_is_a_heading_not_a_table_header(question: str) -> None:
    text = (f"Percussion guns compared\n\n{question}\n\u2022 The TheraGun Pro eases sore calves faster.\n"
            "\u2022 The HyperIce Hypervolt is quieter and helps tight hamstrings.\n\nMore text.")
    blocks = blocks_from_plain(text)[1]
    assert [(b.kind, b.text) for b in blocks if b.kind != "list_item"] == [("heading", question), ("paragraph", "More text.")]
    assert [b.lead_in for b in blocks if b.kind == "list_item"] == [question, question]
    # (a header whose last column asks is still a header, whatever its first column's length)
    assert _is_table_header("TreatmentWhat it doesDrug-free?")
    assert _is_table_header("Pain reliefBest forSafe in pregnancy?")
    assert _is_table_header("Sleep aidWhat it doesHabit-forming?")
    # (one brand weighed against another is a question)
    assert not _is_table_header("HydraFacial or DermaPlaning?")


def test_round_163_a_comparison_of_two_figures_is_one_finding_not_two_claims() -> None:
    text = ("Tongue scrapers\n\nA 2004 study found that using a tongue scraper twice a day for a week cut volatile sulphur "
            "compounds by 75%, while a toothbrush managed only 45%.\n")
    assert [c.text for c in extract_claims_from_text(text).claims] == [
        "A 2004 study found that using a tongue scraper twice a day for a week cut volatile sulphur compounds by 75%, while a "
        "toothbrush managed only 45%."]
    # (two treatments' own effects are still two claims, with figures or without)
    text = "Home Care\n\nHeat therapy relaxes stiff muscles, while ice packs reduce swelling.\n"
    assert [c.intervention for c in extract_claims_from_text(text).claims] == ["heat therapy", "cold therapy"]
    text = ("Pregnancy remedies\n\nMagnesium eased leg cramps in 60% of pregnant women, while ginger reduced morning sickness "
            "within 4 days.\n")
    assert [(c.text, c.intervention) for c in extract_claims_from_text(text).claims] == [
        ("Magnesium eased leg cramps in 60% of pregnant women", "magnesium"),
        ("Ginger reduced morning sickness within 4 days.", "ginger supplements")]


def test_round_163_a_count_with_its_noun_run_on_after_a_word_is_its_own_cell() -> None:
    text = ("Heel pain clinic\n\nTreatment options at a glance\nTreatmentSessionsWhat it does\n"
            "Therapeutic ultrasound6\u20138Heats and loosens the fascia and speeds healing\n"
            "Custom orthotics1\u20132 fittingsSupports the arch and takes strain off the fascia\n"
            "Stretching programmeDailyLengthens the calf and fascia to reduce morning pain\n")
    rows = [b.cells for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert rows == [("Therapeutic ultrasound", "6\u20138", "Heats and loosens the fascia and speeds healing"),
                    ("Custom orthotics", "1\u20132 fittings", "Supports the arch and takes strain off the fascia"),
                    ("Stretching programme", "Daily", "Lengthens the calf and fascia to reduce morning pain")]


def test_round_166_a_comparison_header_names_each_column_and_each_row_has_as_many_cells() -> None:
    # ("Supplement5-HTP" is a word run into a name that opens with a figure, "5-HTPChamomile" an initialism into a word)
    text = ("5-HTP vs Chamomile vs L-Theanine: Which Is Right for Your Sleep?\nAt a glance\nSupplement5-HTPChamomileL-Theanine\n"
            "How it worksBuilding block for serotoninBinds to calming receptorsBoosts alpha brain waves\n"
            "Causes drowsiness?Sometimes, in the eveningMild drowsinessNo, keeps you alert\n"
            "Safe with antidepressants?No, risk of serotonin syndromeUsually, but check with your GPGenerally yes\n")
    blocks = [b for b in blocks_from_plain(text)[1] if b.kind == "table_row"]
    assert [b.header for b in blocks] == [("Supplement", "5-HTP", "Chamomile", "L-Theanine")] * 3
    assert [b.cells for b in blocks] == [
        ("How it works", "Building block for serotonin", "Binds to calming receptors", "Boosts alpha brain waves"),
        ("Causes drowsiness?", "Sometimes, in the evening", "Mild drowsiness", "No, keeps you alert"),
        ("Safe with antidepressants?", "No, risk of serotonin syndrome", "Usually, but check with your GP", "Generally yes")]
    # (each answer is credited to its column's supplement)
    claims = extract_claims_from_text(text).claims
    assert [(c.source_text, c.intervention) for c in claims if c.source_text.startswith(("Binds", "Sometimes", "Usually"))] == [
        ("Binds to calming receptors", "chamomile"), ("Sometimes, in the evening", "5-htp"),
        ("Usually, but check with your GP", "chamomile")]
    # (a row with as many cells as its header keeps a question mark or an initialism inside a cell, and "Omega3" or
    # "PDFs" in a header is one name)
    assert split_run_together("Is it safe?Yes", 2) == ("Is it safe?", "Yes")
    assert split_run_together("Safe in pregnancy?Yes, with your GP's adviceNo", 2) == (
        "Safe in pregnancy?Yes, with your GP's advice", "No")
    assert split_run_together("NHS adviceSee your GPFirst", 2) == ("NHS advice", "See your GPFirst")


def test_round_166_items_that_fill_a_gap_in_their_lead_in() -> None:
    lead = "Because it binds so much, charcoal can make the following less effective:"
    assert complete_item("The contraceptive pill", lead, "Medicine interactions", "activated charcoal") == Completion(
        "Because it binds so much, charcoal can make the contraceptive pill less effective", "side_effect")
    assert complete_item("Heart medicines such as digoxin", "It makes these medicines weaker:", None, "activated charcoal") \
        == Completion("It makes heart medicines such as digoxin weaker", "side_effect")
    assert complete_item("Iron tablets", "Vitamin C makes the following more effective:", None, "vitamin c").text == (
        "Vitamin C makes iron tablets more effective")
    # (a lead-in that names no gap is completed as before)
    assert complete_item("Antidepressants", "Charcoal can interact with the following:", None, "activated charcoal").text != (
        "Charcoal can interact with antidepressants")


def test_review_167_a_gap_in_a_lead_in_takes_the_items_name_and_the_right_kind() -> None:
    lead = "Charcoal can make the following less effective:"
    assert complete_item("The contraceptive pill \u2013 take it at least 3 hours apart from charcoal", lead, None,
                         "activated charcoal").text == "Charcoal can make the contraceptive pill less effective"
    assert complete_item("Antidepressants, so speak to your pharmacist first", lead, None, "activated charcoal").text == (
        "Charcoal can make antidepressants less effective")
    # (stronger medicines are an interaction; an easier night a benefit, "much" kept)
    assert complete_item("Simvastatin", "Grapefruit juice can make these medicines stronger:", None, "grapefruit") == \
        Completion("Grapefruit juice can make simvastatin stronger", "side_effect")
    assert complete_item("Teething", "A few sprays before bed makes the following much less painful:", None, "teething spray") \
        == Completion("A few sprays before bed makes teething much less painful", "benefit")
    # (what other things do to the condition is no claim of the page's cream)
    assert complete_item("Itching", "Hot showers and wool jumpers can all make the following worse:", None,
                         "oatmeal eczema cream") is None


def test_review_167_a_brand_name_that_opens_on_capitals_is_one_column() -> None:
    text = ("CBD oils compared\n\nCBD oil may ease anxiety.\nFeatureCBDistilleryLove HempBlessed CBD\n"
            "What customers noticedCalmer eveningsLess daytime worryEasier to switch off\n"
            "Side effects reportedMild drowsinessNone reportedDry mouth\n")
    assert {b.header for b in blocks_from_plain(text)[1] if b.kind == "table_row"} == {
        ("Feature", "CBDistillery", "Love Hemp", "Blessed CBD")}


def test_round_167_related_services_after_the_article_are_page_furniture() -> None:
    body = "\n".join(f"Night guards protect your teeth from grinding, point {k}." for k in range(12))
    text = (f"Night Guards for Teeth Grinding\n{body}\nRelated Services\n"
            "Invisalign Clear AlignersStraighter teeth in as little as six months\n"
            "Teeth WhiteningUp to eight shades brighter in one visit\n")
    blocks = blocks_from_plain(text)[1]
    assert not any("Invisalign" in b.text or "Whitening" in b.text for b in blocks)
    assert is_tail_marker("Related Services") and is_tail_marker("Related treatments")
