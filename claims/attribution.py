"""Who gets the credit: the intervention a claim credits, the ones its text names, misattribution."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from .complete import MEANS_YOU, SAY_IT_DOES
from .detect import noun_subject
from .vocabulary import Match, Term, Vocabulary

__all__ = ["Attribution", "Context", "attribute", "named_interventions",
           "context_intervention", "head_noun_names", "is_crediting"]

# Mentions in these frames are references to other things, not the subject of the sentence.
# ", as massage reduces cortisol …", ", as mindfulness meditation has been shown to …": "as" giving a reason
_CAUSAL_AS = re.compile(r",\s*as\s+\x00\s*(?:[\w-]+\s+)?(?:has|have|is|are|can|may|will|does|reduces|lowers|boosts|helps|eases"
                        r"|relieves|improves|raises|releases|increases|calms|soothes|strengthens|loosens|stimulates|brings)\b",
                        re.IGNORECASE)
_REFERENCE_FRAME = re.compile(
    r"(?:\b(?:form|type|kind|branch|variant|version) of|\b(?:(?:food|natural|rich|good|great|dietary) )?sources? of|\bbased on(?: the principles of)?|\bprinciples of|\bunlike"
    r"|\bthan|\bcompared (?:to|with)|\bsimilar to|\brather than|\binstead of|\bversus|\bvs\.?|\bas well as"
    r"|\bcombined with|\balongside|\bwithout|\bneed for|\bno need for|\balternative to|\bavoid(?:s|ing)?|\breplace(?:s)?"
    # "… and I finally stopped reaching for the decongestant spray": what the story's treatment let them give up
    r"|\b(?:stopped|quit|gave up|no longer|don['\u2019]t|do not|never) (?:reaching for|needing|need|using|use|taking|take|relying on)"
    # ("… get through the day without reaching for ibuprofen")
    r"|\bwithout (?:reaching for|needing|relying on|resorting to|turning to)"
    r"|(?<!such )\bas(?:\s+(?:many|most|some|other|with))?|\bover|\bproduc\w*(?:\s+(?:fresh|new|more|its own))?"
    r"|\b(?:blend|mix|combination|cocktail|stack) of|\bmade (?:with|from)|\bcontain(?:s|ing)?|\bpacked with|\brich in"
    r"|\b(?:formulated|infused|enriched|fortified) with|\bproduction of|\bsynthesis of|\blevels of|\btargeted by|\b(?:boost|rais|increas|lower|releas|stimulat)\w*(?:\s+(?!(?:through|via|using|by|from|with|during|after|following|thanks|due|because|when|while)\b)[\w']+,?){0,3})\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:traditional|conventional|other|many|most|some|prescription|prescribed)\s+)*$",
    re.IGNORECASE,
)
# "a blend of magnesium, B vitamins and vitamin C": every item of an ingredient list is a reference.
_INGREDIENT_LIST = re.compile(
    r"(?:\b(?:blend|mix|combination|cocktail|stack) of|\bmade (?:with|from)|\bcontain(?:s|ing)?|\bpacked with|\brich in"
    r"|\b(?:formulated|infused|enriched|fortified) with)\s+(?:[\w'-]+,?\s+){0,8}?(?:and\s+|or\s+|plus\s+)?$",
    re.IGNORECASE,
)
# "collagen repair", "magnesium levels": the body's own substance after the name, not the supplement
_BODY_SUBSTANCE = re.compile(r"\s+(?:repair|production|synthesis|formation|levels?|stores|fib(?:re|er)s|deposition|turnover"
                             r"|breakdown|deficiency|status)\b", re.IGNORECASE)
# a journal's name: "the Journal of Physical Therapy Science", "Journal of Manipulative and Physiological Therapeutics",
# "Chiropractic & Manual Therapies Journal"
# (a title-case headline's verb ends the name: "… in Journal of Pain Shows Acupuncture Eases Back Pain"; and "X Journal"
# only as a publication, "in the …" or "the …": "My Acupuncture Journal" is a diary)
_HEADLINE_VERB = r"(?!(?:Shows?|Finds?|Found|Says?|Reports?|Suggests?|Reveals?|Confirms?|Links?|Backs?|Proves?|Claims?)\b)"
_JOURNAL_NAME = re.compile(r"(?-i:\bJournal of (?:the )?(?:" + _HEADLINE_VERB + r"[A-Z][\w'-]*|and|of|&)(?:\s+(?:" + _HEADLINE_VERB
                           + r"[A-Z][\w'-]*|and|of|&|in)){0,7})"
                           r"|(?-i:(?:(?<=\bin )|(?<=\bthe )|(?<=\bThe )|(?<=^))(?:[A-Z][\w'-]*\s+(?:&\s+|and\s+)?){1,5}Journal\b"
                           r"(?!\s*:))")
# "fibroblasts, the cells that make collagen", "helps your body produce more melatonin": what the body itself makes
_BODY_MAKES = re.compile(r"\b(?:cells?|fibroblasts|body|brain|skin|glands?|liver|gut)\s+(?:that\s+|which\s+)?(?:\w+\s+)?"
                         r"(?:makes?|making|produces?|producing|builds?|lays? down|releases?|synthesi[sz]es?)\s+"
                         r"(?:more\s+|new\s+|fresh\s+|its own\s+|their own\s+)?$", re.IGNORECASE)
# "It replenishes glutathione", "boosts the body's own glutathione": what the body already has
_BODY_OWN = re.compile(r"(?:\b(?:your|the) body['\u2019]s\s+(?:own\s+)?|\byour\s+own\s+"
                       # "the enzymes that break down the collagen and elastin": the tissue, not the supplement
                       r"|\b(?:breaks?|broke|breaking) down\s+(?:the\s+|your\s+)?|\b(?:replenish(?:es|ed|ing)?|(?:recycl|regenerat|deplet|restor)(?:e|es|ed|ing))"
                       r"\s+(?:your\s+(?:body['\u2019]s\s+)?|the body['\u2019]s\s+)?(?:own\s+)?)$", re.IGNORECASE)
# (but "the skin makes magnesium oil a fast way to ease cramps", "your gut makes probiotics work harder": "makes X Y"
# says what X becomes or does, and X is the supplement)
_MAKES_BEFORE = re.compile(r"\bmak(?:es?|ing)\s+$", re.IGNORECASE)
_MAKES_X_Y = re.compile(r"(?:\s+[\w-]+)?\s+(?:a|an|the|work\w*|ideal|perfect|easier|harder|better|more|less|so|too|one)\b", re.IGNORECASE)
# "let your physiotherapist know": the practitioner named before the mention, not the treatment
_NUTRIENT_NEEDED = re.compile(r"\s+(?:that\s+)?(?:they|it|we|you|cells|bacteria|your body|the body) (?:need|needs|use|uses|require|requires)\b",
                              re.IGNORECASE)
# (not a product's form: "the iron tablets they need", "the magnesium supplements they need" name the supplement)
_PRODUCT_FORM = re.compile(r"\b(?:supplements?|tablets?|capsules?|pills?|drops|sprays?|gumm(?:y|ies)|powders?|lozenges?|drips?"
                           r"|injections?|shots?|oils?|softgels?)\b", re.IGNORECASE)
_WHEN_DOING = re.compile(r"\b(?:when|while)\s+$|\b(?:standing|sitting|kneeling|bending|lifting|climbing|running|driving) (?:or|and) $",
                         re.IGNORECASE)
_PRACTITIONER_FRAME = re.compile(r"\b(?:tell|let|ask|inform|check with|talk to|speak to|speak with|see|consult)\s+"
                                 r"(?:your|a|the|our)\s+(?:\w+\s+)?$", re.IGNORECASE)
# "High-dose vitamin C and zinc to strengthen your immune system": a product's contents, no verb of its own.
_CONTENTS_FRAGMENT = re.compile(r"^(?!\w+ing\b)(?![^.;:,]*\b(?:thanks|due|owing|next|close) to\b)"
                                r"(?P<np>[^.;:,]{2,70}?)\s+to\s+(?:help\s+)?[a-z]+",
                                re.IGNORECASE)  # ("Reduced swelling thanks to …" is a cause, not a product's contents)
# "Vestibular exercises retrain the brain to …": a verb with its object, so a sentence and not a list of contents
_VERB_OBJECT = re.compile(r"\b(?!(?:of|for|in|on|with|from|to|and|or|by|at|into|plus|than|like|as)\b)[a-z]{3,}\s+"
                          r"(?:the|your|a|an|our|their|its)\b", re.IGNORECASE)
_FINITE = re.compile(r"\b(?:is|are|was|were|can|may|might|will|would|could|should|has|have|had|does|do|did|helps?"
                     r"|works?|makes?|gives?|keeps?|lets?|means?"
                     # "Sports massage increases blood flow to …": an effect verb makes it a sentence
                     r"|increases|reduces|improves|eases|relieves|boosts|lowers|raises|restores|strengthens|supports"
                     r"|promotes|releases|stimulates|calms|loosens|soothes|speeds|prevents|treats|targets|offloads|contributes|protects"
                     r"|maintains|activates|builds|fights|blocks|regulates|responds|reacts)\b",
                     re.IGNORECASE)
# "elderberry syrup can:", "deep tissue massage can give you:", "Clients book cryo facials to:": a lead-in whose
# list goes on to say what the treatment does
_INTRODUCES_EFFECTS = (r"\b(?:can|may|will|could)(?:\s+\w+){0,3}\s*:\s*$|\bto\s*:\s*$"
                       # "Our nutritionists say a daily dose of vitamin D:": the items finish what it is said to do
                       r"|" + SAY_IT_DOES + r"|" + MEANS_YOU + r"\s*:\s*$"
                       r"|\b(?:take|takes|use|uses|book|books|choose|try|turn to)\b[^.:]{0,40}\bto\s*$")  # a heading's lost colon
# "Our clients book the Glow Drip for:": what people come for is what it is credited with
_COME_FOR = r"\b(?:clients|patients|people|customers|guests|members) (?:come to us|book|choose|use|love)(?: [\w'-]+){0,4} for\s*:?\s*$"
# a sub-heading that credits the treatment an outer heading names: "Common uses", "Conditions we treat", "Our clients book
# X for:" (not "Aftercare and support", "How it works", "Getting the best results": advice and mechanics, not credit)
_CREDITING_SUBHEADING = re.compile(r"\b(?:uses|indications?|what (?:it|we|they) (?:treats?|helps?(?: with)?)|conditions (?:we |it |they )?"
                                   r"(?:treat|help)\w*|good for|helps? with)\b|" + _COME_FOR, re.IGNORECASE)
_CREDITING = re.compile(
    r"\b(?:benefits?|advantages?|helps?|treats?|treated|treating|treatments?|conditions?|relie(?:f|ve|ves)|effective"
    r"|why (?:choose|try)|results|heal(?:s|ing)?|improv\w*|reduc\w*|uses?|indications?|works?|can do|good for"
    r"|effects?|what .{0,30}(?:can|does)|for (?:pain|back|neck|sleep|stress|anxiety|skin)"
    r"|support(?:s|ing)?|notices?|experiences?|what you(?:['\u2019]ll| will| can) (?:feel|gain|get|expect)|reasons?)\b"
    # "Beyond settling the burn, people tell me DGL:": what people say the treatment does, item by item
    # (not "students tell us they struggle with:", "My GP told me to avoid:": what they have or must do)
    # (but "clients tell us they enjoy:")
    r"|\b(?:tells?|told|says?|said|swears?|swore)\s+(?:me|us|you|that)\s+(?:that\s+)?"
    r"(?:(?:they|we|i)\s+(?:enjoy|notice|feel|love|find|get|see)\s*:\s*$|(?!(?:they|we|i|to|the|you)\b)(?:[\w-]+\s+){0,3}[\w-]+\s*:\s*$)"
    r"|" + _COME_FOR + r"|" + _INTRODUCES_EFFECTS,
    re.IGNORECASE,
)
_LEAD_IN_CREDIT = re.compile(r"\b(?:helps?|can help|may help|treats?|relieves?|eases?|improves?|is good|works)\s+(?:with|for)?\s*:?\s*$"
                             # "Taken every day, Crown capsules help you:"
                             # (not "A few simple habits can also help you:", "Our trained advisers can help you:")
                             r"|^(?!.*\b(?:habits?|tips|changes|steps|advis[eo]rs?|team|staff|pharmacists?|nurses?|doctors?|coaches|trainers?)\b)"
                             r".*\bhelps? (?:you|men|women|people|them)(?: to)?\s*:\s*$"
                             r"|\b(?:benefits?|helps? with|good for)\b[^.]*:\s*$|" + _INTRODUCES_EFFECTS, re.IGNORECASE)
# "Benefits of staying active": the benefits of something the heading names itself (not "Benefits of treatment")
_OWN_BENEFIT = re.compile(r"\b(?:benefits?|advantages?|perks?)\s+(?:of|from)\s+(?!(?:it|this|that|them|treatment|therapy|sessions?"
                          r"|(?:the|a|each|every|regular|our|your) (?:treatment|therapy|sessions?|visits?|appointments?))\b)\w",
                          re.IGNORECASE)
_BENEFIT_HEADING = re.compile(
    r"\b(?:benefits?|advantages?|perks?|what (?:it|they) can do|why (?:(?:men|women|people|customers|clients) )?(?:choose|try))\b|^\d{1,2}[.)]\s"
    r"|^(?:better|less|faster|improved|reduced|increased|lower|more|fewer|sharper|stronger|relief|reduces|improves"
    r"|boosts|supports|enhanced|deeper|healthier|calmer)\b",
    re.IGNORECASE,
)
# the head words that end a treatment's or product's name ("… therapy", "… oil", "… mat")
_HEAD_WORDS = (r"(?:therapy|therapies|massage|needling|manipulation|adjustments?|stimulation"
               r"|supplements?|supplementation|tea|oil|extract|training|diet|cupping|taping|cleanse|detox|sauna|injections?"
               r"|acupuncture|yoga|pilates|meditation|cryotherapy|care|corrector|brace|guard|device|mat|pillow|patch|cream|serum"
               r"|insoles?|orthotics?|machine|roller|gun|unit|drips?|infusions?|gummies|capsules|powder|boots|blanket|lamp|mask"
               r"|panel|facials?|peels?|wraps?|mats?|coffee|drainage|cleanses?|shots?|pills?|tablets?|serums?|balms?|syrups?"
               r"|tinctures?|sprays?|lasers?)")
_HEAD_NOUN = re.compile(r"\b((?:[A-Za-z][\w\-]+\s+){0,2}[A-Za-z]*" + _HEAD_WORDS + r")\b", re.IGNORECASE)
# the head words alone: a cheap test that must pass before _HEAD_NOUN (whose word run before them backtracks) is tried
_HEAD_WORD = re.compile(_HEAD_WORDS + r"\b", re.IGNORECASE)
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


# a level in the body that rises or falls ("Low progesterone causes …", "Progesterone falls before your period")
_LEVEL_BEFORE = re.compile(r"\b(?:low|high|falling|rising|declining|dropping)\s+$", re.IGNORECASE)
# (not "drops": "Simethicone drops")
_LEVEL_AFTER = re.compile(r"\s+(?:falls?|fell|dropped|rises?|rose|dips?|dipped|declines?|declined|peaks?|peaked|surges?)\b",
                          re.IGNORECASE)
_FLAVOUR = re.compile(r"[\s-]+(?:flavou?r(?:ed|s)?|tast(?:e|es|ing)|squash|scent(?:ed)?)\b", re.IGNORECASE)
# a hormone named with another the body makes ("oestrogen and progesterone", "progesterone to oestrogen")
_HORMONE_PAIR_BEFORE = re.compile(r"\b(?:oestrogen|estrogen|testosterone|cortisol)\s+(?:and|to|or|&|versus|vs\.?)\s+$", re.IGNORECASE)
_HORMONE_PAIR_AFTER = re.compile(r"\s+(?:and|to|or|&|versus|vs\.?)\s+(?:oestrogen|estrogen|testosterone|cortisol)\b", re.IGNORECASE)


def named_interventions(text: str, vocabulary: Vocabulary, extra: Sequence[str] = ()) -> tuple[str, ...]:
    """Canonical names of the interventions ``text`` names as subjects (not "a form of X", "unlike X").

    ``extra``: the topic's names when the vocabulary lacks it (the first is canonical); a vocabulary name
    inside one of them ("yoga" in "yoga nidra") is that topic, not the vocabulary's term."""
    spans: list[tuple[int, int]] = []
    low = text.lower()
    for phrase in extra:
        if not phrase:
            continue
        # (from the start of a word: "iron" is not in "environment"; "sound bath" is in "sound baths")
        found = (re.finditer(r"\b" + re.escape(phrase) + r"\b", text) if phrase.isupper()
                 else re.finditer(r"(?<![a-z0-9])" + re.escape(phrase.lower()), low))
        spans += [(m.start(), m.end()) for m in found]
    hits: list[tuple[int, str]] = []
    journals = [(j.start(), j.end()) for j in _JOURNAL_NAME.finditer(text)] if "ournal" in text else []
    for m in vocabulary.find(text, "intervention"):
        if any(a <= m.start and m.end <= b for a, b in spans):
            continue
        if any(a <= m.start and m.end <= b for a, b in journals):
            continue  # "published in the Journal of Physical Therapy Science": a journal's name, not the treatment
        if _REFERENCE_FRAME.search(text[max(0, m.start - 45) : m.start]) and not _CAUSAL_AS.search(text[max(0, m.start - 6) : m.start]
                                                                               + "\x00" + text[m.end : m.end + 40]):
            continue  # (but ", as massage reduces cortisol" gives a reason: massage is what the sentence credits)
        if _INGREDIENT_LIST.search(text[max(0, m.start - 90) : m.start]):
            continue
        if _BODY_SUBSTANCE.match(text, m.end) or _BODY_OWN.search(text[max(0, m.start - 40) : m.start]) or (_BODY_MAKES.search(text[max(0, m.start - 60) : m.start]) and not (
                _MAKES_BEFORE.search(text[max(0, m.start - 20) : m.start]) and _MAKES_X_Y.match(text, m.end))):
            continue  # "kick-starting collagen repair", "the cells that make collagen": the body's own, not the supplement
        if m.term.category == "supplement" and text[max(0, m.start - 4) : m.start].lower() == "the " and _NUTRIENT_NEEDED.match(
                text, m.end) and not _PRODUCT_FORM.search(m.surface):
            continue  # "starves harmful bacteria of the iron they need": the nutrient, not the supplement
        if _HORMONE_PAIR_BEFORE.search(text[max(0, m.start - 30) : m.start]) or _HORMONE_PAIR_AFTER.match(text, m.end) or (
                m.term.category == "drug" and (_LEVEL_BEFORE.search(text[max(0, m.start - 12) : m.start])
                                               or _LEVEL_AFTER.match(text, m.end))):
            continue  # "the ratio of progesterone to oestrogen", "Progesterone falls before your period", "Low progesterone
            # causes …": the body's hormone, not the cream (a supplement's writers credit: "lets your melatonin rise")
        if _FLAVOUR.match(text, m.end):
            continue  # "Our blackcurrant flavour tablets": a taste, not the fruit's extract
        if m.term.category == "exercise" and _WHEN_DOING.search(text[max(0, m.start - 16) : m.start]):
            continue  # "aching in both legs when walking": the activity that hurts, not the treatment
        if _PRACTITIONER_FRAME.search(text[max(0, m.start - 40) : m.start]):
            continue  # "let your physiotherapist know if you …": the practitioner, not the treatment
        hits.append((m.start, m.term.name))
    if spans:
        hits.append((min(a for a, _b in spans), extra[0]))
    return tuple(dict.fromkeys(name for _pos, name in sorted(hits)))


