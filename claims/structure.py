"""Recover an article's blocks (headings, paragraphs, list items, table rows) with section paths."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice

from .boilerplate import REFERENCE_HEADING, STAR, is_boilerplate, is_caption, is_reviewer_line, is_tail_marker
from .detect import is_claim_sentence, names_an_effect
from .sentences import SOURCE_MARKER

__all__ = ["CONTENTS_HEADING", "DASHLESS_NAME", "SIGNATURE_NAME", "Block", "Line", "blocks_from_plain", "build_blocks",
           "heading_like", "split_run_together"]


@dataclass(frozen=True)
class Block:
    """A unit of article content and its context; ``start``/``end`` index the article text."""

    kind: str  # heading, paragraph, list_item, table_row, caption
    text: str
    start: int
    end: int
    section: tuple[str, ...] = ()
    lead_in: str | None = None  # the paragraph (or heading) that introduces a list or table
    cells: tuple[str, ...] = ()
    header: tuple[str, ...] = ()
    level: int = 0


@dataclass(frozen=True)
class Line:
    """A classified source line: kind is blank, heading, bullet, text, table_header or table_row."""

    kind: str
    text: str
    start: int
    end: int
    level: int = 0
    cells: tuple[str, ...] = ()


_BULLET = re.compile(r"^[ \t]*(?:[\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2043\u2013\u2014*+\-\u2713\u2714\u27a4\u25ba>]|\d{1,2}[.)])[ \t]+")
_CAMEL_HEADER = re.compile(r"^(?:[A-Z][a-z]+(?:\s(?:of|and|or|for|to)\s)?){2,5}$")
# (not inside the unit "mmHg": "5–10 mmHg2–6 weeks")
_JUNCTION = re.compile(r"(?<=[a-z\)\]%0-9])(?!(?<=mm)Hg)(?=[A-Z](?:[a-z]|\s))")
_LATE_JUNCTION = re.compile(r"(?<=[a-z]\?)(?=[A-Z][a-z])|(?<=[A-Z]{2})(?=[A-Z][a-z]{2})")
_INITIALISM_CELL = re.compile(r"^[A-Z]{2,6}(?=[A-Z][a-z]{2})")  # "GERDStrengthens the sphincter": "GERD" is a cell
_INLINE_LABEL = re.compile(r"^([A-Z][\w'\u2019\-]*(?: [\w'\u2019\-]+){0,3}):\s+(?=[A-Z\"\u201c])")
_NOT_LABELS = {"source", "sources", "reference", "references", "note", "citation", "tip", "pmid", "doi",
               "subject", "from", "to", "date", "preview", "cc", "reply-to"}  # e-mail header fields are no headings
_RULE_LINE = re.compile(r"^[-=_*~#.\u00b7\u2014\u2013\u2500\u2550 ]{3,}$")
_SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "with", "at", "by", "vs", "from", "is"}
_RUN_ON = {"include", "includes", "including", "are", "were", "can", "will", "may", "you", "your", "we", "our", "us", "help",
           "helps", "like", "such", "as", "these", "this", "that", "there", "here", "because"}


# a citation marker alone on its line, in every form sentences.py joins to the sentence above ("Source: 1", "Sources: 1 and 4",
# "(Source: 2)", "Refs. 2-3", "Source: 1.")
_SOURCE_LINE = re.compile(r"(?:" + SOURCE_MARKER + r"|(?:sources?|refs?|references?)\s*:?\s*\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\])"
                          r"\.?\s*$", re.IGNORECASE)
_NOT_A_HEADING = re.compile(_SOURCE_LINE.pattern + r"|call\b[\s.:]*(?:us\s*(?:on|at)?\s*)?\+?[\d(]", re.IGNORECASE)


def heading_like(text: str) -> bool:
    """A short line with no sentence ending: a heading in scraped text."""
    words = text.split()
    if not words or len(words) > 14 or len(text) > 110:
        return False
    if text[-1] in ".!,;" or text.startswith(("(", "[")) or _NOT_A_HEADING.match(text):
        return False  # ("Source: 1" under a paragraph is its citation; "Call 0117 496 0382 | Mon–Sat" a phone line)
    if text.endswith("?"):
        return len(words) <= 14 and "? " not in text  # ("I got a rash after putting it on my skin. Is that normal?")
    if text.endswith(":"):
        return len(words) <= 8
    # "Why a gentle practice can help", "How it works on the nervous system": a question word's heading without its mark
    return _title_ratio(words) >= 0.6 or len(words) <= 4 or (
        len(words) <= 8 and bool(re.match(r"(?:Why|How|What|When|Where|Who)\b", text)) and text[-1:] not in ".!?,;:\"\u201d)"
        # (not an exclamation that lost its mark: "How much better I feel after one session", "Who knew it could help this much")
        and not re.match(r"What an? |How (?:much|far|many) (?:better|more|less|easier|fewer)\b|Who (?:knew|would have)\b", text)) or (
        # "Tai chi and your knees: what the research says": a kicker, then the question it answers
        len(words) <= 10 and bool(re.match(r"[^:.!?]{3,50}:\s+(?:what|why|how|when|where|who)\b", text))
        and text[-1:] not in ".!?,;:\"\u201d)") or (
        # "Warming the shoulder: moxa and heat", "Getting started: your first class": a gerund's kicker and its topic
        # (not a kicker and the effect it promises: "Reducing inflammation: curcumin calms swollen joints", "Feeling stiff in
        # the morning: turmeric can help" is a benefit line)
        len(words) <= 8 and bool(re.match(r"(?-i:[A-Z][a-z]+ing)\b[^:.!?]{0,40}:\s+[^.!?:]{2,40}$", text))
        and text[-1:] not in ".!?,;:\"\u201d)" and not names_an_effect(text.split(":", 1)[1]))


def _title_ratio(words: list[str]) -> float:
    big = [w for w in words if w.lower().strip(":?") not in _SMALL_WORDS]
    if not big:
        return 0.0
    return sum(1 for w in big if w[:1].isupper() or w.lstrip("(")[:1].isdigit()) / len(big)  # ("Ginger root (30%)")


def _junction(text: str) -> int | None:
    m = _JUNCTION.search(text, 2)
    return m.start() if m else None


def _has_junction(text: str) -> bool:
    """Whether a line has a place where two cells were run together."""
    return _junction(text) is not None or bool(_INITIALISM_CELL.match(text))


def split_run_together(text: str, n_cells: int) -> tuple[str, ...]:
    """Split a scraped table row whose cells were run together ("SciaticaPain in the lower back")."""
    if "\t" in text:
        return tuple(c.strip() for c in text.split("\t") if c.strip())
    cells: list[str] = []
    rest = text
    for _ in range(max(n_cells - 1, 1)):
        m = _INITIALISM_CELL.match(rest) if not cells else None
        at = m.end() if m else _junction(rest)
        if at is None:
            break
        cells.append(rest[:at].strip())
        rest = rest[at:]
    cells.append(rest.strip())
    # a yes/no question's answer or an initialism run into the next cell, when the header has more columns: "Causes
    # drowsiness?Sometimes, in the evening", "Usually, but check with your GPGenerally yes"
    k = 0
    while len(cells) < n_cells and k < len(cells):
        if late := _LATE_JUNCTION.search(cells[k], 2):
            cells[k : k + 1] = [cells[k][: late.start()].strip(), cells[k][late.start() :].strip()]
        else:
            k += 1
    # a number column run on after the last word: "Releases tight quads, hamstrings and IT band3–6", "Calm, sleep and
    # anxiety£12.99"
    if len(cells) < n_cells and (number := re.match(r"^(.*[a-z)])(\d+(?:\s?[\u2013-]\s?\d+)?\+?|[\u00a3$\u20ac]\d+(?:\.\d{2})?)$", cells[-1])):
        cells[-1:] = [number.group(1).strip(), number.group(2)]
    # or figures run on after a word, column after column: "Walking football100–130 bpm300–400" + "Low" under
    # "ActivityTypical heart rateCalories per hourImpact on joints"
    k = 0
    while len(cells) < n_cells and k < len(cells):
        # (a count with its noun closes the cell too: "Custom orthotics1–2 fittings" + "Supports the arch …")
        figure = re.search(_AFTER_WORD + r"(?<!omega)(?<!Omega)(?=" + _FIGURE + r"(?:\s[a-z]{3,12})?(?:$|(?=\d)))", cells[k])
        if figure:
            cells[k : k + 1] = [cells[k][: figure.start()].strip(), cells[k][figure.start() :].strip()]
        k += 1
    # or run on inside a cell, a length or a count: "Gradually increasing pain, often worst at night6 weeks to 9 months"
    for k, cell in enumerate(cells):
        if len(cells) >= n_cells:
            break
        if inner := re.search(r"(?:(?<=[a-z]{3})|(?<=mmHg))(?<!omega)(?<!Omega)(?=\d+(?:\s?[\u2013-]\s?\d+)?\s+(?:to \d+ )?(?:days?|weeks?|months?|years?"
                              r"|sessions?|visits?|treatments?|minutes?|hours?)\b)", cell):
            cells[k : k + 1] = [cell[: inner.start()].strip(), cell[inner.start() :].strip()]
    return tuple(cells)


# the column names that give a run-together header away ("ConditionHow Thai massage helps", "StudyWho took partWhat it found")
_HEADER_WORDS = re.compile(
    r"(?:Conditions?|Problems?|Injur\w*|Symptoms?|[Hh]ow \w+ (?:\w+ )?helps?|[Ww]hy (?:it|they|\w+) helps?|[Bb]enefits?|[Cc]oncerns?|[Ww]hat (?:it|they) do(?:es)?"
    # "FormAbsorptionBest forPrice (60 tablets)": what each form is best for
    r"|[Bb]est for(?=[A-Z]|$)"
    r"|[Ww]hat (?:patients|people|clients) (?:notice|report|feel)"
    # "TreatmentWhat it helps withTypical sessions": a plan's treatments and what each is for
    r"|[Ww]hat (?:it|they|each) (?:helps?(?: with)?|treats?|is for|are for)(?=[A-Z]|$)|[Tt]ypical (?:sessions|number of sessions|course)"
    # "StageWhat we focus onTypical timeframe": a plan's stages
    r"|^(?:Stages?|Phases?)[A-Z]|[Tt]ime ?frame|[Ww]hat we (?:focus on|do|work on)"
    # "StudyWho took partWhat it found": the studies a page cites, one a row
    r"|[Ww]hat (?:it|they|the study|the trial) found(?=[A-Z]|$)|[Ww]ho took part(?=[A-Z]|$)"
    # "ConcernHow zeolite helpsWhen most people notice a difference": when each effect shows
    r"|[Ww]hen (?:most )?(?:people|you|clients|customers) (?:notice|see|feel)(?: (?:a difference|results|it))?(?=[A-Z]|$))")


_QUESTION_WORD = re.compile(r"(?:is|are|can|could|do|does|did|should|will|would|which|what|how|why|when|where|who)$", re.IGNORECASE)


def _is_table_header(text: str) -> bool:
    """A run-together table header: "ConditionDescription", "TechniqueBest For" (short, capitalised, a junction)."""
    if _CAMEL_HEADER.match(text) and " " not in text.replace(" of ", "").replace(" and ", ""):
        return True
    words = text.split()
    # (a last column may ask its question: "TreatmentWhat it doesDrug-free?")
    # (but not a question of its own run into a brand's name: "Which HyperIce or TheraGun Is Best?" opens with a question
    # word, "HydraFacial or DermaPlaning?" weighs one against another; "Pain reliefBest forSafe in pregnancy?" is a header)
    parts = _split_camel(text)
    asks = (text.endswith("?") and len(parts) >= 3 and len(parts[-1].split()) <= 3
            and not _QUESTION_WORD.match(parts[0].split()[0])
            and not any(re.search(r"\b(?:or|vs\.?|versus)\b", part, re.IGNORECASE) for part in parts))
    # (up to ten words when two of its column names are a header's: "ConcernHow zeolite helpsWhen most people notice a
    # difference")
    named = sum(1 for part in parts if _HEADER_WORDS.match(part))
    if (len(words) > 7 and not (len(words) <= 10 and named >= 2)) or (text[-1:] in ".!?,;:" and not asks) \
            or not re.search(r"[a-z][A-Z]", text):
        return False
    if all(w[:1].isupper() or w.lower() in _SMALL_WORDS for w in words):
        return True
    # "ConditionHow Thai massage helps": a one-word first column run into a sentence-case second one;
    # "ConditionWhat it isHow massage helps": short sentence-case column names
    junctions = len(re.findall(r"[a-z][A-Z]", text))
    return bool(re.match(r"^[A-Z][a-z]+(?: [a-z]+){0,2}[A-Z]", text)) and (junctions == 1 or (
        junctions <= 4 and all(len(part.split()) <= (6 if named >= 2 else 4) for part in parts)
        and bool(_HEADER_WORDS.search(text))))


def _second_header(text: str) -> bool:
    """A header under a table's rows that starts a table of its own ("Problem areaWhat massage does"): short parts, one of
    them a header's words (not a row with such words inside a cell: "Neck painLong-lasting benefits")."""
    parts = _split_camel(text)
    return _is_table_header(text) and all(len(part.split()) <= 4 for part in parts) and any(_HEADER_WORDS.match(p) for p in parts)


