"""Recognise page furniture that is not article content: footers, contact details, hours, forms."""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["REFERENCE_HEADING", "STAR", "is_boilerplate", "is_review_byline", "is_reviewer_line", "is_tail_marker", "is_call_to_action", "is_caption"]

#: The heading of a reference list ("References", "Sources:"); what stands under it is not claims.
REFERENCE_HEADING = re.compile(
    r"^(?:references?|sources?|bibliography|citations?|works cited|literature cited|studies cited|further reading"
    r"|scientific references)\s*:?$",
    re.IGNORECASE,
)

_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?"
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)"

# a review's byline: its stars and the reviewer's name ("★★★★★ Sarah T. Verified buyer 2 weeks ago", "Emma R. ★★★★★",
# "Tom B. – Verified Buyer", "5 out of 5 stars", "★★★★★ Jo M., Verified Purchase, reviewed in the United Kingdom on …")
STAR = r"[\u2605\u2606\u2b50]"  # a rating star: ★ ☆ ⭐
_STAR_RUN = STAR + r"{3,}"
_STARS = r"(?:" + _STAR_RUN + r"|(?:rated\s+)?[1-5](?:\.\d)?\s*(?:out of|/)\s*5(?:\s*stars?)?)"
_REVIEWER = r"[A-Z][\w'\u2019-]*\.?(?:\s+[A-Z][\w'\u2019-]*\.?)?"
# (not when the review's own sentence follows on the line: "★★★★★ Verified buyer – My knee pain is gone after a week.",
# and after a colon, which has no space before it: "★★★★★ Verified buyer: My knee pain is gone after a week.")
_VERIFIED = (r"verified (?:buyer|purchaser|purchase|customer|reviewer|owner)\b"
             r"(?!.*?(?:\s[-\u2013\u2014]|\s?:)\s+(?:\S+\s+){4,}\S*[.!?][\"\u201d\u2019]?\s*$).{0,80}$")
# a review's date: "12/03/2024", "14 March 2024", "March 14, 2024", "3 weeks ago"
_REVIEW_DATE = (r"(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:[A-Z][a-z]+)\s+\d{4}"
                # (a comment's day and month alone: "**Lou** · 18 March", or month first: "**Lou** · March 18")
                r"|\d{1,2}(?:st|nd|rd|th)?\s+(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
                r"|(?-i:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\s*\d)"
                r"|(?-i:[A-Z][a-z]+)\s+\d{1,2},?\s+\d{4}|\d+ (?:days?|weeks?|months?|years?) ago)")
_BYLINE = (r"^" + _STARS + r".{0,60}?\b" + _VERIFIED
           + r"|^(?:by\s+)?(?-i:" + _REVIEWER + r")\s*[-\u2013\u2014|,(]?\s*" + _VERIFIED +
           # "By Janet R, Leeds - 14 March 2024 - Verified purchaser"
           r"|^by\s+(?-i:" + _REVIEWER + r").{0,60}?\b" + _VERIFIED +
           # "By Anon | 9 January 2024", "By Priya S. | 12/03/2024": a review list's byline with its date
           r"|^by\s+(?-i:" + _REVIEWER + r")(?:,\s*(?-i:[A-Z][\w' -]{1,30}?))?\s*[-\u2013\u2014|,]\s*" + _REVIEW_DATE + r"\s*$" +
           r"|^" + _STARS + r"\s*(?:[-\u2013\u2014|,]\s*)?(?-i:" + _REVIEWER + r")?\s*$"
           # a comment's byline: "**Priya_K** · 15 March 2024", "Sam T. | 2 days ago"
           r"|^[*_]{0,2}(?-i:" + _REVIEWER + r")[*_]{0,2}\s*[\u00b7|\u2013\u2014-]\s*" + _REVIEW_DATE
           + r"(?:\s*(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:am|pm)?)?\s*$"
           # "★★★★★ Janet P. | 12/02/2024", "4 out of 5 stars  Sue from Norwich", "★★★★☆ Tom B. - 3 weeks ago"
           r"|^" + _STARS + r"\s*(?:[-\u2013\u2014|,]\s*)?(?-i:" + _REVIEWER + r")(?:\s+from\s+(?-i:[A-Z][\w' -]{1,30}))?"
           r"(?:\s*[-\u2013\u2014|,]?\s*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d+ (?:days?|weeks?|months?|years?) ago"
           r"|(?-i:[A-Z][a-z]+) \d{4}))?\s*$"
           r"|^(?-i:" + _REVIEWER + r")\s*[-\u2013\u2014|,]?\s*" + _STARS + r"\s*$"
           # "Graham, 71 – 02/09/2024" under "Verified buyer": the reviewer's name (and age) with the date
           r"|^(?-i:" + _REVIEWER + r")(?:,\s*\d{1,3})?\s*[-\u2013\u2014|]\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$")

