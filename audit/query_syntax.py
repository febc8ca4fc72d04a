"""Parse the PubMed query subset the local library answers into an AST, and compile it to SQL."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .errors import QuerySyntaxError

__all__ = [
    "Term",
    "DateRange",
    "BoolOp",
    "Node",
    "parse_query",
    "compile_query",
    "normalise_journal",
    "SUPPORTED",
    "PUBLICATION_TYPE_CHILDREN",
]

SUPPORTED = (
    'supported: terms, "quoted phrases", term* wildcards, AND/OR/NOT (NOT is binary: a NOT b), '
    "parentheses and the field tags [tiab] [ti] [ab] [mh] [mesh] [majr] [pt] [ta] [dp] [au] [pmid] [doi] [all]"
)

# Field tag (lower case, as written inside [...]) -> canonical field.
_TAGS = {
    "tiab": "tiab", "title/abstract": "tiab",
    "ti": "ti", "title": "ti",
    "ab": "ab", "abstract": "ab",
    "mh": "mh", "mesh": "mh", "mesh terms": "mh", "mh:noexp": "mh", "mesh terms:noexp": "mh",
    "majr": "mh", "mesh major topic": "mh", "majr:noexp": "mh",
    "pt": "pt", "publication type": "pt", "ptyp": "pt",
    "ta": "ta", "journal": "ta", "jour": "ta",
    "dp": "dp", "pdat": "dp", "publication date": "dp", "date - publication": "dp",
    "au": "au", "author": "au", "auth": "au",
    "pmid": "pmid", "uid": "pmid",
    "doi": "doi", "aid": "doi",
    "all": "all", "all fields": "all",
}

#: Publication types PubMed retrieves under a broader one (its PT hierarchy, the part we need).
PUBLICATION_TYPE_CHILDREN: dict[str, tuple[str, ...]] = {
    "review": ("systematic review", "scoping review"),
    "clinical trial": (
        "randomized controlled trial", "controlled clinical trial", "pragmatic clinical trial",
        "clinical trial, phase i", "clinical trial, phase ii", "clinical trial, phase iii",
        "clinical trial, phase iv", "equivalence trial", "adaptive clinical trial",
    ),
}

# FTS5 columns searched by each text field.
_FTS_COLUMNS = {
    "all": "{title abstract mesh keywords}",
    "tiab": "{title abstract keywords}",
    "ti": "{title}",
    "ab": "{abstract}",
}


@dataclass(frozen=True)
class Term:
    """A search term: ``value`` in ``field`` (all, tiab, ti, ab, mh, pt, ta, au, pmid, doi)."""

    value: str
    field: str = "all"
    phrase: bool = False  # written in double quotes
    prefix: bool = False  # ends with the * wildcard


@dataclass(frozen=True)
class DateRange:
    """A publication-year range from ``[dp]`` (inclusive)."""

    start: int
    end: int


@dataclass(frozen=True)
class BoolOp:
    """``left AND/OR/NOT right`` (PubMed evaluates left to right, all with the same precedence)."""

    op: str
    left: Node
    right: Node


Node = Term | DateRange | BoolOp


# -- tokenizer ------------------------------------------------------------------------------------
_TOKEN = re.compile(
    r'\s*(?:(?P<lp>\()|(?P<rp>\))|"(?P<q>[^"]*)"(?P<qstar>\*)?|(?P<bad_q>")|(?P<tag>\[[^\]]*\])|(?P<bad_tag>\[[^\]]*$)'
    r'|(?P<word>[^\s()"\[\]]+))'
)


@dataclass(frozen=True)
class _Tok:
    kind: str  # lp, rp, op, term, tag
    text: str
    quoted: bool = False


def _tokenize(query: str) -> list[_Tok]:
    toks: list[_Tok] = []
    pos = 0
    query = query.rstrip()
    while pos < len(query):
        m = _TOKEN.match(query, pos)
        if not m or m.end() == pos:
            raise QuerySyntaxError(f"cannot read the query at {query[pos:pos + 20]!r}; {SUPPORTED}")
        pos = m.end()
        if m.group("lp"):
            toks.append(_Tok("lp", "("))
        elif m.group("rp"):
            toks.append(_Tok("rp", ")"))
        elif m.group("q") is not None:
            toks.append(_Tok("term", m.group("q") + (m.group("qstar") or ""), quoted=True))
        elif m.group("bad_q"):
            raise QuerySyntaxError(f"unbalanced double quote in {query!r}: close the quoted phrase")
        elif m.group("tag"):
            toks.append(_Tok("tag", m.group("tag")))
        elif m.group("bad_tag"):
            raise QuerySyntaxError(f"unclosed field tag {m.group('bad_tag')!r}: write it as [tag]")
        else:
            word = m.group("word")
            if word in ("AND", "OR", "NOT"):
                toks.append(_Tok("op", word))
            elif word.lower() in ("and", "or", "not"):
                raise QuerySyntaxError(
                    f"lower-case {word!r} is ambiguous: write the operator in capitals ({word.upper()}) "
                    f'or quote it as a phrase; {SUPPORTED}'
                )
            else:
                toks.append(_Tok("term", word))
    return toks


# -- parser ---------------------------------------------------------------------------------------
class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.toks = _tokenize(query)
        self.i = 0

    def peek(self) -> _Tok | None:
        return self.toks[self.i] if self.i < len(self.toks) else None

    def take(self) -> _Tok:
        tok = self.toks[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        if not self.toks:
            raise QuerySyntaxError("the query is empty; give at least one search term")
        node = self.expr()
        tok = self.peek()
        if tok is not None:
            raise QuerySyntaxError(f"unexpected {tok.text!r} in {self.query!r}: unbalanced parentheses?")
        return node

    def expr(self) -> Node:
        node = self.operand()
        while True:
            tok = self.peek()
            if tok is None or tok.kind == "rp":
                return node
            if tok.kind == "op":
                self.take()
                nxt = self.peek()
                if nxt is None or nxt.kind in ("op", "rp"):
                    raise QuerySyntaxError(f"{tok.text} needs a term on its right in {self.query!r}")
                node = BoolOp(tok.text, node, self.operand())
            else:  # adjacent terms: implicit AND
                node = BoolOp("AND", node, self.operand())

    def operand(self) -> Node:
        tok = self.peek()
        if tok is None:
            raise QuerySyntaxError(f"the query {self.query!r} ends where a term is expected")
        if tok.kind == "op":
            hint = " (PubMed's NOT is binary: write a NOT b)" if tok.text == "NOT" else ""
            raise QuerySyntaxError(f"{tok.text} needs a term on its left in {self.query!r}{hint}")
        if tok.kind == "tag":
            raise QuerySyntaxError(f"field tag {tok.text} follows no term in {self.query!r}")
        if tok.kind == "rp":
            raise QuerySyntaxError(f"unexpected ')' in {self.query!r}: unbalanced parentheses")
        if tok.kind == "lp":
            self.take()
            if self.peek() is not None and self.peek().kind == "rp":  # type: ignore[union-attr]
                raise QuerySyntaxError(f"empty parentheses in {self.query!r}")
            node = self.expr()
            if self.peek() is None:
                raise QuerySyntaxError(f"missing ')' in {self.query!r}: unbalanced parentheses")
            self.take()
            if self.peek() is not None and self.peek().kind == "tag":  # type: ignore[union-attr]
                raise QuerySyntaxError(
                    f"a field tag after parentheses ({self.peek().text}) is not supported: "  # type: ignore[union-attr]
                    f"tag each term inside; {SUPPORTED}"
                )
            return node
        # A run of unquoted words takes the tag that follows the run (PubMed binds it to all of them).
        words = [self.take()]
        if not words[0].quoted:
            while True:
                nxt = self.peek()
                if nxt is None or nxt.kind != "term" or nxt.quoted:
                    break
                after = self.toks[self.i + 1] if self.i + 1 < len(self.toks) else None
                words.append(self.take())
                if after is not None and after.kind == "tag":
                    break
        tag = self.take().text if self.peek() is not None and self.peek().kind == "tag" else None  # type: ignore[union-attr]
        if tag is None:
            return _and_all([_make_term(w, None, self.query) for w in words])
        # PubMed searches tagged words as one phrase: dry needling[tiab] is "dry needling"[tiab].
        joined = _Tok("term", " ".join(w.text for w in words), quoted=words[0].quoted or len(words) > 1)
        return _make_term(joined, tag, self.query)


def _and_all(nodes: list[Node]) -> Node:
    node = nodes[0]
    for nxt in nodes[1:]:
        node = BoolOp("AND", node, nxt)
    return node


def _field_of(tag: str | None, query: str) -> str:
    if tag is None:
        return "all"
    inner = " ".join(tag[1:-1].strip().lower().split())
    if "~" in inner:
        raise QuerySyntaxError(f"proximity search {tag} is not supported by the local library; {SUPPORTED}")
    field = _TAGS.get(inner)
    if field is None:
        raise QuerySyntaxError(f"field tag {tag} is not supported by the local library; {SUPPORTED}")
    return field


_YEAR_RANGE = re.compile(r"^\s*(\d{4})(?:[/-]\d{1,2}(?:[/-]\d{1,2})?)?\s*(?::\s*(\d{4})(?:[/-]\d{1,2}(?:[/-]\d{1,2})?)?\s*)?$")


def _make_term(tok: _Tok, tag: str | None, query: str) -> Node:
    field = _field_of(tag, query)
    value = tok.text.strip()
    if field == "dp":
        m = _YEAR_RANGE.match(value)
        if not m:
            raise QuerySyntaxError(
                f"publication date {value!r}{tag} is not understood: use a year (2012[dp]) or a range of years "
                f'("2010:2015"[dp])'
            )
        start = int(m.group(1))
        end = int(m.group(2)) if m.group(2) else start
        return DateRange(min(start, end), max(start, end))
    prefix = value.endswith("*")
    core = value.rstrip("*").strip()
    if "*" in core:
        raise QuerySyntaxError(f"wildcard inside {value!r}: only a trailing * is supported; {SUPPORTED}")
    if not core or not re.search(r"\w", core):
        raise QuerySyntaxError(f"the term {value!r} has nothing to search for; {SUPPORTED}")
    return Term(value=" ".join(core.split()), field=field, phrase=tok.quoted, prefix=prefix)


def parse_query(query: str) -> Node:
    """Parse a PubMed query into an AST; ``QuerySyntaxError`` names anything unsupported."""
    return _Parser(query).parse()


# -- compiler -------------------------------------------------------------------------------------
def normalise_journal(name: str) -> str:
    """Lower case, no dots, single spaces: how journal names are compared ("Biochem. J." == "biochem j")."""
    return " ".join(re.sub(r"[.,:;]", " ", name.lower()).split())


def _fts_string(term: Term) -> str:
    text = term.value.replace('"', " ")
    return f'"{text}"' + ("*" if term.prefix else "")


def _is_fts(node: Node) -> bool:
    if isinstance(node, Term):
        return node.field in _FTS_COLUMNS
    if isinstance(node, BoolOp):
        return _is_fts(node.left) and _is_fts(node.right)
    return False


def _fts_expr(node: Node) -> str:
    if isinstance(node, Term):
        return f"{_FTS_COLUMNS[node.field]} : {_fts_string(node)}"
    assert isinstance(node, BoolOp)
    return f"({_fts_expr(node.left)} {node.op} {_fts_expr(node.right)})"


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _leaf_sql(node: Term | DateRange) -> tuple[str, list[object]]:
    if isinstance(node, DateRange):
        return "r.year BETWEEN ? AND ?", [node.start, node.end]
    value = node.value.lower()
    if node.field == "mh":
        if node.prefix:
            return "r.rowid IN (SELECT rid FROM mesh WHERE heading LIKE ? ESCAPE '\\')", [_like_escape(value) + "%"]
        # The exact heading, and its inverted sub-headings ("pain" finds "pain, postoperative").
        return (
            "r.rowid IN (SELECT rid FROM mesh WHERE heading = ? OR heading LIKE ? ESCAPE '\\')",
            [value, _like_escape(value) + ", %"],
        )
    if node.field == "pt":
        if node.prefix:
            return "r.rowid IN (SELECT rid FROM pubtypes WHERE pt LIKE ? ESCAPE '\\')", [_like_escape(value) + "%"]
        types = (value, *PUBLICATION_TYPE_CHILDREN.get(value, ()))
        marks = ", ".join("?" for _ in types)
        return f"r.rowid IN (SELECT rid FROM pubtypes WHERE pt IN ({marks}))", list(types)
    if node.field == "ta":
        norm = normalise_journal(node.value)
        if node.prefix:
            like = _like_escape(norm) + "%"
            return "(r.journal_norm LIKE ? ESCAPE '\\' OR r.journal_title_norm LIKE ? ESCAPE '\\')", [like, like]
        return "(r.journal_norm = ? OR r.journal_title_norm = ?)", [norm, norm]
    if node.field == "au":
        name = " ".join(value.replace(".", " ").replace(",", " ").split())
        if node.prefix:
            return "r.rowid IN (SELECT rid FROM authors WHERE name LIKE ? ESCAPE '\\')", [_like_escape(name) + "%"]
        # "smith" finds every Smith; "smith j" finds Smith J and Smith JA (PubMed's initials rule).
        like = _like_escape(name) + (" %" if " " not in name else "%")
        return "r.rowid IN (SELECT rid FROM authors WHERE name = ? OR name LIKE ? ESCAPE '\\')", [name, like]
    if node.field == "pmid":
        return "r.pmid = ?", [node.value]
    if node.field == "doi":
        return "r.doi_lower = ?", [value]
    raise QuerySyntaxError(f"field {node.field!r} cannot be searched; {SUPPORTED}")  # pragma: no cover


def compile_query(node: Node) -> tuple[str, list[object]]:
    """SQL ``WHERE`` expression over ``records r`` (tables ``fts``, ``mesh``, ``pubtypes``, ``authors``)."""
    if _is_fts(node):
        return "r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)", [_fts_expr(node)]
    if isinstance(node, BoolOp):
        left, lp = compile_query(node.left)
        right, rp = compile_query(node.right)
        if node.op == "NOT":
            return f"({left} AND NOT {right})", lp + rp
        return f"({left} {node.op} {right})", lp + rp
    return _leaf_sql(node)