# a figure a table gives: a range or an amount with its unit ("100–130 bpm", "300–400", "45 min"), not a number in a name
_UNIT = r"(?:bpm|kcal|cal|kg|mg|mcg|g|%|mins?|minutes|hrs?|hours|km|miles?|mmhg|mmHg|ml|mm|cm)"
# where a figure cell starts after a word: two letters, a bracket that closes a word ("Hibiscus tea (3 cups daily)5–10 mmHg")
# or the unit "mmHg" that ends the cell before ("5–10 mmHg2–6 weeks")
_AFTER_WORD = r"(?:(?<=[a-z]{2})|(?<=[a-z]\))|(?<=mmHg))"
_FIGURE = r"(?:\d+(?:[.,]\d+)?\s?[\u2013-]\s?\d+(?:[.,]\d+)?(?:\s?" + _UNIT + r")?|\d+(?:[.,]\d+)?\s?" + _UNIT + r")(?![a-z])"
# a figure run on after a word: a row's cells run together ("Heel-to-toe drop0 mm8\u201312 mm")
_FIGURE_JUNCTION = re.compile(r"(?<=[a-z]{2})(?<!omega)(?<!Omega)(?=" + _FIGURE + ")")


def _loose_header(lines: Sequence[Line], i: int) -> bool:
    """A run-together header whose column names no keyword gives away ("ActivityTypical heart rateCalories per hourImpact
    on joints", "Custom MAD from HarboursideShop-bought boil-and-bite guard"), told by the rows under it: a short line
    with a junction, no sentence end, column names of five words at most, then three or more lines with junctions and no
    sentence end, thirty words at most."""
    text = lines[i].text
    if len(text.split()) > 8 or text[-1:] in ".!?,;:" or not text[:1].isupper() or not _CLEAR_JUNCTION.search(text) \
            or any(len(part.split()) > 5 for part in _split_camel(text)):
        return False
    rows = 0
    for line in lines[i + 1 :]:
        # (a row's junction may be a figure run on after a word: "Heel-to-toe drop0 mm8\u201312 mm")
        if line.kind != "text" or not (_CLEAR_JUNCTION.search(line.text) or _FIGURE_JUNCTION.search(line.text)) \
                or line.text.rstrip()[-1:] in ".!?:" or len(line.text.split()) > 30:
            break
        rows += 1
    return rows >= 3


