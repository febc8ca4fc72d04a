"""Parse PubMed XML (efetch replies, PubmedArticleSet / baseline files) into typed ``Record`` objects."""

from __future__ import annotations

import gzip
import io
import os
import re
from collections.abc import Iterator
from typing import IO, Any

from lxml import etree

from .errors import ResponseError
from .model import AbstractSection, CommentCorrection, Record

__all__ = ["iter_pubmed_xml", "parse_pubmed_xml", "parse_article_element", "element_text"]

_RECORD_TAGS = ("PubmedArticle", "PubmedBookArticle", "DeleteCitation")
_ROOT_TAGS = {"PubmedArticleSet", "PubmedBookArticleSet"}
_OPEN_PAREN_SPACE = re.compile(r"([(\[]) ")
_CLOSE_PAREN_SPACE = re.compile(r" ([)\]])")
_YEAR = re.compile(r"\b(1[6-9]\d\d|2\d\d\d)\b")
_MATHML_NS = "{http://www.w3.org/1998/Math/MathML}"

# How a retraction-related link or publication type is described in ``Record.retraction_notes``.
_NOTE_RETRACTED_PT = "publication type 'Retracted Publication'"
_NOTE_NOTICE_PT = "this record is a retraction notice (publication type 'Retraction of Publication'), not itself retracted"


# -- text ----------------------------------------------------------------------------------------
def _is_math(tag: Any) -> bool:
    return isinstance(tag, str) and (tag.startswith(_MATHML_NS) or tag == "math" or tag.startswith("mml:"))


def _iter_text(el: Any) -> Iterator[str]:
    if el.text and isinstance(el.tag, str):
        yield el.text
    for child in el:
        if _is_math(child.tag):
            # MathML is laid out with indentation between tokens: join the tokens without it.
            yield "".join(s.strip() for s in child.itertext())
        elif isinstance(child.tag, str):
            yield from _iter_text(child)
        if child.tail:
            yield child.tail


def element_text(el: Any) -> str:
    """The clean text of an element: inline markup (<i>, <sup>, MathML…) dropped, spaces normalised."""
    if el is None:
        return ""
    raw = (el.text or "") if len(el) == 0 else "".join(_iter_text(el))
    text = " ".join(raw.split())
    if "( " in text or "[ " in text or " )" in text or " ]" in text:
        text = _CLOSE_PAREN_SPACE.sub(r"\1", _OPEN_PAREN_SPACE.sub(r"\1", text))
    return text


def _t(el: Any, path: str) -> str:
    found = el.find(path)
    return element_text(found) if found is not None else ""


# -- fields --------------------------------------------------------------------------------------
def _year(*dates: Any) -> int | None:
    for date in dates:
        if date is None:
            continue
        year = date.findtext("Year")
        if year and year.strip().isdigit():
            return int(year.strip())
        medline = date.findtext("MedlineDate")
        if medline:
            match = _YEAR.search(medline)
            if match:
                return int(match.group(1))
    return None


def _authors(author_list: Any) -> tuple[str, ...]:
    if author_list is None:
        return ()
    out = []
    for author in author_list.iterfind("Author"):
        if author.get("ValidYN") == "N":
            continue
        collective = author.find("CollectiveName")
        if collective is not None:
            name = element_text(collective)
        else:
            last = (author.findtext("LastName") or "").strip()
            initials = (author.findtext("Initials") or "").strip()
            if not initials:
                fore = (author.findtext("ForeName") or "").replace("-", " ").split()
                initials = "".join(p[0] for p in fore if p)
            name = f"{last} {initials}".strip()
        if name:
            out.append(name)
    return tuple(out)


def _abstract(abstract: Any) -> tuple[AbstractSection, ...]:
    if abstract is None:
        return ()
    sections = []
    for node in abstract.iterfind("AbstractText"):
        text = element_text(node)
        if text:
            sections.append(AbstractSection(text=text, label=node.get("Label") or None,
                                            nlm_category=node.get("NlmCategory") or None))
    return tuple(sections)