def head_noun_names(text: str, stop: frozenset[str] | set[str] = frozenset(), *, skip_negated: bool = False) -> Iterator[list[str]]:
    """The words of each treatment-like name in ``text`` ("cold laser therapy" → ["cold", "laser", "therapy"]), without
    generic and ``stop`` words; a bare "therapy" or "care" is no name. ``skip_negated`` leaves out "without pills"."""
    if not _HEAD_WORD.search(text):
        return
    for m in _HEAD_NOUN.finditer(text):
        if skip_negated and (re.match(r"(?:without|no|not|instead|unlike|than|beyond|skip)\b", m.group(1), re.IGNORECASE)
                             or re.search(r"\b(?:without|no|instead of|unlike|than)\s+$", text[max(0, m.start() - 12) : m.start()],
                                          re.IGNORECASE)):
            continue  # "… without pills": what the page says you can do without
        words = [w for w in m.group(1).lower().split() if w not in _GENERIC and w not in stop]
        if words and (len(words) > 1 or words[0] not in {"therapy", "therapies", "care", "treatment", "training"}):
            yield words


def _heuristic_intervention(text: str) -> str | None:
    return next((" ".join(words) for words in head_noun_names(text, skip_negated=True)), None)


def _leading_treatment(text: str) -> str | None:
    """A treatment the vocabulary lacks that opens a sentence by a name of two words or more ("Pumpkin seed oil
    soothes …", "The Epley manoeuvre guides …"), or None."""
    if re.match(r"(?:this|these|our|your)\s", text, re.IGNORECASE):
        return None  # "This gentle toothpaste strengthens enamel", "Our low-abrasion toothpaste …": the page's own product
    m = _LEADING_TREATMENT.match(text)
    if m and m.group(1) and text[:4].lower() == "the " and not re.match(r"(?:[A-Z][\w'-]*\s+){1,2}", text[4:]):
        m = None  # "The night cream also hydrates …": the page's own product by its form (not "The Epley manoeuvre …")
    words = [w for w in (m.group(1) or m.group(2) or m.group(3)).lower().split() if w not in _GENERIC] if m else []
    return " ".join(words) if len(words) >= 2 else None


