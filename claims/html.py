"""HTML to the article's main content as Markdown (trafilatura), keeping headings, lists and tables."""

from __future__ import annotations

import re

from .boilerplate import is_boilerplate, is_review_byline
from .errors import IngestError

__all__ = ["html_to_markdown"]

_REPEATED_FIGURE = re.compile(r"(?m)^((?:\d[\d.,]*\s?%|\d+\s+(?:in|out of)\s+\d+))\s+(?=\1\s)")
_ARTICLE_TAG = re.compile(r"<(/?)article\b", re.IGNORECASE)
_H1 = re.compile(r"<h1\b", re.IGNORECASE)
_ESCAPED = re.compile(r"\\([\[\]*_#()!+`.\-])")


_INLINE_TAG = re.compile(r"</?(?:sup|sub|span|small|mark|u|ins|del|abbr|cite|font|em|strong|b|i)\b[^>]*>", re.IGNORECASE)
_STORY_BOX = ("testimonial", "review")
_STORY_XPATH = " or ".join(f"contains(translate(@{a}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), '{w}')"
                           for a in ("class", "id") for w in _STORY_BOX)


def _without_byline(quote) -> str:  # type: ignore[no-untyped-def]
    """The quote's text without the <cite>/<footer> inside it (a copy is cut, the shared page tree is left alone; a
    testimonial box that sits in the page's own <footer> keeps its words)."""
    import copy

    quote = copy.deepcopy(quote)
    for cite in quote.xpath(".//cite | .//footer"):
        cite.drop_tree()
    return str(quote.text_content())


# a page section classed "menu" that holds a heading or a table: a spa's treatment menu, which the extractor would drop
# as navigation (a navigation menu is a <nav>, <ul> or <div>, and holds neither)
_MENU_SECTION = re.compile(r"(<section\b[^>]*\bclass\s*=\s*[\"'][^\"']*?)\bmenu\b([^\"']*[\"'][^>]*>)(?=(?:(?!</section\b).){0,2000}?<(?:h[1-6]|table)\b)",
                           re.IGNORECASE | re.DOTALL)


# a reference list marked only by its class: '<ol class="references small">' with no heading above it
# (the class word starts a class name, not "ingredient-sources"; footnotes are references only when they read like one, not
# "*In an 8-week consumer trial of 112 women, 87% said their skin felt firmer")
_REFERENCE_LIST = re.compile(r"<(?:ol|ul)\b[^>]*\bclass\s*=\s*[\"'](?:[^\"']*\s)?(references|citations|sources|footnotes|bibliography)\b"
                             r"[^>]*>", re.IGNORECASE)
_LOOKS_CITED = re.compile(r"\bet al\b|\bdoi\b|\bJ(?:ournal)?\b[^<]{0,80}\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[;:]\s*\d", re.IGNORECASE)


def _headed_reference_lists(html: str) -> str:
    """A list classed as references with no heading right above it gets one, so that its entries are read as references
    (their journals and years) rather than as sentences of the page."""
    def headed(m: re.Match[str]) -> str:
        above = html[max(0, m.start() - 200) : m.start()].rstrip()
        if m.group(1).lower() == "footnotes" and not _LOOKS_CITED.search(html, m.end(), m.end() + 600):
            return m.group(0)
        return m.group(0) if re.search(r"</h[1-6]>$", above, re.IGNORECASE) else "<h2>References</h2>" + m.group(0)
    return _REFERENCE_LIST.sub(headed, html)


# a table's caption, which the extractor would make the table's first header row ("| What our patients report |  |")
_CAPTION = re.compile(r"(<table\b[^>]*>)(\s*)<caption\b[^>]*>(.*?)</caption>", re.IGNORECASE | re.DOTALL)


def _captions_above_tables(html: str) -> str:
    """A table's <caption> moved out above it as a paragraph of its own, so that it leads into the table the way a
    sentence above it would, and the table keeps its real header row."""
    return _CAPTION.sub(lambda m: f"<p>{m.group(3).strip()}</p>{m.group(1)}{m.group(2)}", html)


def _menu_sections(html: str) -> str:
    """A <section class="menu"> with a heading or a table, renamed so that the extractor keeps it as content."""
    return _MENU_SECTION.sub(r"\1treatment-list\2", html)


