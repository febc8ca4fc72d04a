"""Who gets the credit: the intervention a claim credits, the ones its text names, misattribution."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from .detect import HEALTH, noun_subject
from .vocabulary import Vocabulary

__all__ = ["Attribution", "Context", "attribute", "named_interventions", "topic_of", "topic_aliases",
           "context_intervention", "is_crediting"]

# Mentions in these frames are references to other things, not the subject of the sentence.
_REFERENCE_FRAME = re.compile(
    r"(?:\b(?:form|type|kind|branch|variant|version) of|\b(?:(?:food|natural|rich|good|great|dietary) )?sources? of|\bbased on(?: the principles of)?|\bprinciples of|\bunlike"
    r"|\bthan|\bcompared (?:to|with)|\bsimilar to|\brather than|\binstead of|\bversus|\bvs\.?|\bas well as"
    r"|\bcombined with|\balongside|\bwithout|\bneed for|\bno need for|\balternative to|\bavoid(?:s|ing)?|\breplace(?:s)?"
    r"|(?<!such )\bas(?:\s+(?:many|most|some|other|with))?|\bover|\bproduc\w*(?:\s+(?:fresh|new|more|its own))?"
    r"|\b(?:blend|mix|combination|cocktail|stack) of|\bmade (?:with|from)|\bcontain(?:s|ing)?|\bpacked with|\brich in"
    r"|\b(?:formulated|infused|enriched|fortified) with|\bproduction of|\bsynthesis of|\blevels of|\b(?:boost|rais|increas|lower|releas|stimulat)\w*(?:\s+[\w']+,?){0,3})\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:traditional\s+|conventional\s+|other\s+)?$",
    re.IGNORECASE,
)
# "a blend of magnesium, B vitamins and vitamin C": every item of an ingredient list is a reference.
_INGREDIENT_LIST = re.compile(
    r"(?:\b(?:blend|mix|combination|cocktail|stack) of|\bmade (?:with|from)|\bcontain(?:s|ing)?|\bpacked with|\brich in"
    r"|\b(?:formulated|infused|enriched|fortified) with)\s+(?:[\w'-]+,?\s+){0,8}?(?:and\s+|or\s+|plus\s+)?$",
    re.IGNORECASE,
)
# "High-dose vitamin C and zinc to strengthen your immune system": a product's contents, no verb of its own.
_CONTENTS_FRAGMENT = re.compile(r"^(?!\w+ing\b)(?P<np>[^.;:,]{2,70}?)\s+to\s+(?:help\s+)?[a-z]+", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|can|may|might|will|would|could|should|has|have|had|does|do|did|helps?"
                     r"|works?|makes?|gives?|keeps?|lets?|means?)\b", re.IGNORECASE)
_CREDITING = re.compile(
    r"\b(?:benefits?|advantages?|helps?|treats?|treated|treating|treatments?|conditions?|relie(?:f|ve|ves)|effective"
    r"|why (?:choose|try)|results|heal(?:s|ing)?|improv\w*|reduc\w*|uses?|indications?|works?|can do|good for"
    r"|effects?|what .{0,30}(?:can|does)|for (?:pain|back|neck|sleep|stress|anxiety|skin))\b",
    re.IGNORECASE,
)
_LEAD_IN_CREDIT = re.compile(r"\b(?:helps?|can help|may help|treats?|relieves?|eases?|improves?|is good|works)\s+(?:with|for)?\s*:?\s*$"
                             r"|\b(?:benefits?|helps? with|good for)\b[^.]*:\s*$", re.IGNORECASE)
_BENEFIT_HEADING = re.compile(
    r"\b(?:benefits?|advantages?|perks?|what (?:it|they) can do|why (?:choose|try))\b|^\d{1,2}[.)]\s"
    r"|^(?:better|less|faster|improved|reduced|increased|lower|more|fewer|sharper|stronger|relief|reduces|improves"
    r"|boosts|supports|enhanced|deeper|healthier|calmer)\b",
    re.IGNORECASE,
)
_HEAD_NOUN = re.compile(
    r"\b((?:[A-Za-z][\w\-]+\s+){0,2}[A-Za-z]*(?:therapy|therapies|massage|needling|manipulation|adjustments?|stimulation"
    r"|supplements?|supplementation|tea|oil|extract|training|diet|cupping|taping|cleanse|detox|sauna|injections?"
    r"|acupuncture|yoga|pilates|meditation|cryotherapy|care|corrector|brace|guard|device|mat|pillow|patch|cream|serum"
    r"|insoles?|orthotics?|machine|roller|gun|unit|drips?|infusions?|gummies|capsules|powder|boots|blanket|lamp|mask"
    r"|panel|facials?|peels?|wraps?|mats?|coffee|drainage|cleanses?|shots?|pills?|tablets?|serums?|balms?|syrups?"
    r"|tinctures?|sprays?|lasers?))\b",
    re.IGNORECASE,
)
_GENERIC = {"this", "that", "the", "a", "an", "alternative", "innovative", "our", "your", "any", "other", "of", "and",
            "for", "with", "in", "to", "benefits", "how", "what", "why", "is", "does", "can", "natural", "holistic",
            "try", "trying", "use", "using", "take", "taking", "choose", "choosing", "buy", "start", "reasons", "ways"}


@dataclass(frozen=True)
class Context:
    """Where a claim stands: the credited intervention of its lead-in or headings, and the article topic."""

    topic: str | None
    credited: str | None  # from the lead-in or nearest heading that names an intervention
    crediting: bool  # that lead-in/heading credits it with effects ("Benefits of …", "… treats:")


@dataclass(frozen=True)
class Attribution:
    intervention: str | None
    subject_in_text: tuple[str, ...]
    misattributed: bool = False
    reason: str | None = None


def named_interventions(text: str, vocabulary: Vocabulary, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Canonical names of the interventions ``text`` names as subjects (not "a form of X", "unlike X")."""
    names: list[str] = []
    for m in vocabulary.find(text, "intervention"):
        if _REFERENCE_FRAME.search(text[max(0, m.start - 45) : m.start]):
            continue
        if _INGREDIENT_LIST.search(text[max(0, m.start - 90) : m.start]):
            continue
        names.append(m.term.name)
    if extra:
        low = text.lower()
        canonical = extra[0]
        for phrase in extra:
            hit = (re.search(r"\b" + re.escape(phrase) + r"\b", text) if phrase.isupper()
                   else phrase.lower() in low)
            if phrase and hit and canonical not in names:
                names.append(canonical)
    return tuple(dict.fromkeys(names))


