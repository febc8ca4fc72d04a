"""The article's reference list (if any) and resolving citation markers against it."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .boilerplate import REFERENCE_HEADING
from .citations import marker_numbers, mention_id, parse_reference
from .model import CitationMention
from .structure import Block

__all__ = ["is_footnote_line", "is_reference_block", "REFERENCE_HEADING", "reference_entries", "in_reference_section",
           "resolve_mentions"]

_NUMBER = re.compile(r"(?:^|\n)[ \t]*\[?(\d{1,3})[.)\]]?[ \t]*$")


# what a reference entry carries: "et al", a DOI, a PMID, a link, or an author's surname and initials before a year
_LINK = r"https?://|www\.|\b10\.\d{4,}/"  # a URL or a DOI: an entry even without a year
_ENTRY_MARKS = re.compile(r"\bet al\b|\bdoi\b|\bPMID\b|" + _LINK + r"|^\W*(?:\d{1,3}[.)]\s*)?(?-i:[A-Z][\w'-]+,? "
                          r"[A-Z]{1,3}[,.])", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def in_reference_section(block: Block) -> bool:
    """Whether a block stands under a References / Sources heading (and not under a heading after it: "### Ready to
    rest easier?" after a blog's reference list starts the shop's own pitch, while an entry under "### Clinical trials"
    within the list is still a reference)."""
    if not block.section:
        return False
    if REFERENCE_HEADING.match(block.section[-1]):
        return True
    return any(REFERENCE_HEADING.match(h) for h in block.section[:-1]) and _looks_like_entry(block.text)


# a line of footnotes under the text: "<sub>⁴ Santilli V et al. The Spine Journal, 2006. ⁵ NICE guideline NG59 …</sub>"
_FOOTNOTE_START = re.compile(r"\s*(?:<(?:sub|sup|small)>\s*)?(?:[\u00b9\u00b2\u00b3\u2070-\u2079]+|\[\d{1,3}\]|\d{1,2}[.)]?\s)", re.IGNORECASE)


def is_footnote_line(text: str) -> bool:
    """Whether a paragraph is a run of footnote entries below the text (a mark, then a reference entry), not the page's
    own words."""
    return bool(_FOOTNOTE_START.match(text)) and _looks_like_entry(text) and bool(re.search(r"\bet al\b|\bguideline\b|\bjournal\b"
                                                                                       r"|\bdoi\b|\bpmid\b", text, re.IGNORECASE))


# an entry standing alone under a study's summary, with no References heading above it: it opens with its first author's
# surname and initials and carries "et al", a DOI/PMID or a Vancouver "2006;354(8)" ("1. Clegg DO et al. Glucosamine,
# chondroitin sulfate, and the two in combination for painful knee osteoarthritis. N Engl J Med. 2006;354(8):795–808.")
# (the initials end the author: "et al", a comma or full stop before the next author or the title, or the end; not the
# page's own sentence that opens with a name and a capital, "Vitamin D helps … (Holick MF et al., 2011)", "Dr J. Patel says …")
_AUTHOR_START = re.compile(r"^\W*(?:\d{1,3}[.)]\s*)?(?!(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Vitamin)\b)[A-Z][a-z'\u2019]+"
                           r"(?:-[A-Z][a-z'\u2019]+)?,? [A-Z]{1,3}\b(?:,? et al\b|[,.]?\s*$|[,.]?\s+(?:and|&)\s+[A-Z]|[,.]{1,2}\s+[A-Z(&]"
                           r"|\.?\s+\((?:19|20)\d{2}\))")
_VANCOUVER = re.compile(r"\bet al\b|\b(?:19|20)\d{2}\s*;\s*\d+\s*(?:\(\d+\))?\s*:|\bdoi\b|\bPMID\b|\b10\.\d{4,}/", re.IGNORECASE)


# one numbered entry under its label, on a line of its own below the text it backs
_LABEL = r"\W*(?:sources?|references?|ref\.?)\s*:?\s*"
_LABELLED_ENTRY = re.compile(_LABEL + r"\[?(\d{1,3})[.)\]]\s+(?=\S)", re.IGNORECASE)
# … whose text is a title and a journal, not the finding itself: "Source: 1. A 2019 trial in 40 footballers found that sports
# massage improved hamstring flexibility by 12%." is a cited claim, "Sources: 1) Our 2023 survey: 9 in 10 players said …" a
# survey figure
_FINDING = re.compile(r"\b(?:found|showed|concluded)\b|\d\s*%|\b\d+ (?:in|out of) \d+\b", re.IGNORECASE)


# a line that names its sources and nothing more: "Source: Hemilä H, Chalker E. Vitamin C for preventing and treating the
# common cold.", "*Sources: Alzheimer's Society; Age UK; Royal Horticultural Society; Preventive Medicine Reports (2017)*":
# two authors or "et al" first (a paper's title may say "found"), or three names or more between semicolons with no
# finding and no sentence after them ("Sources: NHS; Mind; Age UK. Gardening eases anxiety." is the page's claim)
_SOURCE_LINE = re.compile(r"\W*(?:sources?|references?)\s*:\s*", re.IGNORECASE)
_AUTHORS = re.compile(r"[A-Z][\w'\u2019-]+ [A-Z]{1,3}(?:,? et al\b|,\s+[A-Z][\w'\u2019-]+ [A-Z]{1,3}\b)")
_SENTENCE_AFTER = re.compile(r"[.!?]\W*\s+\W*[A-Z]")


def _names_sources(text: str) -> bool:
    m = _SOURCE_LINE.match(text)
    if not m or len(text) > 600:
        return False
    rest = text[m.end() :]
    if _AUTHORS.match(rest):
        return True
    return rest.count(";") >= 2 and not _FINDING.search(rest) and not _SENTENCE_AFTER.search(rest)


def is_reference_block(block: Block) -> bool:
    """Whether a block is a reference entry: under a References heading, a line of footnotes, or an entry standing
    alone (its first author's surname and initials, then "et al", a DOI or a Vancouver year and volume)."""
    if in_reference_section(block):
        return True
    if block.kind == "paragraph" and is_footnote_line(block.text):
        return True
    if block.kind == "list_item" and block.lead_in and REFERENCE_HEADING.match(block.lead_in.strip()) and _looks_like_entry(block.text):
        return True  # "Sources:" + "Herxheimer A, Petrie KJ. Melatonin for … jet lag. Cochrane Database Syst Rev. 2002;(2):CD001520."
    if block.kind == "paragraph" and _names_sources(block.text):
        return True
    if block.kind == "paragraph" and _LABELLED_ENTRY.match(block.text) and _YEAR.search(block.text) \
            and len(block.text) <= 300 * max(1, len(_entry_starts(block.text))) and not _FINDING.search(block.text):
        # "Source: 1. Randomised trial of sports massage on hamstring flexibility. J Sports Sci Med, 2019." (or several on
        # one line: "Sources: 1. Xu DH et al. … Curr Pharm Biotechnol. 2020. 2. Hammell DC et al. … Eur J Pain. 2016.")
        return True
    return block.kind in ("paragraph", "list_item") and bool(_AUTHOR_START.match(block.text)) \
        and bool(_VANCOUVER.search(block.text)) and _looks_like_entry(block.text)


def _looks_like_entry(text: str) -> bool:
    """"Linde K, et al. Acupuncture for the prevention of episodic migraine. Cochrane Database Syst Rev. 2016.": an
    entry of a reference list, not a paragraph of the page."""
    return bool(_ENTRY_MARKS.search(text)) and (bool(_YEAR.search(text)) or bool(re.search(_LINK, text)))


# where a numbered entry starts in a labelled line: "Sources: 1. Xu DH …", "… 2020. 2. Hammell DC …"
_ENTRY_START = re.compile(r"(?:^" + _LABEL + r"|(?<=\.)\s+)\[?(\d{1,3})[.)\]]\s+(?=[A-Z])", re.IGNORECASE)


def _entry_starts(text: str) -> list[re.Match[str]]:
    """The numbered entries' starts of a labelled line, numbered 1, 2, 3 … in order."""
    starts = list(_ENTRY_START.finditer(text))
    kept = starts[:1]
    for m in starts[1:]:
        if int(m.group(1)) == int(kept[-1].group(1)) + 1:
            kept.append(m)
    return kept


def reference_entries(reference_blocks: Sequence[Block], text: str) -> dict[int, str]:
    """Numbered reference entries of the blocks ``is_reference_block`` picked out: number (as printed, else position)
    -> entry text."""
    entries: dict[int, str] = {}
    position = 0
    for block in reference_blocks:
        if block.kind == "heading":
            continue
        starts = _entry_starts(block.text) if _LABELLED_ENTRY.match(block.text) else []
        if len(starts) > 1:  # several labelled entries on one line: each under its own number
            ends = [nxt.start() for nxt in starts[1:]] + [len(block.text)]
            for start, end in zip(starts, ends, strict=True):
                position += 1
                entries.setdefault(int(start.group(1)), re.sub(r"\s+", " ", block.text[start.end() : end]).strip())
            continue
        position += 1
        entry = block.text
        number = position
        m = re.match(r"^\[?(\d{1,3})[.)\]]\s+", entry) or _LABELLED_ENTRY.match(entry)
        if m:
            number = int(m.group(1))
            entry = entry[m.end() :]
        else:
            before = _NUMBER.search(text[max(0, block.start - 8) : block.start])
            if before:
                number = int(before.group(1))
        entries.setdefault(number, re.sub(r"\s+", " ", entry).strip())
    return entries


def resolve_mentions(mentions: Sequence[CitationMention], entries: dict[int, str], article_key: str) -> list[CitationMention]:
    """Give mentions stable ids, and fill marker mentions from the reference list they point at."""
    seen: dict[str, int] = {}
    out: list[CitationMention] = []
    for m in mentions:
        occurrence = seen.get(m.text, 0)
        seen[m.text] = occurrence + 1
        m = replace(m, id=mention_id(article_key, m.text, occurrence))
        if m.marker:
            numbers = marker_numbers(m.marker)
            if not entries:
                m = replace(m, resolvable=False, note="the article has no reference list")
            else:
                found = [n for n in numbers if n in entries]
                if not found:
                    m = replace(m, resolvable=False, note=f"no entry {numbers[0] if numbers else '?'} in the reference list")
                else:
                    fields = parse_reference(entries[found[0]])
                    m = replace(m, resolvable=True, note=f"reference {found[0]}: {entries[found[0]]}",
                                **{k: v for k, v in fields.items() if k in {"year", "journal", "journal_abbrev", "design",
                                                                             "authors", "doi", "pmid", "url",
                                                                             "volume", "first_page"}})
        out.append(m)
    return out