_LINE_PATTERNS = [
    r"^leave a (?:reply|comment)\b",
    # a row of links to other posts: "Related: Retinol vs bakuchiol: which is right for you? · The best vitamin C serums …"
    # (and "**Related reading:** [Knee pain on the downhill?](/blog/itb) · [How to build mileage](/blog/mileage)")
    r"^\W{0,2}(?:related(?: reading| posts| articles)?|see also|more (?:reading|from the blog)|read next|further reading"
    r"|you (?:may|might) also like)\W{0,2}\s*:\W{0,2}\s*\S",
    # one reference, labelled: "Reference: Yamato TP, Maher CG, Saragiotto BT, et al. Pilates for low back pain."
    r"^references?\s*:\s*(?-i:[A-Z][A-Za-z'-]+) (?-i:[A-Z]{1,3})\b",
    r"your email address will not be published",
    # a newsletter's footer: "You're receiving this email because you signed up to The Monthly Dose at …"
    # (and "You're receiving this because you signed up at breathecold.co.uk")
    r"^you(?:['\u2019]re| are) receiving this (?:e-?mail|newsletter|message|because)\b|^you received this (?:e-?mail |newsletter |message )?because\b",
    r"required fields are marked",
    r"^(?:post )?comment\b.{0,20}$",
    r"^(?:contact(?: info(?:rmation)?| us| details)?|newsletter|office hours|opening hours|business hours"
    r"|hours(?: of operation)?|our hours|follow us.*|share(?: this)?(?: post| article)?:?|related (?:posts|articles|pages|reading|treatments|services)"
    r"|recent posts|categories|tags:?.*|archives|search(?: (?:products|the site|our site|articles))?(?:\.\.\.|\u2026)?|menu|skip to (?:main )?content|posted in.*|filed under.*"
    r"|read more|previous post|next post|about the author|you may also like.*|quick links|useful links"
    r"|get directions|book (?:now|online)|request an appointment|call (?:us )?(?:now|today)|(?:cart|basket|bag)(?: \(\d+\))?|log ?in"
    r"|sign in|my account|checkout|wishlist|add to (?:cart|basket)|customer reviews|reviews)\W*$",
    # a review list's furniture: "4.4 out of 5 | 187 global ratings", "Was this review helpful?", "See all 187 reviews"
    r"^(?:[1-5] stars? [\d,]+%?\s*\|?\s*){2,}$|^based on [\d,]+ (?:reviews?|ratings?)\W*$|^sort(?:ed)? by\s*:?\s*(?:most|newest|oldest|latest|highest|lowest|rating|date|relevance|price|featured|best|top|recommended|helpful)\b.{0,30}$|^\d(?:\.\d)? out of 5\W*$|^(?:" + _STAR_RUN + r"\s*)?\d(?:\.\d)? out of 5\b.{0,40}\b(?:reviews?|ratings?)\W*$|^was this review helpful\b|^(?:see|read|show) all [\d,]+ reviews\W*$",
    # a star rating ("★★★★★ 4.8 (1,274 reviews)"), a bare price ("£18.99"), a quantity picker
    r"^" + _STAR_RUN + r"\s*(?:\d(?:\.\d)?\s*)?(?:\(?[\d,]+\s*)?(?:reviews?|ratings?)?\)?\s*$"
    # (and a unit price, "£139.96 per kg"; a multi-buy offer, "Buy 2, save 10%"; a delivery banner; a product-page tab)
    r"|^[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?(?:\s*(?:per|/)\s*(?:kg|g|100\s?g|ml|100\s?ml|l|litre|liter|capsule|tablet|serving|unit))?$"
    r"|^buy \d+,? (?:get|save)\b.{0,30}$|^free (?:uk |us |eu |standard |next[- ]day |express )?(?:delivery|shipping|returns)\b.{0,40}$"
    # a list price and its saving ("RRP £44.99 Save 22%"); a pay-later offer ("Buy now with Klarna - 3 payments of
    # £11.66"); a variant picker ("Colour: Graphite / Coral / Ocean Blue")
    r"|^(?:rrp|was|now|list price)\s*:?\s*[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?(?:\s+(?:you )?save\s+(?:\d+%|[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?))?$"
    r"|^(?:(?:buy now|pay later|checkout)\s+with\s+)?(?:klarna|clearpay|afterpay|laybuy|paypal)\b.{0,20}\b\d\s+(?:interest-free\s+)?"
    r"(?:payments|instalments|installments)\s+of\s+[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?$"
    r"|^(?:colou?rs?|sizes?|flavou?rs?|scents?|firmness|finish)\s*:\s*[\w'&-]+(?:\s+[\w'&-]+){0,2}(?:\s*/\s*[\w'&-]+(?:\s+[\w'&-]+){0,2})+$"
    r"|^(?:product )?(?:description|details)$|^add to (?:wishlist|wish list|favou?rites)$|^(?:price|sale|regular price)\s*:|^(?:quantity|qty)\s*:?\s*\d*$"
    # a review's byline ("★★★★★ Sarah T. Verified buyer 2 weeks ago"); a rating summary is matched above
    r"|^(?:rated|scored) \d(?:\.\d)?\s*(?:out of|/)\s*5\b(?: stars)?(?: by [\d,]+\+? (?:patients|clients|customers|reviewers|users))?"
    r"(?: on (?:google|trustpilot|facebook|yelp|feefo|tripadvisor)(?: reviews)?)?\W*$"
    r"|^load more reviews\W*$|^write a review\W*$|^was this (?:review )?helpful\b.{0,40}$|^verified (?:buyer|purchaser|purchase|customer)\W*$"
    # a rating histogram's row ("5 ★1,002")
    r"|^[1-5]\s*" + STAR + r"\s*[\d,]+%?$"
    r"|" + _BYLINE,
    r"\bfree shipping\b|\bmoney-back guarantee\b|\bin stock\b",
    r"^(?:posted|published|written|updated|last updated|reviewed)\s+(?:on|by|in)\b|^(?:(?![.!?]\s)[^|\n]){1,80}\|\s*(?:posted|published|written) (?:on|by)\b|^by\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+){0,3}\s*$"
    # the author with a credential or role: "By Hannah Okafor, MCSP — Women's & Pelvic Health Physiotherapist at Bloom
    # Physio", "By Rachel Whitcombe, certified infant massage instructor · Little Lanterns Family Studio, Harrogate"
    # (a name, not a day or a stage, and a role, not a clause: "By Easter Sunday, she was walking without a stick — the first
    # time in a year" is a recovery told)
    r"|^\W*by\s+(?!(?:week|day|month|year|stage|phase|session|christmas|easter|new year|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|this|that|then"
    r"|now|spring|summer|autumn|winter|mid|late|early|half|end)\b)(?-i:[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,2}),\s+"
    r"(?![^.!?]*\b(?-i:is|are|was|were|had|has|have|will|would|can|could|may|might|did|does|do|felt|feels?|got|gets)\b)"
    r"[^.!?]{2,120}?(?:\s[\u2014\u2013\u00b7|]\s|\b(?:at|of)\s+(?-i:[A-Z]))[^.!?]{2,80}\W*$"
    r"|\b\d+\s+min(?:ute)?s?\s+read\b|^medically reviewed by\b|^reading time\s*:?\s*\d+\s*min",
    r"\u00a9|\bcopyright\b|all rights? reserved",
    r"\bprivacy policy\b|\bterms (?:of|and) (?:use|service|conditions)\b",
    r"\bwe use cookies\b|\bcookie (?:policy|settings|preferences)\b|\baccept (?:all )?cookies\b",
    r"\bsubscribe\b|\bsign up (?:for|to) (?:our|the) newsletter\b|\bspecial offers\b|\bdiscounts?\b$",
    rf"^{_DAY}(?:\s*[-\u2013:,]\s*{_DAY})?\s*[:,]?\s*(?:{_TIME}.*|closed|by appointment.*)?$",
    rf"^[-\u2013]?\s*{_TIME}(?:\s*[-\u2013]\s*{_TIME})?$",
    r"^(?:phone|tel|fax|call|email|e-mail|address)\s*[:.]",
    r"[\w.+-]+@[\w-]+\.[\w.]+",
    r"\s[\u00bb\u203a>]\s.*\s[\u00bb\u203a>]\s|^home\s+/\s.*\s/\s",  # breadcrumbs: Home » Blog » Post, Home / Shop / Item
    # a menu whose items are set apart by runs of spaces ("Vitamins   Minerals   Omega Oils   Eye Health"), a quantity picker
    r"^[^.!?]{1,40}(?: {2,}[^.!?\s]+(?: [^.!?\s]+){0,2}){2,}$|^view (?:this|the) (?:e-?mail|newsletter) (?:in|on) (?:your|a|the) (?:web )?browser\b|^(?:qty|quantity)\b[\s\d+\-\u2013\u2212]*$",
    r"not been evaluated by the (?:fda|food and drug administration)|not intended to diagnose, treat, cure",
    r"^(?:warm|kind|best|with) (?:regards|wishes)\b|^here['\u2019]s to (?:a |an |your )?[\w -]{3,40},\s*$|^sincerely\b|^yours (?:truly|sincerely)\b|^dear (?:friends|readers|patients"
    r"|all|members)\b|^unsubscribe\b|\bupdate (?:your )?preferences\b",
    r"for (?:informational|educational) purposes only|not (?:a substitute for|intended as) (?:professional )?medical advice",
    # a supplement label's legal line: "Food supplements should not replace a varied, balanced diet and healthy lifestyle."
    r"\bfood supplements? (?:should|must) not (?:be used as a substitute for|replace)\b",
    # a membership or price line run together: "Recovery Add-on: Unlimited sauna + plunge£25/month"
    # (not a claim that ends in its price: "Eases tight hamstrings and speeds recovery after long runs – £40/session")
    r"^(?![^$\u00a3\u20ac]*\b(?:eas(?:e|es|ed|ing)|reliev\w*|reduc\w*|help\w*|improv\w*|speeds?|heal(?!th)\w*|cur(?:e|es|ed)|prevent\w*"
    r"|sooth\w*|calm\w*|boost\w*|lower\w*|treat(?:s|ed)?)\b)"
    # (one sentence: not a claim with its hire price after it, "Our cuffs cut pain and swelling, so … Hire is £35 per week.")
    r"(?:[^.!?]|\.\d)*[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?\s*(?:/|per |a )\s*(?:month|mo|week|wk|session|visit|year|class)\W*$",
    # a cross-sold product with its price: "Little Sprout Vitamin D Drops £6.99", a name in capitals (not a selling point
    # that ends in its price: "Vitamin D drops that support healthy bones and teeth £6.99", "Eases sore muscles $14.99")
    r"^(?=[^.!?:]{3,60}\s[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?$)(?-i:(?:(?:[A-Z0-9(][^\s]*|&|\+|[-\u2013]|and|of|for|with|in|the|by|x)\s+)+)"
    r"[$\u00a3\u20ac]\s?\d+(?:[.,]\d{2})?$",
    # an ingredients or allergen label: "Ingredients: Maltitol syrup, water, pectin, …"
    # (not one that says what an ingredient does: "Ingredients: magnesium chloride, which relaxes tight muscles")
    r"^(?:ingredients|other ingredients|allergens?|allergy advice)\s*:(?![^.]*\b(?:which|that|to) (?:help\w*|eas\w*|reliev\w*"
    r"|reduc\w*|sooth\w*|calm\w*|relax\w*|support\w*|boost\w*)\b)",
    # a review summary: "92% of reviewers would recommend this product to a friend"
    r"^\d{1,3}% of (?:reviewers|customers|buyers|users) would recommend\b",
]
_LINE_RE = re.compile("|".join(f"(?:{p})" for p in _LINE_PATTERNS), re.IGNORECASE)
# an affiliate disclosure: "HomeWise Reviews may earn a commission if you buy through links on this page. This does not
# affect the price you pay" (furniture only when every sentence of the line is about the links: not "We may earn a
# commission if you buy through links on this page. After two weeks the blanket had eased my lower back pain.")
_AFFILIATE = re.compile(r"\bmay earn (?:a |an )?(?:small )?(?:commission|affiliate fee)\b|\bwe (?:may )?earn from qualifying purchases\b",
                        re.IGNORECASE)
