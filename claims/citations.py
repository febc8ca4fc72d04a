"""Find citation mentions (named studies, DOIs, PMIDs, URLs, author-year, markers) and parse them."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import replace
from functools import lru_cache
from importlib import resources
from typing import Any

from .model import CitationMention, normalise_text

__all__ = ["find_mentions", "journal_abbrev", "parse_reference", "design_of", "journal_table", "mention_id"]

_DESIGN = (
    r"systematic reviews? and meta-?\s?analys[ie]s|meta-?\s?analys[ie]s|systematic reviews?"
    r"|randomi[sz]ed(?:,)?\s+(?:double-?\s?blind(?:ed)?,?\s+)?(?:placebo-?\s?)?controlled\s+(?:clinical\s+)?trials?"
    r"|randomi[sz]ed\s+(?:clinical\s+)?trials?|RCTs?|clinical\s+trials?|cohort\s+stud(?:y|ies)"
    r"|case\s+reports?|case\s+series|pilot\s+stud(?:y|ies)|stud(?:y|ies)|trials?|reviews?|research|survey"
    r"|(?:clinical\s+(?:practice\s+)?)?guidelines?|position\s+statement|consensus\s+statement"
)
_NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "twenty": 20,
    "thirty": 30, "dozens": None,
}
_CAP = r"(?:[A-Z][\w&'\u2019\-]*|of|and|&|in|the|for|on)"
# "a 2012 meta-analysis published in the Journal of …", "another study", "a recent randomized controlled trial"
_NAMED = re.compile(
    r"\b(?P<det>[Aa]n?|[Oo]ne|[Aa]nother|[Tt]he|[Tt]his|[Tt]hat|[Aa] recent|[Oo]ne recent)\s+\[?"
    r"(?P<mods>(?:\[?(?:(?:19|20)\d{2}|large|small|new|recent|landmark|small-scale|large-scale|clinical|scientific"
    r"|Cochrane|published|peer-reviewed|\d{2,6}-(?:person|patient|participant)|[A-Z][a-z]+|of)"
    r",?\s+){0,7})(?P<design>" + _DESIGN + r")\b"
    r"(?:\]\([^)\s]*\))?(?P<tail>(?:\s+of\s+(?P<n>\d{1,4}|" + "|".join(_NUMBER_WORDS) + r")\s+(?:" + _DESIGN + r"))?"
    r"(?:\s+(?:conducted\s+)?by\s+(?P<by>[A-Z][\w'\u2019\-]+(?:\s+et\s+al\.?|\s+(?:and|&)\s+[A-Z][\w'\u2019\-]+)?))?"
    r"(?:,?\s+(?:published|appearing|reported|conducted|presented)?\s*(?:in|at|from)\s+(?:the\s+)?(?:journal\s+)?"
    r"(?P<journal>" + _CAP + r"(?:\s+" + _CAP + r"){0,11}))?"
    r"(?:\s+(?:in|from)\s+(?P<year2>(?:19|20)\d{2}))?(?:\s*\((?P<year3>(?:19|20)\d{2})\))?)"
)
_AUTHOR_YEAR = re.compile(
    r"\((?P<a>[A-Z][A-Za-z'\u2019\-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][A-Za-z'\u2019\-]+))?),?\s+"
    r"(?P<y>(?:19|20)\d{2})[a-z]?\)"
    r"|\b(?P<a2>[A-Z][A-Za-z'\u2019\-]+\s+(?:et\s+al\.?|(?:and|&)\s+[A-Z][A-Za-z'\u2019\-]+))\s*\((?P<y2>(?:19|20)\d{2})[a-z]?\)"
)
_DOI = re.compile(r"(?:\bdoi:\s*|https?://(?:dx\.)?doi\.org/)?\b(?P<doi>10\.\d{4,9}/[^\s\"<>]+)", re.IGNORECASE)
_PMID = re.compile(r"\bPMID:?\s*(?P<pmid>\d{1,8})\b")
_URL = re.compile(r"https?://[^\s<>\"'\])]+")
_MARKER = re.compile(
    r"\b(?P<label>Sources?|Refs?\.?|References?|Citations?)\s*:?\s*(?P<nums>\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*)\b"
    r"|\[\^?(?P<nums2>\d{1,3}(?:\s*[,\u2013\-]\s*\d{1,3})*)\]"
)
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# Where a reference is printed: Vancouver "2015;16(3):456-62" / "2011;11:e63", APA "16(3), 456–462",
# "vol. 16, pp. 456-462". An issue in parentheses is skipped; an article number counts as the first page.
_VOLUME_PAGE = re.compile(
    r"\b(?:19|20)\d{2}[^;:\n]{0,16};\s*(?P<volume>\d{1,4})\s*(?:\([^)]{1,12}\))?\s*:\s*(?P<page>[A-Za-z]?\d{1,7})\b"
    r"|,\s*(?P<volume2>\d{1,4})\s*\([^)]{1,12}\)\s*,\s*(?P<page2>[A-Za-z]?\d{1,7})\s*[-\u2013,.]"
    r"|\bvol\.?\s*(?P<volume3>\d{1,4})\b[^;]{0,24}?\bpp?\.?\s*(?P<page3>[A-Za-z]?\d{1,7})\b",
    re.IGNORECASE,
)
_YEAR_AFTER = re.compile(r"\s+in\s+(?:19|20)\d{2}\b|\s*\((?:19|20)\d{2}\)")
_JOURNAL_WORDS = re.compile(r"\b(?:Journal|Archives|Annals|Proceedings|Review|Reviews|Bulletin|Medicine|Therapy|Research|Lancet|BMJ|JAMA)\b")


def mention_id(article_key: str, text: str, occurrence: int) -> str:
    """Stable id of a citation mention: article key, normalised text and which occurrence it is."""
    digest = hashlib.sha256(f"{article_key}\x00{normalise_text(text)}\x00{occurrence}".encode()).hexdigest()
    return "m-" + digest[:12]


@lru_cache(maxsize=1)
def journal_table() -> dict[str, str]:
    """Lower-cased journal names (and abbreviations) -> NLM abbreviation, from ``data/journals.json``."""
    data = json.loads(resources.files("claims").joinpath("data/journals.json").read_text("utf-8"))
    table: dict[str, str] = {}
    for name, abbrev in data["journals"].items():
        table[_norm_journal(name)] = abbrev
        table[_norm_journal(abbrev)] = abbrev
    return table


def _norm_journal(name: str) -> str:
    name = name.replace("&", "and").lower()
    name = re.sub(r"^the\s+", "", name)
    return re.sub(r"[^a-z0-9]+", " ", name).strip()


def journal_abbrev(name: str | None) -> str | None:
    """The NLM abbreviation of a journal name as written, or None when unknown."""
    if not name:
        return None
    return journal_table().get(_norm_journal(name))


def design_of(phrase: str) -> str | None:
    """Normalise a design phrase to one of the contract's design names."""
    p = phrase.lower()
    if "meta" in p and "analys" in p:
        return "meta-analysis"
    if "systematic review" in p:
        return "systematic review"
    if re.search(r"randomi[sz]ed|\brcts?\b", p):
        return "randomized controlled trial"
    if "cohort" in p:
        return "cohort study"
    if "case report" in p or "case series" in p:
        return "case report"
    if re.search(r"\breviews?\b|guideline|statement", p):
        return "review"
    if re.search(r"stud(?:y|ies)|trials?|research|survey", p):
        return "study"
    return None