# where two cells plainly ran together: two lower-case letters or a figure before a capitalised word ("HarboursideShop",
# "400Low"), not a name's own capitals ("McKenzie", "MacBook", "PhD", "iPhone")
_CLEAR_JUNCTION = re.compile(r"(?:(?<=[a-z]{2})(?<!Mac)|(?<=[0-9%)\]]))(?=[A-Z][a-z])")


def _split_camel(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in re.split(r"(?<=[a-z])(?=[A-Z])", text) if p.strip())


# where a run-together header's column names meet besides a lower-case letter before a capital: a word before a name
# that opens with a figure ("Supplement5-HTP"), an initialism of three capitals or more before a word ("5-HTPChamomile"),
# not "Omega3" or "PDFs"
_HEADER_JUNCTION = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[a-z]{3})(?<!omega)(?<!Omega)(?=\d+-?[A-Z])|(?<=[A-Z]{3})(?=[A-Z][a-z]{2})")


def _split_header(text: str) -> tuple[str, ...]:
    """A run-together header's column names ("Supplement5-HTPChamomileL-Theanine": four)."""
    return tuple(p.strip() for p in _HEADER_JUNCTION.split(text) if p.strip())


def _lines(text: str) -> list[Line]:
    """Classify each line of scraped plain text."""
    out: list[Line] = []
    pos = 0
    raw_lines = text.split("\n")
    for raw in raw_lines:
        start = pos
        pos += len(raw) + 1
        stripped = raw.strip()
        if not stripped or _RULE_LINE.match(stripped):  # "-------": a rule is a separator, not a heading
            out.append(Line("blank", "", start, start))
            continue
        lead = len(raw) - len(raw.lstrip())
        s = start + lead
        e = s + len(stripped)
        m = _BULLET.match(raw)
        if m and len(raw) > m.end():
            out.append(Line("bullet", raw[m.end() :].strip(), start + m.end(), e))
            continue
        if "\t" in stripped and len(stripped.split("\t")) >= 2:
            out.append(Line("table_row", stripped, s, e, cells=tuple(c.strip() for c in stripped.split("\t"))))
            continue
        out.append(Line("text", stripped, s, e))
    _symbol_bullets(out)
    _bare_items(out)
    return out


def _bare_items(lines: list[Line]) -> None:
    """Short unmarked lines right after a line ending in ':' ("It can help with:") are list items."""
    in_list = False
    for i, line in enumerate(lines):
        if line.kind == "blank":
            continue
        if line.kind == "text" and line.text.endswith(":") and len(line.text.split()) >= 3:
            in_list = True
            continue
        short = (line.kind == "text" and len(line.text.split()) <= 8 and line.text[-1:] not in ".!?:;,"
                 and not _has_junction(line.text))
        if in_list and short and lines[i - 1].kind == "text" and lines[i - 1].text.endswith(":") and i + 1 < len(lines) \
                and lines[i + 1].kind == "bullet":
            in_list = False  # "The two main options are:" / "Steroid injection" / "• …": the first option's name over its list
            continue
        if in_list and short:
            lines[i] = Line("bullet", line.text, line.start, line.end)
            continue
        in_list = False


_SYMBOL_START = re.compile(r"^([^\w\s\"'\u201c\u2018(\[#<$\u00a9]{1,3})\s+(?=\S)")


def _symbol_bullets(lines: list[Line]) -> None:
    """Runs of lines that start with the same symbol or emoji ("✨ It eases stress") are list items."""
    marks = [(_SYMBOL_START.match(line.text) if line.kind == "text" else None) for line in lines]
    for i, m in enumerate(marks):
        if m is None:
            continue
        same = [j for j in (i - 1, i + 1) if 0 <= j < len(lines) and (o := marks[j]) is not None
                and o.group(1) == m.group(1)]
        if same:
            line = lines[i]
            lines[i] = Line("bullet", line.text[m.end():], line.start + m.end(), line.end)


