"""The claims stage's entry points: an article in, a ledger of every health claim in it out."""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime
from itertools import islice

from .builder import ClaimBuilder
from .citations import find_mentions
from .detector import Unit, default_detector, units_of
from .errors import IngestError
from .html import RELATED_PRODUCTS
from .kinds import KindModel, default_kind_model
from .model import Article, CitationMention, ClaimLedger
from .references import is_reference_block, reference_entries, resolve_mentions
from .structure import Block, build_blocks
from .topic import PHYSIO_WORD, topic_aliases, topic_of
from .vocabulary import Vocabulary, load_vocabulary, misread_abbreviations

__all__ = ["DETECTORS", "EXTRACTOR_VERSION", "extract_claims", "extract_claims_from_text", "judged_units"]

EXTRACTOR_VERSION = "1.1"
#: how claims are told from other sentences: the hand-written rules with the learned detector's second opinion
#: ("hybrid", the default), or the rules alone ("rules")
DETECTORS = ("hybrid", "rules")

# a plain-text newsletter's masthead, its sender's name in capitals near the top: "RIVERSIDE PHYSIO & REHAB"
# (not a call to action in capitals: "BOOK NOW AT OUR CLINIC", "VISIT OUR STUDIO")
_MASTHEAD_SENDER = re.compile(r"^(?!(?:BOOK|CALL|VISIT|FIND|JOIN|WELCOME|OPEN|NEW|COME|BRING|ASK)\b)"
                              r"((?=[^\n]*\b(?:PHYSIO|PHYSIOTHERAPY|CHIROPRACTIC|OSTEOPATHY|CLINIC|PRACTICE|CENTRE|STUDIO)\b)"
                              r"[A-Z][A-Z&'. -]{4,60}[A-Z])[ \t]*$", re.MULTILINE)
_TREATMENT_HEAD = re.compile(r"therap(?:y|ies)|treatments?|programmes?|programs?|training|sessions?|care|injections?")
_EMAIL_SENDER = re.compile(r"^From:[ \t]*\"?([^<\"\n@]{3,80}?)\"?[ \t]*<[^>\n]+@[^>\n]+>[ \t]*$", re.MULTILINE)


def _loosely_named(title: str, vocabulary: Vocabulary) -> bool:
    """Whether a title names a treatment, if only loosely: by a word that is a one-word name in the vocabulary, in the
    singular or plural ("4 exercise myths": "exercises"), or that opens a two-word name ending in a word for treatment
    ("massage therapy")."""
    if vocabulary.find(title, "intervention"):
        return True
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]{3,}", title)}
    # (not a body part or complaint that also opens a treatment's name: "neck" of "neck manipulation", "neck pain")
    words -= {name.split()[0].lower() for term in vocabulary.terms("condition")
              for name in (term.name, *term.synonyms)}
    # (a word that is a treatment's name itself, "exercise" of "exercises", or opens one before a word for treatment,
    # "exercise programme"; not a modifier that opens one: "gentle" of "gentle exercise" in "3 gentle moves to try",
    # "daily" of "daily walks", "good", "more")
    names = [name.lower().split() for term in vocabulary.terms("intervention") for name in (term.name, *term.synonyms)]
    whole = {n[0] for n in names if len(n) == 1}
    return any(w in whole or w + "s" in whole or (w.endswith("s") and w[:-1] in whole) for w in words) or any(
        len(n) == 2 and n[0] in words and _TREATMENT_HEAD.fullmatch(n[1]) for n in names)


def extract_claims(source: str | os.PathLike[str], *, vocabulary: Vocabulary | None = None,
                   detector: str = "hybrid") -> ClaimLedger:
    """Every health claim of the article at ``source`` (a .txt/.md/.html file or an http(s) URL).

    ``detector``: "hybrid" (the rules, then the learned detector's second opinion) or "rules" (the rules alone)."""
    from .ingest import load_source

    _known(detector)  # (before the page is fetched)
    doc = load_source(source)
    return extract_claims_from_text(doc.text, source=doc.source, content_type=doc.content_type, title=doc.title,
                                    vocabulary=vocabulary, retrieved_at=doc.retrieved_at, detector=detector)


def extract_claims_from_text(text: str, *, source: str = "<text>", content_type: str = "text/plain",
                             title: str | None = None, vocabulary: Vocabulary | None = None,
                             retrieved_at: str | None = None, detector: str = "hybrid") -> ClaimLedger:
    """Every health claim of an in-memory article (plain text, Markdown or HTML); ``detector`` as for
    :func:`extract_claims`."""
    _known(detector)
    article, builder, units, vocab, mentions = _by_rules(text, source, content_type, title, vocabulary, retrieved_at)
    if detector == "rules":
        return ledger_of(article, builder, vocab, mentions, "rules")
    return with_learned_kinds(_second_opinion(article, builder, units, vocab, mentions))


