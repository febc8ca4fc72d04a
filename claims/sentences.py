"""Split text into sentences with character offsets (linear time, abbreviation-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "split_sentences"]

#: Words that end with a period without ending a sentence.
_ABBREVIATIONS = frozenset(
    "al e.g i.e etc vs dr mr mrs ms prof fig no vol st approx cf ca jr sr inc ltd dept est min max"
    " jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k ph.d m.d d.c p.t".split()
)

#: a source marker's numbers ("3", "2, 4", "1-3"): with these separators ``markdown.clean`` drops the marker from a claim's
#: text, so only these may close a sentence run on after its full stop ("… 4 degrees.Source: 3")
MARKER_NUMBERS = r"\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*"

# A candidate boundary: terminal punctuation (optionally closing quotes/brackets), then whitespace.
_BOUNDARY = re.compile(
    # (a footnote mark after the stop closes the sentence too: "… fall asleep.† Melatonin …", "… sleep time.2 Unlike …",
    # a reference number run on from <sup>; not a decimal: "1.5 mg")
    r"[.!?]+[\"'\u201d\u2019)\]*_]*(?:\[\^?" + MARKER_NUMBERS + r"\]|[\u00b9\u00b2\u00b3\u2070-\u2079]+"
    # (or an acronym or a bracket: "… people with IBS.3 Peppermint oil …", "… (Smith 2019).3 Unlike …")
    # (or a Markdown page's inline HTML mark: "… with fibromyalgia.<sup>1</sup> A smaller 2019 study …", also with its
    # attributes and link: '<sup id="fnref1"><a href="#fn1">1</a></sup>')
    # (or a source marker run on from the page's markup: "… by an average of 4 degrees.Source: 3" on a scraped line; with
    # the separators a claim's cleaned text drops with it, and not a decimal: "Source: 1.5 mg")
    r"|(?i:sources?|refs?\.?|references?)\s*:\s*" + MARKER_NUMBERS + r"(?![.\d])"
    r"|[\u2020\u2021\u00a7\u00b6]+|<sup\b[^<>]{0,60}>(?:<a\b[^<>]{0,120}>)?[^<>]{1,20}(?:</a>)?</sup>|(?<=[A-Za-z)][.!?])(?P<ref>\d{1,2})(?:,\d{1,2})*)?(?=\s+|$)"
)
_NEXT_START = re.compile(r"\s+(?=[\"'\u201c\u2018(\[*_]*[A-Z0-9\u2022]|[\u2014\u2013]\s*[*_]*[A-Z])")


@dataclass(frozen=True)
class Span:
    """A piece of text and where it stands in the string it came from."""

    text: str
    start: int
    end: int


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation or an initial rather than a sentence."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word:
        return False
    if word == "no":  # "No. 5" but not "No. You may feel …"
        return bool(re.match(r"\s*\d", text[dot + 1 : dot + 4]))
    if word in _ABBREVIATIONS:
        return True
    # an initial ("J. Smith"), but not a unit after a symbol ("40°C. That …")
    return len(word) == 1 and text[j:dot].isupper() and (j == 0 or text[j - 1] in " \t\n(\"'")


def _numbered_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot``, with a number run on after it, closes an abbreviation that numbers something ("No.5
    Magnesium Spray", "Vol.12 Issue 3", "Fig.2", "Sept.12", "p.4", "vitamin B.12") rather than a sentence with its
    reference mark ("… et al.2 This …", "… and so on etc.3 Unlike …")."""
    j = dot
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if not word or word in ("al", "etc"):
        return False
    return len(word) <= 1 or word in ("pp", "ch", "eq", "ref", "refs", "sec", "tab") or _is_abbreviation(text, dot)


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Sentences of ``text`` (whitespace-trimmed), with offsets shifted by ``offset``."""
    spans: list[Span] = []
    begin = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if end < n and not _NEXT_START.match(text, end):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1 and _is_abbreviation(text, m.start()):
            continue
        if m.group("ref") and _numbered_abbreviation(text, m.start("ref") - 1):
            continue
        _append(spans, text, begin, end, offset)
        begin = end
    _append(spans, text, begin, n, offset)
    return spans


# "Source: 2" ending its line: the marker closes the sentence before it, not the start of the next line's sentence
# (every label and range citations.py reads: "Sources: 1-3", "Refs: 2", "(Source: 2)", "[Source: 2]", "Sources: 1 and 4")
_MARKER = (r"[(\[]?(?:sources?|refs?\.?|references?|citations?)\s*:?\s*\d{1,3}"
           r"(?:\s*(?:[,&\u2013\-]|and)\s*\d{1,3})*[)\]]?")
SOURCE_MARKER = _MARKER  # (structure.py: a marker alone on its line is no heading)
_LINE_END_MARKER = re.compile(r"\s*" + _MARKER + r"\.?[ \t]*(?=\n)", re.IGNORECASE)
_BARE_MARKER = re.compile(_MARKER + r"\.?", re.IGNORECASE)


def _append(spans: list[Span], text: str, begin: int, end: int, offset: int) -> None:
    marker = _LINE_END_MARKER.match(text, begin, end)
    if marker:
        _append(spans, text, begin, marker.end(), offset)
        begin = marker.end()
    while begin < end and text[begin].isspace():
        begin += 1
    while end > begin and text[end - 1].isspace():
        end -= 1
    if end <= begin:
        return
    if spans and _BARE_MARKER.fullmatch(text, begin, end) and "\n\n" not in text[spans[-1].end - offset : begin]:
        # "… in adults over 65. Source: 2": the marker belongs to the sentence it follows on its line (or on the line
        # under it: "… within three weeks.\nSource: 1")
        last = spans.pop()
        spans.append(Span(text[last.start - offset : end], last.start, end + offset))
        return
    spans.append(Span(text[begin:end], begin + offset, end + offset))