_DISCLOSURE = re.compile(r"\b(?:affiliate|commissions?|links?|earn|price|cost|pay|editorial|independen\w*|recommend\w*|reader-supported"
                         r"|sponsored|disclos\w*)\b", re.IGNORECASE)
_PHONE = re.compile(r"\(?\b\d{3}\)?[\s.\-]*\d{3}\s*[\s.\-]\s*\d{4}\b")
_NUMBERED_NAME = r"\b\d{1,6},?\s+(?:[NSEW]\.?\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+"  # "14 Harbour", "221 N. Main"
_ADDRESS = re.compile(
    _NUMBERED_NAME + r"(?:St|Street|Ave|Avenue|Rd|Road|Blvd|Boulevard|Dr|Drive|Ln|Lane|Way|Ct|Court|Pl|Place|Hwy|Suite|Ste)\b\.?"
    # (a British street's word ends its part of the address, "14 Harbour Row, Whitstable": not the exercise of "3 sets of
    # 12 Seated Row twice a week eased my neck pain")
    r"|" + _NUMBERED_NAME + r"(?:Row|Terrace|Parade|Square|Crescent|Close|Mews|Quay|Wharf|Yard|Grove|Gardens)\b"
    r"(?=\s*(?:[,|\u00b7\u2013\u2014]|$))"
    r"|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    # a UK postcode ending the line: "Breathe Cold Collective · 14 Harbour Row, Whitstable CT5 1AB"
    r"|,\s*[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*,?\s+[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\s*$"
)
_TAIL = re.compile(
    r"^(?:leave a (?:reply|comment)|\d+\s+comments?|comments|related (?:posts|articles|pages|reading|reviews|guides|stories|services|treatments|products)|you may also like"
    r"|about the author|share this(?: post| article)?|post navigation)\b",
    re.IGNORECASE,
)
_CTA = re.compile(
    # (a button in brackets too: "[ SHOP SAFFRON GLOW ]"; "Pin it for later and sign up to my Sunday newsletter …")
    r"^\[?\s*(?:(?:so,?\s+)?if\b[^,]{0,160},\s*)?(?:why not\s+|please\s+|then\s+)?"
    r"(?:call|contact|schedule|book|visit|consider|try|give|discover|learn|find out|get in touch|sign up|subscribe|pin (?:it|this)"
    r"|click|read on|check out|ask|talk to|don['\u2019]t wait|don['\u2019]t let|let us|let our|join|request|make an"
    r"|come (?:in|see)|reach out|stop by|pop (?:in|into|along|by|round)|drop (?:in|by)|start your|take the first step|explore|see how|find relief|shop|buy|order"
    r"|grab|save|claim your|get your|ready (?:to|for))\b",
    re.IGNORECASE,
)
_CTA_ANYWHERE = re.compile(
    # (not the speaker's own habit: "I book a session myself every fortnight – my lower back hasn't felt this good in years":
    # see _OWN_HABIT)
    r"(?P<book>\b(?:schedule|book)\s+(?:an?|your)\s+(?:[\w+-]+\s+)?(?:appointment|consultation|session|visit|assessment|class)\b)"
    r"|\bcontact us\b|\bcall us\b|\bgive us a call\b|\bvisit (?:us|our)\b"
    # "You can also download our free guide, Activities That Help: …"
    r"|^(?:you can (?:also )?)?(?:download|request|order|grab|get) (?:our|a|your) (?:free |printable |new )*(?:guide|leaflet|e-?book"
    r"|booklet|checklist|factsheet|fact sheet|pdf|brochure)\b",
    re.IGNORECASE,
)
# the speaker's own booking: "I book a session …", "I always book a session before a big race", "She still books a visit …"
_OWN_HABIT = re.compile(r"\b(?:I|we|she|he|they)(?:['\u2019]d)?\s+(?:(?:always|usually|normally|now|still|also|just|often|even"
                        r"|sometimes|regularly|try to|tend to|like to)\s+)?$", re.IGNORECASE)