def _second_opinion(article: Article, builder: ClaimBuilder, units: list[Unit], vocab: Vocabulary,
                    mentions: list[CitationMention]) -> ClaimLedger:
    model = default_detector()
    builder.second_opinion(units, model.probabilities(units).tolist())
    return ledger_of(article, builder, vocab, mentions, model.version)


def with_learned_kinds(ledger: ClaimLedger, kinds: KindModel | None = None) -> ClaimLedger:
    """The ledger with each claim's kind as the claim-kind model reads it (``kinds.py``), named in its
    ``extractor_version`` (a ledger some kind model has already read is refused: its rules' kinds are gone)."""
    if "+kinds-" in ledger.extractor_version:
        raise ValueError(f"the kinds of this ledger were already read by {ledger.extractor_version.split('+')[-1]}")
    if kinds is None:
        kinds = default_kind_model()
    learned = kinds.predict(ledger.claims)
    return replace(ledger, claims=tuple(replace(c, kind=k) for c, k in zip(ledger.claims, learned, strict=True)),
                   extractor_version=f"{ledger.extractor_version}+{kinds.version}")


def unkinded(source: str | os.PathLike[str]) -> ClaimLedger:
    """The hybrid ledger of the article at ``source`` with the rules' kinds, before the kind model reads them (what
    ``tests/claims/train_kinds.py`` trains on)."""
    from .ingest import load_source

    doc = load_source(source)
    return _second_opinion(*_by_rules(doc.text, doc.source, doc.content_type, doc.title, None, doc.retrieved_at))


def _known(detector: str) -> None:
    if detector not in DETECTORS:
        raise ValueError(f"unknown detector {detector!r}: use one of {', '.join(DETECTORS)}")


def ledger_of(article: Article, builder: ClaimBuilder, vocab: Vocabulary, mentions: list[CitationMention],
              judged_by: str) -> ClaimLedger:
    """The ledger of the builder's claims; ``judged_by`` ("rules" or a detector's version) completes the extractor's."""
    return ClaimLedger(article=article, claims=tuple(builder.claims), citations=tuple(mentions),
                       vocabulary_version=vocab.version, extractor_version=f"{EXTRACTOR_VERSION}+{judged_by}")


def judged_units(source: str | os.PathLike[str]) -> tuple[ClaimLedger, list[Unit]]:
    """The rules' ledger of the article at ``source`` and the units the learned detector judges on it (for training
    and measuring the detector: ``tests/claims/train_detector.py``)."""
    from .ingest import load_source

    doc = load_source(source)
    article, builder, units, vocab, mentions = _by_rules(doc.text, doc.source, doc.content_type, doc.title, None,
                                                         doc.retrieved_at)
    return ledger_of(article, builder, vocab, mentions, "rules"), units