def _trim_journal(raw: str | None) -> tuple[str | None, int]:
    """The longest known journal prefix of a captured capitalised phrase (else a plausible name)."""
    if not raw:
        return None, 0
    words = raw.split()
    for k in range(len(words), 0, -1):
        cand = " ".join(words[:k])
        if journal_abbrev(cand):
            return cand, len(cand)
    while words and words[-1].lower() in {"of", "and", "&", "in", "the", "for", "on"}:
        words.pop()
    cand = " ".join(words)
    if cand and _JOURNAL_WORDS.search(cand) and cand[0].isupper():
        return cand, len(cand)
    return None, 0


def find_mentions(text: str, offset: int = 0) -> list[CitationMention]:
    """Citation mentions in ``text`` (ids empty; offsets shifted by ``offset``), in text order."""
    found: list[CitationMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: CitationMention) -> None:
        if any(m.start < e and s < m.end for s, e in taken):
            return
        taken.append((m.start, m.end))
        found.append(m)

    for m in _DOI.finditer(text):
        doi = m.group("doi").rstrip(".,;:)]")
        add(CitationMention(id="", text=text[m.start() : m.start("doi") + len(doi)], start=offset + m.start(),
                            end=offset + m.start("doi") + len(doi), doi=doi.lower()))
    for m in _PMID.finditer(text):
        add(CitationMention(id="", text=m.group(0), start=offset + m.start(), end=offset + m.end(), pmid=m.group("pmid")))
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:")
        pm = re.search(r"pubmed\.ncbi\.nlm\.nih\.gov/(\d+)|ncbi\.nlm\.nih\.gov/pubmed/(\d+)", url)
        add(CitationMention(id="", text=url, start=offset + m.start(), end=offset + m.start() + len(url), url=url,
                            pmid=(pm.group(1) or pm.group(2)) if pm else None))
    for m in _NAMED.finditer(text):
        journal, jlen = _trim_journal(m.group("journal"))
        mod_journal = None
        if not journal:
            for caps in re.findall(r"[A-Z][\w&'\u2019\-]*(?:\s+(?:of|and|&|[A-Z][\w&'\u2019\-]*))*", m.group("mods")):
                if journal_abbrev(caps):
                    mod_journal = caps
        end = m.end("design")
        if m.group("n"):
            end = max(end, m.end("n"))
            end = _end_of_design(text, m.end("n"))
        if m.group("by"):
            end = m.end("by")
        if journal:
            end = m.start("journal") + jlen
        ym = _YEAR_AFTER.match(text, end)
        if ym:
            end = ym.end()
        span = text[m.start() : end]
        years = _YEAR.findall(span)
        design = design_of(m.group("design"))
        if (not (years or journal or m.group("mods").strip() or m.group("by"))
                and m.group("design").lower() in ("research", "review", "reviews")):
            continue  # "a review of your posture", "the research": not a pointer to a study
        n = m.group("n")
        n_studies = int(n) if n and n.isdigit() else _NUMBER_WORDS.get(n or "", None)
        authors = (m.group("by"),) if m.group("by") else ()
        if mod_journal:
            journal = mod_journal
        vague = not (years or journal or authors)
        add(CitationMention(
            id="", text=span, start=offset + m.start(), end=offset + end, year=int(years[0]) if years else None,
            journal=journal, journal_abbrev=journal_abbrev(journal), design=design, n_studies=n_studies, authors=authors,
            resolvable=not vague, note="no journal, year or authors given" if vague else "",
        ))
    for m in _AUTHOR_YEAR.finditer(text):
        author = m.group("a") or m.group("a2")
        year = m.group("y") or m.group("y2")
        add(CitationMention(id="", text=m.group(0), start=offset + m.start(), end=offset + m.end(), year=int(year),
                            authors=(re.sub(r"\s+", " ", author),)))
    for m in _MARKER.finditer(text):
        add(CitationMention(id="", text=m.group(0), start=offset + m.start(), end=offset + m.end(), marker=m.group(0)))
    _merge_authors_into_named(found)
    found = _merge_links_into_named(found)
    found.sort(key=lambda c: c.start)
    return [replace(m, text=_LINK_MARKS.sub("", m.text)) if "[" in m.text else m for m in found]