_CAPTION_START = re.compile(r"^(?:close-?up|image|photo|picture|illustration|figure|a photo|an image)\b"
                            # "Therapist at Kneadwell Clinic using her forearm on …": who is doing what in the picture
                            r"|^(?:an? )?[A-Z]?[a-z]+(?: [A-Z][\w&']*){0,4}(?: at [A-Z][\w&' ]{2,40})? (?:using|performing|applying"
                            r"|giving|treating|placing|inserting|massaging|holding|lying|receiving)\b", re.IGNORECASE)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|can|may|might|will|could|should|has|have|had|does|do|helps?|works?"
    # (a survey figure's verb: "8 in 10 of our patients report fewer headache days within six weeks of starting care")
    r"|report(?:ed)?|say|said|felt|feel|noticed?|slept)\b", re.IGNORECASE
)


_MAIL_HEADER = re.compile(r"^(?:from|to|subject|date|cc|bcc|reply-to|preview):[ \t]", re.IGNORECASE)


@lru_cache(maxsize=4096)  # the block builder asks about the same line two or three times
def is_boilerplate(line: str) -> bool:
    """A line (or short block) that is page furniture: contact details, hours, forms, legal text."""
    text = line.strip()
    if not text:
        return True
    if len(text) <= 200 and _LINE_RE.search(text):
        return True
    if len(text) <= 200 and _AFFILIATE.search(text) and all(
            _DISCLOSURE.search(s) for s in re.split(r"(?<=[.!?])\s+(?=\S)", text)):
        return True
    if len(text) <= 80 and (_PHONE.search(text) or _ADDRESS.search(text)):
        return True
    return bool(_MAIL_HEADER.match(text))  # "From: …", "Subject: …": an e-mail's header block