def _by_rules(text: str, source: str, content_type: str, title: str | None, vocabulary: Vocabulary | None,
              retrieved_at: str | None) -> tuple[Article, ClaimBuilder, list[Unit], Vocabulary, list[CitationMention]]:
    """The article read and its claims found by the hand-written rules, with the units the detector may judge."""
    vocab = vocabulary or load_vocabulary()
    if not text.strip():
        raise IngestError(f"{source} is empty: there is no article text to read")
    if content_type in ("text/html", "application/xhtml+xml"):
        from .html import html_to_markdown

        text, html_title, page_title = html_to_markdown(text, source)
        title = title or html_title
        sender = None
        block_type = "text/markdown"
    else:
        # an e-mail newsletter's sender ("From: Harbour Street Physiotherapy <hello@…>", else a masthead in capitals)
        # stands where a page's <title> names its site: the practice a subject line that names no treatment leaves
        # the page to
        found = _EMAIL_SENDER.search(text[:2000]) or _MASTHEAD_SENDER.search(text[:1500])
        sender = found.group(1).strip() if found else None
        page_title = None
        block_type = content_type
    # Same-length normalisations only (offsets stay valid): no-break spaces become spaces.
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").replace("\u00a0", " ")
    title, blocks = build_blocks(text, block_type, title)
    if not any(b.kind in ("paragraph", "list_item", "table_row") for b in blocks):
        raise IngestError(f"{source}: no article text found (only headings, navigation or boilerplate)")
    is_reference = [is_reference_block(b) for b in blocks]  # (once a block: the reference list and the content both need it)
    entries = reference_entries([b for b, ref in zip(blocks, is_reference, strict=True) if ref], text)
    article = Article(
        title=title or source, source=source,
        retrieved_at=retrieved_at or datetime.now(UTC).replace(microsecond=0).isoformat(),
        text=text, content_type=content_type, has_reference_list=bool(entries),
        references=tuple(entries[k] for k in sorted(entries)),
    )
    content = [b for b, ref in zip(blocks, is_reference, strict=True) if not ref]
    vocab = vocab.without_abbreviations(misread_abbreviations(text, vocab))  # "EMS sculpting" is not EMS
    # (the other products a shop's cards offer do not say what this page is about)
    texts = [b.text for b in content if b.kind != "caption" and b.section[:1] != (RELATED_PRODUCTS,)]
    headings = [b.text for b in content if b.kind == "heading" and b.section[:1] != (RELATED_PRODUCTS,)]
    topic = topic_of(title, texts, vocab, headings)
    if sender and title and not page_title and not _loosely_named(title, vocab):
        # an e-mail's sender stands where a page's <title> names its site, for a subject line that names no treatment
        # even loosely ("Desk neck? 3 moves to try …" from Harbour Street Physiotherapy, not "Knee osteoarthritis: 4
        # exercise myths …"); only the second rule below reads it
        page_title = sender
    titled = {m.term.name for m in vocab.find(page_title, "intervention")} if page_title and (
        page_title != title or sender) else set()
    if len(titled) > 1:
        # "<title>Dreamy Ashwa Sleep Gummies | KSM-66® Ashwagandha + Chamomile | …": the ingredient the body keeps naming
        # (half as often again as any other the <title> names) is the one it is about
        counts = Counter(m.term.name for t in texts for m in vocab.find(t, "intervention") if m.term.name in titled)
        ranked = counts.most_common(2) + [("", 0)]
        if ranked[0][1] >= 3 and 2 * ranked[0][1] >= 3 * ranked[1][1]:
            titled = {ranked[0][0]}
    # the body's first two mentions of the one treatment the <title> names (one look at the body, stopping at two)
    in_body: list[object] = list(islice((m for t in texts for m in vocab.find(t, "intervention") if m.term.name in titled), 2)) \
        if len(titled) == 1 else []
    if sender and page_title and not titled and re.search(r"\bphysio\b", page_title, re.IGNORECASE):
        # "RIVERSIDE PHYSIO & REHAB", "STRIDE SPORTS PHYSIO": a physiotherapy practice, which its body calls "physio" too
        # ("physio" alone is no synonym: "your physio will …" names the practitioner on pages of every kind)
        titled = {"physical therapy"}
        in_body = list(islice((m for t in texts for m in PHYSIO_WORD.finditer(t)), 2))
    # ("<title>BufferMax SR Beta-Alanine | Sustained-Release Powder for Endurance and HIIT": the <title> names the
    # headline's treatment too, and the known one only as what it is for)
    if in_body and topic and page_title and re.search(r"\b" + re.escape(topic) + r"\b", page_title, re.IGNORECASE) and all(
            re.search(r"\bfor\b(?:(?!\b(?:with|using|by|through|via)\b)[^|\u2013\u2014])*$", page_title[: m.start])
            for m in vocab.find(page_title, "intervention")):  # (not "Help for Anxiety with Hypnotherapy": the means)
        in_body = []
    if in_body and not sender and not vocab.get(topic or "", "intervention"):
        # "Little Roots Tummy Drops for Eczema-Prone Skin" under "<title>Probiotics for Eczema in Children | …": the
        # brand's headline names no treatment the vocabulary knows; the page's title does (one treatment, which the
        # body names too: not a site-wide "<title>Acupuncture, Massage & Reflexology | …" over an ear-candling page)
        topic = topic_of(page_title, texts, vocab)
        if not vocab.get(topic or "", "intervention"):
            topic = next(iter(titled))  # (the <title> opens with the brand too: "Dreamy Ashwa Sleep Gummies | KSM-66® Ashwagandha …")
    elif len(in_body) == 2 and not vocab.find(title or "", "intervention"):
        # "Heel Pain & Plantar Fasciitis Treatment in Harrogate" under "<title>… | Stride Chiropractic & Wellness": a
        # headline that names no treatment leaves the page to the clinic's own (named twice or more in the body, not in
        # passing), not to the shockwave its body names most
        topic = next(iter(titled))
    mentions: list[CitationMention] = []
    for block in content:
        if block.kind not in ("heading", "caption"):
            mentions += find_mentions(text[block.start : block.end], block.start)
    mentions = resolve_mentions(mentions, entries, article.key)
    aliases = topic_aliases(topic, [b.text for b in content], vocab)
    builder = ClaimBuilder(article, vocab, topic, mentions, aliases)
    judged: list[Block] = []  # the blocks whose sentences may be claims (what the detector judges too)
    for block in content:
        if block.kind == "paragraph" and title and block.text.strip().rstrip(".") == title.strip():
            continue  # the title repeated as a paragraph (a <div> title trafilatura did not see as a heading)
        if block.kind in ("list_item", "table_row", "paragraph"):
            judged.append(block)
        if block.kind == "list_item":
            builder.list_item(block)
        elif block.kind == "table_row":
            builder.table_row(block)
        elif block.kind == "paragraph":
            builder.paragraph(block)
        elif block.kind == "heading":
            builder.heading(block)
    builder.finish()
    return article, builder, units_of(judged, text), vocab, mentions