_LEADING_TREATMENT = re.compile(
    r"^(?:the |a |an )?((?:[a-z][\w'-]*\s+){1,2}(?:oil|extract|tea|supplements?|therapy|manoeuvre|maneuver|technique"
    r"|exercises?|drops|capsules|tablets|powder|juice|cream|patch|diet|balm|ointment|lotion|varnish|toothpaste|mouthwash))"
    # ("Vitamin E oil also nourishes …", "A high-fibre diet stops …"; a plural by its verb: "Witch hazel pads shrink …")
    r"\s+(?:also\s+|often\s+|really\s+)?(?!(?:is|are|was|were|has|does)\b)[a-z]+s\b"
    r"|^(?:the |a |an )?((?:[a-z][\w'-]*\s+){1,2}(?:pads|gels|sprays|creams|oils|drops|patches))\s+(?:also\s+|often\s+)?"
    r"(?:help|ease|reduce|shrink|soothe|calm|relieve|improve|boost|lower|stop|prevent|heal|repair|restore|strengthen|protect)\b"
    # "Sage leaf is traditionally taken to reduce heavy sweating": a remedy's use, by the part of the plant taken
    r"|^(?:the |a |an )?((?:[a-z][\w'-]*\s+){1,2}(?:leaf|leaves|root|bark|seeds?|flowers?|berr(?:y|ies)|oil|extract|tea|juice))"
    r"\s+(?:is|are)\s+(?:\w+ly\s+)?(?:taken|used|drunk|given|applied)\s+(?:to|for)\b",
    re.IGNORECASE)