def blocks_from_plain(text: str, title: str | None = None) -> tuple[str | None, list[Block]]:
    """Blocks of scraped plain text: headings, paragraphs, `•` items with lead-ins, run-together tables."""
    lines = _lines(text)
    # Everything after a comments / related-posts marker in the second half is page furniture.
    cut = len(lines)
    for i, line in enumerate(lines):
        if line.kind == "text" and line.start > len(text) // 2 and is_tail_marker(line.text):
            cut = i
            break
    lines = lines[:cut]
    items: list[Line] = []
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if line.kind == "text" and (_is_table_header(line.text) or _loose_header(lines, i)) and not is_boilerplate(line.text):
            # (not page furniture run together: "LittleSprout Multivitamin Gummies £9.99" under "Customers also bought")
            header = _split_header(line.text)
            j = i + 1
            rows: list[Line] = []
            # (rows may be numbered: "1. ProtectSettle pain, …Days 1–5")
            # (not a breadcrumb under a brand written in camel case: "PeakForm Store" / "Home > Recovery > GridCore Roller")
            # (a second table's header under the first one's rows starts that table: "Problem areaWhat massage does")
            while j < n and lines[j].kind in ("text", "bullet") and (_has_junction(lines[j].text) or _FIGURE_JUNCTION.search(
                    lines[j].text)) and not is_boilerplate(lines[j].text) and not (
                    rows and _second_header(lines[j].text)):
                cells = split_run_together(lines[j].text, len(header))
                rows.append(Line("table_row", lines[j].text, lines[j].start, lines[j].end, cells=cells))
                j += 1
            if len(rows) >= 2 and len(header) >= 2:
                items.append(Line("table_header", line.text, line.start, line.end, cells=header))
                items.extend(rows)
                i = j
                continue
        items.append(line)
        i += 1
    return _assemble(items, text, title or _plain_title(items, text))


_TITLE_STOP = frozenset("""what your with this that from have will about know need everything guide more than into when
which their them they does here best home blog contact about services shop book online""".split())


_EMAIL_SUBJECT = re.compile(r"^Subject:[ \t]*(?:(?:re|fwd?):[ \t]*)*(\S[^\n]{3,150})$", re.MULTILINE | re.IGNORECASE)


_MARKER_END = re.compile(r"[.!?]\s*(?:\[\d{1,3}\]|\(?sources?:\s*\d{1,3}\)?)\s*$", re.IGNORECASE)
_REVIEWS_HEADING = re.compile(r"^\s*(?:customer |client |patient |product |verified )?(?:reviews|testimonials)\s*:?\s*$", re.IGNORECASE)
_BARE_REVIEWS = re.compile(r"^\s*(?:reviews|testimonials)\s*:?\s*$", re.IGNORECASE)


# a shop or leaflet's stock section name, a heading wherever it stands (even glued under a run-together specs table)
_SECTION_NAME = re.compile(r"^\s*(?:how to (?:use|apply|take)(?: it| them)?|directions(?: for use)?|ingredients|specifications?"
                           r"|safety information|warnings|key benefits|product highlights|why you['\u2019]ll love (?:it|them))\s*:?\s*$",
                           re.IGNORECASE)


def _reviews_follow(lines: Sequence[Line], idx: int) -> bool:
    """Whether a bare "Reviews" line heads reviews (a rating, a byline, a quote), not a tab or menu item above the
    product's description."""
    nxt = _next_nonblank(lines, idx)
    return nxt.kind != "blank" and (nxt.text[:1] in "\"\u201c\u2605\u2606\u2b50" or is_reviewer_line(nxt.text)
                                or re.match(r"\d(?:\.\d)? out of 5\b", nxt.text) is not None)


# the column heads of a run-together table: "Condition Usual number of sessions What patients notice"
_HEADER_ROW = re.compile(r"^(?:conditions?|treatments?|stages?|phases?|symptoms?|problems?|issues?)\s+[^.]*\b(?:sessions?|how|what"
                         r"|typical|timing|focus|results?)\b[^.]*$", re.IGNORECASE)
# a lower-case word followed by a capitalised one ("… breast cancer Swelling in …"): where two cells were run together
_CELL_START = re.compile(r"(?:\b[a-z][\w'-]*|\)|\b\d+)\s+(?!I\b)[A-Z][a-z]")


# a line of wrapped prose breaks off after a function word or a verb's subject ("… every Tuesday in", "… and gentle
# treatment eases"); a table row ends on its last cell ("10–15", "in an intensive block")
_WRAP_END = re.compile(r"\b(?:a|an|the|of|and|or|but|for|to|in|on|with|at|by|from|is|are|was|were|that|which|who|than|as|so"
                       r"|your|our|my|their|its|this|these|can|may|will|has|have|had|it|they|we|you)$",
                       re.IGNORECASE)


def _spaced_row(line: str, cells: int = 2) -> bool:
    """A table row whose cells were run together with spaces: capitalised, no sentence end, and ``cells`` or more places
    where a lower-case word runs into a capitalised one (not a line of wrapped prose)."""
    text = line.strip()
    return (len(text.split()) >= 6 and text[:1].isupper() and " | " not in text and text[-1:] not in ".!?:;,\"\u201d"
            and len(_CELL_START.findall(text)) >= cells and not _WRAP_END.search(text))


def _spaced_rows(run: Sequence[Line]) -> int:
    """How many lines that open ``run`` are rows of a table run together with spaces: two or more rows with two cell
    starts each, or three or more with one (a three-column table: "Arm lymphoedema after breast cancer Reduces arm
    volume and heaviness 10–15"); none when the next line continues the last in lower case (wrapped prose)."""
    for cells, least in ((2, 2), (1, 3)):
        rows = 0
        while rows < len(run) and _spaced_row(run[rows].text, cells):
            rows += 1
        if rows >= least and not (rows < len(run) and run[rows].text[:1].islower()):
            return rows
    return 0


# "Home > Conditions > Shoulder Pain" and "Call 01462 555 218" in the menu above the headline: not the headline
# (and a newsletter's masthead with its issue date: "The Willow Lane Letter | November 2024", "… | 12 November 2024")
_BREADCRUMB_OR_PHONE = re.compile(r"\s*home\s*(?:>|/|\u00bb|\u203a|\u2192)|\s*(?:call|tel|phone|ring)\b[\s.:]*(?:us\s*(?:on|at)?\s*)?\+?[\d(]"
                                  r"|.{3,60}\s[|\u00b7\u2013\u2014-]\s*(?:(?:issue|no\.?|vol\.?)\s*\d+\s*[|\u00b7,\u2013-]?\s*)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:jan|feb|mar|apr|may|jun|jul|aug"
                                  r"|sep|sept|oct|nov|dec)[a-z]*|spring|summer|autumn|fall|winter)\s+(?:\d{1,2},?\s+)?\d{4}\s*$"
                                  # "THE GOLDEN THREAD · Issue 42 · October": a masthead's issue number (with its month)
                                  # (and "Issue No. 42", "Vol. 3, Issue 42", "#42", "Issue 42 · 14 October 2024")
                                  r"|.{3,60}\s[|\u00b7\u2013\u2014-]\s*(?:vol(?:\.|ume)?\s*\d+\s*[,|\u00b7\u2013\u2014-]?\s*)?(?:issue|no\.|vol\.?|#)\s*(?:no\.?\s*)?\d+\b"
                                  r"(?:\s*[|\u00b7\u2013\u2014,-]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Za-z]+(?:\s+\d{4})?)?\s*$",
                                  re.IGNORECASE)