def _heuristic_intervention(text: str) -> str | None:
    for m in _HEAD_NOUN.finditer(text):
        words = [w for w in m.group(1).lower().split() if w not in _GENERIC]
        if words and (len(words) > 1 or words[0] not in {"therapy", "therapies", "care", "treatment", "training"}):
            return " ".join(words)
    return None


def _leading_phrase(text: str) -> str | None:
    """The treatment a sentence opens with when nothing else is credited ("Ozone therapy kills …")."""
    m = re.match(r"^(?:the |our |a |an |this )?((?:[\w+'-]+\s+){0,2}?[\w+'-]*?(?:therapy|therapies|injections?|drainage"
                 r"|water|coffee|mats?|tapping|swimming|fasting|drips?|infusions?|supplements?|tea|oil|extract|serum|syrup"
                 r"|cleanse|patch|cream|device|machine|mask|lamp|blanket|boots))\b", text, re.IGNORECASE)
    if not m:
        return noun_subject(text)
    words = [w for w in m.group(1).lower().split() if w not in _GENERIC]
    return " ".join(words) if words and words != ["therapy"] else None


def topic_of(title: str | None, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The article's topic intervention: the title's (its first segment before a site name first), else the most
    named one, else a phrase from the title the body repeats, else the therapy the body keeps naming."""
    segments = [seg for seg in (_first_segment(title or ""), title) if seg]
    body = " ".join(texts).lower()
    for segment in dict.fromkeys(segments):
        found = vocabulary.find(segment, "intervention")
        if found:
            return found[0].term.name
        from_title = _heuristic_intervention(segment)
        packaged = bool(from_title) and from_title.split()[-1] in _FORM_WORDS  # type: ignore[union-attr]
        if segment != title or (from_title and from_title not in body) or packaged:
            # "Lion's Mane Mushroom Capsules": the phrase the body repeats, not the packaging
            repeated = _title_ngram(segment, texts, vocabulary)
            if repeated:
                return _singular(_defined_name(_extend_right(repeated, segment), texts), body)
        if from_title:
            return _singular(_extend_right_by_body(_extend_left(from_title, segment, body), segment, body), body)
    counts: Counter[str] = Counter()
    subjects: set[str] = set()
    for text in texts:
        for m in vocabulary.find(text, "intervention"):
            counts[m.term.name] += 1
            if _in_subject_position(text, m.start):
                subjects.add(m.term.name)
    ranked = [(n, name) for name, n in counts.most_common() if name in subjects]
    if ranked and ranked[0][0] >= 2:
        return ranked[0][1]  # "collagen" only as an object ("fresh collagen") is not what the page sells
    repeated = _title_ngram(title or "", texts, vocabulary)
    return (_title_subject(title or "", texts, vocabulary)
            or (_defined_name(_extend_right(repeated, title or ""), texts) if repeated else None) or _body_subject(texts))


_SEGMENT_BREAK = re.compile(r"\s+[|\u2013\u2014\u00b7]\s+|\s+-\s+")
_STOP = frozenset("""a an the and or of for to in on at by with from your you our my its it is are be how why what when
who which this that these those every each all why best new top guide review vs versus about into can will may
does do belongs belong need needs make makes get gets kit here oz ml count pack reviews shop buy sale""".split())


def _defined_name(phrase: str, texts: Sequence[str]) -> str:
    """The full name the body defines for a phrase: "vestibular rehabilitation therapy (VRT)" for "… rehabilitation"."""
    pattern = re.compile(re.escape(phrase) + r"\s+(therapy|treatment|training)\s*\([A-Z][A-Za-z]{1,6}\)", re.IGNORECASE)
    for text in texts:
        m = pattern.search(text)
        if m:
            return f"{phrase} {m.group(1).lower()}"
    return phrase


def _subject_names(text: str, vocabulary: Vocabulary, extra: Sequence[str]) -> set[str]:
    """Interventions that open a sentence of ``text``."""
    names = {m.term.name for m in vocabulary.find(text, "intervention") if _in_subject_position(text, m.start)}
    low = text.lower()
    for phrase in extra[:1]:
        for m in re.finditer(re.escape(phrase.lower()), low):
            if _in_subject_position(text, m.start()):
                names.add(phrase)
    return names


def _in_subject_position(text: str, start: int) -> bool:
    """Whether a mention opens its sentence (after at most two words: "Regular massage …", "Our PEMF mat …")."""
    before = text[max(0, start - 40) : start]
    tail = re.split(r"[.!?:]\s+|^", before)[-1]
    return len(tail.split()) <= 2


_FORM_WORDS = frozenset("""capsules capsule gummies gummy gel powder tablets tablet pills oil serum cream drops spray tea
tincture syrup supplement supplements extract mushroom mushrooms herb root leaf blend formula kit oz ml count pack""".split())


def _extend_right(phrase: str, title: str) -> str:
    """"radiofrequency" in the title "Radiofrequency Skin Tightening" -> the whole name, when the rest of that part of
    the title (up to punctuation) is at most two more words and no product form ("… Gel") or function word."""
    for part in re.split(r"[,:;?!()]", title):
        words = re.findall(r"[a-z0-9][a-z0-9'+-]*", part.lower())
        n = len(phrase.split())
        for i in range(len(words) - n + 1):
            if words[i : i + n] == phrase.split():
                rest = words[i + n :]
                if rest and len(rest) <= 2 and not any(w in _FORM_WORDS or w in _STOP for w in rest):
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


def _singular(phrase: str, body: str) -> str:
    """"grounding mats" -> "grounding mat" when the body uses the singular."""
    if phrase.endswith("s") and not phrase.endswith("ss") and re.search(r"\b" + re.escape(phrase[:-1]) + r"\b", body):
        return phrase[:-1]
    return phrase


def _first_segment(title: str) -> str:
    """The part of a title before its site name: "Vestibular Rehabilitation – Dizziness | Clinic" -> first part."""
    return _SEGMENT_BREAK.split(title, maxsplit=1)[0].strip() if title else ""


def _title_ngram(title: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """The title phrase the body repeats most ("Wild Atlantic Sea Moss Gel" -> "sea moss"), not a condition."""
    words = re.findall(r"[a-z0-9][a-z0-9'+-]*", title.lower())
    if not words:
        return None
    body = " ".join(texts).lower()
    best: tuple[int, str] | None = None
    for n in (3, 2, 1):
        for i in range(len(words) - n + 1):
            gram = words[i : i + n]
            if gram[0] in _STOP or gram[-1] in _STOP or gram[-1].endswith("'s") or (
                    len(gram[-1]) < 4 and not gram[-1].isdigit()) or gram[0].isdigit():
                continue
            phrase = " ".join(gram)
            if vocabulary.find(phrase, "condition") or vocabulary.find(phrase, "outcome") or HEALTH.fullmatch(phrase):
                continue
            count = len(re.findall(r"\b" + re.escape(phrase) + r"\b", body))
            abbrev = re.search(r"\b" + re.escape(phrase) + r"\s*\(([a-z]{2,6})\)", body)
            if abbrev:  # "Radiofrequency (RF) …  RF is not suitable …"
                count += len(re.findall(r"\b" + re.escape(abbrev.group(1)) + r"\b", body)) - 1
            if count >= 2 and (best is None or count * n > best[0]):
                best = (count * n, phrase)
    if best is None:
        return None
    phrase = best[1]
    before = Counter(m.group(1) for m in re.finditer(r"\b([a-z][a-z'-]+)\s+" + re.escape(phrase) + r"\b", body))
    total = len(re.findall(r"\b" + re.escape(phrase) + r"\b", body))
    if before:
        word, n = before.most_common(1)[0]
        longer = f"{word} {phrase}"
        if (len(phrase.split()) == 1 and word not in _STOP and n >= 2 and n >= 0.6 * total
                and not vocabulary.find(longer, "condition")):
            phrase = longer  # "seeds" is nearly always "ear seeds"
    if phrase.endswith("s") and not phrase.endswith("ss") and re.search(r"\b" + re.escape(phrase[:-1]) + r"\b", body):
        phrase = phrase[:-1]  # "weighted blankets" -> "weighted blanket"
    return phrase


def _body_subject(texts: Sequence[str]) -> str | None:
    """The therapy or product the body keeps naming ("halotherapy", "salt therapy") when the title does not."""
    counts: Counter[str] = Counter()
    for text in texts:
        for m in _HEAD_NOUN.finditer(text):
            words = [w for w in m.group(1).lower().split() if w not in _GENERIC]
            if words and (len(words) > 1 or words[0] not in {"therapy", "therapies", "care", "treatment", "training"}):
                counts[" ".join(words[-2:])] += 1
    if counts:
        name, n = counts.most_common(1)[0]
        if n >= 2:
            return name
    return None


def _title_subject(title: str, texts: Sequence[str], vocabulary: Vocabulary) -> str | None:
    """"Weighted Blankets: Sleep Better Tonight" -> "weighted blanket", when the body names it again."""
    m = re.match(r"^\s*(?:the\s+)?([A-Za-z][\w\s'-]{2,40}?)\s*(?::|\s+for\s+|\s+[-\u2013\u2014|]\s+)", title)
    if not m:
        return None
    phrase = m.group(1).strip().lower()
    words = phrase.split()
    if not 1 <= len(words) <= 4 or vocabulary.find(phrase, "condition") or words[0] in _GENERIC:
        return None
    singular = re.sub(r"(?<=[a-z])s$", "", phrase)
    body = " ".join(texts).lower()
    if singular in body:
        return singular
    # "Saline Nasal Rinsing" in the title, "a saline nasal rinse" in the body: the body's own form of the phrase
    stem = re.sub(r"(?:ing|es|s|e)$", "", words[-1])
    if len(stem) < 3:
        return None
    pattern = r"\b" + re.escape(" ".join(words[:-1] + [stem])) + r"[a-z]{0,3}\b"
    forms = Counter(re.findall(pattern, body))
    return forms.most_common(1)[0][0] if forms else None


def topic_aliases(topic: str | None, texts: Sequence[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    """Surface forms of a topic the vocabulary lacks: the phrase and an abbreviation defined for it ("(HBOT)")."""
    if not topic or vocabulary.get(topic, "intervention"):
        return ()
    aliases = [topic]
    if not topic.endswith("s"):
        aliases.append(topic + "s")
    first = topic.split()[0]
    if len(topic.split()) > 1 and 2 <= len(first) <= 6 and any(re.search(r"\b" + re.escape(first.upper()) + r"\b", t)
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
    pattern = re.compile(re.escape(topic).replace(r"\ ", r"[\s-]+") + r"\s*\(([A-Z][A-Za-z0-9-]{1,9})\)", re.IGNORECASE)
    for text in texts:
        m = pattern.search(text)
        if m:
            aliases.append(m.group(1))
            break
    return tuple(aliases)


def is_crediting(text: str | None) -> bool:
    """Whether a heading or lead-in credits its intervention with effects ("Benefits of X", "X treats:")."""
    return bool(text and _CREDITING.search(text))


def context_intervention(lead_in: str | None, section: Sequence[str], vocabulary: Vocabulary,
                         topic: str | None, extra: Sequence[str] = ()) -> Context:
    """The intervention a block's lead-in or headings credit (nearest first); ``extra``: topic aliases."""
    texts = ([lead_in] if lead_in else []) + list(reversed(section))
    for k, text in enumerate(texts):
        names = named_interventions(text, vocabulary, extra)
        if k == 0 and lead_in and len(text.split()) > 12:
            # a lead-in paragraph credits what it is about, not what it mentions ("lay down fresh collagen")
            names = tuple(n for n in names if n in _subject_names(text, vocabulary, extra))
        if names:
            return Context(topic=topic, credited=names[0], crediting=is_crediting(text))
    # "Key Benefits", "Guests tell us the ritual helps with:" with no intervention named: it credits the topic.
    if topic and texts and (_BENEFIT_HEADING.search(texts[0]) or (lead_in and _LEAD_IN_CREDIT.search(lead_in))):
        return Context(topic=topic, credited=topic, crediting=True)
    return Context(topic=topic, credited=None, crediting=False)


def attribute(text: str, context: Context, vocabulary: Vocabulary, *, inherited: Sequence[str] = (),
              extra: Sequence[str] = ()) -> Attribution:
    """Attribute a claim: what the article credits, what the text names, and whether those disagree."""
    named = named_interventions(text, vocabulary, extra) or tuple(inherited)
    credited = context.credited
    if not named:
        return Attribution(credited or context.topic or _leading_phrase(text), ())
    fragment = _CONTENTS_FRAGMENT.match(text)
    owner = credited or context.topic
    if owner and owner not in named and fragment and not _FINITE.search(fragment.group("np")):
        return Attribution(owner, named)  # the contents of the credited product, not a rival
    if credited and credited not in named and _names_head(text, credited, vocabulary):
        return Attribution(credited, (credited, *named))  # "decompression plus physiotherapy" names the credited one too
    rivals = _rivals(text, credited, named, vocabulary) if credited else named
    if credited and credited not in named and not rivals:
        return Attribution(credited, named)  # "flexion exercises" in a Pilates page, "our evening walks" as an outcome
    if credited and credited not in named and context.crediting and not _same(credited, named, vocabulary):
        reason = (f"the text names {_join(named)}, but it stands under a heading or lead-in that credits "
                  f"{credited}")
        return Attribution(credited, named, True, reason)
    if credited in named:
        return Attribution(credited, named)
    if context.topic in named:
        return Attribution(context.topic, named)
    return Attribution(named[0], named)


_UMBRELLA = {"exercise therapy", "manual therapy", "physical therapy", "herbal medicine"}
# "I was back on our evening walks", "my daily walks" (not "our infrared sauna"): the activity is the outcome, not a rival treatment
_OUTCOME_ACTIVITY = re.compile(r"\b(?:back (?:on|to|into)|my)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def _rivals(text: str, credited: str, named: Sequence[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    """The named interventions that compete with the credited one: not a broad class it belongs to ("exercises"
    on a Pilates page), and not an activity the sentence reports as an outcome ("back on our evening walks")."""
    term = vocabulary.get(credited, "intervention")
    out = []
    for name in named:
        other = vocabulary.get(name, "intervention")
        if term is not None and other is not None and name in _UMBRELLA and other.category == term.category:
            continue
        spots = [m for m in vocabulary.find(text, "intervention") if m.term.name == name]
        if spots and all(_OUTCOME_ACTIVITY.search(text[max(0, m.start - 30) : m.start]) for m in spots):
            continue
        out.append(name)
    return tuple(out)


_GENERIC_HEADS = frozenset("therapy therapies treatment treatments care training massage exercise exercises oil".split())


def _names_head(text: str, credited: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` names the credited intervention by its head word ("decompression" for "spinal
    decompression"), outside any other intervention's name ("wet needling" does not name dry needling)."""
    head = credited.lower().split()[-1]
    if len(credited.split()) < 2 or len(head) < 6 or head in _GENERIC_HEADS:
        return False
    taken = [(m.start, m.end) for m in vocabulary.find(text, "intervention")]
    return any(not any(a <= m.start() < b for a, b in taken) for m in re.finditer(r"\b" + re.escape(head) + r"\b", text, re.I))


def _same(credited: str, named: Sequence[str], vocabulary: Vocabulary) -> bool:
    term = vocabulary.get(credited, "intervention")
    if term is None:
        return False
    forms = {f.lower() for f in term.surface_forms}
    return any(n.lower() in forms for n in named)


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