# "Better egg quality, thanks to a Mediterranean-style fertility diet rich in oily fish": the effect's own cause
_CAUSE = re.compile(r"\b(?:thanks to|because of|as a result of) (?:a|an|the|your|regular|daily|weekly)\s+((?:[\w-]+\s+){0,3}?(?:diet"
                    r"|eating plan|meal plan|exercise programme|exercise program|exercise routine|strength training|supplements?"
                    r"|medication|medicines?|drugs?|hormone therapy))\b"
                    # "Protect the healing ligaments by keeping the neck still in a soft foam collar": a device does it
                    r"|\bby (?:wearing|using|taking|keeping [\w ]{0,25}? in) (?:a|an|the|your)\s+((?:[\w-]+\s+){0,3}?(?:collar|brace|splint"
                    r"|insoles?|orthotics?|painkillers|tablets|pillow|heat pack|ice pack))\b", re.IGNORECASE)


# the improvement the cause is credited with ("Better egg quality, thanks to …"), not a symptom it brings ("Hot flushes
# as a result of your hormone therapy", "Nausea because of the chemotherapy drugs": what the credited treatment helps)
_IMPROVEMENT = re.compile(r"\b(?:better|improv\w*|more|less|fewer|lower\w*|higher|healthier|reduc\w*|greater|stronger|eas\w*"
                          r"|relie\w*|boost\w*|increas\w*|decreas\w*|faster|quicker)\b", re.IGNORECASE)