_MASTHEAD_NAME = re.compile(r"\b(?:issue|newsletter|bulletin|digest|edition|letter|dispatch)\b", re.IGNORECASE)
# a newsletter's or a long page's contents: "In this issue", "Inside this edition", "On this page" (not a product's
# "What's inside": its ingredients); in a newsletter's header the headline stands above it, never in it
CONTENTS_HEADING = re.compile(r"^\W*(?:in(?:side)? this (?:issue|edition|newsletter|email|month['\u2019]s (?:issue|newsletter))"
                              r"|(?:table of )?contents|on this page|jump to|quick links"
                              r"|in this (?:guide|article|post))\W*$", re.IGNORECASE)
# a masthead line itself: the newsletter's name, ending its line or the part before a separator ("The Apothecary Letter",
# "The Gut Health Digest | Spring"), or its issue number ("Issue 41 · November", "Weekly notes from Coach Mara | Issue #47");
# not a headline with the word in it ("The Winter Edition: Magnesium and Sleep", "Back Pain After Pregnancy: A Common Issue")
_MASTHEAD_LINE = re.compile(r"^[^:]*\b(?:newsletter|bulletin|digest|edition|letter|dispatch)\s*(?:$|[|\u00b7\u2013\u2014-])"
                            r"|\b(?:issue|no\.|vol\.?|volume)\s*(?:no\.?\s*)?#?\d+\b", re.IGNORECASE)
_SINCE_OR_DELIVERY = re.compile(r"\b(?:since|est\.?|established) \d{4}\b|\bfree (?:\w+ )?(?:delivery|shipping|p&p)\b", re.IGNORECASE)


def _plain_title(lines: Sequence[Line], text: str) -> str | None:
    """The title of scraped text: of the short lines before the first paragraph (site name, menu, breadcrumb,
    headline), the one whose words the rest of the page repeats most ("Apple Cider Vinegar Gummies: …",
    not "Orchard & Oak Nutrition" or "Home"); the first of them on a tie. None when there is no such line."""
    subject = _EMAIL_SUBJECT.search(text[:2000])
    if subject:  # an e-mail newsletter: its subject line is its headline
        return subject.group(1).strip()
    candidates: list[Line] = []
    masthead_end = -1
    for line in lines:
        if line.kind == "text" and candidates and _MASTHEAD_LINE.search(line.text) and len(line.text.split()) <= 8:
            masthead_end = line.end  # "The Apothecary Letter", "Issue 41 · November": the headline stands below them
        if line.kind == "text" and CONTENTS_HEADING.match(line.text):
            break  # ("In this issue" and its list of features: the headline stands above them)
        if line.kind == "blank" or (line.kind == "text" and (is_boilerplate(line.text) or line.text.count(" | ") >= 2
                                                             or _BREADCRUMB_OR_PHONE.match(line.text)
                                                             # a brand's strapline: "Herbal Apothecary · Est. 1998"
                                                             or (_SINCE_OR_DELIVERY.search(line.text) and (
                                                                 len(line.text.split()) <= 8 or " | " in line.text
                                                                 # ("FREE UK DELIVERY ON ORDERS OVER £30 | ORDER BY 2PM …",
                                                                 # "Free UK delivery on orders over £30 · Click & Collect …")
                                                                 or (" \u00b7 " in line.text and _SINCE_OR_DELIVERY.search(
                                                                     line.text.split(" \u00b7 ")[0]))
                                                                 or line.text.isupper())))):
            continue  # (a delivery banner or a "Shop | Vitamins | Blog" menu above the headline does not end the search)
        if line.kind != "text" or not (heading_like(line.text) or (
                len(line.text.split()) <= (16 if ": " in line.text else 10) and line.text[-1:] not in ".!,;" and candidates)):
            break  # (a short promotional line between the menu and the headline does not end the search)
        if not is_boilerplate(line.text) and (heading_like(line.text) or (
                # a newsletter's sentence-case headline under its brand's masthead: "Your headache survival guide (and why
                # magnesium matters)" under "CALMWELL NUTRITION"
                # (not the brand's strapline: "Herbal remedies since 2009 | Free UK delivery over £30")
                # (or under its masthead: "Turmeric, psoriasis and eczema: what our customers … are telling us" under
                # "The Golden Issue")
                candidates and (all(c.text.isupper() for c in candidates) or _MASTHEAD_NAME.search(candidates[-1].text))
                and len(line.text.split()) <= (16 if ": " in line.text else 12)
                and line.text[-1:] not in ".!,;:" and " | " not in line.text and not _SINCE_OR_DELIVERY.search(line.text))):
            candidates.append(line)
    if not candidates:
        return None
    # a newsletter's brand and masthead above its headline: the lines below the masthead, when there are any
    candidates = [c for c in candidates if c.start >= masthead_end] or candidates
    body = text[candidates[-1].end :].lower()

    def occurs_twice(word: str) -> bool:  # (the scan of the body stops at the second)
        return len(list(islice(re.finditer(r"\b" + re.escape(word) + r"\b", body), 2))) == 2

    def repeated(line: Line) -> int:
        words = {w for w in re.findall(r"[a-z][a-z'\-]{3,}", line.text.lower()) if w not in _TITLE_STOP}
        return sum(1 for w in words if occurs_twice(w))

    def site_name(line: Line, *, bare: bool = True) -> bool:  # the line comes back in the footer ("PureRoot Nutrition Ltd,
        # Unit 4, …"); ``bare``: or on a line of its own (as a headline does in "Related articles", so only as a tie-break)
        end = r"(?:\s+(?:ltd|limited|llc|inc|plc|co)\b\.?\s*(?:[,|\u00a9]|$)|\s*[,|\u00a9]" + (r"|\s*$)" if bare else ")")
        # "The Hive Pantry | Natural Remedies": its name (but only as "The Hive Pantry Ltd," or "… ©": a body line
        # "Turmeric, the golden spice, …" does not make "Turmeric | Benefits and Side Effects" a site name)
        name = line.text.split(" | ")[0].strip()
        strict = r"(?:\s+(?:ltd|limited|llc|inc|plc|co)\b\.?\s*(?:[,|\u00a9]|$)|\s*\u00a9)"
        # (the whole name, "© 2024 Dry Needling Leeds Ltd" does not make the headline "Dry Needling" a site name; an ASCII
        # "(c)" only before a year, not the third of "(a) massage, (b) exercise and (c) dry needling.")
        if re.search(r"(?:\u00a9|\(c\)(?=\s*\d{4})|copyright)\s*(?:\d{4}(?:\s*[-\u2013]\s*\d{4})?\s*)?" + re.escape(line.text.strip())
                     + r"(?=\s*(?:$|[^\w\s&'\u2019]|(?:ltd|limited|llc|inc|plc|co|all rights)\b|\d{4}\b))", body, re.IGNORECASE | re.MULTILINE):
            return True  # "© 2024 Riverside Sports & Spine Physiotherapy. All rights reserved."
        return bool(re.search(r"^" + re.escape(line.text.strip()) + end, body, re.MULTILINE | re.IGNORECASE)) or (
            name != line.text.strip() and bool(name) and re.search(r"^" + re.escape(name) + strict, body, re.MULTILINE | re.IGNORECASE) is not None)

    # the most repeated; of equal repetition: not a lead-in ("We use PEMF for:"), not a site name with its town
    # ("Glow Clinic | Leeds"), first
    if any(site_name(ln, bare=False) for ln in candidates):  # a headline of three words or more beats the site's name
        others = [ln for ln in candidates if not site_name(ln, bare=False)]
        longer = [ln for ln in others if len(ln.text.split()) >= 3]
        if longer and not any(repeated(ln) for ln in longer):
            # (but not a menu the body never repeats, "Home About Services Contact", over "Cupping Therapy", which it does)
            longer = [ln for ln in others if repeated(ln)] or longer
        candidates = longer or candidates
    # (a short all-capitals masthead, "CALMWELL NUTRITION", loses a tie to the headline under it)
    best = max(candidates, key=lambda ln: (repeated(ln), not ln.text.endswith(":"), not site_name(ln), " | " not in ln.text,
                                           not (ln.text.isupper() and len(ln.text.split()) <= 3), -ln.start))
    return best.text.rstrip(":").strip()


