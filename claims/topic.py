"""The article's topic intervention: from its title, the names its body repeats, and the abbreviations it defines."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .attribution import (
    _GENERIC,
    _HEAD_WORD,
    _heuristic_intervention,
    _in_subject_position,
    head_noun_names,
)
from .cues import _STRONG_EFFECT
from .detect import HEALTH
from .vocabulary import Match, Term, Vocabulary

__all__ = ["PHYSIO_WORD", "topic_of", "topic_aliases"]


def topic_of(title: str | None, texts: Sequence[str], vocabulary: Vocabulary, headings: Sequence[str] = ()) -> str | None:
    """The article's topic intervention (see ``_topic_of``), without a trailing delivery word the body mostly
    leaves off ("prolotherapy injections" -> "prolotherapy"), by its vocabulary name when it has one ("chiropractic
    care" -> "spinal manipulation"); or a treatment the vocabulary lacks that the ``headings`` keep naming and the body
    names far more often (see ``_heading_treatment``)."""
    topic = _plain_topic(title, texts, vocabulary)
    if headings and (unnamed := _heading_treatment(title, headings, texts, vocabulary, topic)):
        return unnamed
    if topic and " " not in topic and not vocabulary.find(topic, "intervention") and not _PHYSIO_TOPIC.fullmatch(topic):
        topic = _named_phrase(topic, texts, vocabulary) or topic
    if topic and _PHYSIO_TOPIC.fullmatch(topic) and vocabulary.get("physiotherapy", "intervention"):
        # "Shoulder Impingement: Physio for Lifters and Swimmers": "physio" as the page's topic is the practice (in a
        # sentence it is no synonym: "your physio will …" names the practitioner)
        topic = "physiotherapy"
    elif topic and title and not vocabulary.find(title, "intervention") and vocabulary.get("physiotherapy", "intervention") \
            and vocabulary.get(topic, "intervention") and vocabulary.entry(topic, "intervention").name != "physical therapy":
        # "Plantar Heel Pain in Runners" from a running-injury clinic whose body says "physio" five times ("a structured
        # physio plan", "my physio") and names insoles three: the practice it keeps naming, not one of its tools
        # (not the clinic's own name: "Ask your physio at Northgate Physio" on a dry-needling page counts once)
        physio = sum(1 for t in texts for m in PHYSIO_WORD.finditer(t) if not _PHYSIO_BUSINESS.search(t[: m.end()]))
        if physio >= 3 and physio > _term_mentions(topic, texts, vocabulary):
            topic = "physiotherapy"
    term = vocabulary.get(topic, "intervention") if topic else None
    if term is not None and title and (specific := _specific_kind(term, title, texts, vocabulary)):
        return specific
    return term.name if term is not None and topic and topic.lower() in {x.lower() for x in term.synonyms} else topic


# what may stand before a bare word for a treatment in a title: a count or a plain adjective ("Three simple exercises")
_BARE_BEFORE = re.compile(r"(?:^|[^\w\s]\s*|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|some|these|the|my|our"
                          r"|simple|easy|quick|gentle|daily|best|top|great|effective|proven|little|short|basic|essential|key"
                          r"|favou?rite|new)\s+)$", re.IGNORECASE)


def _specific_kind(term: Term, title: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """A kind of the title's broad treatment, named there by one word, that the body names five times or more and half
    as often again as the broad one, and whose name ends with the title's word for it: "Three simple exercises we
    recommend" over a post that keeps naming eye exercises and the 20-20-20 rule is about eye exercises, not exercise
    therapy (not "Five desk exercises …" that name the 20-20-20 rule among five, nor "Strength training for the over-50s"
    over three mentions of kettlebell training)."""
    broad = [m for m in vocabulary.find(title, "intervention") if m.term.name == term.name]
    if not broad or any(" " in m.surface.strip() or not _BARE_BEFORE.search(title[: m.start]) for m in broad):
        # (the title names the broad one by a name of its own, "Strength training for the over-50s", or a kind the
        # vocabulary lacks: "Five desk exercises …")
        return None
    words = {w.lower() for w in re.findall(r"[\w-]+", title)}
    counts = Counter(m.term.name for t in texts for m in vocabulary.find(t, "intervention"))
    best = max(((n, name) for name, n in counts.items() if name != term.name and name.split()[-1].lower() in words
                and len(name.split()) > 1 and vocabulary.entry(name, "intervention").category == term.category), default=None)
    return best[1] if best and best[0] >= 5 and 2 * best[0] >= 3 * counts[term.name] else None


# a verb after the topic word is what it does, not part of its name: "kombucha has", "desks help"
_VERB_AFTER = frozenset("""has have had is are was were helps help works work gives give contains contain lowers lower raises
raise reduces reduce improves improve eases ease supports support boosts boost comes come goes go needs need looks look
seems seem tastes taste lets let means mean also""".split())


def _named_phrase(word: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The two-word name the body keeps giving a one-word topic the vocabulary lacks: "Better hearing, sharper mind"
    -> "hearing aids", a scraped page titled "Desks" -> "sit-stand desk" (the phrase at least three times and in at
    least two of five of the word's mentions; not a condition or outcome, "hearing loss", nor the word with a stop word
    or a verb)."""
    body = " \x00 ".join(texts).lower()  # (no phrase across two blocks: a heading "Desks" and a paragraph "Desks that …")
    own = _stem(word.lower())
    stem = re.escape(own)
    mentions = len(re.findall(r"\b" + stem + r"(?:s|es)?\b", body))
    pairs: Counter[str] = Counter()
    for m in re.finditer(r"\b([a-z][a-z'-]{2,})\s+(" + stem + r"(?:s|es)?)\b", body):
        pairs[f"{m.group(1)} {_stem(m.group(2))}"] += 1
    for m in re.finditer(r"\b(" + stem + r"(?:s|es)?)\s+([a-z][a-z'-]{2,})\b", body):
        pairs[f"{_stem(m.group(1))} {m.group(2)}"] += 1
    for phrase, n in pairs.most_common():
        if n < 3 or 5 * n < 2 * mentions:
            return None
        other = next((w for w in phrase.split() if _stem(w) != own), None)
        if other is None or any(other in words for words in (_STOP, _VERB_AFTER, _GENERIC, _KIND_WORDS, _FORM_WORDS, _BODY_PARTS)) \
                or vocabulary.find(phrase, "condition") or vocabulary.find(phrase, "outcome"):
            continue
        return _singular(phrase, body)
    return None


PHYSIO_WORD = re.compile(r"\bphysio(?:therap\w*)?s?\b", re.IGNORECASE)
# "Northgate Physio", "Harbour Street Physiotherapy": a business's name (a job title stays: "Clinical Lead Physiotherapist")
_PHYSIO_BUSINESS = re.compile(r"(?<![.!?:]\s)(?<!^)\b(?!(?:Our|Your|My|The|A|An|Ask|See|Book|Call|Visit|Private|Sports|NHS)\s)"
                              r"[A-Z][\w'&-]*\s+(?-i:Physio(?:therapy)?)$")
_PHYSIO_TOPIC = re.compile(r"(?:sports\s+)?physio(?:\s+(?:care|treatment|rehab|sessions?))?", re.IGNORECASE)


def _plain_topic(title: str | None, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    topic = _topic_of(title, texts, vocabulary)
    if topic and _CARE_OF.match(topic) and not vocabulary.get(topic, "intervention") and len(
            re.findall(r"\b" + re.escape(topic) + r"\b", " ".join(texts).lower())) < 2:
        # "Post-Concussion Care for Athletes": the care the body names (not when the body itself keeps naming the care,
        # "Osteopathic care may help unsettled babies", nor when it names no treatment of its own)
        topic = _topic_of(None, texts, vocabulary) or topic
    # (only when the topic is itself the business's name: "Intermittent Fasting … | Harmony Wellness" keeps its topic)
    if topic and not vocabulary.get(topic, "intervention") and title and _BUSINESS_NAME.search(" " + topic):
        topic = _without_business_name(topic, " ".join(texts).lower())
    if topic and not vocabulary.get(topic, "intervention") and (method := _built_on(topic, texts, vocabulary)):
        topic = method  # "Somnova is a six-week digital programme built on cognitive behavioural therapy": the app is CBT
    if topic in _BARE_DELIVERY:
        return None  # "Your Injection Options": a delivery word names no treatment of its own
    if topic and len(topic.split()) == 1 and not vocabulary.get(topic, "intervention"):
        for kind_word in ("therapy", "training", "treatment"):  # "Exercise for Knee Osteoarthritis": exercise therapy
            term = vocabulary.get(f"{topic} {kind_word}", "intervention")
            if term is not None and term.name == f"{topic} {kind_word}":
                return term.name
    if not topic or vocabulary.get(topic, "intervention") or len(topic.split()) < 2 or topic.split()[-1] not in _DELIVERY:
        return topic
    core = " ".join(topic.split()[:-1])
    body = " ".join(texts).lower()
    alone = len(re.findall(r"\b" + re.escape(core) + r"\b", body))
    return core if alone >= 2 * len(re.findall(r"\b" + re.escape(topic) + r"\b", body)) else topic


# "<brand> is a six-week digital programme built on …": what the brand is made of, said where the body defines it
_BUILT_ON = r"\s+(?:is|are)\s+(?:an?\s+|the\s+)?[^.;:]{0,60}?\b(?:built on|based on|grounded in|that (?:uses|delivers)|delivering)\s+"


def _built_on(topic: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The vocabulary treatment a brand or product is defined as built on ("Somnova is an app based on CBT-I"),
    named within the next five words of the same clause, and the only one named there; None when the body defines it
    as no such thing, or when the topic is no brand (the body writes it in lower case: "eye yoga", "a sound bath")."""
    if not _is_brand(topic, texts):
        return None
    pattern = re.compile(r"\b" + re.escape(topic) + _BUILT_ON, re.IGNORECASE)
    for text in texts:
        for m in pattern.finditer(text):
            window = text[m.end() : m.end() + 80]
            found = vocabulary.find(window, "intervention")
            # (not "a clinic based on the seafront, offering massage": a place, then what it offers)
            if not found or len(window[: found[0].start].split()) > 5 or re.search(
                    r"[,;:()]|\b(?:and|or|with|offering|offers|providing|where|which|near)\b", window[: found[0].start], re.IGNORECASE):
                continue
            # (not "a movement method based on yoga, dance and tai chi": a blend of several is none of them)
            clause = re.split(r"[.;:]", window[found[0].start :])[0]
            if any(f.term.name != found[0].term.name and f.start < found[0].start + len(clause) for f in found[1:]):
                continue
            return found[0].term.name
    return None


def _is_brand(name: str, texts: Sequence[str]) -> bool:
    """Whether the body writes ``name`` as a proper name: every word capitalised wherever it stands ("Somnova", "Dormio
    Plus"), never in lower case as a common noun or a pronoun is ("eye yoga", "it"); a web address does not count."""
    found = False
    for text in texts:
        for m in re.finditer(r"(?<![\w./@-])" + re.escape(name) + r"(?![\w/@-]|\.\w)", text, re.IGNORECASE):
            if any(not w[0].isupper() for w in m.group(0).split()):
                return False
            found = True
    return found and name.lower() not in _STOP and name.lower() not in _GENERIC


# care named by what it is for, not by a treatment: "post-concussion care", "pregnancy care", "senior care"
_CARE_OF = re.compile(r"^(?:[\w'-]+ ){0,2}(?:care|support|relief|recovery|help)$")


# a title that is the business's name: "Riverside Bowen Therapy Rooms", "Northside Cupping Studio"
_BUSINESS_NAME = re.compile(r"\s(?:rooms|clinic|clinics|studio|studios|centre|center|practice|spa|salon|wellness|group)\s*$",
                            re.IGNORECASE)


def _without_business_name(topic: str, body: str) -> str:
    """"riverside bowen therapy rooms" -> "bowen therapy": the business word goes, and leading words go while the
    body names the shorter phrase on its own at least as often as with the leading word (a place name the body
    drops), down to two words ending in a kind word ("therapy") or one word."""
    words = topic.split()
    if len(words) > 1 and _BUSINESS_NAME.search(" " + words[-1]):
        words = words[:-1]
    while len(words) > 2 or (len(words) == 2 and words[-1] not in _KIND_WORDS):
        longer = len(re.findall(r"\b" + re.escape(" ".join(words)) + r"\b", body))
        shorter = len(re.findall(r"\b" + re.escape(" ".join(words[1:])) + r"\b", body))
        if shorter < 2 * longer:
            break
        words = words[1:]
    return " ".join(words)


_SENDER = re.compile(r"\b(?:clinic|studio|centre|center|practice|physio|therapy|chiropractic|wellness|spa|optometrists?|opticians?"
                     r"|pharmacy|pharmacists?|dentists?|dental|surgery|physiotherapists?|osteopaths?|chiropractors?)\s*$"
                     r"|(?-i:^[A-Z\s&'-]+$)", re.IGNORECASE)  # (a sender's name in any case: "Clearview Optometrists")


def _names_treatment(part: str, vocabulary: Vocabulary) -> bool:
    """Whether a title part is the name of a treatment, with at most a kind or business word beside it ("Cupping
    Therapy", "Acupuncture Clinic"), not a sender's own name ("Harbour Acupuncture Clinic", "Clearview Optometrists")."""
    found = vocabulary.find(part, "intervention")
    if not found:
        return False
    rest = re.findall(r"[a-z0-9][a-z0-9'+-]*", (part[: found[0].start] + " " + part[found[-1].end :]).lower())
    return all(w in _KIND_WORDS or w in ("the", "a", "an") or _SENDER.fullmatch(w) for w in rest)


# a club's or group's name: "Tidewater Wild Swimmers", "Riverside Runners Club", "The Saltwater Collective"
_GROUP_NAME = re.compile(r"\b(?:swimmers|runners|walkers|cyclists|rowers|paddlers|dippers|club|collective|society|crew|tribe)\s*$",
                         re.IGNORECASE)
_MASTHEAD = re.compile(r"\b(?:newsletter|letter|bulletin|monthly news|weekly news|news digest)\b|\bissue\s+(?:no\.?\s*)?\d+\b"
                       # "The Monthly Dose – Women's Health Edition"
                       r"|\b(?:women['\u2019]s|men['\u2019]s|health|members['\u2019]?|monthly|weekly|quarterly|spring|summer|autumn|winter"
                       r"|special) (?:health )?edition\b",
                       re.IGNORECASE)
_DATELINE = re.compile(r"^(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:(?:january|february|march|april|may|june|july|august|september|october"
                       r"|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.?|spring|summer|autumn|fall|winter"
                       r"|(?:issue|no\.?|vol\.?|volume|edition))\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?,?\s*['\u2019]?\d{1,4}"
                       r"(?:\s*[/-]?\s*\d{2,4})?(?:\s+(?:edition|issue))?$", re.IGNORECASE)
_DELIVERY = frozenset("injection injections shot shots drip drips infusion infusions session sessions treatment treatments".split())
_BARE_DELIVERY = _DELIVERY | {"therapy"}


# what a reader sets out to do, not a treatment given: "Stop smoking", "Better sleep habits"
_GOALS = frozenset({"lifestyle"})
_BY_MEANS_OF = re.compile(r"^\s+(?:with|using|through|via)\s+(?:[A-Za-z'-]+\s+){0,2}$", re.IGNORECASE)


# the second half of a slogan after the treatment's comma, what it promises: "Gentle exercise, happier joints", "…, calmer
# minds", "…, less pain" (not "Acupuncture, naturally", "Yoga, your way", "Magnesium Glycinate 400mg, 120 Capsules")
_SLOGAN_TAIL = re.compile(r"[^,]*,\s*(?:(?:more|less|fewer|better|[a-z]{2,}ier|(?!(?:after|over|under|never|ever|other|rather|together"
                          r"|whether|winter|summer|water|number|per)\b)[a-z]{3,}er)\s+[a-z]|[^,]*" + HEALTH.pattern + ")", re.IGNORECASE)


# what stands between a product's name and what it is made of: "… – Now with Vitamin D", "… – Featuring Glucosamine"
_MADE_WITH = re.compile(r"(?:(?:now\s+|made\s+|formulated\s+)?with|featuring|plus|containing|powered\s+by)?\s*", re.IGNORECASE)


def _opens_with_ingredient(rest: str, texts: Sequence[str], vocabulary: Vocabulary) -> bool:
    """Whether the part of a title after its first segment (up to a site name after " | ") opens with a vocabulary
    treatment the body names twice or more: what the product is made of (not "Ear Seeds – A Gentle Alternative to
    Acupuncture", "Dance Classes – More Fun Than Yoga", nor a sender's name "… | Acupuncture Clinic")."""
    made_of = re.split(r"\s+\|\s+", re.sub(r"^[\s|\u2013\u2014\u00b7-]+", "", rest))[0]
    opener = _MADE_WITH.match(made_of)
    opened = opener.end() if opener else 0
    return any(m.start == opened and _term_mentions(m.term.name, texts, vocabulary) >= 2
               for m in vocabulary.find(made_of, "intervention")[:1]) and not (
        _SENDER.search(made_of) and not _names_treatment(made_of, vocabulary))


# a title that lists three or more things: "Exercises, Hydrodilatation, Injections and Hands-On Treatment" (in sentence
# case too: "Frozen shoulder: exercises, hydrodilatation, injections and hands-on treatment")
_SEVERAL = re.compile(r"\b[A-Za-z][\w'-]*(?: [\w'-]+){0,2}(?:, [A-Za-z][\w'-]*(?: [\w'-]+){0,2})+,? (?:and|&|or) [A-Za-z][\w'-]*"
                      r"(?: [\w'-]+){0,2}")


def _lists_treatments(segment: str, found: Sequence[Match]) -> bool:
    """Whether a title's list names two or more treatments (not "Back Pain, Sciatica and Neck Pain: How Chiropractic and
    Massage Help", whose list is of complaints)."""
    listed = _SEVERAL.search(segment)
    if listed is None:
        return False
    return len({m.term.name for m in found if listed.start() <= m.start < listed.end()}) >= 2


def _topic_of(title: str | None, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The article's topic intervention: the title's (its first segment before a site name first), else the most
    named one, else a phrase from the title the body repeats, else the therapy the body keeps naming."""
    segments = [seg for seg in (_first_segment(title or ""), title) if seg]
    masthead = bool(title and _MASTHEAD.search(title))
    if title and masthead:  # "PEAK FORM SPORTS THERAPY - MONTHLY NEWSLETTER": the sender, not the topic
        parts = [p for p in re.split(r"\s+[|\u2013\u2014:-]\s+|:\s+", title) if p.strip()]
        segments = [p for p in parts if not _MASTHEAD.search(p) and len(parts) > 1 and not (
            _SENDER.search(p) and not _names_treatment(p, vocabulary))
                    and not _DATELINE.match(p.strip())]  # ("Monthly Newsletter | February 2025": the date names nothing)
    body = " ".join(texts).lower()
    for segment in dict.fromkeys(segments):
        found = vocabulary.find(segment, "intervention")
        if len(found) >= 2 and found[0].term.category in _GOALS and _BY_MEANS_OF.match(segment[found[0].end : found[1].start]):
            # "Stop Smoking with Auricular Acupuncture": the goal, then the means the page offers (not a product and what
            # comes with it: "Collagen with Vitamin C", "Yoga with Meditation for Anxiety")
            found = found[1:]
        if _lists_treatments(segment, found) and (guide := _most_named(texts, vocabulary, least=3)):
            # "Frozen Shoulder: What Actually Helps? Exercises, Hydrodilatation, Injections and Hands-On Treatment": a guide
            # to several treatments; the page is the practice's its body names most, not the first on the list
            return guide
        if found:
            after = re.match(r"\s+([A-Za-z][a-z'-]{2,})\b", segment[found[0].end :])
            if _SLOGAN_TAIL.match(segment[found[0].end :]) and not re.search(r"\bfor\b", segment, re.IGNORECASE) and (
                    other := _most_named(texts, vocabulary, least=3)) and other != found[0].term.name and _term_mentions(
                    found[0].term.name, [t for t in texts if t.strip() != segment.strip()], vocabulary) < 2:
                return other  # "Gentle exercise, happier joints" over a page about hydrotherapy: a slogan, not the topic
            return _compound(found[0].surface, after.group(1) if after else "", body) or found[0].term.name
        if (masthead or _GROUP_NAME.search(segment)) and not _names_treatment(segment, vocabulary):
            # "The Monthly Dose – Women's Health Edition": a newsletter's own name, not a treatment ("TIDEWATER WILD
            # SWIMMERS": the club that sends it)
            continue
        if segment != title and title and _opens_with_ingredient(title[len(segment) :], texts, vocabulary):
            # "PurrFlex Senior Joint Chews for Cats – Glucosamine & Green-Lipped Mussel" (or "… | Glucosamine & … | Shop"):
            # a brand's product name, then what it is made of, which the body names too
            continue
        from_title = _heuristic_intervention(segment)
        before_for = re.match(r"^\s*(?:the\s+)?(.{3,40}?)\s+for\s+(.+)$", segment, re.IGNORECASE)
        if before_for and (not from_title or from_title in before_for.group(2).lower()) and not re.search(
                r"\s(?:or|vs\.?|versus|and)\s", before_for.group(1), re.IGNORECASE):  # "Heat or Ice for …" compares two
            # "Milk Thistle for Liver Detox": the goal after "for" is not the treatment before it
            # "Finding your feet: Feldenkrais for balance": the treatment is what stands before "for", after the kicker
            # (only when the body names the kicker less often: in "Sound Baths: Deep Rest for Busy Minds" the treatment
            # is the part before the colon)
            lead = before_for.group(1)
            named = _title_subject(segment, texts, vocabulary)
            if ": " in lead:
                past_kicker = _title_subject(segment[before_for.start(1) + lead.rindex(": ") + 2 :], texts, vocabulary)
                if past_kicker and (not named or _mentions(past_kicker, texts, segment) > _mentions(named, texts, segment)):
                    named = past_kicker
            if named:
                return named
        packaged = bool(from_title) and from_title.split()[-1] in _FORM_WORDS  # type: ignore[union-attr]
        if segment != title or (from_title and from_title not in body) or packaged:
            # "Lion's Mane Mushroom Capsules": the phrase the body repeats, not the packaging
            repeated = _title_ngram(segment, texts, vocabulary)
            if repeated and _brand_only(repeated, segment):
                # "JointFlex Plus Hip & Joint Chews": a brand; the page sells the glucosamine its body names (an ingredient,
                # named at least as often as the brand: not the foam roller a "TheraGun Mini" page compares itself with)
                named = _most_named(texts, vocabulary, least=max(3, len(re.findall(r"\b" + re.escape(repeated) + r"\b", body))),
                                    categories=_INGREDIENTS)
                if named:
                    return named
                if title and (what := _what_the_brand_is(title, segment, texts, vocabulary)):
                    return what
            if repeated:
                return _singular(_defined_name(_extend_right(repeated, segment), texts), body)
        if from_title:
            return _singular(_extend_right_by_body(_extend_left(from_title, segment, body), segment, body), body)
    named = _most_named(texts, vocabulary, least=2)
    if not named and title and (masthead or _GROUP_NAME.search(title)) and not _names_treatment(title, vocabulary) and (
            anywhere := _most_named(texts, vocabulary, least=2, anywhere=True)):
        # "TIDEWATER WILD SWIMMERS", "Club Newsletter": a newsletter is about what its body keeps naming ("cold water
        # swimming"), as subject or not, never about the club
        return anywhere
    if named and title and (unknown := _unknown_treatment(title, texts, vocabulary, named)):
        return unknown
    if named:
        subject = _body_subject(texts, vocabulary)
        # (a name, not a bare head word: "the device" ten times names no practice of its own)
        if subject and not _HEAD_WORD.fullmatch(subject) and not vocabulary.find(subject, "intervention") and not set(
                subject.split()) & set(named.split()) and len(re.findall(r"\b" + re.escape(subject) + r"\b", body)) > _term_mentions(
                named, texts, vocabulary):
            return subject  # "eye yoga" five times, "exercises" four: the practice the page is about, not a passing name
        return named
    repeated = _title_ngram(title or "", texts, vocabulary)
    return (_title_subject(title or "", texts, vocabulary)
            or (_defined_name(_extend_right(repeated, title or ""), texts) if repeated else None) or _body_subject(texts, vocabulary))


def _heading_treatment(title: str | None, headings: Sequence[str], texts: Sequence[str], vocabulary: Vocabulary,
                       topic: str | None) -> str | None:
    """A treatment the vocabulary lacks that the page's headings name in two places or more and its body names eight
    times or more, at least two and a half times as often as ``topic``, and credits with an effect ("Passionflower: The
    Gentle Herb for Sleep" and "How passionflower works" under a newsletter's masthead, seventeen mentions against three
    of sleeping pills; "Benefits of Boron" under a shop's category title "Bones & Joints"); None when there is none.
    Of a name and a longer one that holds it, the longer when the body gives it most of the shorter's mentions ("celery
    juice", not "juice")."""
    body = " ".join(texts).lower()
    places: dict[str, set[int]] = {}
    for k, heading in enumerate(dict.fromkeys(h for h in ([title] if title else []) + list(headings))):
        # (not words of a name the vocabulary knows: "vitamin" of "How vitamin C supports your immune system")
        known = set(" ".join(heading[m.start : m.end] for m in vocabulary.find(heading)).lower().split())
        words = re.findall(r"[a-z][a-z'-]*[a-z]", heading.lower())
        for n in (1, 2, 3):
            for i in range(len(words) - n + 1):
                gram = words[i : i + n]
                if all(w in known for w in gram) or any(w in _STOP or w in _GENERIC or w in _NUMBER_WORDS or w in _VERB_AFTER or w in _PEOPLE for w in gram) or gram[0] in _KIND_WORDS \
                        or gram[-1] in _KIND_WORDS or gram[0] in _FORM_WORDS or (n == 1 and gram[0] in _FORM_WORDS) or gram[-1] in _BODY_PARTS \
                        or any(w in _ANATOMY for w in gram) or (n == 1 and gram[0] in _PRACTICE_WORDS):
                    continue
                places.setdefault(" ".join(gram), set()).add(k)
    if not places:
        return None
    titled = bool(title and topic and _title_names(title, topic, vocabulary))
    if titled and title and topic:
        # a title that names a known topic settles it; a phrase the vocabulary lacks gives way to one that stands in the
        # title too ("Steady on Your Feet: Gentle Qigong for Balance": the kicker is no treatment) or in three headings
        # ("Wry Neck (Acute Torticollis)" over "How osteopathy helps", "What to expect from osteopathy", …)
        if vocabulary.get(topic, "intervention"):
            return None
        places = {p: w for p, w in places.items() if re.search(r"\b" + re.escape(p) + r"\b", title.lower()) or len(w) >= 3}
    # words of the conditions and outcomes the page names ("jaw" of "jaw pain", "groin" of "groin strain")
    complaint = {w for t in ([title] if title else []) + list(headings[:100]) + list(texts[:60])
                 for m in vocabulary.find(t) if m.term.kind != "intervention" for w in map(_root, m.surface.lower().split())}
    term = vocabulary.get(topic, "intervention") if topic else None
    # (a topic the vocabulary lacks, by its name without a trailing kind word: "straw phonation" of "straw phonation therapy")
    core = " ".join(_without_kind_words(topic.lower().split())) if topic and not term else ""
    own: list[int] = []  # (counted when a candidate first needs it: the vocabulary's look at every block costs time)

    def mentions() -> int:
        if not own:
            own.append(_term_mentions(term.name, texts, vocabulary) if term else _count(core, body) if core else 0)
        return own[0]
    # the topic's own words, by any of its names ("water" of cold therapy's "cold water immersion", "tape" of "mouth taping")
    own_words = {_root(w) for name in ((term.name, *term.synonyms) if term else (topic,) if topic else ()) for w in name.lower().split()}
    counts: dict[str, int] = {}
    # (the phrases most headings name, at most 25 of them: a long guide's thousands of headings would otherwise each be
    # counted through the whole body)
    for phrase in sorted((p for p, w in places.items() if len(w) >= 2), key=lambda p: -len(places[p]))[:25]:
        roots = {_root(w) for w in phrase.split()}
        if vocabulary.find(phrase) or roots & complaint or _acronym_only(phrase, headings):
            continue
        # (no word of a known topic's names; of a topic the vocabulary lacks, not part of its name: "stocking" of
        # "compression stocking", but "celery juice" over "celery extract")
        if (roots & own_words if term else roots <= own_words) or _proper_name(phrase, texts, vocabulary):
            continue
        name = re.escape(_stem(phrase))
        n = _count(phrase, body)
        # (credited with a benefit by the body, "Passionflower may ease …", or by a heading, "Benefits of anti-gravity
        # treadmill training", "Conditions we treat with the anti-gravity treadmill"; not "Salt raises blood pressure",
        # "Metabolism slows after 40": what harms, or what a page's treatment acts on)
        # (half again as often will do for a name the title gives and a topic it does not: "Citrus Bergamot 500" over
        # a page that compares bergamot with statins)
        in_title = bool(title and re.search(r"\b" + re.escape(phrase) + r"\b", title.lower())) and not titled
        if n >= 8 and (2 * n >= 5 * mentions() or (in_title and 2 * n >= 3 * mentions())) and (_credited(name, texts) or any(
                re.search(_CREDITED_IN_HEADING + name, h, re.IGNORECASE) for h in headings)):
            counts[phrase] = n
    if not counts:
        return None
    best = max(counts, key=lambda c: (counts[c], len(c)))
    # a longer name that holds it: when the body gives it most of the mentions, or the headings never name it otherwise
    # ("Anti-Gravity Treadmill Rehab …", "Benefits of anti-gravity treadmill training": not just "treadmill")
    longer = {c: _count(c, body) for c in places
              if c != best and re.search(r"\b" + re.escape(best) + r"\b", c)}
    longer = {c: n for c, n in longer.items() if 4 * n >= 3 * counts[best] or (3 * n >= counts[best] and places[c] == places[best])}
    if longer:
        best = max(longer, key=lambda c: (longer[c], len(c)))
    return _singular(best, body)


# a practice's generic word, no treatment's name on its own: the "training" of "brain training" and "Start training today"
_PRACTICE_WORDS = frozenset("training exercise exercises workout workouts programme programmes program programs practice routine "
                            "routines games drills".split())


def _count(phrase: str, body: str) -> int:
    """How often the (lower-case) body names ``phrase``, singular or plural."""
    return len(re.findall(r"\b" + re.escape(_stem(phrase)) + r"s?\b", body))


def _root(word: str) -> str:
    """A word without its ending, for telling one name's words in another ("taping" and "tape", "peels" and "peel")."""
    if len(word) > 4:
        word = re.sub(r"(?<!s)(?:es|s)$", "", word)  # ("stockings" -> "stocking" -> "stock", as "stocking" -> "stock")
    return re.sub(r"(?:ing|e)$", "", word) if len(word) > 4 else word


# the body a page is about, never what it offers: "Why veins swell", "How your nerves heal"
_ANATOMY = frozenset("""vein veins artery arteries blood vessel vessels muscle muscles tendon tendons ligament ligaments nerve nerves
spine shoulder shoulders elbow elbows wrist wrists hand hands ankle ankles heel heels foot leg legs arm arms jaw rib ribs pelvis
hamstring hamstrings groin stomach bowel bowels bladder lung sinus sinuses nose throat scalp face body mind brain gut cells
cell hormones hormone immune system systems fascia metabolism autophagy inflammation circulation digestion microbiome polyphenols
antioxidants nutrients compounds enzymes nervous""".split())


# who a page is for, never what it offers: "Headaches in Teenagers", "Why teens benefit"; nor a plan's parts, "Phase 2"
_PEOPLE = frozenset("""people person teen teens teenager teenagers child children kid kids baby babies toddler toddlers parent
parents mum mums mom moms dad dads women woman men man adult adults senior seniors elderly athlete athletes runner runners
player players patient patients client clients member members customer customers student students worker workers dog dogs
puppy puppies cat cats kitten kittens horse horses pet pets
phase phases stage stages step steps week weeks month months day days level levels part parts""".split())  # (a plan's parts too)


def _title_names(title: str, topic: str, vocabulary: Vocabulary) -> bool:
    """Whether the title names the topic: by a name of its vocabulary term, or by its words when it has none."""
    term = vocabulary.get(topic, "intervention")
    if term is not None:
        return any(m.term.name == term.name for m in vocabulary.find(title, "intervention")) or (
            term.name == "physical therapy" and PHYSIO_WORD.search(title) is not None)  # ("A Physio's Guide")
    return all(re.search(r"\b" + re.escape(_stem(w)), title.lower()) for w in topic.lower().split())


def _acronym_only(phrase: str, headings: Sequence[str]) -> bool:
    """Whether the headings write ``phrase`` only as an acronym ("CST"): an abbreviation of a name, not a name."""
    forms = [m.group(0) for h in headings for m in re.finditer(r"\b" + re.escape(phrase) + r"\b", h, re.IGNORECASE)]
    return bool(forms) and all(f.isupper() for f in forms)


# a heading that credits what follows it: "Benefits of …", "Conditions we treat with the …"
_CREDITED_IN_HEADING = (r"(?:\b(?:benefits?|advantages?|uses?) of (?:the |our |a |an |regular |daily )?"
                        r"|\b(?:treat|help|use|ease|relieve)\w* with (?:the |our |a |an )?)")


# a treatment credited with a benefit, with at most one more word of its name and an adverb or a modal verb between:
# "Passionflower may ease …", "boxing classes help …" (not "Salt raises …", nor a complaint's "melasma treatment helps")
_CREDITED = (r"\b{name}s?(?:\s+(?!treatments?\b|symptoms?\b)[a-z'-]+)?"
             r"(?:\s+(?:can|may|might|could|will|would|also|often|usually|really|gently|modestly|actually))*\s+"
             r"(?:help|eas|reduc|improv|reliev|calm|sooth|support|lower|boost|strengthen|protect|promot|restor|treat"
             r"|prevent|build|cut|bring|give|offer)(?:s|es|ed|d|ing)?\b")


def _without_kind_words(words: list[str]) -> list[str]:
    """A name's words without the kind words that end it ("straw phonation therapy" -> "straw phonation")."""
    while len(words) > 1 and words[-1] in _KIND_WORDS:
        words = words[:-1]
    return words


def _credited(name: str, texts: Sequence[str]) -> bool:
    """Whether ``texts`` credit the (escaped) name with a benefit."""
    pattern = re.compile(_CREDITED.format(name=name), re.IGNORECASE)
    return any(pattern.search(t) for t in texts)


def _proper_name(phrase: str, texts: Sequence[str], vocabulary: Vocabulary) -> bool:
    """Whether a one-word ``phrase`` is a product's or a person's name, never a treatment's: the body writes it only with
    capitals, and either defines it as using a treatment the vocabulary knows ("Calmwave is a small headset that uses
    cranial electrotherapy stimulation") or writes it as a person's ("Meet Sarah", "Sarah Hughes qualified in 2009"). A
    method's trademark stays ("Gyrotonic helps your back")."""
    if " " in phrase:
        return False
    joined = "\n\x00\n".join(texts)
    # (one look at the body for a mention in lower case, the common case, before any closer reading)
    if re.search(r"\b(?=(?-i:[a-z]))" + re.escape(phrase) + r"\b", joined, re.IGNORECASE):
        return False
    first = re.search(r"\b" + re.escape(phrase) + r"\b", joined, re.IGNORECASE)
    if first is None or not first.group(0)[0].isupper():
        return False
    name = re.escape(first.group(0))
    for text in texts:
        if re.search(r"\b(?i:meet|dr\.?)\s+" + name + r"\b|\b" + name + r"\s+[A-Z][a-z]+\s+(?:qualified|trained|is|has|was)\b", text):
            return True
        for d in re.finditer(r"\b" + name + r"\b[^.!?]{0,60}?\b(?:uses?|using|based on|built on|delivers?|powered by)\s+", text):
            window = text[d.end() : d.end() + 60]
            if (known := vocabulary.find(window, "intervention")) and known[0].start < 25:
                return True
    return False


# what a treatment's name does in the body: "Rolfing reduced pelvic tilt", "chlorella may modestly lower …", "Hellerwork eases …"
# (its name, at most one more word that is no pronoun, "Rolfing sessions", then an adverb or a modal verb, then the effect)
_DOES = (r"s?(?:\s+(?!(?:we|i|you|they|he|she|it|our|your|their)\b)[\w'-]+)?(?:\s+(?:can|may|might|could|will|would|also|often"
         r"|usually|really|gently|modestly|even|actually))*\s+(?:" + _STRONG_EFFECT.pattern + ")")


def _unknown_treatment(title: str, texts: Sequence[str], vocabulary: Vocabulary, named: str) -> str | None:
    """"Rolfing® Structural Integration in Portland": the treatment the title names and the body keeps naming (five
    times or more) and credits with an effect, one the vocabulary lacks, over the vocabulary treatment ``named`` the body
    names at most twice in passing ("massage"); None when there is none. Not an all-capitals masthead ("FORGE & FLOW
    FITNESS"), not a question's symptom ("Ringing in Your Ears?"), and not a place, a business or a complaint the body
    never credits with an effect ("Back Pain Relief in Portland": "Our Portland clinic …", "the ringing can be loud")."""
    if title.isupper():
        return None
    passing = _term_mentions(named, texts, vocabulary)
    if passing > 3:
        return None
    repeated = _title_ngram(title, texts, vocabulary)
    if not repeated or vocabulary.find(repeated, "intervention") or re.search(
            r"\b" + re.escape(repeated) + r"\b[^.:|?!]*\?", title, re.IGNORECASE):
        return None
    body = " ".join(texts).lower()
    name = re.escape(_stem(repeated))
    count = _count(repeated, body)
    # (three mentions of the vocabulary's treatment only against three times as many of a name of two words or more in
    # the title: "Why the Dead Hang Is the Most Underrated Shoulder Drill", eleven dead hangs against three stretches;
    # not the "Walk" of "Walk While You Work")
    if count < 5 or (passing == 3 and (count < 9 or " " not in repeated)):
        return None
    # credited by its name or, for a name of two words or more, by the verb it ends with ("hanging helps prevent tennis
    # elbow" of "dead hang"; not "walking helps" of a title's "Walk")
    last = repeated.split()[-1]
    doing = re.escape(last[:-1] + "ing" if last.endswith("e") else last + "ing") \
        if " " in repeated and len(last) >= 3 and not last.endswith("ing") else ""
    if not re.search(r"\b(?:" + name + (f"|{doing}" if doing else "") + ")" + _DOES, body, re.IGNORECASE):
        return None
    return _singular(_defined_name(_extend_right(repeated, title), texts), body)


# what a branded product is made of: the categories a brand can stand for ("JointFlex Plus" for glucosamine)
_INGREDIENTS = frozenset({"supplement", "drug"})


def _most_named(texts: Sequence[str], vocabulary: Vocabulary, least: int = 3,
                categories: frozenset[str] | None = None, *, anywhere: bool = False) -> str | None:
    """The vocabulary intervention the body names most often (``least`` times or more) and at least once as a sentence's
    subject ("collagen" only as an object, "fresh collagen", is not what the page sells), with the word that completes
    its name ("sea moss" -> "sea moss gel" when the body says so); only one of ``categories`` when given; ``anywhere``:
    in any position; None when there is none."""
    body = " ".join(texts).lower()
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    subjects: set[str] = set()
    for text in texts:
        for m in vocabulary.find(text, "intervention"):
            if categories is not None and m.term.category not in categories:
                continue
            counts[m.term.name] += 1
            surfaces.setdefault(m.term.name, Counter())[m.surface] += 1
            if anywhere or _in_subject_position(text, m.start):
                subjects.add(m.term.name)
    ranked = [(n, name) for name, n in counts.most_common() if name in subjects]
    if not ranked or ranked[0][0] < least:
        return None
    surface = surfaces[ranked[0][1]].most_common(1)[0][0]
    return _compound(surface, _next_word(body, surface.lower()), body) or ranked[0][1]


def _what_the_brand_is(title: str, segment: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """"PureCalm Skin Relief Spray – Hypochlorous Acid for Eczema and Itchy Skin": the treatment another part of the
    title names before its "for" or colon, one the vocabulary lacks, when the body names it three times or more and
    credits it with an effect (the brand's product is made of it); None when there is none."""
    body = " ".join(texts)
    for part in _SEGMENT_BREAK.split(title):
        part = part.strip()
        if not part or part == segment or segment in part:
            continue
        named = _title_subject(part, texts, vocabulary)
        # (one the body credits with an effect: not a complaint the vocabulary lacks, "DermaHush Cooling Mist – Night-Time
        # Itch: Relief for …")
        if named and not _brand_only(named, part) and not vocabulary.find(named, "condition") and _mentions(
                named, texts, title) >= 3 and (_credited(name := re.escape(_stem(named)), texts) or re.search(
                    r"\b" + name + _DOES, body, re.IGNORECASE)):
            return named
    return None


_CAMEL_WORD = re.compile(r"\b[A-Z][a-z]+[A-Z][A-Za-z]*\b")


def _brand_only(phrase: str, title: str) -> bool:
    """Whether a title phrase is a brand name and nothing more: its first word is written in camel case in the title
    ("JointFlex Plus"), and no word of it names a treatment the vocabulary or the form words know."""
    brands = {w.lower() for w in _CAMEL_WORD.findall(title)}
    words = phrase.split()
    return bool(words) and words[0] in brands and not any(w in _FORM_WORDS or w in _KIND_WORDS for w in words[1:])


def _next_word(body: str, surface: str) -> str:
    """The word that most often follows ``surface`` in the body ("mat" after "acupressure")."""
    after = Counter(m.group(1) for m in re.finditer(r"\b" + re.escape(surface) + r"\s+([a-z][a-z'-]{2,})\b", body))
    return after.most_common(1)[0][0] if after else ""


def _compound(surface: str, word: str, body: str) -> str | None:
    """"Yoga Nidra for Sleep": a vocabulary name followed by a word the body keeps attached to it ("yoga nidra"
    nearly every time, "yoga" alone rarely) names a practice of its own."""
    if not word:
        return None
    word = word.lower()
    if word in _STOP or word in _GENERIC or word in _FORM_WORDS or word in _KIND_WORDS:
        return None
    phrase = f"{surface.lower()} {word}"
    together = len(re.findall(r"\b" + re.escape(phrase) + r"\b", body))
    alone = len(re.findall(r"\b" + re.escape(surface.lower()) + r"\b", body))
    return phrase if together >= 3 and together * 4 >= alone * 3 else None


# words that make a name more specific without making it another practice ("massage therapy", "cupping session")
_KIND_WORDS = frozenset("""therapy therapies treatment treatments session sessions class classes care clinic clinics
practice practitioner practitioners technique techniques program programme course plan method""".split())
_SEGMENT_BREAK = re.compile(r"\s+[|\u2013\u2014\u00b7]\s+|\s+-\s+")
_STOP = frozenset("""a an the and or of for to in on at by with from your you our my its it is are be how why what when
who which this that these those every each all why best new top guide review vs versus about into can will may
does do belongs belong need needs make makes get gets kit here oz ml count pack reviews shop buy sale
tonight today tomorrow now week weekend month year morning evening night inside off deeper better more less
than then there their just only also very really much many some over under after before since until while because
stronger weaker think winter summer spring autumn season keep keeps kept keeping getting going feel feels take takes
use uses using stay stays try trying even still january february march april june july august september october november
december substitute replacement""".split())  # ("not a substitute for therapy": no "substitute therapy")


def _defined_name(phrase: str, texts: Sequence[str]) -> str:
    """The full name the body defines for a phrase: "vestibular rehabilitation therapy (VRT)" for "… rehabilitation"."""
    pattern = re.compile(re.escape(phrase) + r"\s+(therapy|treatment|training)\s*\([A-Z][A-Za-z]{1,6}\)", re.IGNORECASE)
    for text in texts:
        m = pattern.search(text)
        if m:
            return f"{phrase} {m.group(1).lower()}"
    return phrase


_FORM_WORDS = frozenset("""capsules capsule gummies gummy gel powder tablets tablet pills oil serum cream drops spray tea
tincture syrup supplement supplements extract mushroom mushrooms herb root leaf blend formula kit oz ml count pack chews chew
softgels softgel lozenges lozenge sachets sachet sticks stick shots shot vials vial resin complex granules balm""".split())


_BODY_PARTS = frozenset("""brain brains heart skin gut bones bone joints joint muscles eyes eye hair nails teeth liver lungs
back neck knee knees hips feet""".split())
_UNITS = frozenset("mg mcg µg ug iu g kg ml".split())
# a dose or pack size written as one word: "Shilajit Resin 30g", "Trans-Resveratrol 500mg", "60caps"
_DOSE_WORD = re.compile(r"\d+(?:[.,]\d+)?(?:" + "|".join(sorted(_UNITS)) + r"|l|fu|caps|x)")
# "We Tested Four", "Top Ten": a count, not a name
_NUMBER_WORDS = frozenset("one two three four five six seven eight nine ten eleven twelve twenty first second third".split())


def _extend_right(phrase: str, title: str) -> str:
    """"radiofrequency" in the title "Radiofrequency Skin Tightening" -> the whole name, when the rest of that part of
    the title (up to punctuation) is at most two more words and no product form ("… Gel") or function word."""
    for part in re.split(r"[,:;?!()]", title):
        words = re.findall(r"[a-z0-9][a-z0-9'+-]*", part.lower())
        n = len(phrase.split())
        for i in range(len(words) - n + 1):
            if words[i : i + n] == phrase.split():
                rest = words[i + n :]
                if rest and len(rest) <= 2 and not any(w in _FORM_WORDS or w in _STOP or w in _UNITS or (w.isdigit() and len(w) >= 2)
                                                       or _DOSE_WORD.fullmatch(w) for w in rest):  # (not a dose: "Zorbalin 200 mg")
                    return " ".join(words[i:])
                return phrase
    return phrase


def _extend_left(phrase: str, title: str, body: str) -> str:
    """"flow restriction training" in the title "Blood Flow Restriction Training: …" -> the full noun phrase, when
    the body uses the longer form at least as often as the shorter one stands alone (one word at a time)."""
    words = re.findall(r"[a-z0-9][a-z0-9'+-]*", title.lower())
    n = len(phrase.split())
    for i in range(len(words) - n + 1):
        if words[i : i + n] != phrase.split():
            continue
        while i > 0 and words[i - 1] not in _STOP and words[i - 1] not in _GENERIC:
            longer = f"{words[i - 1]} {phrase}"
            count = len(re.findall(r"\b" + re.escape(longer) + r"\b", body))
            if not count or count * 2 < len(re.findall(r"\b" + re.escape(phrase) + r"\b", body)):
                break
            phrase, i = longer, i - 1
        break
    return phrase


def _extend_right_by_body(phrase: str, title: str, body: str) -> str:
    """"oil" in the title "Oil Pulling: …" -> "oil pulling", when the body names the longer phrase twice, or at
    least half as often as the shorter one (the next title word only, not a stop or form word)."""
    words = re.findall(r"[a-z0-9][a-z0-9'+-]*", title.lower())
    n = len(phrase.split())
    for i in range(len(words) - n):
        if words[i : i + n] == phrase.split():
            nxt = words[i + n]
            if nxt in _STOP or nxt in _GENERIC or nxt in _FORM_WORDS:
                return phrase
            longer = f"{phrase} {nxt}"
            count = len(re.findall(r"\b" + re.escape(longer) + r"\b", body))
            if count >= 2 or (count and count * 2 >= len(re.findall(r"\b" + re.escape(phrase) + r"\b", body))):
                return longer
            return phrase
    return phrase


def _stem(phrase: str) -> str:
    """A phrase without a plural "s" ("weighted blankets" -> "weighted blanket"; "stress" stays)."""
    return phrase[:-1] if phrase.endswith("s") and not phrase.endswith("ss") else phrase


def _singular(phrase: str, body: str) -> str:
    """"grounding mats" -> "grounding mat" when the body uses the singular (not "cabbage leaves": no "leave")."""
    if phrase.endswith("ves"):
        return phrase
    stem = _stem(phrase)
    return stem if stem != phrase and re.search(r"\b" + re.escape(stem) + r"\b", body) else phrase


def _first_segment(title: str) -> str:
    """The part of a title before its site name: "Vestibular Rehabilitation – Dizziness | Clinic" -> first part."""
    return _SEGMENT_BREAK.split(title, maxsplit=1)[0].strip() if title else ""


def _title_ngram(title: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The title phrase the body repeats most ("Wild Atlantic Sea Moss Gel" -> "sea moss"), not a condition."""
    words = re.findall(r"[a-z0-9][a-z0-9'+-]*", title.lower())
    if not words:
        return None
    body = " ".join(texts).lower()
    # the words of a condition the title names ("Hay Fever Capsules"): no part of them names the treatment ("fever"); nor
    # do the words of whom or what it is for ("… Joint Chews for Dogs"), up to the title's next break
    in_condition = {w for m in vocabulary.find(title, "condition") for w in re.findall(r"[a-z0-9][a-z0-9'+-]*", m.surface.lower())}
    audience = re.search(r"\bfor\s+([^:|()\u2013\u2014]+)", title.lower())
    # (only when the title names something before its "for" that the body names too: in "The Case for Ear Seeds" what
    # follows "for" is the treatment)
    untitled = " ".join(t for t in texts if title.strip().lower() not in t.lower()).lower()  # (not the title's own heading)
    if audience and any(re.search(r"\b" + re.escape(_stem(w)) + r"s?\b", untitled)
                        for w in re.findall(r"[a-z0-9][a-z0-9'+-]*", title.lower()[: audience.start()])
                        if w not in _STOP and w not in _GENERIC and w not in _NUMBER_WORDS and len(w) >= 3):
        in_condition |= set(re.findall(r"[a-z0-9][a-z0-9'+-]*", audience.group(1)))
    best: tuple[int, str] | None = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if any(g in in_condition for g in gram) or gram[0] in _STOP or gram[-1] in _STOP or gram[-1].endswith("'s") or (
                    len(gram[-1]) < 4 and not gram[-1].isdigit()) or gram[0].isdigit() or (
                    gram[-1].isdigit() and len(gram[-1]) >= 2) or any(_DOSE_WORD.fullmatch(g) for g in gram):
                # ("CoQ10 200 mg", "Trans-Resveratrol 500mg": the dose is no part of the name)
                continue
            phrase = " ".join(gram)
            if any(g in _NUMBER_WORDS for g in gram) or all(g in _FORM_WORDS for g in gram) or vocabulary.find(phrase, "condition") or vocabulary.find(phrase, "outcome") or HEALTH.fullmatch(phrase) or (
                    gram[-1] in _BODY_PARTS):  # ("Your baby's brain is building": a body part, not a treatment)
                continue
            # (singular and plural alike: "weighted blankets" in the title, "weighted blanket" in the body)
            count = len(re.findall(r"\b" + re.escape(_stem(phrase)) + r"(?:s)?\b", body))
            abbrev = re.search(r"\b" + re.escape(phrase) + r"\s*\(([a-z]{2,6})\)", body)
            if abbrev:  # "Radiofrequency (RF) …  RF is not suitable …"
                count += len(re.findall(r"\b" + re.escape(abbrev.group(1)) + r"\b", body)) - 1
            if count >= 2 and (best is None or count * n > best[0]):
                best = (count * n, phrase)
    if best is None:
        return None
    phrase = best[1]
    fuller = [" ".join(words[i : i + n]) for n in (3, 2) for i in range(len(words) - n + 1)
              if words[i + n - 1 - len(phrase.split()) + 1 : i + n] == phrase.split() and n > len(phrase.split())
              and words[i] not in _STOP]
    for longer in fuller:  # "Bone Broth" in the title and three times in the body, "broth" alone more often
        if len(re.findall(r"\b" + re.escape(_stem(longer)) + r"s?\b", body)) >= 3 and not vocabulary.find(longer, "condition"):
            phrase = longer
            break
    before = Counter(m.group(1) for m in re.finditer(r"\b([a-z][a-z'-]+)\s+" + re.escape(phrase) + r"\b", body))
    total = len(re.findall(r"\b" + re.escape(phrase) + r"\b", body))
    if before:
        word, n = before.most_common(1)[0]
        longer = f"{word} {phrase}"
        if (len(phrase.split()) == 1 and word not in _STOP and n >= 2 and n >= 0.6 * total
                and not vocabulary.find(longer, "condition")):
            phrase = longer  # "seeds" is nearly always "ear seeds"
    if len(phrase.split()) == 1 and (nxt := re.search(r"\b" + re.escape(phrase) + r"\s+([a-z][a-z'-]{2,})\b(?:\s+([a-z][a-z'-]*))?",
                                                      title.lower())):
        word = nxt.group(1)
        together = len(re.findall(r"\b" + re.escape(f"{phrase} {word}") + r"(?:e?s)?\b", body))
        # (not a product's name and what it is for: "Moringa Energy Powder" is moringa, not "moringa energy")
        if word not in _STOP and word not in _FORM_WORDS and word not in _BODY_PARTS and together >= 2 and together >= 0.6 * total and not (
                HEALTH.fullmatch(word) or vocabulary.find(word, "outcome") or nxt.group(2) in _FORM_WORDS):
            phrase = f"{phrase} {word}"  # "A Sound Bath": "sound" in the body is nearly always "sound bath(s)"
    return _singular(phrase, body)  # "weighted blankets" -> "weighted blanket"


def _body_subject(texts: Sequence[str], vocabulary: Vocabulary | None = None) -> str | None:
    """The therapy or product the body keeps naming ("halotherapy", "salt therapy") when the title does not."""
    counts: Counter[str] = Counter()
    for text in texts:
        for words in head_noun_names(text, _STOP):
            counts[" ".join(words[-2:])] += 1
    if counts:
        name, n = counts.most_common(1)[0]
        fuller = [(c, k) for k, c in counts.items() if k.endswith(" " + name) and (
            c >= 2 or (vocabulary is not None and vocabulary.find(k, "intervention")))]
        if fuller:  # "the mat" most often, "acupressure mat" too: the fuller name
            name, n = max(fuller)[1], n
        if n >= 2:
            return name
    return None


def _untitled_body(texts: Sequence[str], title: str) -> str:
    """The body in lower case without the title where it stands again (the title repeated as a heading is no mention)."""
    return " ".join(texts).lower().replace(title.strip().lower(), " ")


def _mentions(phrase: str, texts: Sequence[str], title: str) -> int:
    """How often the body names ``phrase`` (the title repeated as a heading not counted)."""
    return len(re.findall(r"\b" + re.escape(phrase) + r"\b", _untitled_body(texts, title)))


def _term_mentions(name: str, texts: Sequence[str], vocabulary: Vocabulary) -> int:
    """How often ``texts`` name the vocabulary intervention ``name`` (by any of its names)."""
    return sum(1 for t in texts for m in vocabulary.find(t, "intervention") if m.term.name == name)


def _title_subject(title: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """"Weighted Blankets: Sleep Better Tonight" -> "weighted blanket", when the body names it again."""
    m = re.match(r"^\s*(?:the\s+)?([A-Za-z][\w\s'-]{2,40}?)\s*(?::|\s+for\s+|\s+[-\u2013\u2014|]\s+)", title)
    if not m:
        return None
    phrase = re.sub(r"^(?:(?:best|top|ultimate|complete|\d+)\s+)+", "", m.group(1).strip().lower())  # ("The 3 Best Vagus Nerve …")
    words = phrase.split()
    if not 1 <= len(words) <= 4 or vocabulary.find(phrase, "condition") or words[0] in _GENERIC:
        return None
    singular = re.sub(r"(?<=[a-z])(?<![sui])s$", "", phrase)  # ("Gyrokinesis", "Hibiscus": no plural)
    body = _untitled_body(texts, title)
    if singular in body:
        return singular
    # "Saline Nasal Rinsing" in the title, "a saline nasal rinse" in the body: the body's own form of the phrase
    stem = re.sub(r"(?:ing|es|s|e)$", "", words[-1])
    if len(stem) < 3:
        return None
    pattern = r"\b" + re.escape(" ".join(words[:-1] + [stem])) + r"[a-z]{0,3}\b"
    forms = Counter(re.findall(pattern, body))
    return forms.most_common(1)[0][0] if forms else None


_ROUTE_AND_FORM = frozenset("""iv intravenous oral topical therapy therapies treatment treatments drip drips infusion infusions
injection injections session sessions""".split())


def topic_aliases(topic: str | None, texts: Sequence[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    """Surface forms of a topic the vocabulary lacks: the phrase and an abbreviation defined for it ("(HBOT)"); of one it
    knows, a product the body defines as built on it ("Somnova" for cognitive behavioral therapy)."""
    if not topic:
        return ()
    if vocabulary.get(topic, "intervention"):
        brands = re.compile(r"\b([A-Z][A-Za-z0-9]+(?:\s[A-Z][A-Za-z0-9]+)?)" + _BUILT_ON)
        # (_built_on takes a brand's own name only, not a pronoun or a word that opens a sentence: "It is based on CBT")
        built = tuple(dict.fromkeys(m.group(1) for t in texts for m in brands.finditer(t) if not vocabulary.find(
            m.group(1), "intervention") and _built_on(m.group(1), texts, vocabulary) == topic))
        return (topic, *built) if built else ()  # (the first is the canonical name)
    aliases = [topic]
    if not topic.endswith("s"):
        aliases.append(topic + "s")
    first = topic.split()[0]
    if len(topic.split()) > 1 and 2 <= len(first) <= 6 and first not in _ROUTE_AND_FORM and any(re.search(r"\b" + re.escape(first.upper()) + r"\b", t)
                                                           for t in texts):
        aliases.append(first.upper())  # "PEMF therapy" is also just "PEMF"
    words = topic.split()
    for k in (len(words), len(words) - 1):
        initials = re.escape("".join(w[0] for w in words[:k]).upper())
        if k >= 2 and any(re.search(r"\b" + initials + r"\b", t) for t in texts):
            rest = " ".join(words[k:])
            aliases += [f"{initials} {rest}"] if rest else []
            aliases.append(initials)  # "blood flow restriction training" is also "BFR training" and "BFR"
            break
    core = " ".join(w for w in words if w not in _ROUTE_AND_FORM)
    if core and core != topic and len(core) >= 3 and sum(len(re.findall(r"(?<!\w)" + re.escape(core) + r"(?!\w)", x, re.I))
                                                         for x in texts) >= 2:
        aliases.append(core)  # "IV NAD+ therapy" is also just "NAD+"
    pattern = re.compile(re.escape(topic).replace(r"\ ", r"[\s-]+") + r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)", re.IGNORECASE)
    for text in texts:
        m = pattern.search(text)
        if m:
            aliases.append(m.group(1))
            break
    return tuple(aliases)