def _credited_cause(text: str) -> str | None:
    """The treatment a sentence gives as the cause of its effect ("thanks to a Mediterranean-style diet"), or None."""
    m = _CAUSE.search(text)
    return (m.group(1) or m.group(2)).lower() if m and (m.group(2) or _IMPROVEMENT.search(text, 0, m.start())) else None


def _leading_phrase(text: str) -> str | None:
    """The treatment a sentence opens with when nothing else is credited ("Ozone therapy kills …")."""
    m = re.match(r"^(?:the |our |a |an |this )?((?:[\w+'-]+\s+){0,2}?[\w+'-]*?(?:therapy|therapies|injections?|drainage"
                 r"|water|coffee|mats?|tapping|swimming|fasting|drips?|infusions?|supplements?|tea|oil|extract|serum|syrup"
                 r"|cleanse|patch|cream|device|machine|mask|lamp|blanket|boots))\b", text, re.IGNORECASE)
    if not m:
        return noun_subject(text)
    words = [w for w in m.group(1).lower().split() if w not in _GENERIC]
    return " ".join(words) if words and words != ["therapy"] else None


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
    if len(tail.split()) > 2 and "," in tail:
        # after a short opening phrase: "For many children, good sleep habits work as well as melatonin"
        opening, _, rest = tail.rpartition(",")
        return len(rest.split()) <= 2 and len(opening.split()) <= 4 and opening.count(",") == 0 and bool(
            re.match(r"\s*(?:for|in|at|after|by|with|over|during|like|unlike|today|now|then|later|often|usually)\b", opening, re.IGNORECASE))
    return len(tail.split()) <= 2


def is_crediting(text: str | None) -> bool:
    """Whether a heading or lead-in credits its intervention with effects ("Benefits of X", "X treats:")."""
    return bool(text and _CREDITING.search(text))


# "Is it safe to have an adjustment if I'm already taking sleep medication?": what the reader already takes is the
# circumstance of the question, not what the section credits
_CIRCUMSTANCE = re.compile(r"\b(?:if|when|while)\s+(?:i['\u2019]m|i am|you['\u2019]re|you are|they['\u2019]re|they are|we['\u2019]re"
                           r"|she['\u2019]s|he['\u2019]s|my \w+ (?:is|are))\s+(?:already\s+|also\s+|currently\s+|still\s+)*"
                           r"(?:taking|on|using)\b[^?.:]*", re.IGNORECASE)
_OTHER_WAYS = re.compile(r"\bother (?:ways to|things (?:to try|you can do)|(?:habits|tips|measures|remedies|treatments|therapies)"
                         # ("Other treatments we may use", "Other therapies" as a heading of its own, "Other treatments with
                         # good evidence for plantar heel pain include:")
                         r"(?: that| to| for| worth| we| you| I| with| include|\s*$)|favou?rites"
                         # "Other things that can help with wind and bloating", "Other options", "Alternatives to charcoal"
                         r"|(?:things|options|approaches) (?:that|which) (?:\w+ )?(?:help|ease|relieve|work)|options\s*$)\b"
                         r"|^\s*(?:\S+ )?alternatives? to\b"
                         # "Five things to try at home this month", "Self-help tips": each item is its own measure
                         r"|\bthings (?:to try|you can do) (?:at home|yourself|between (?:visits|sessions))\b|\b(?:self-help|self-care) tips\b",
                         re.IGNORECASE)


# "See an ENT doctor before starting voice exercises if you have:": the broad class as what you are about to start (not
# "## Herbal remedies for sleep" on a melatonin page, which names a class of rivals)
_BEFORE_STARTING = re.compile(r"\bbefore (?:starting|doing|trying|beginning|taking up|you (?:start|begin|try))\b", re.IGNORECASE)


def context_intervention(lead_in: str | None, section: Sequence[str], vocabulary: Vocabulary,
                         topic: str | None, extra: Sequence[str] = ()) -> Context:
    """The intervention a block's lead-in or headings credit (nearest first); ``extra``: topic aliases."""
    texts = ([lead_in] if lead_in else []) + list(reversed(section))
    # (not over a heading of its own that names one: "### Magnesium glycinate" under "## Natural alternatives to sleeping
    # pills" credits magnesium)
    if any(_OTHER_WAYS.search(t) and not (k and not lead_in and named_interventions(texts[0], vocabulary, extra))
           for k, t in enumerate(texts[:2])):
        # "Other ways to support your immune system": each item is its own measure, not the topic's
        return Context(topic=topic, credited=None, crediting=False)
    for k, text in enumerate(texts):
        names = named_interventions(_CIRCUMSTANCE.sub(" ", text), vocabulary, extra)
        if topic and names and names[0] != topic and _names_topic_by_head(text, names[0], topic, vocabulary):
            names = (topic, *names[1:])  # "Done regularly, these exercises can:" on an eye-exercises page
        if k == 0 and lead_in and len(text.split()) > 12:
            # a lead-in paragraph credits what it is about, not what it mentions ("lay down fresh collagen")
            names = tuple(n for n in names if n in _subject_names(text, vocabulary, extra))
        if names and k == 0 and lead_in and len(names) > 1 and text.rstrip().endswith(":"):
            # "If massage alone has not shifted your pain, dry needling offers:": the name nearest the colon is its subject
            last = {m.term.name: m.start for m in vocabulary.find(text, "intervention")}
            names = tuple(sorted(names, key=lambda n: -last.get(n, -1)))
        if names and topic and names[0] in _UMBRELLA and names[0] != topic and _BEFORE_STARTING.search(text):
            # "See an ENT doctor before starting voice exercises if you have:" on a straw-phonation page: the broad class the
            # topic belongs to names the topic
            own, broad = vocabulary.get(topic, "intervention"), vocabulary.get(names[0], "intervention")
            if own is not None and broad is not None and own.category == broad.category:
                names = (topic, *names[1:])
        if names:  # ("As well as easing pain, dry needling offers:" under "Additional benefits" credits dry needling)
            # ("Additional benefits" under "Who should not have dry needling?" credits the treatment the outer one names)
            # (one that names a subject of its own credits that: "Benefits of staying active")
            return Context(topic=topic, credited=names[0], crediting=is_crediting(text) or any(
                (_BENEFIT_HEADING.search(t) or _CREDITING_SUBHEADING.search(t) or (i == 0 and lead_in is not None and is_crediting(t)))
                and not _OWN_BENEFIT.search(t) for i, t in enumerate(texts[:k])) or (
                k == 0 and lead_in is not None and len(texts) > 1 and is_crediting(texts[1])
                # (or names the same one: "How physiotherapy helps" over "Your physiotherapist will …")
                and not set(named_interventions(texts[1], vocabulary, extra)) - {names[0]}))
    # "Key Benefits", "Guests tell us the ritual helps with:" with no intervention named: it credits the topic.
    if topic and texts and any(_BENEFIT_HEADING.search(t) or _LEAD_IN_CREDIT.search(t) for t in texts[:2]):
        return Context(topic=topic, credited=topic, crediting=True)
    return Context(topic=topic, credited=None, crediting=False)


