"""HTML to the article's main content as Markdown (trafilatura), keeping headings, lists and tables."""

from __future__ import annotations

import re

from .errors import IngestError

__all__ = ["html_to_markdown"]

_ESCAPED = re.compile(r"\\([\[\]*_#()!+`.\-])")


_STORY_BOX = ("testimonial", "review")
_STORY_XPATH = " or ".join(f"contains(translate(@{a}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')"
                           for a in ("class", "id") for w in _STORY_BOX)


def _testimonials(html: str, kept: str) -> list[str]:
    """Quotes in testimonial or review boxes (class or id naming them; not comments) that the main-content
    extraction left out: each blockquote, else each paragraph of four words or more."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        root = lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return []
    flat = " ".join(kept.split())
    stories: list[str] = []
    boxes = root.xpath(f"//*[{_STORY_XPATH}]")
    outer = set(boxes)
    for box in boxes:
        names = f"{box.get('class', '')} {box.get('id', '')}".lower()
        if "comment" in names or any(a in outer for a in box.iterancestors()):  # a box inside a box: read once
            continue
        quotes = box.xpath(".//blockquote") or box.xpath(".//p")
        for quote in quotes:
            for cite in quote.xpath(".//cite | .//footer"):  # the byline is not the story
                cite.drop_tree()
            story = " ".join(quote.text_content().split())
            if len(story.split()) >= 4 and story not in flat and story not in stories:
                stories.append(story)
    return stories


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
        stories = _testimonials(html, text)
        if stories:  # customers' words are claims the page makes, even in a slider the extractor drops
            text = text.rstrip() + "\n\n## Testimonials\n\n" + "\n\n".join(f"> {s}" for s in stories) + "\n"
    if not text or not re.search(r"[A-Za-z]{3,}.*[.!?]", text):
        raise IngestError(f"{source}: no article text found in the page (only navigation, forms or boilerplate)")
    return text, title