_LINK_MARKS = re.compile(r"\[|\]\([^)\s]*\)|\]")


def _merge_links_into_named(found: list[CitationMention]) -> list[CitationMention]:
    """A Markdown link right on a named study ("[a 2021 review](https://…)") gives it the URL/PMID."""
    named = [m for m in found if m.design]
    out: list[CitationMention] = []
    for m in found:
        if m.url and not m.design:
            host = next((n for n in named if 0 <= m.start - n.end <= 3), None)
            if host is not None:
                i = found.index(host)
                merged = replace(host, url=m.url, pmid=m.pmid or host.pmid, resolvable=True, note="")
                found[i] = merged
                out = [merged if x is host else x for x in out]
                named = [merged if x is host else x for x in named]
                continue
        out.append(m)
    return out


def _end_of_design(text: str, pos: int) -> int:
    m = re.compile(r"\s+(?:" + _DESIGN + r")\b").match(text, pos)
    return m.end() if m else pos


def _merge_authors_into_named(found: list[CitationMention]) -> None:
    """An author-year mention right after a named study gives that study its authors and year."""
    for m in found:
        if m.authors and not m.design:
            for j, other in enumerate(found):
                if other.design and 0 <= m.start - other.end <= 3:
                    found[j] = replace(other, authors=m.authors, year=other.year or m.year, resolvable=True, note="")