def _names_topic_by_head(text: str, name: str, topic: str, vocabulary: Vocabulary) -> bool:
    """Whether every mention of ``name`` in ``text`` is a definite one ("these exercises", "the massage") by the last
    word of the topic's name ("eye exercises"): the topic, not the broad treatment the word alone names."""
    spots = [m for m in vocabulary.find(text, "intervention") if m.term.name == name]
    return bool(spots) and all(_definite_by_head(text, m.start, m.surface, (topic,), _TOPIC_DETERMINER) for m in spots)


def attribute(text: str, context: Context, vocabulary: Vocabulary, *, inherited: Sequence[str] = (),
              extra: Sequence[str] = ()) -> Attribution:
    """Attribute a claim: what the article credits, what the text names, and whether those disagree."""
    named = named_interventions(text, vocabulary, extra) or tuple(inherited)
    credited = context.credited
    if not named:
        rival = (_leading_treatment(text) or _credited_cause(text)) if credited and context.crediting else None
        if credited and rival and not any(set(rival.split()) & set(x.lower().split()) for x in (credited, *extra)):
            reason = f"the text names {rival}, but it stands under a heading or lead-in that credits {credited}"
            return Attribution(credited, (rival,), True, reason)
        return Attribution(credited or context.topic or _leading_phrase(text), ())
    fragment = _CONTENTS_FRAGMENT.match(text)
    owner = credited or context.topic
    if owner and owner not in named and fragment and not _FINITE.search(fragment.group("np")) \
            and not _VERB_OBJECT.search(fragment.group("np")) and not any(
                re.search(r"\s[\u2013\u2014-]\s", text[fragment.end("np") : m.start]) for m in vocabulary.find(text, "intervention")):
        # the contents of the credited product, not a rival (unless a name follows a dash: "Boost blood flow to the scalp –
        # rosemary oil regrows hair …" names its rival)
        return Attribution(owner, named)
    if owner and owner not in named and _names_head(text, owner, vocabulary):
        return Attribution(owner, (owner, *named))  # "decompression plus physiotherapy" names the credited one too
    rivals = _rivals(text, owner, named, vocabulary) if owner else named
    if owner and owner not in named and not rivals:
        return Attribution(owner, named)  # "flexion exercises" in a Pilates page, "our evening walks" as an outcome
    if credited and credited not in named and rivals and all(r in _PARTS.get(credited, ()) for r in rivals):
        # "Strengthening exercises … rebuild the muscles" under "How physiotherapy helps": a part of it, credited by name
        return Attribution(rivals[0], named)
    if credited and credited not in named and context.crediting and not _same(credited, rivals, vocabulary):
        reason = (f"the text names {_join(rivals)}, but it stands under a heading or lead-in that credits "
                  f"{credited}")
        return Attribution(credited, named, True, reason)
    if credited in named:
        return Attribution(credited, named)
    if context.topic in named:
        return Attribution(context.topic, named)
    return Attribution(named[0], named)


# a vitamin named generically on the page of one of its forms
_GENERIC_FORM_OF = {"vitamin K": frozenset({"vitamin K2"})}
# what a treatment is made of, named in its own lists: physiotherapy's exercise and hands-on work
_PARTS = {"physical therapy": frozenset({"exercise therapy", "manual therapy", "joint mobilization"})}
_UMBRELLA = {"exercise therapy", "manual therapy", "physical therapy", "herbal medicine"}
# "I was back on our evening walks", "my daily walks" (not "our infrared sauna"), "reach for pain medication less
# often": the activity or the medicine use is the outcome, not a rival treatment
_OUTCOME_ACTIVITY = re.compile(r"\b(?:back (?:on|to|into)|my|reach for|rely on|reliance on|dependence on|dependent on"
                               # "safe alongside vitamin D", "together with physiotherapy": its direct object only (not
                               # "Alongside your weekly sessions, daily walks … ease stiffness", which names a rival)
                               r"|alongside|together with"
                               r"|cut (?:back|down) on|come off|get off|wean\w* (?:\w+ )?off"
                               # "Settles the stomach after a course of ibuprofen": what came before, not a rival
                               r"|after (?:a course of|taking|using|stopping)"
                               # "Four sessions with Tom and I'm back cycling to work": the activity regained
                               r"|(?:i['\u2019]m|i am|we['\u2019]re|we are|they['\u2019]re|they are|he['\u2019]s|she['\u2019]s|be) back"
                               # "thymol …, which is why it is still found in many mouthwashes": what contains it
                               r"|found in (?:many|most|some|lots of)"
                               r"|stop(?:ped)? taking|need(?:ed)? (?:less|fewer)|(?:\w*n't|not|never|barely|hardly|rarely) (?:\w+ )?need(?:ed|s)? (?:his|her|their|my|our|your)"
                               r"|(?:less|reduced|lower|no) (?:need|reliance) (?:for|on)|less|fewer|when|while"
                               # "women who cannot take HRT", "it isn't a replacement for HRT", "does not interact with
                               # HRT": a treatment the sentence sets aside, not one it credits
                               r"|(?:cannot|can['\u2019]t|unable to|(?:advised )?not to) (?:take|use|have)|\bnot (?:on|taking|using)"
                               r"|(?:isn['\u2019]t|is not|not) (?:a |an )?(?:replacement|substitute) for|(?:not )?interact(?:s|ing)? with"
                               r"|(?:I|we|she|he|they) (?:was|were|am|are|is|could|can)(?: \w+)?"
                               r"|tops? up|rich in|(?:a )?(?:good |great )?source of|contains?|packed with|high in|full of|deliver(?:s|ing)?"
                               # history and technique: "if you have had a steroid injection", "our osteopaths use … manipulation"
                               r"|(?:have|has|recently) had(?: an?)?|(?:use|uses|combin\w+|includ\w+|such as"
                               # ("safe to take alongside most multivitamins, vitamin D and …": a list after a word, not
                               # the sentence's opening "Alongside your sessions, …")
                               r"|(?<=[a-z] )alongside|(?<=[a-z] )together with"
                               # "our osteopaths ease back pain using massage, …": the practitioner's technique ("… scar
                               # tissue using shockwave therapy", with no one using it, names a rival)
                               r"|\b(?:we|I|you|our\s+[\w-]+|your\s+[\w-]+)\b[^.;:]{0,60}?\busing)"
                               r"(?:\s+(?!because|which|so|but|while|when|as)[\w-]+,?){0,6}(?:\s+and)?)"
                               r"\s+(?:(?!because|which|so|but|while|when|as)\w+\s+){0,2}$",
                               re.IGNORECASE)