def _assemble(lines: list[Line], text: str, title: str | None) -> tuple[str | None, list[Block]]:
    blocks: list[Block] = []
    h2: str | None = None
    h3: str | None = None
    lead_in: str | None = None
    header: tuple[str, ...] = ()
    prev_kind = "blank"
    para: list[Line] = []

    def section() -> tuple[str, ...]:
        return tuple(h for h in (h2, h3) if h)

    def open_heading(name: str, level: int, start: int, end: int, *, top: bool = False) -> None:
        """Start a section: a level-2 heading closes the sub-section; ``top`` files the heading under none."""
        nonlocal h2, h3, lead_in, header, prev_kind
        if level == 2:
            h2, h3 = name, None
        else:
            h3 = name
        blocks.append(Block("heading", name, start, end, () if top else section(), level=level))
        lead_in = name
        header = ()
        prev_kind = "blank"

    def flush() -> None:
        """Scraped text without blank lines: furniture that follows a sentence ("Customer reviews", opening hours
        after the last line of text) ends the paragraph and is dropped, and so is every furniture line after it."""
        if not para:
            return
        run: list[Line] = []
        splitting = False
        for k, ln in enumerate(para):
            if _review_title(ln, para[k + 1] if k + 1 < len(para) else None):
                splitting = True  # "★★★★★ Healed my son's graze in days" above "By Priya S. | Verified buyer": a title
                if any(_content(x) for x in run):
                    emit(run)
                run = []
                continue
            # (a review's byline always opens the review: "★★★★★ Emma R. Verified buyer" above its text)
            if _furniture(ln) and (splitting or any(_sentence(x) for x in run) or is_reviewer_line(ln.text)):
                if not splitting or any(_content(x) for x in run):  # (a name line amid the furniture is furniture too)
                    emit(run)
                run, splitting = [], True
            elif splitting and run and _REVIEW_TITLE.match(ln.text):  # "★★★★☆ Easy to swallow": the next review begins
                if any(_content(x) for x in run):
                    emit(run)
                run = [ln]
            else:
                run.append(ln)
        if not splitting or any(_content(x) for x in run):
            emit(run)
        para.clear()

    def emit(run: Sequence[Line]) -> None:
        nonlocal lead_in
        if not run:
            return
        whole = run  # (a product header and a run of mostly furniture are judged on all their lines)
        if len(run) > 1 and _SIGN_OFF.match(run[0].text):
            # "Warm regards," / "The Harmony Health Team": a letter's sign-off and the signature under it
            run = run[next((k for k, ln in enumerate(run) if k and _content(ln)), len(run)) :]
            if not run:
                return
        while len(run) > 1 and is_boilerplate(run[0].text) and not _content(run[0]) and not _WRAPPED.search(
                f"{run[0].text}\n{run[1].text}"):
            run = run[1:]  # a cookie banner's line glued above the headline ("We use cookies … Accept | Manage settings")
        s, e = run[0].start, run[-1].end
        body = text[s:e]
        if is_boilerplate(body):
            return
        first = next((k for k, ln in enumerate(whole) if _content(ln)), len(whole))
        if 3 <= first < len(whole) and 2 * sum(is_boilerplate(ln.text) for ln in whole[:first]) >= first:
            emit(whole[first:])  # a product header (breadcrumb, rating, price, "Add to basket") above the description
            return
        if len(whole) >= 3 and 2 * sum(is_boilerplate(ln.text) for ln in whole) >= len(whole):
            # mostly furniture (a product header: breadcrumb, star rating, price, "Add to basket"): only its whole
            # sentences are content
            for ln in whole:
                # (nor a brand's strapline among them, "Helping little feet grow strong since 2009")
                if not _furniture(ln) and _content(ln) and not (_SINCE_OR_DELIVERY.search(ln.text) and not _sentence(ln)):
                    blocks.append(Block("paragraph", ln.text, ln.start, ln.end, section()))
                    lead_in = ln.text
            return
        lead = next((k for k in (1, 2) if len(run) > k and all(
                    len(ln.text.split()) <= 10 and ln.text.rstrip()[-1:] not in ".!?,;"
                    and (_HEADER_ROW.match(ln.text) or not _spaced_row(ln.text, 1)) for ln in run[:k])
                     and _spaced_rows(run[k:]) >= 3 and not _HEADER_ROW.match(run[k].text)), 0)
        if lead:  # "Conditions we treat with dry needling" above the rows (and the column heads): the table's caption
            caption = [ln for ln in run[:lead] if not _HEADER_ROW.match(ln.text)] or run[:1]
            lead_in = text[caption[0].start : caption[-1].end]
            run = run[lead:]
        rows = _spaced_rows(run)
        if rows >= 2:
            # rows of a table whose cells were run together with spaces ("Arm lymphoedema after breast cancer Swelling
            # in the hand … Reduces arm volume and heaviness 10–15"): each line is an item under the heading
            for ln in run[:rows]:
                blocks.append(Block("list_item", ln.text, ln.start, ln.end, section(), lead_in=lead_in))
            emit(run[rows:])
            return
        kind = "caption" if is_caption(body) else "paragraph"
        blocks.append(Block(kind, body, s, e, section()))
        lead_in = body if kind == "paragraph" else lead_in

    for idx, line in enumerate(lines):
        nxt = lines[idx + 1] if idx + 1 < len(lines) else None
        if line.kind == "blank":
            flush()
            prev_kind = "blank"
            continue
        if line.kind == "bullet":
            flush()
            if not is_boilerplate(line.text):
                blocks.append(Block("list_item", line.text, line.start, line.end, section(), lead_in=lead_in))
            prev_kind = "bullet"
            continue
        if line.kind == "table_header":
            flush()
            header = line.cells
            prev_kind = "table"
            continue
        if line.kind == "table_row" and prev_kind != "table" and nxt is not None and nxt.kind == "table_row":
            flush()
            header = line.cells
            prev_kind = "table"
            continue
        if line.kind == "table_row":
            flush()
            blocks.append(
                Block("table_row", line.text, line.start, line.end, section(), lead_in=lead_in, cells=line.cells, header=header)
            )
            prev_kind = "table"
            continue
        # a wrapped list item: an indented or lower-case line right after a bullet continues it
        if prev_kind == "bullet" and blocks and blocks[-1].kind == "list_item" and (
                line.start > 0 and text[line.start - 1] in " \t" or line.text[:1].islower()):
            last = blocks[-1]
            blocks[-1] = Block("list_item", text[last.start : line.end], last.start, line.end, last.section,
                               lead_in=last.lead_in)
            continue
        # text line
        if para and _SOURCE_LINE.match(line.text):  # "Source: 1" on its own line cites the sentence above it, and ends it
            para.append(line)
            flush()
            prev_kind = "blank"
            continue
        if (_REVIEWS_HEADING.match(line.text) and (not _BARE_REVIEWS.match(line.text) or _reviews_follow(lines, idx))) or (
                REFERENCE_HEADING.match(line.text) and nxt is not None and nxt.kind == "bullet"):
            flush()  # "Customer reviews": the reviews are not under the warnings or the FAQ that came before them
            open_heading(line.text.rstrip(":").strip(), 2, line.start, line.end)
            continue
        after_sentence = bool(para) and (text[para[-1].end - 1 : para[-1].end] in ".!?"
                                         or _MARKER_END.search(para[-1].text) is not None)  # ("… 12 weeks of care. Source: 2")
        after_furniture = bool(para) and is_boilerplate(para[-1].text)  # ("In stock - dispatched …" above "Why you'll love it")
        # ("The two main options are:" / "Steroid injection" / "• A corticosteroid is injected …": the first option's name)
        after_colon = bool(para) and para[-1].text.rstrip().endswith(":") and len(line.text.split()) <= 5
        if (nxt is not None and nxt.kind == "bullet" and line.text[-1:] not in ".!?,;:"
                and (prev_kind != "text" or after_sentence or after_furniture or after_colon or _SECTION_NAME.match(line.text))
                and len(line.text.split()) <= 10 and not is_boilerplate(line.text)):
            # "How acupuncture may support fertility" right above a list: a sub-heading that leads into it
            flush()
            if line.text.isupper() and h2 and h2.isupper():  # "FIVE THINGS TO TRY AT HOME": a section like the others
                open_heading(line.text, 2, line.start, line.end)
                continue
            h3 = line.text
            blocks.append(Block("heading", h3, line.start, line.end, section(), level=3))
            lead_in = h3
            prev_kind = "blank"
            continue
        captions_table = (nxt is not None and nxt.kind == "table_header" and len(line.text.split()) <= 8
                          and line.text[-1:] not in ".!,;")  # "Common running problems we treat" above a table
        if after_sentence and (captions_table or heading_like(line.text) and (
                _title_ratio(line.text.split()) >= 0.6 or line.text.endswith("?"))):
            flush()  # no blank lines in the page: a title-case line after a full stop starts a new section
            prev_kind = "blank"
        if captions_table and prev_kind != "text":
            flush()
            open_heading(line.text.rstrip(":").strip(), 2, line.start, line.end, top=True)
            continue
        # (after a sentence, or after a tagline: the one short line right under a heading that no end mark closes)
        tagline = len(para) == 1 and (not blocks or blocks[-1].kind == "heading") and len(para[0].text.split()) <= 14 \
            and re.search(r"[A-Za-z]$", para[0].text) is not None and para[0].text.split()[-1].lower() not in _SMALL_WORDS
        heading_next = (after_sentence or tagline or prev_kind == "bullet"
                        or (prev_kind == "blank" and not para)) and _sentence_case_heading(line.text, nxt)
        if tagline and (
                heading_next or line.text[:1].isupper() and len(line.text.split()) >= 8 and line.text[-1:] in ".!?"):
            # "Nurturing your body on the path to parenthood" under the title, then a paragraph or heading: a strapline
            if is_claim_sentence(para[0].text) and (heading_next or not re.search(
                    r"(?:[,;:]|\b(?:says|said|that|which|who|because|as|when|and|but|or))$", para[0].text, re.IGNORECASE)):
                flush()  # a strapline that makes a claim stands as its own paragraph, not run into the next line
            elif not is_claim_sentence(para[0].text):
                blocks.append(Block("caption", para[0].text, para[0].start, para[0].end, section()))
                para.clear()
            prev_kind = "blank" if not para else prev_kind
        if heading_next:
            flush()  # "What to expect at your appointment" between two paragraphs of a page without blank lines
            open_heading(line.text, 2, line.start, line.end)
            continue
        # "Ankle sprains by the numbers" alone between blank lines, a list after it: a heading like the page's others,
        # though in sentence case (not a lead-in that runs on into its list: "Benefits include", "Here's what we do")
        names_list = (prev_kind == "blank" and nxt is not None and nxt.kind == "blank"
                      and _next_nonblank(lines, idx).kind == "bullet" and 2 <= len(line.text.split()) <= 8
                      and line.text[:1].isupper() and line.text[-1:] not in ".!?,;:\"\u201d)"
                      and line.text.split()[-1].lower() not in _SMALL_WORDS | _RUN_ON and not is_claim_sentence(line.text))
        if prev_kind != "text" and (heading_like(line.text) or names_list) and (nxt is None or nxt.kind != "text" or not para):
            flush()
            if is_boilerplate(line.text):
                prev_kind = "blank"
                continue
            name = line.text.rstrip(":").strip()
            if title is None:
                title = name
                prev_kind = "blank"
                continue
            if name == title:
                prev_kind = "blank"
                continue
            followed_by_list = nxt is not None and _next_nonblank(lines, idx).kind in ("bullet",)
            if line.text.endswith(":") and followed_by_list and not _title_ratio(line.text.split()) >= 0.6:
                blocks.append(Block("paragraph", line.text, line.start, line.end, section()))
                lead_in = line.text
                prev_kind = "blank"
                continue
            open_heading(name, 3 if line.text.endswith(":") else 2, line.start, line.start + len(name))
            continue
        if prev_kind != "text":
            flush()
            m = _INLINE_LABEL.match(line.text)
            if m and m.group(1).lower() not in _NOT_LABELS and len(line.text) > m.end() + 20:
                h3 = m.group(1)
                blocks.append(Block("heading", h3, line.start, line.start + len(h3), section(), level=3))
                line = Line("text", line.text[m.end() :], line.start + m.end(), line.end)
        para.append(line)
        prev_kind = "text"
        if _signed_quote(line.text):
            flush()  # one signed quote per paragraph: the next customer's words are their own
            prev_kind = "blank"
    flush()
    return title, blocks


