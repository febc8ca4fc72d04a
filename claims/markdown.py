"""Blocks of a Markdown article (ATX headings, lists, pipe tables, paragraphs) with section paths."""

from __future__ import annotations

import re

from .boilerplate import REFERENCE_HEADING, is_boilerplate, is_caption, is_reviewer_line
from .sentences import MARKER_NUMBERS
from .structure import _REVIEWS_HEADING, Block

__all__ = ["blocks_from_markdown", "clean", "strip_markup"]

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t#]*$")
# a list inside a blockquote (a warnings callout): "> - Not suitable for children under 12."
_QUOTED_ITEM = re.compile(r"^\s*>\s?(?=\s*(?:[-*+]|\d{1,2}[.)])\s)")
_QUOTE_MARK = re.compile(r"\n[ \t]*>[ \t]?")  # the quote mark that opens a line inside a quoted list item
_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FRONT_TITLE = re.compile(r"^title:\s*[\"']?(.*?)[\"']?\s*$", re.IGNORECASE)
_LINK = re.compile(r"!?\[([^\]]*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
_FOOTNOTE = re.compile(r"^\[\^([^\]]{1,20})\]:\s*")
_EMPH = re.compile(r"(\*\*|__|\*|`)")


def strip_markup(text: str) -> str:
    """Markdown inline markup removed: links keep their words, emphasis marks go."""
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _EMPH.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


def _cells(line: str) -> tuple[str, ...]:
    body = line.strip().strip("|")
    return tuple(strip_markup(c) for c in body.split("|"))


# a line of YAML front matter: "title: …", "tags: [a, b]", "  - item", a comment or a blank line, or an indented line that
# carries on a value ("description: >" and the folded text under it, a quoted string or a "[a,\n  b]" list run over lines)
_YAML_LINE = re.compile(r"^\s*(?:[\w.-]+\s*:(?:\s|$)|-\s|#|$)|^[ \t]+\S")
_THEMATIC_BREAK = re.compile(r"(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}")


def blocks_from_markdown(text: str, title: str | None = None) -> tuple[str | None, list[Block]]:
    """Blocks of Markdown text; offsets index the Markdown source itself."""
    blocks: list[Block] = []
    path: dict[int, str] = {}
    lead_in: str | None = None
    header: tuple[str, ...] = ()
    para: list[tuple[int, int]] = []
    in_fence = False
    pos = 0
    lines = text.split("\n")
    starts = []
    for raw in lines:
        starts.append(pos)
        pos += len(raw) + 1

    def section() -> tuple[str, ...]:
        return tuple(path[k] for k in sorted(path) if k >= 2 or (k == 1 and title is not None and path[k] != title))

    def open_heading(name: str, level: int, start: int, end: int) -> None:
        """Start a section at ``level``: deeper sections close, and the heading leads into what follows."""
        nonlocal path, lead_in
        path = {k: v for k, v in path.items() if k < level}
        path[level] = name
        blocks.append(Block("heading", name, start, end, section(), level=level))
        lead_in = name

    def flush() -> None:
        nonlocal lead_in
        if not para:
            return
        s, e = para[0][0], para[-1][1]
        para.clear()
        body = strip_markup(text[s:e])
        if not body or is_boilerplate(body):
            return
        # (an image on its own line: its alt text describes the picture, "A bottle of elderberry syrup next to a spoon")
        # (also an image linked to a page, "[![alt](/i.jpg)](/shop)", or with a title, "![alt](/i.jpg "Elderberry (best seller)")")
        image = re.fullmatch(r"\s*(\[)?!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)(?(1)\]\([^)]*\))\s*", text[s:e]) is not None
        kind = "caption" if image or is_caption(body) else "paragraph"
        blocks.append(Block(kind, body, s, e, section()))
        if kind == "paragraph":
            lead_in = body

    i = 0
    # YAML front matter
    if lines and lines[0].strip() == "---":
        for j in range(1, len(lines)):
            closed = lines[j].strip() == "---"
            if closed or not _YAML_LINE.match(lines[j]):
                # the block ends at its closing "---", or (never closed) at the first line that is not YAML: a broken
                # "--- (edition 6)", a heading or prose; a later "---" rule in the body never closes it
                if not closed:  # (never closed, a "# Heading" is the article's, not a YAML comment)
                    j = next((k for k in range(1, j) if _HEADING.match(lines[k].strip())), j)
                for fm in lines[1:j]:
                    m = _FRONT_TITLE.match(fm.strip())
                    if m and title is None:
                        title = m.group(1)
                i = j + 1 if closed or lines[j].lstrip().startswith("---") else j
                break
    item: list[int] | None = None  # [start, end] of the list item being read
    while i < len(lines):
        raw = lines[i]
        s = starts[i]
        if (quoted := _QUOTED_ITEM.match(raw)) is not None:
            raw, s = raw[quoted.end() :], s + quoted.end()  # "> - Ginseng can reduce …": a list in a callout box
        elif raw.strip() == ">" and i + 1 < len(lines) and _QUOTED_ITEM.match(lines[i + 1]):
            raw = ""  # (the quote's empty line before its list ends the lead-in's paragraph)
        stripped = raw.strip()
        if stripped.startswith("```") or stripped.startswith("~~~"):
            in_fence = not in_fence
            i += 1
            continue
        if in_fence:
            i += 1
            continue
        if not stripped:
            flush()
            item = _close_item(item, text, blocks, section(), lead_in)
            i += 1
            continue
        if not para and _THEMATIC_BREAK.fullmatch(stripped):
            item = _close_item(item, text, blocks, section(), lead_in)
            i += 1  # "---" on its own: a rule between parts, no text (and no reference entry under "References")
            continue
        lead = len(raw) - len(raw.lstrip())
        m = _HEADING.match(stripped)
        if m:
            flush()
            item = _close_item(item, text, blocks, section(), lead_in)
            level = len(m.group(1))
            name = strip_markup(m.group(2)).rstrip(":")
            if level == 1 and title is None:
                title = name
                path = {}
            elif not is_boilerplate(name) or _REVIEWS_HEADING.match(name):
                # ("Customer reviews" is furniture as a menu item, but as a heading it opens the reviews, which are not
                # the section before them)
                hs = s + lead + stripped.index(m.group(2))
                open_heading(name, level, hs, hs + len(m.group(2)))
            header = ()
            i += 1
            continue
        if (not para and REFERENCE_HEADING.match(strip_markup(stripped)) and (i + 1 == len(lines) or not lines[i + 1].strip())):
            flush()  # "References" on a line of its own (a <p class="references"> the HTML extractor kept): a heading
            item = _close_item(item, text, blocks, section(), lead_in)
            # under the current section, so its next heading closes the list
            open_heading(strip_markup(stripped).rstrip(":"), max(path, default=1) + 1, s + lead, s + len(raw.rstrip()))
            header = ()
            i += 1
            continue
        if stripped.startswith("|") and i + 1 < len(lines) and _TABLE_SEP.match(lines[i + 1]):
            flush()
            item = _close_item(item, text, blocks, section(), lead_in)
            header = _cells(stripped)
            i += 2
            while i < len(lines) and lines[i].strip().startswith("|"):
                row = lines[i].strip()
                rs = starts[i] + len(lines[i]) - len(lines[i].lstrip())
                blocks.append(
                    Block("table_row", " | ".join(_cells(row)), rs, rs + len(row), section(), lead_in=lead_in,
                          cells=_cells(row), header=header)
                )
                i += 1
            continue
        m = _FOOTNOTE.match(stripped)
        if m:  # "[^1]: Smith J. …" is a reference entry
            flush()
            item = _close_item(item, text, blocks, section(), lead_in)
            label = m.group(1)
            body = strip_markup(stripped[m.end():])
            s0 = s + lead + m.end()
            blocks.append(Block("list_item", f"{label}. {body}" if label.isdigit() else body, s0, s + len(raw.rstrip()),
                                ("References",)))
            i += 1
            continue
        m = _ITEM.match(raw)
        if m:
            flush()
            nested = lead >= 2 and bool(blocks) and blocks[-1].kind == "list_item" or (item is not None and lead >= 2)
            item = _close_item(item, text, blocks, section(), lead_in)
            item = [s + m.end(), s + len(raw.rstrip()), 1 if nested else 0]
            i += 1
            continue
        if item is not None and (lead >= 2 or not para):
            item[1] = s + len(raw.rstrip())
            i += 1
            continue
        if is_reviewer_line(byline := strip_markup(stripped)) and (
                len(byline.split()) <= 8 or not re.search(r"(?-i:(?:\b[a-z][\w'\u2019]*[\s,]+){4})", byline)):
            # (not a one-line review that carries its text: "★★★★★ Verified buyer – These helped my sleep within a week";
            # but a long byline is one still: "★★★★★ Priya K. · Verified buyer · Bristol, UK · 15 March 2024")
            flush()  # "**Priya_K** · 15 March 2024" over a comment's text: its byline (the builder reads it as a review's)
            i += 1
            continue
        if stripped.startswith(">"):
            stripped_start = s + lead + 1
            para.append((stripped_start, s + len(raw.rstrip())))
        else:
            para.append((s + lead, s + len(raw.rstrip())))
        i += 1
    flush()
    _close_item(item, text, blocks, section(), lead_in)
    return title, blocks


def _close_item(item: list[int] | None, text: str, blocks: list[Block], section: tuple[str, ...],
                lead_in: str | None) -> list[int] | None:
    """Emit the list item being read (if any); returns None, the new "no open item" state."""
    if item is None:
        return None
    # (an item of a list in a blockquote carried on over its next line keeps that line's words, not its quote mark: "> - Ginseng
    # can reduce the effect of warfarin.\n>   Speak to your GP first.")
    body = strip_markup(_QUOTE_MARK.sub("\n", text[item[0] : item[1]]))
    if body and not is_boilerplate(body):
        level = item[2] if len(item) > 2 else 0
        blocks.append(Block("list_item", body, item[0], item[1], section, lead_in=None if level else lead_in,
                            level=level))
    return None


_MARKER_TEXT = re.compile(r"\s*(?:\b(?:Sources?|Refs?\.?|References?)\s*:?\s*" + MARKER_NUMBERS + r"\b"
                          r"|\[\^?" + MARKER_NUMBERS + r"\])")
_LEADING_SYMBOLS = re.compile(r"^[^\w\"\u201c(\[]+")


def clean(text: str) -> str:
    """Claim text: markup, leading symbols (check marks, arrows) and citation markers removed."""
    # (and the quote mark that opens a line of a quoted list item: "… blood thinners.\n>   Speak to your GP first …")
    return _LEADING_SYMBOLS.sub("", _MARKER_TEXT.sub("", strip_markup(_QUOTE_MARK.sub("\n", text))).strip())
