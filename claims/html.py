"""HTML to the article's main content as Markdown (trafilatura), keeping headings, lists and tables."""

from __future__ import annotations

import re

from .errors import IngestError

__all__ = ["html_to_markdown"]

_ESCAPED = re.compile(r"\\([\[\]*_#()!+`.\-])")


def html_to_markdown(html: str, source: str = "<html>") -> tuple[str, str | None]:
    """(main content as Markdown, page title); navigation, banners, sidebars, comments and footers dropped."""
    import trafilatura

    text = trafilatura.extract(
        html, output_format="markdown", include_tables=True, include_comments=False, include_images=False,
        include_links=False, include_formatting=True, deduplicate=False, favor_recall=True,
    )
    title = None
    try:
        meta = trafilatura.extract_metadata(html)
        title = meta.title if meta is not None else None
    except Exception:  # noqa: BLE001 - metadata is optional
        title = None
    if text:
        text = _ESCAPED.sub(r"\1", text)  # trafilatura escapes Markdown specials: "\[1\]" -> "[1]"
    if not text or not re.search(r"[A-Za-z]{3,}.*[.!?]", text):
        raise IngestError(f"{source}: no article text found in the page (only navigation, forms or boilerplate)")
    return text, title