# "makes walking more comfortable": the activity is the outcome (not "Making a weekly sports massage part of your
# routine loosens tight hamstrings", which recommends a rival)
# ("… so stretching feels more comfortable": the activity it eases is the outcome)
_MAKES_BEFORE = re.compile(r"\b(?:makes?|making|made|so(?: that)?)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "Walking further before the knee starts to complain", "running pain-free again": the activity regained is the outcome
_FURTHER = re.compile(r"\s+(?:further|farther|longer|faster|pain-free|again|comfortably|without (?:pain|stopping)|more (?:easily|comfortably)"
                      r"|comfort|distance|speed|tolerance|ability)\b",
                      re.IGNORECASE)
# "Steadier walking – a more confident stride …" among qigong's benefits: the activity done better is the outcome
_BETTER_BEFORE = re.compile(r"\b(?:steadier|safer|easier|smoother|freer|better|more (?:confident|stable|comfortable|fluid)|improved"
                            r"|confident|pain-free)\s+$", re.IGNORECASE)
_MAKES_AFTER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:easier|harder|more|less|possible|impossible|comfortable|bearable|enjoyable"
                          r"|painless|pain-free|manageable)\b", re.IGNORECASE)


# "my hips ached so much I had stopped walking the dog", "I had given up yoga", "I couldn't even do Pilates": the activity
# the pain took away, right before the mention (not "I can't recommend acupuncture enough", "You can't beat acupuncture")
_LOST_ACTIVITY = re.compile(r"\b(?:(?:had |have )?(?:stopped|given up|gave up)(?: (?:on|going to|doing))?|(?:couldn['\u2019]t|could not"
                            r"|can['\u2019]t|cannot)(?: even)?(?: (?:do|go to|manage|attend|face|get to))?)(?: my| our| any)?"
                            r"(?: (?:gentle|regular|weekly|hot|group|gym|local))?\s+$", re.IGNORECASE)
# "…, which supports the shoulder blade", "…, which can reduce the number of headaches": what the named thing does
_WHICH_EFFECT = re.compile(r"(?:\s+[\w-]+){0,4}?,?\s+which\s+(?:can\s+|may\s+|will\s+|also\s+|often\s+)?(?:help|support|reduc|eas|reliev"
                           r"|improv|strengthen|loosen|calm|lower|boost|protect|keep|stop|prevent|release)\w*", re.IGNORECASE)


# a bare "couldn't" / "can't (even)" right before a treatment's name makes no lost activity unless the name is itself an
# activity ("… walking"): "I can't recommend acupuncture enough" names a rival
_BARE_CANT = re.compile(r"(?:couldn['\u2019]t|could not|can['\u2019]t|cannot)(?: even)?\s+$", re.IGNORECASE)


def _lost_activity(text: str, m: Match) -> bool:
    """Whether the mention ``m`` is an activity the pain took away: "I had stopped walking the dog", "I had given up
    yoga", "I couldn't even do Pilates" (not "I can't recommend acupuncture enough")."""
    lost = _LOST_ACTIVITY.search(text[max(0, m.start - 40) : m.start])
    return lost is not None and (not _BARE_CANT.search(lost.group(0)) or m.surface.lower().endswith("ing"))


# a sentence that opens on a class of remedies and its example ("Painkillers such as ibuprofen dull the ache …",
# "Over-the-counter anti-inflammatories such as …"): the example is the sentence's subject, a rival, not a technique
_CLASS_SUCH_AS = re.compile(r"^\W*(?:(?:over-the-counter|prescription|oral|topical|anti-inflammatory|strong|simple)\s+)*"
                            r"(?:painkillers|pain ?killers|pain relievers|pain medication|anti-inflammator(?:ies|y (?:tablets|drugs|medicines|gels))"
                            r"|antihistamines|antidepressants|medicines|medications|drugs|tablets|steroid creams|sleeping pills)"
                            r"\s+(?:like|such as|e\.g\.,?)\s+$", re.IGNORECASE)