_BYLINE_RE = re.compile(_BYLINE, re.IGNORECASE)
# what else opens a review: its stars ("★★★★☆ Easy to swallow"), or "Verified buyer" after any name
_REVIEW_START = re.compile(r"^\s*" + _STAR_RUN + r"|\b" + _VERIFIED, re.IGNORECASE)


def is_reviewer_line(line: str) -> bool:
    """A review's own byline (stars with the reviewer's name or "Verified buyer"), not a product's rating summary."""
    return bool(_BYLINE_RE.search(line.strip()))


def is_review_byline(line: str) -> bool:
    """A customer review's header line: its star rating or "Verified buyer" (the review's text follows it)."""
    return bool(_REVIEW_START.search(line.strip())) or is_reviewer_line(line)


def is_tail_marker(line: str) -> bool:
    """A line after which a scraped page has only comments, related posts and footer."""
    return bool(_TAIL.match(line.strip()))


def is_call_to_action(sentence: str) -> bool:
    """A sentence that asks the reader to act (book, call, try) rather than asserting anything."""
    text = sentence.strip()
    return bool(_CTA.match(text) or any(not (m.group("book") and _OWN_HABIT.search(text, 0, m.start()))
                                        for m in _CTA_ANYWHERE.finditer(text)))


# a superscript footnote mark, or a run of them: "¹", "¹²", "¹,²", "¹–³"
_SUPERSCRIPT_MARK = r"[\u00b9\u00b2\u00b3\u2070-\u2079]+(?:[,\u2013-][\u00b9\u00b2\u00b3\u2070-\u2079]+)*"