def marker_numbers(marker: str) -> list[int]:
    """The reference numbers a marker points at: "Source: 1" -> [1], "[2-4]" -> [2, 3, 4]."""
    nums: list[int] = []
    for part in re.findall(r"\d+\s*[\u2013\-]\s*\d+|\d+", marker):
        if re.search(r"[\u2013\-]", part):
            a, b = (int(x) for x in re.split(r"\s*[\u2013\-]\s*", part))
            nums.extend(range(a, min(b, a + 50) + 1))
        else:
            nums.append(int(part))
    return nums


_VANCOUVER_JOURNAL = re.compile(r"\.\s+(?P<j>[A-Z][A-Za-z&'\-]*(?:\s+[A-Za-z&'\-]+){0,8})\.?\s+(?=(?:19|20)\d{2}\b[^;\n]{0,16};)")
_APA_JOURNAL = re.compile(r"\.\s+(?P<j>[A-Z][A-Za-z&'\-]*(?:\s+[A-Za-z&'\-]+){0,8}),\s*\d{1,4}\s*\([^)]{1,12}\)\s*,")


def _printed_journal(entry: str) -> tuple[str, bool] | None:
    """The journal where a Vancouver ("Title. Journal. 2023;12:34") or APA ("Title. Journal, 12(3), 34-")
    entry prints it, and whether the entry is Vancouver; None when the entry has neither shape."""
    vancouver = _VANCOUVER_JOURNAL.search(entry)
    found = vancouver or _APA_JOURNAL.search(entry)
    return (found.group("j").strip(), bool(vancouver)) if found else None


def parse_reference(entry: str) -> dict[str, Any]:
    """Fields of a reference-list entry: year, journal (+ NLM abbreviation), design, authors, DOI, PMID, URL,
    volume and first page."""
    fields: dict[str, Any] = {}
    years = _YEAR.findall(entry)
    if years:
        fields["year"] = int(years[0])
    doi = _DOI.search(entry)
    if doi:
        fields["doi"] = doi.group("doi").rstrip(".,;:)]").lower()
    pmid = _PMID.search(entry)
    if pmid:
        fields["pmid"] = pmid.group("pmid")
    url = _URL.search(entry)
    if url:
        fields["url"] = url.group(0).rstrip(".,;:")
    norm = " " + _norm_journal(entry) + " "
    best = ""
    for name in journal_table():
        if len(name) > len(best) and f" {name} " in norm and len(name) >= 3:
            best = name
    printed, vancouver = _printed_journal(entry) or ("", False)
    if printed and (not best or best in _norm_journal(printed)) and len(_norm_journal(printed)) > len(best):
        # Where the entry prints its journal ("... Pain Res Manag. 2023;2023:1523834") beats a shorter
        # known name found inside it ("Pain"); Vancouver entries print the NLM abbreviation itself.
        fields["journal"] = printed
        nlm_like = vancouver and not re.search(r"\s(?:of|and|the|for|in)\s", printed)
        fields["journal_abbrev"] = journal_abbrev(printed) or (printed if nlm_like else None)
    elif best:
        fields["journal_abbrev"] = journal_table()[best]
        fields["journal"] = fields["journal_abbrev"]
    design = re.search(_DESIGN, entry, re.IGNORECASE)
    if design:
        fields["design"] = design_of(design.group(0))
    located = _VOLUME_PAGE.search(entry)
    if located:
        groups = located.groupdict()
        fields["volume"] = groups["volume"] or groups["volume2"] or groups["volume3"]
        fields["first_page"] = groups["page"] or groups["page2"] or groups["page3"]
    author_part = re.split(r"\(?(?:19|20)\d{2}\)?|\.\s", entry, maxsplit=1)[0]
    authors = [a.strip() for a in re.split(r",\s*(?=[A-Z][a-z])|;\s*|\s+and\s+|\s*&\s*", author_part) if a.strip()]
    authors = [a.rstrip(".,") for a in authors if re.match(r"^[A-Z][A-Za-z'\u2019\-]+(?:\s+[A-Z]{1,3}\.?|,\s*[A-Z]\.)*$|et al", a)]
    if authors:
        fields["authors"] = tuple(authors)
    return fields