def _cards_as_boxes(html: str) -> str:
    """Several <article>s (review cards, product tiles): none of them is "the article", and the extractor would take the
    first review for the page and drop every heading; they are read as the plain boxes they are. But when exactly one
    outermost <article> holds the page's <h1> (a news story with <article> cards for related stories, a post with its
    comments), that one is the article: it stays, and only the others become boxes."""
    tags = list(_ARTICLE_TAG.finditer(html))
    if sum(1 for m in tags if not m.group(1)) < 2:
        return html
    spans: list[tuple[int, int]] = []  # (start of the open tag, start of the close tag) of each outermost <article>
    depth, start = 0, 0
    for m in tags:
        if not m.group(1):
            if depth == 0:
                start = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                spans.append((start, m.start()))
    headed = [(a, b) for a, b in spans if _H1.search(html, a, b)]
    keep = {headed[0][0], headed[0][1]} if len(headed) == 1 else set()
    return _ARTICLE_TAG.sub(lambda m: m.group(0) if m.start() in keep else f"<{m.group(1)}div", html)


def _words(text: str) -> str:
    """The words of a text, lower-case, space-separated and space-padded (for a containment check that ignores markup)."""
    return " " + " ".join(re.findall(r"[a-z0-9]+", text.lower())) + " "


def _testimonials(root, kept: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Quotes in testimonial or review boxes (class or id naming them; not comments) that the main-content
    extraction left out: each blockquote, else each paragraph of four words or more."""
    flat = _words(kept)  # (words only: the extractor's Markdown, "— *Gemma, Leeds*", still holds the page's "— Gemma, Leeds")
    stories: list[str] = []
    boxes = root.xpath(f"//*[{_STORY_XPATH}]")
    outer = set(boxes)
    for box in boxes:
        names = f"{box.get('class', '')} {box.get('id', '')}".lower()
        if "comment" in names or any(a in outer for a in box.iterancestors()):  # a box inside a box: read once
            continue
        quotes = box.xpath(".//blockquote") or box.xpath(".//p")
        for quote in quotes:  # the byline (<cite>, <footer> inside the quote) is not the story
            story = " ".join(_without_byline(quote).split())
            if is_review_byline(story) or is_boilerplate(story):
                continue  # "Hannah, Leeds - Verified buyer" in its own <p>: the reviewer, not the review
            if len(story.split()) >= 4 and _words(story) not in flat and story not in stories:
                stories.append(story)
    return stories


# a shop's row of other products ("You might also like", "Related products", a carousel, "Customers also bought"): each
# card's name and tagline
RELATED_PRODUCTS = "You might also like"  # the heading the related-products cards are read under
_RELATED_BOX = re.compile(r"related|carousel|also-like|you-may-like|upsell|cross-sell|recommended-products|product-recommendations"
                          r"|also-bought|bought-together", re.IGNORECASE)
_PRICE = re.compile(r"[\u00a3$\u20ac]\s?\d")


# what a card's own selling looks like: its price standing alone ("<p class='price'>£4.99</p>", "<span>From £9.99</span>"),
# a basket button; a link's text that is a button, not the product's name ("Shop now", "Quick add", "View product")
_OWN_PRICE = re.compile(r"^\W*(?:(?:from|now|only|was|rrp)\s+)?[\u00a3$\u20ac]\s?\d", re.IGNORECASE)
_BASKET = re.compile(r"\b(?:add|buy|basket|cart|bag)\b", re.IGNORECASE)
_BUTTON_NAME = re.compile(r"^\W*(?:shop|buy|add|view|quick|read|see|learn|more|details|choose|select|discover)\b", re.IGNORECASE)
_BADGE = re.compile(r"badge|ribbon|flag|label|sticker", re.IGNORECASE)  # "<span class='badge'><strong>Bestseller</strong>"
_HEADS = ".//*[self::h2 or self::h3 or self::h4 or self::h5 or self::h6]"
# a tagline in a <div>/<span> of its own rather than a <p>: "<div class='tagline'>Collagen keeps joints supple.</div>"
_TAGLINE = ("./p | ./*[self::div or self::span][contains(@class, 'tagline') or contains(@class, 'blurb') or contains(@class, "
            "'desc') or contains(@class, 'excerpt') or contains(@class, 'subtitle') or contains(@class, 'strapline')]")


def _named(el) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The headings inside an element that hold text (an empty one, an icon's, names nothing)."""
    return [h for h in el.xpath(_HEADS) if h.text_content().strip()]


def _text(el) -> str:  # type: ignore[no-untyped-def]
    """An element's text with its runs of whitespace as one space."""
    return " ".join(el.text_content().split())


def _link_names(el) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The links and bold words inside an element that may name a product: not a button's "Shop now", a price, an
    image's empty link or a badge's "Bestseller"."""
    return [t for t in el.xpath(".//*[self::strong or self::b or self::a]")
            if _text(t) and not _BUTTON_NAME.match(_text(t)) and not _PRICE.search(_text(t))
            and not _BADGE.search(f"{t.get('class', '')} {t.getparent().get('class', '')}")]


def _product_cards(root, kept: str) -> list[tuple[str, list[str]]]:  # type: ignore[no-untyped-def]
    """The other products a shop page offers in its related-products row, each as (its name, its taglines): the health
    claims a card makes ("Melatonin helps you fall asleep faster and wake up refreshed") are made on this page too. Only
    rows that sell (a price or a product class); a blog's related posts are not read."""
    flat = _words(kept)
    boxes = [b for b in root.iter() if isinstance(b.tag, str) and _RELATED_BOX.search(f"{b.get('class', '')} {b.get('id', '')}")]
    boxes = [b for b in boxes if not any(a in boxes for a in b.iterancestors())]
    found: list[tuple[str, list[str]]] = []
    seen = ""
    for box in boxes:
        names = f"{box.get('class', '')} {box.get('id', '')}".lower()
        if re.search(r"post|article|blog|reading|stories|news|review|testimonial|comment", names) or not (
                _PRICE.search(box.text_content()) or "product" in names or box.xpath(".//*[contains(@class, 'product')]")):
            continue
        # (a card wrapped in its link too: "<li><a href=…><h3>Omega-3 Fish Oil</h3><p>Soothes joint inflammation.</p></a></li>")
        cards = [c for c in box.xpath(".//*[self::div or self::li or self::article or self::a]") if c.xpath(_TAGLINE)]
        for card in cards:
            # the card's whole tile: its name may stand outside the box of its text ("<div class='card-top'><h3>Boswellia
            # Extract</h3></div><div class='card-body'><p>…</p></div>"), but a tile holds no other card and one name at most
            unit, kin = card, {card, *card.iterancestors(), *card.iterdescendants()}
            others = [c for c in cards if c not in kin]
            while (up := unit.getparent()) is not None and up is not box and not any(up in c.iterancestors() for c in others) \
                    and ((up_heads := len(_named(up))) == 1 or not up_heads and len({_text(t) for t in _link_names(up)}) <= 1):
                unit = up
            heads = _named(unit)
            if len(heads) > 1:
                continue  # a row of cards with a line of its own ("Hand-picked to go with your magnesium"): no one card's
            # (its heading before a badge's "<strong>Bestseller</strong>" or an image's empty link)
            title = heads or _link_names(unit)
            name = _text(title[0]) if title else ""
            # (a card of its own that sells, when the row's name does not say so: not a blog's post card whose excerpt
            # names a course's price, "Six Tuesday evenings, £72 for the course")
            classes = " ".join(f"{e.get('class', '')}" for e in unit.iter() if isinstance(e.tag, str)).lower()
            if "product" not in names and "product" not in classes and (
                    not ("price" in classes or any(_BASKET.search(b.text_content()) for b in unit.iter("button"))
                         or any(_OWN_PRICE.match(_text(e)) for e in unit.iter() if isinstance(e.tag, str)))
                    or re.search(r"\b(?:post|blog|entry)\b", classes) or unit.xpath(".//time")):
                continue  # (nor a post's card, dated or classed "post-card")
            lines = []
            for para in card.xpath(_TAGLINE):
                text = _text(para)
                if len(text.split()) >= 4 and not _PRICE.match(text) and not is_boilerplate(text) and _words(text) not in flat \
                        and _words(text) not in seen:
                    seen += _words(text)
                    lines.append(text)
            if lines and name and len(name.split()) <= 12:
                found.append((name, lines))
    return found


_NOT_CONTENT = re.compile(r"cookies?|consent|banner|promo|newsletter|subscribe|signup|share|social|related|breadcrumbs?|menu"
                          r"|nav|navbar|navigation|comments?|price|prices|pricing|basket|cart|checkout|ratings?|stars|press"
                          r"|logos?|seen|warranty|shipping|delivery|returns|footer|header|sidebar|widget|modal|popup|search"
                          r"|pagination|tags?|author|byline|meta|reviews?|testimonials?|upsells?", re.IGNORECASE)
# an <aside> inside the article whose class names a callout: "facts-box", "key-stats", "evidence-callout"; or a
# product's warnings ("warnings-box", "safety-panel"), which a compliance reader needs above all
# ("did-you-know", "key-takeaways", "tip-box"; the page's own product box, "<aside class='product-box'
# aria-label='Featured product'>", whose benefit bullets are claims it makes, and a pharmacist's advice box)
_CALLOUT = frozenset({"facts", "fact", "stats", "statistics", "callout", "highlights", "highlight", "evidence", "research",
                      "keyfacts", "key", "warning", "warnings", "caution", "cautions", "precautions", "safety",
                      "contraindications", "know", "didyouknow", "takeaway", "takeaways", "summary", "tip", "tips", "info",
                      "infobox", "product", "featured", "pharmacist", "pharmacists", "advice", "expert"})
# an aside that lists the site's other pages, though a callout's word names it: "<aside class='featured-posts'>",
# "<aside class='advice-centre-links'>", "<aside class='expert-articles'>" (a sidebar, not the page's own box)
_OTHER_PAGES = re.compile(r"posts?|articles?|stories|links?|products|reading|reads|latest|popular|trending|centre|center"
                          r"|hub|archive|categories|guides|blogs?|more", re.IGNORECASE)
_STAT_BOX = re.compile(r"(?:^|[\s_-])stat(?:s|istics?)?(?:$|[\s_-])", re.IGNORECASE)
_BLOCKS = {"p", "li", "figcaption", "dd", "dt", "summary", "h1", "h2", "h3", "h4", "span"}


def _parse(html: str):  # type: ignore[no-untyped-def]
    """The page as an lxml tree, or None when it cannot be parsed."""
    from lxml import etree
    from lxml import html as lxml_html

    try:
        return lxml_html.fromstring(html)
    except (etree.ParserError, ValueError):
        return None


def _head_title(root) -> str | None:  # type: ignore[no-untyped-def]
    """The text of the page's ``<title>`` element ("Probiotics for Eczema in Children | Little Roots"), or None."""
    found = root.find(".//title")
    text = _text(found) if found is not None else ""
    return text or None


def _missed_blocks(root, kept: str) -> str:  # type: ignore[no-untyped-def]
    """Content blocks of the page's <main> that the main-content extraction left out (a hero's lead sentence, benefit
    icons, an FAQ of <details>), as Markdown in page order; "" when the page has no <main> or nothing was missed.

    Only <main> is read (never the whole body), and inside it navigation, forms, asides, headers, footers and
    blocks whose class or id names page furniture (cookie, promo, price, rating, shipping, related …) are skipped."""
    mains = root.xpath("//main | //*[@role='main']")
    if not mains:
        return ""
    norm = _words  # words only: the extractor's Markdown ("**Fast relief** Eases …") matches the page's text
    flat = norm(kept)
    emitted = ""  # the words of the blocks written so far, for a linear duplicate check
    out: list[str] = []
    heading: str | None = None
    heading_written = True
    heroes_seen: set = set()  # type: ignore[type-arg]

    def furniture(el, top) -> bool:  # type: ignore[no-untyped-def]
        for node in [el, *el.iterancestors()]:
            if node is top:
                return False
            names = re.split(r"[-_\s]+", f"{node.get('class', '')} {node.get('id', '')}".lower())
            if node.tag == "aside" and any(n in _CALLOUT for n in names) and not any(
                    _NOT_CONTENT.fullmatch(n) or _OTHER_PAGES.fullmatch(n) for n in names if n):
                continue  # a facts box inside the article ("<aside class='facts-box'>") is content, not a sidebar
            if node.tag in ("nav", "aside", "form", "header", "footer", "script", "style", "noscript", "button", "a"):
                return True
            if any(_NOT_CONTENT.fullmatch(n) for n in names if n):
                return True
        return False

    # a hero's lead paragraph before <main> ("<section class='hero'>…<p class='lead'>Dry needling can ease …")
    # (furniture is judged inside the hero: "hero-banner" or a <header class="hero"> is the hero itself, not page furniture)
    heroes = []
    for hero in root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' hero ') or starts-with(@class, 'hero')]"):
        outer = list(hero.iterancestors())
        if any(a is mains[0] for a in outer) or any(a.tag in ("nav", "aside", "form", "footer") for a in outer):
            continue
        if any(a in heroes_seen for a in outer):
            continue  # a hero inside a hero: read once
        heroes_seen.add(hero)
        heroes += [p for p in hero.iter("p") if not furniture(p, hero)]
    for el in heroes:
        text = " ".join(" ".join(el.itertext()).split())
        normed = norm(text)
        if len(text.split()) >= 6 and normed not in flat and normed not in emitted:
            emitted += normed
            out.append(text)

    for el in mains[0].iter():
        if not isinstance(el.tag, str) or furniture(el, mains[0]):
            continue
        if el.tag not in _BLOCKS and not (el.tag == "div" and _STAT_BOX.search(el.get("class", "")) and not any(
                isinstance(c.tag, str) and c.tag in ("div", "p", "ul", "ol") for c in el)):
            continue  # (a stats strip's own box: "<div class='stat'>87% of our patients report less pain …</div>")
        if el.tag == "span" and (el.getparent() is None or el.getparent().tag in ("p", "li", "h1", "h2", "h3", "h4")):
            continue  # a span inside a paragraph is read with it
        if el.tag == "span" and (el.tail or "").strip():
            el = el.getparent()  # "<div class='stat'><span>8 in 10</span> of our patients rated …</div>": one sentence
        if el.tag in ("li", "dd") and any(isinstance(c.tag, str) and c.tag in ("p", "h1", "h2", "h3", "h4") for c in el):
            continue  # an item holding a heading and a paragraph ("Fast-acting" / "Starts working …"): read its parts
        parts = [" ".join(t.split()) for t in el.itertext() if t.strip()]
        if el.tag == "div" and len(parts) >= 2 and parts[1].startswith(parts[0]):
            parts = parts[1:]  # "<span class='num'>8 in 10</span> <span class='label'>8 in 10 of our patients …": once
        text = " ".join(parts)
        if not text:
            continue
        if el.tag in ("h1", "h2", "h3", "h4", "summary", "dt"):
            heading, heading_written = text, False  # written again before a missed block: it must sit under its own heading
            continue
        normed = norm(text)
        if len(text.split()) < 3 or normed in flat or normed in emitted:
            continue
        if heading and not heading_written:
            out.append(f"### {heading}")
            heading_written = True
        emitted += normed
        out.append(f"- {text}" if el.tag in ("li", "span") else text)
    # a sidebar's "Did you know?" box: a fact the page states about the trouble ("Up to 4 in 10 people will experience
    # sciatica at some point in their lives"), not page furniture (only the box's own sentences, under its own heading)
    # (the box is the <aside> itself or a widget in it with one heading: not a sidebar's wrapper whose first widget is
    # "Did you know?", which would take in the next widget's "Book now …" too)
    for box in root.xpath("//aside/descendant-or-self::*[self::aside or self::div or self::section]"
                          "[count(.//h2 | .//h3 | .//h4) = 1]"):
        title = next((_text(h) for h in box.iter("h2", "h3", "h4")), "")
        if not re.fullmatch(r"did you know\W*", title, re.IGNORECASE):
            continue
        facts = [_text(p) for p in box.iter("p")]
        facts = [f for f in facts if len(f.split()) >= 6 and re.search(r"[.!]$", f) and norm(f) not in flat and norm(f) not in emitted]
        if facts:
            out.append(f"### {title}")
            for fact in facts:
                emitted += norm(fact)
                out.append(fact)
    return "\n\n".join(out)