def is_caption(text: str) -> bool:
    """An image caption or alt text: one fragment, no terminal punctuation, participles but no finite verb."""
    text = re.sub(r"(?:\s*\[\^?\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\])+$", "", text.strip())  # "… painkillers.[1]" ends a sentence
    # (as does a footnote mark run on after the full stop: "… than those on placebo.2", "… in older adults.1 In another …")
    # (and a superscript mark after any word, figure or letter: "… sleep about 25 minutes longer.¹ In adults, …", "… by
    # 40%.¹ In adults, …", "… low in vitamin D.²"; digits only after a word, a bracket or a per cent, not "… 2.5 mg")
    text = re.sub(r"(?:(?<=[a-z)%])([.!?])\d{1,3}(?:[,\u2013-]\d{1,3})*|([.!?])" + _SUPERSCRIPT_MARK + r")$",
                  lambda m: m.group(1) or m.group(2), text)
    if not text or text[-1:] in ".!?:" or re.search(r"[.!?][\"\u201d\u2019)]?\s|(?<=[a-z)%])[.!?]\d{1,3}\s|[.!?]" + _SUPERSCRIPT_MARK
                                                    + r"\s", text) or "\n" in text:
        return False
    if text[:1] in "\"\u201c\u2018":
        return False  # a quoted customer story with its byline is not a caption
    if _CAPTION_START.match(text):
        return True
    return len(text.split()) > 12 and not _FINITE.search(text) and bool(re.search(r"\b\w+ing\b", text))