def _rivals(text: str, credited: str, named: Sequence[str], vocabulary: Vocabulary) -> tuple[str, ...]:
    """The named interventions that compete with the credited one: not a broad class it belongs to ("exercises"
    on a Pilates page), and not an activity the sentence reports as an outcome ("back on our evening walks")."""
    term = vocabulary.get(credited, "intervention")
    found = vocabulary.find(text, "intervention")
    out = []
    for name in named:
        other = vocabulary.get(name, "intervention")
        if term is not None and other is not None and name in _UMBRELLA and other.category == term.category:
            continue
        if term is not None and term.name in _GENERIC_FORM_OF.get(name, ()):
            continue  # "Vitamin K contributes to the maintenance of normal bones" on a K2 page: the product's own vitamin
        spots = [m for m in found if m.term.name == name]
        if term is not None and spots and term.category in _TEACHES_BREATHING and all(
                _BREATHING.search(m.surface) for m in spots):
            continue  # "diaphragmatic breathing", "breathing techniques" a physio or Pilates teacher teaches: its technique
        if term is not None and spots and all(_names_owner(text, m.start, m.surface, term) for m in spots):
            continue  # "the massage" on a lymphatic drainage massage page is that massage
        if spots and all(((_OUTCOME_ACTIVITY.search(text[max(0, m.start - 90) : m.start])
                           and not _CLASS_SUCH_AS.search(text[: m.start])) or _lost_activity(text, m)
                          or (m.surface.lower().endswith("ing") and not _FINITE.search(text, m.end)
                              and (_FURTHER.match(text, m.end) or _BETTER_BEFORE.search(text[max(0, m.start - 30) : m.start])))
                          or (_MAKES_BEFORE.search(text[max(0, m.start - 40) : m.start]) and _MAKES_AFTER.match(text, m.end)))
                         and not _WHICH_EFFECT.match(text, m.end) for m in spots):
            continue  # (but "we may use kinesio taping, which supports the shoulder blade" says what the taping does)
        if spots and all(m.surface.lower().endswith("ing") and _CONFIDENT.search(text[max(0, m.start - 40) : m.start]) for m in spots):
            continue  # "More confidence walking on uneven ground": the activity it gives confidence in (not "more
            # confident once physiotherapy has …")
        owner_names = [credited, *(term.synonyms if term is not None else ())]
        if spots and all(_constituent_of(text, m.end, owner_names) for m in spots):
            continue  # "The glutamine in broth feeds the cells …" on a bone broth page: what the credited one contains
        out.append(name)
    return tuple(out)


# ("More confident walking, jumping and stair-climbing": each activity of the list)
_CONFIDENT = re.compile(r"\bconfiden(?:ce|t)(?: (?:in|when|while|about|with))?\s+(?:[\w-]+ing,?\s+(?:(?:and|or)\s+)?)*$", re.IGNORECASE)


def _constituent_of(text: str, end: int, names: Sequence[str]) -> bool:
    """Whether the mention ending at ``end`` is followed by "in <the owner>" ("glutamine in broth", "the curcumin in
    our turmeric capsules"): one of the owner's names, or the last word of one that is no generic word, within the
    phrase (not "magnesium in the evening" on a walking page, whose "evening walk" is no container, nor "vitamin D in
    the winter months" on a winter swimming page)."""
    m = re.match(r"\s+(?:found\s+)?in\s+(?:the\s+|your\s+|our\s+|a\s+|each\s+|every\s+)?((?:[\w-]+\s+){0,2}[\w-]+)", text[end : end + 60],
                 re.IGNORECASE)
    if not m:
        return False
    phrase = m.group(1).lower()
    words = set(phrase.split())
    return any(re.search(r"\b" + re.escape(n.lower()) + r"\b", phrase)
               or (n.split()[-1].lower() in words and n.split()[-1].lower() not in _GENERIC_LAST) for n in names)


# the last words of names that name no container: "vitamin d supplements", "evening walk", "winter swimming"
_GENERIC_LAST = frozenset("""supplements supplement supplementation therapy therapies treatment treatments exercise exercises
    training program programme programs programmes walk walks walking swimming shower showers classes class practice
    tips habits sessions session care d""".split())


_BREATHING = re.compile(r"\bbreath|\bhumming\b|\bbhramari\b", re.IGNORECASE)  # (a yoga class's humming bee breath is its technique)
_TEACHES_BREATHING = frozenset({"rehabilitation", "exercise", "mind-body"})


def _names_owner(text: str, start: int, surface: str, owner: Term) -> bool:
    """A definite mention ("the massage", "this massage") whose word ends one of the owner's names."""
    return _definite_by_head(text, start, surface, owner.surface_forms, _OWNER_DETERMINER)


_OWNER_DETERMINER = re.compile(r"\b(?:the|this|each|every|your|our)\s+$", re.IGNORECASE)
_TOPIC_DETERMINER = re.compile(r"\b(?:these|this|the|those|our|your)\s+$", re.IGNORECASE)


def _definite_by_head(text: str, start: int, surface: str, names: Sequence[str], determiner: re.Pattern[str]) -> bool:
    """Whether the mention ``surface`` at ``start`` follows one of ``determiner``'s words and is the last word of one of
    ``names`` ("the massage" of lymphatic drainage massage, "these exercises" of eye exercises)."""
    word = surface.lower()
    return bool(determiner.search(text[max(0, start - 8) : start])) and any(n.lower().endswith(" " + word) for n in names)


_GENERIC_HEADS = frozenset("therapy therapies treatment treatments care training massage exercise exercises oil".split())


_NOT_THE_REAL_ONE = re.compile(r"\b(?:sham|placebo|fake|simulated|mock|wet|control)\s+$", re.IGNORECASE)


def _names_head(text: str, credited: str, vocabulary: Vocabulary) -> bool:
    """Whether ``text`` names the credited intervention by its head word ("decompression" for "spinal
    decompression"), outside any other intervention's name ("wet needling" does not name dry needling)."""
    head = credited.lower().split()[-1]
    if len(credited.split()) < 2 or len(head) < 6 or head in _GENERIC_HEADS:
        return False
    taken = [(m.start, m.end) for m in vocabulary.find(text, "intervention")]
    return any(not any(a <= m.start() < b for a, b in taken) and not _NOT_THE_REAL_ONE.search(text[max(0, m.start() - 12) : m.start()])
               for m in re.finditer(r"\b" + re.escape(head) + r"\b", text, re.I))


def _same(credited: str, named: Sequence[str], vocabulary: Vocabulary) -> bool:
    term = vocabulary.get(credited, "intervention")
    if term is None:
        return False
    forms = {f.lower() for f in term.surface_forms}
    return any(n.lower() in forms for n in named)


def _join(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