def html_to_markdown(html: str, source: str = "<html>") -> tuple[str, str | None, str | None]:
    """(main content as Markdown, page title, the text of its ``<title>`` element); navigation, banners, sidebars,
    comments and footers dropped. (The extractor's title is the headline; the ``<title>`` may name the treatment a
    brand's headline does not.)"""
    import trafilatura

    html = _cards_as_boxes(_menu_sections(_headed_reference_lists(_captions_above_tables(html))))
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
    head_title = None
    if text:
        text = _ESCAPED.sub(r"\1", text)  # trafilatura escapes Markdown specials: "\[1\]" -> "[1]"
        text = _INLINE_TAG.sub("", text)  # inline markup it keeps as HTML: "session. <sup>Source: 2</sup>"
        text = _REPEATED_FIGURE.sub("", text)  # a stat box's number above its label: "8 in 10 8 in 10 of our patients …"
        root = _parse(html)  # one parse for the look-ups below
        head_title = _head_title(root) if root is not None else None
        missed = _missed_blocks(root, text) if root is not None else ""
        if missed:  # what the extractor dropped from the page's <main>: a lead sentence, benefit icons, an FAQ
            text = text.rstrip() + "\n\n## More on this page\n\n" + missed + "\n"
        stories = _testimonials(root, text) if root is not None else []
        if stories:  # customers' words are claims the page makes, even in a slider the extractor drops
            text = text.rstrip() + "\n\n## Testimonials\n\n" + "\n\n".join(f"> {s}" for s in stories) + "\n"
        cards = _product_cards(root, text) if root is not None else []
        if cards:  # the other products the page sells, each under its own name: their taglines are claims it makes too
            text = text.rstrip() + f"\n\n## {RELATED_PRODUCTS}\n\n" + "\n\n".join(
                f"### {name}\n\n" + "\n\n".join(lines) for name, lines in cards) + "\n"
    if not text or not re.search(r"[A-Za-z]{3,}.*[.!?]", text):
        raise IngestError(f"{source}: no article text found in the page (only navigation, forms or boilerplate)")
    return text, title, head_title