_REVIEW_TITLE = re.compile(r"\s*" + STAR + r"{3,}")


def _review_title(ln: Line, after: Line | None) -> bool:
    """A review's title: its stars and a few words with no end mark, right above the reviewer's byline."""
    return (after is not None and bool(_REVIEW_TITLE.match(ln.text)) and not is_reviewer_line(ln.text)
            and len(ln.text.split()) <= 12 and not _sentence(ln) and is_reviewer_line(after.text))


def _sentence(ln: Line) -> bool:
    return ln.text.rstrip()[-1:] in ".!?\"\u201d"


# a letter's closing line, the signature under it ("Warm regards,", "Here's to a headache-free summer,")
_SIGN_OFF = re.compile(r"^\s*(?:(?:warm|kind|best|with) (?:regards|wishes)|here['\u2019]s to (?:a |an |your )?[\w -]{3,40}|sincerely"
                       r"|yours (?:truly|sincerely))\s*[,.!]?\s*$", re.IGNORECASE)
# a sentence wrapped onto the next line ("… is back in stock, and many customers tell us it" / "eases night-time leg
# cramps …"): its first line is no furniture of its own
_WRAPPED = re.compile(r"(?:[,;\u2013\u2014-]|\b(?:and|or|but|to|the|a|an|of|that|it|with|for|in|on|our|your|their|is|are))[ \t]*\n"
                      r"|\n[ \t]*[a-z]")


