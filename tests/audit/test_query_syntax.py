"""audit.query_syntax: the PubMed query subset — parse table, compile table, refusal table."""

from __future__ import annotations

import pytest

from audit.errors import QuerySyntaxError
from audit.query_syntax import (
    SUPPORTED,
    BoolOp,
    DateRange,
    Term,
    compile_query,
    normalise_journal,
    parse_query,
)

A, B, C = Term("a"), Term("b"), Term("c")

PARSES = [
    ("needling", Term("needling")),
    ('"dry needling"', Term("dry needling", phrase=True)),
    ('"dry needling"[tiab]', Term("dry needling", "tiab", phrase=True)),
    ("dry needling[tiab]", Term("dry needling", "tiab", phrase=True)),  # PubMed binds the tag to the run
    ("pain[ti]", Term("pain", "ti")),
    ("pain[Title]", Term("pain", "ti")),
    ("pain[ab]", Term("pain", "ab")),
    ('"Myofascial Pain Syndromes"[mh]', Term("Myofascial Pain Syndromes", "mh", phrase=True)),
    ('"Myofascial Pain Syndromes"[MeSH Terms]', Term("Myofascial Pain Syndromes", "mh", phrase=True)),
    ("acupuncture[majr]", Term("acupuncture", "mh")),
    ("acupuncture[mesh]", Term("acupuncture", "mh")),
    ("meta-analysis[pt]", Term("meta-analysis", "pt")),
    ('"randomized controlled trial"[pt]', Term("randomized controlled trial", "pt", phrase=True)),
    ('"J Manipulative Physiol Ther"[ta]', Term("J Manipulative Physiol Ther", "ta", phrase=True)),
    ('"2012"[dp]', DateRange(2012, 2012)),
    ("2012[dp]", DateRange(2012, 2012)),
    ('"2010:2015"[dp]', DateRange(2010, 2015)),
    ("2015:2010[dp]", DateRange(2010, 2015)),
    ('"2010/01/01:2015/12/31"[dp]', DateRange(2010, 2015)),
    ("Smith J[au]", Term("Smith J", "au", phrase=True)),
    ("needl*", Term("needl", prefix=True)),
    ('"dry needl"*[tiab]', Term("dry needl", "tiab", phrase=True, prefix=True)),
    ("a AND b", BoolOp("AND", A, B)),
    ("a b", BoolOp("AND", A, B)),  # implicit AND
    ("a OR b", BoolOp("OR", A, B)),
    ("a NOT b", BoolOp("NOT", A, B)),
    ("a OR b AND c", BoolOp("AND", BoolOp("OR", A, B), C)),  # left to right, as PubMed
    ("a OR (b AND c)", BoolOp("OR", A, BoolOp("AND", B, C))),
    ("((a))", A),
    ("a NOT (b OR c)", BoolOp("NOT", A, BoolOp("OR", B, C))),
    ("12345[pmid]", Term("12345", "pmid")),
    ("10.1/X[doi]", Term("10.1/X", "doi")),
]


@pytest.mark.parametrize(("query", "tree"), PARSES, ids=[q for q, _ in PARSES])
def test_parse(query: str, tree: object) -> None:
    assert parse_query(query) == tree


COMPILES = [
    ('"dry needling"[tiab]', "r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)",
     ['{title abstract keywords} : "dry needling"']),
    ("needl* OR massage[ti]", "r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?)",
     ['({title abstract mesh keywords} : "needl"* OR {title} : "massage")']),
    ("pain[mh]", "r.rowid IN (SELECT rid FROM mesh WHERE heading = ? OR heading LIKE ? ESCAPE '\\')",
     ["pain", "pain, %"]),
    ("review[pt]", "r.rowid IN (SELECT rid FROM pubtypes WHERE pt IN (?, ?, ?))",
     ["review", "systematic review", "scoping review"]),
    ('"Biochem. J."[ta]', "(r.journal_norm = ? OR r.journal_title_norm = ?)", ["biochem j", "biochem j"]),
    ("2010:2015[dp]", "r.year BETWEEN ? AND ?", [2010, 2015]),
    ("smith[au]", "r.rowid IN (SELECT rid FROM authors WHERE name = ? OR name LIKE ? ESCAPE '\\')",
     ["smith", "smith %"]),
    ("a NOT 2012[dp]",
     "(r.rowid IN (SELECT rowid FROM fts WHERE fts MATCH ?) AND NOT r.year BETWEEN ? AND ?)",
     ['{title abstract mesh keywords} : "a"', 2012, 2012]),
]


@pytest.mark.parametrize(("query", "sql", "params"), COMPILES, ids=[q for q, _, _ in COMPILES])
def test_compile(query: str, sql: str, params: list[object]) -> None:
    assert compile_query(parse_query(query)) == (sql, params)


REFUSALS = [
    ("eng[la]", f"field tag [la] is not supported by the local library; {SUPPORTED}"),
    ('"dry needling pain"[tiab:~3]', f"proximity search [tiab:~3] is not supported by the local library; {SUPPORTED}"),
    ("NOT massage", "NOT needs a term on its left in 'NOT massage' (PubMed's NOT is binary: write a NOT b)"),
    ("massage NOT", "NOT needs a term on its right in 'massage NOT'"),
    ("a AND OR b", "AND needs a term on its right in 'a AND OR b'"),
    ("(a OR b", "missing ')' in '(a OR b': unbalanced parentheses"),
    ("a OR b)", "unexpected ')' in 'a OR b)': unbalanced parentheses?"),
    ("()", "empty parentheses in '()'"),
    ('"dry needling', "unbalanced double quote in '\"dry needling': close the quoted phrase"),
    ("", "the query is empty; give at least one search term"),
    ("   ", "the query is empty; give at least one search term"),
    ("pain and needling",
     f"lower-case 'and' is ambiguous: write the operator in capitals (AND) or quote it as a phrase; {SUPPORTED}"),
    ("ne*dle", f"wildcard inside 'ne*dle': only a trailing * is supported; {SUPPORTED}"),
    ("[tiab]", "field tag [tiab] follows no term in '[tiab]'"),
    ("pain[tiab", "unclosed field tag '[tiab': write it as [tag]"),
    ("(a OR b)[tiab]",
     f"a field tag after parentheses ([tiab]) is not supported: tag each term inside; {SUPPORTED}"),
    ("last 5 years[dp]",
     "publication date 'last 5 years'[dp] is not understood: use a year (2012[dp]) or a range of years "
     '("2010:2015"[dp])'),
    ('"--"', f"the term '--' has nothing to search for; {SUPPORTED}"),
]


@pytest.mark.parametrize(("query", "message"), REFUSALS, ids=[q or "<empty>" for q, _ in REFUSALS])
def test_refusals_name_the_piece_and_say_what_works(query: str, message: str) -> None:
    with pytest.raises(QuerySyntaxError) as err:
        parse_query(query)
    assert str(err.value) == message


@pytest.mark.parametrize(
    ("name", "norm"),
    [("Biochem. J.", "biochem j"), ("J  Manipulative Physiol Ther", "j manipulative physiol ther"),
     ("Journal of Pain: official", "journal of pain official")],
)
def test_normalise_journal(name: str, norm: str) -> None:
    assert normalise_journal(name) == norm