def _doi(eloc_parent: Any, id_list: Any) -> str | None:
    if eloc_parent is not None:
        for eloc in eloc_parent.iterfind("ELocationID"):
            if eloc.get("EIdType") == "doi" and eloc.get("ValidYN", "Y") != "N" and (eloc.text or "").strip():
                return eloc.text.strip()
    if id_list is not None:
        for aid in id_list.iterfind("ArticleId"):
            if aid.get("IdType") == "doi" and (aid.text or "").strip():
                return aid.text.strip()
    return None


def _pages(pagination: Any) -> str:
    if pagination is None:
        return ""
    medline = (pagination.findtext("MedlinePgn") or "").strip()
    if medline:
        return medline
    start = (pagination.findtext("StartPage") or "").strip()
    end = (pagination.findtext("EndPage") or "").strip()
    return f"{start}-{end}" if start and end else start


def _comments(citation: Any) -> tuple[CommentCorrection, ...]:
    cc_list = citation.find("CommentsCorrectionsList")
    if cc_list is None:
        return ()
    out = []
    for cc in cc_list.iterfind("CommentsCorrections"):
        ref_type = cc.get("RefType") or ""
        if ref_type == "Cites":  # the reference list, not a comment or correction of this article
            continue
        pmid = (cc.findtext("PMID") or "").strip() or None
        out.append(CommentCorrection(ref_type=ref_type, pmid=pmid, source=" ".join((cc.findtext("RefSource") or "").split())))
    return tuple(out)


def _retraction(pub_types: tuple[str, ...], comments: tuple[CommentCorrection, ...]) -> tuple[bool, tuple[str, ...]]:
    notes: list[str] = []
    retracted = "Retracted Publication" in pub_types
    if retracted:
        notes.append(_NOTE_RETRACTED_PT)
    if "Retraction of Publication" in pub_types:
        notes.append(_NOTE_NOTICE_PT)
    for cc in comments:
        ref = f"PMID {cc.pmid}" if cc.pmid else (cc.source or "an unnamed notice")
        if cc.ref_type == "RetractionIn":
            retracted = True
            notes.append(f"retracted in {ref}" + (f" ({cc.source})" if cc.pmid and cc.source else ""))
        elif cc.ref_type == "RetractionOf":
            notes.append(f"retraction notice for {ref}")
        elif cc.ref_type == "ExpressionOfConcernIn":
            notes.append(f"expression of concern in {ref}")
    return retracted, tuple(notes)


def _is_digest(citation: Any) -> bool:
    return any(
        note.get("Owner") == "claim-audit" and (note.text or "").strip().lower() == "digest"
        for note in citation.iterfind("GeneralNote")
    )