def _content(ln: Line) -> bool:
    """A line of text worth keeping among furniture: a whole sentence, or a claim its writer left without an end
    mark ("My knee pain is so much better since I started these", a review under its byline)."""
    return _sentence(ln) or (len(ln.text.split()) >= 5 and not is_boilerplate(ln.text)
                             and is_claim_sentence(ln.text, testimonial=True))


def _furniture(ln: Line) -> bool:
    """Page furniture, but not a sentence that makes a claim and happens to say "in stock" or "subscribe"."""
    return is_boilerplate(ln.text) and not (_sentence(ln) and len(ln.text.split()) >= 8 and is_claim_sentence(ln.text))


# a quoted customer's words signed off: '"… two in four months." - Priya, Hendon'
#: A customer's signature after their quote: a capitalised name and at most five more words ("Priya, 14 weeks pregnant,
#: Leeds", "Colin R., 14 handicap").
SIGNATURE_NAME = r"[A-Z][\w.'\u2019&-]*(?:[ ,]+[\w.'\u2019&()-]+){0,5}"
#: The same without a dash before it: one or two capitalised words, then at most five more after a comma.
_NAME_WORD = r"[A-Z\u00c0-\u00de](?:[^\W\d_]|['\u2019-])*\.?"  # "Mark", "R.", "O'Brien", "McLeod", "José"
DASHLESS_NAME = _NAME_WORD + r"(?: " + _NAME_WORD + r")?(?:,(?:[ ,]+[\w.'\u2019&()-]+){0,5})?"
_ATTRIBUTED = re.compile(r"[.!?][\"\u201d]\s*(?P<dash>[-\u2013\u2014]\s*)?" + SIGNATURE_NAME + "$")


def _signed_quote(text: str) -> bool:
    """A line that ends with a customer's signature after their quote: '… two in four months." - Priya, Hendon', or
    without the dash when the whole line is the quote ('"… without limping." Mark, Salford')."""
    m = _ATTRIBUTED.search(text)
    return m is not None and (m.group("dash") is not None or text[:1] in "\"\u201c" and bool(_NAME_TAIL.search(text)))


# after the quote, a name and no more: "Mark, Salford", "Colin R., 14 handicap" (not "That was how Mrs Jones")
_NAME_TAIL = re.compile(r"[\"\u201d]\s*(?!(?:That|This|It|He|She|They|The|So|But|And|Then|When|Which|Who|We|I)\b)"
                        + DASHLESS_NAME + "$")


def _sentence_case_heading(text: str, nxt: Line | None) -> bool:
    """A short capitalised line with no end mark between two full sentences: a heading in sentence case
    ("Client stories"), where the page has no blank lines to set it apart."""
    words = text.split()
    # (a question-word heading may run longer: "Why desk work causes neck and shoulder pain")
    most = 10 if re.match(r"(?:why|how|what|when|which|who|where)\b", text, re.IGNORECASE) else 7
    return (2 <= len(words) <= most and text[:1].isupper() and text[-1:] not in ".!?,;:\"\u201d)" and not is_boilerplate(text)
            and nxt is not None and nxt.kind == "text" and len(nxt.text.split()) >= 6 and not nxt.text[:1].islower()
            and (nxt.text[-1:] in ".!?:\"\u201d" or nxt.text[:1] in "\"\u201c"))  # (or a lead-in, or a quoted customer's words)


def _next_nonblank(lines: Sequence[Line], idx: int) -> Line:
    for j in range(idx + 1, len(lines)):  # (by index: a slice would copy the rest of a long article's lines)
        if lines[j].kind != "blank":
            return lines[j]
    return Line("blank", "", 0, 0)


def build_blocks(text: str, content_type: str, title: str | None = None) -> tuple[str | None, list[Block]]:
    """Blocks of an article text of the given content type (plain text or Markdown)."""
    if content_type in ("text/markdown", "text/x-markdown"):
        from .markdown import blocks_from_markdown

        return blocks_from_markdown(text, title)
    return blocks_from_plain(text, title)