def _unique(items: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


def _pmid(el: Any) -> str | None:
    return (el.findtext("PMID") or "").strip() or None


def _parse_article(el: Any) -> Record:
    citation = el.find("MedlineCitation")
    if citation is None:
        raise ResponseError("a <PubmedArticle> has no <MedlineCitation>")
    article = citation.find("Article")
    if article is None:
        article = etree.Element("Article")
    journal = article.find("Journal")
    journal = journal if journal is not None else etree.Element("Journal")
    issue = journal.find("JournalIssue")
    pub_types = tuple(element_text(p) for p in article.iterfind("PublicationTypeList/PublicationType"))
    comments = _comments(citation)
    retracted, notes = _retraction(pub_types, comments)
    iso = _t(journal, "ISOAbbreviation") or _t(citation, "MedlineJournalInfo/MedlineTA")
    return Record(
        pmid=_pmid(citation),
        title=_t(article, "ArticleTitle") or _t(article, "VernacularTitle"),
        journal=iso,
        journal_title=_t(journal, "Title"),
        year=_year(issue.find("PubDate") if issue is not None else None, article.find("ArticleDate")),
        authors=_authors(article.find("AuthorList")),
        publication_types=pub_types,
        mesh=tuple(element_text(d) for d in citation.iterfind("MeshHeadingList/MeshHeading/DescriptorName")),
        keywords=_unique(element_text(k) for k in citation.iterfind("KeywordList/Keyword")),
        abstract=_abstract(article.find("Abstract")),
        doi=_doi(article, el.find("PubmedData/ArticleIdList")),
        volume=_t(issue, "Volume") if issue is not None else "",
        issue=_t(issue, "Issue") if issue is not None else "",
        pages=_pages(article.find("Pagination")),
        language=_t(article, "Language"),
        comments_corrections=comments,
        retracted=retracted,
        retraction_notes=notes,
        is_digest=_is_digest(citation),
    )


def _parse_book(el: Any) -> Record:
    doc = el.find("BookDocument")
    if doc is None:
        raise ResponseError("a <PubmedBookArticle> has no <BookDocument>")
    book = doc.find("Book")
    book = book if book is not None else etree.Element("Book")
    book_title = _t(book, "BookTitle")
    authors = next((a for a in doc.iterfind("AuthorList") if a.get("Type", "authors") == "authors"), None)
    pub_types = tuple(element_text(p) for p in doc.iterfind("PublicationType"))
    retracted, notes = _retraction(pub_types, ())
    return Record(
        pmid=_pmid(doc),
        title=_t(doc, "ArticleTitle") or book_title,
        journal=book_title,
        journal_title=book_title,
        year=_year(book.find("PubDate"), doc.find("ContributionDate")),
        authors=_authors(authors),
        publication_types=pub_types,
        keywords=_unique(element_text(k) for k in doc.iterfind("KeywordList/Keyword")),
        abstract=_abstract(doc.find("Abstract")),
        doi=_doi(None, doc.find("ArticleIdList")),
        volume=_t(book, "Volume"),
        language=_t(doc, "Language"),
        retracted=retracted,
        retraction_notes=notes,
    )


def parse_article_element(el: Any) -> Record:
    """Parse one ``<PubmedArticle>`` or ``<PubmedBookArticle>`` lxml element into a ``Record``."""
    if el.tag == "PubmedBookArticle":
        return _parse_book(el)
    return _parse_article(el)


# -- streams ------------------------------------------------------------------------------------
class _Prefixed(io.RawIOBase):
    """A read-only stream that first returns ``head`` (bytes already read to sniff), then ``rest``."""

    def __init__(self, head: bytes, rest: IO[bytes]):
        self._head = head
        self._rest = rest

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        if self._head:
            if size is None or size < 0:
                data, self._head = self._head + self._rest.read(), b""
                return data
            data, self._head = self._head[:size], self._head[size:]
            return data
        return self._rest.read(size if size is not None else -1)


def _describe(source: Any) -> str:
    name = getattr(source, "name", None)
    if isinstance(source, (str, os.PathLike)):
        name = source
    return os.fspath(name) if isinstance(name, (str, os.PathLike)) else "PubMed XML"


def _sniff(head: bytes, where: str) -> None:
    start = head.lstrip()[:200].lower()
    if not start:
        raise ResponseError(f"{where}: the reply is empty, not PubMed XML; fetch it again")
    if start.startswith(b"<html") or start.startswith(b"<!doctype html"):
        raise ResponseError(f"{where}: the reply is an HTML page, not PubMed XML; request efetch with retmode=xml")
    if start.startswith(b"pmid-") or start.startswith(b"\npmid-"):
        raise ResponseError(f"{where}: this is MEDLINE text format, not PubMed XML; request efetch with retmode=xml")
    if not start.startswith(b"<"):
        raise ResponseError(f"{where}: does not start with '<', so it is not PubMed XML (starts {head[:40]!r})")


def _open_binary(source: Any) -> tuple[IO[bytes], bool]:
    """A binary stream over ``source`` (path, bytes, text or file object), gunzipped when needed."""
    close = False
    if isinstance(source, (bytes, bytearray, memoryview)):
        stream: IO[bytes] = io.BytesIO(bytes(source))
    elif isinstance(source, str) and source.lstrip().startswith("<"):
        stream = io.BytesIO(source.encode("utf-8"))
    elif isinstance(source, (str, os.PathLike)):
        stream, close = open(source, "rb"), True
    elif hasattr(source, "read"):
        stream = source
    else:
        raise TypeError(f"cannot read PubMed XML from {type(source).__name__}")
    head = stream.read(2048)
    if isinstance(head, str):  # a text-mode file object
        head = head.encode("utf-8")
        rest: IO[bytes] = io.BytesIO(stream.read().encode("utf-8"))  # type: ignore[arg-type]
    else:
        rest = stream
    if head[:2] == b"\x1f\x8b":
        return gzip.GzipFile(fileobj=_Prefixed(head, rest), mode="rb"), close  # type: ignore[arg-type,return-value]
    return _Prefixed(head, rest), close  # type: ignore[return-value]


def iter_pubmed_xml(fileobj: Any) -> Iterator[tuple[Record, bytes]]:
    """Stream ``(Record, raw <PubmedArticle> bytes)`` pairs; each element is freed once parsed.

    ``fileobj`` is a binary file object, a path, or bytes; gzip input is detected by its magic
    bytes. ``<DeleteCitation>`` blocks are skipped. Malformed or truncated XML raises
    ``ResponseError`` naming the line and the last record read.
    """
    where = _describe(fileobj)
    raw_stream, close = _open_binary(fileobj)
    try:
        try:
            head = raw_stream.read(2048)
        except (OSError, EOFError) as exc:
            raise ResponseError(f"{where}: cannot read the compressed data ({exc}); the file is damaged or truncated") from exc
        _sniff(head, where)
        stream = _Prefixed(head, raw_stream)
        context = etree.iterparse(
            stream, events=("end",), tag=_RECORD_TAGS, resolve_entities=False, no_network=True,
            load_dtd=False, huge_tree=True, remove_comments=True,
        )
        count = 0
        last = ""
        root_checked = False
        try:
            for _event, el in context:
                if not root_checked:
                    _check_root(el.getroottree().getroot(), where)
                    root_checked = True
                if el.tag != "DeleteCitation":
                    try:
                        record = parse_article_element(el)
                    except ResponseError as exc:
                        after = f" (after PMID {last})" if last else ""
                        raise ResponseError(f"{where}: record {count + 1}{after}: {exc}") from exc
                    raw = etree.tostring(el, encoding="utf-8", with_tail=False)
                    count += 1
                    last = record.pmid or f"doi:{record.doi}"
                    yield record, raw
                el.clear(keep_tail=False)
                parent = el.getparent()
                if parent is not None:
                    while el.getprevious() is not None:
                        del parent[0]
        except etree.XMLSyntaxError as exc:
            line = exc.position[0] if exc.position else "?"
            raise ResponseError(
                f"{where}: malformed or truncated PubMed XML at line {line} ({exc.msg}) after {_read(count, last)}; "
                "fetch the file again"
            ) from exc
        except (OSError, EOFError) as exc:
            raise ResponseError(
                f"{where}: the compressed data ends early or is damaged ({exc}) after {_read(count, last)}; "
                "fetch the file again"
            ) from exc
        if not root_checked:
            root = getattr(context, "root", None)
            if root is not None:
                _check_root(root, where)
    finally:
        if close:
            raw_stream.close()


def _read(count: int, last: str) -> str:
    return f"{count} record(s), the last PMID {last}" if count else "0 records"


def _check_root(root: Any, where: str) -> None:
    if root.tag in _ROOT_TAGS or root.tag in _RECORD_TAGS:
        return
    error = root.findtext(".//ERROR") if root is not None else None
    detail = f" NCBI said: {error.strip()}" if error and error.strip() else ""
    raise ResponseError(
        f"{where}: expected a <PubmedArticleSet> (efetch db=pubmed retmode=xml), got <{root.tag}>.{detail}"
    )


def parse_pubmed_xml(data: Any) -> list[Record]:
    """Parse a whole PubMed XML reply (bytes, text, path or binary file) into a list of records."""
    return [record for record, _raw in iter_pubmed_xml(data)]
