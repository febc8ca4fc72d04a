"""Table rows as claims: a condition row under "Conditions treated with X" says "X treats <condition>"."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .complete import _cap, complete_item
from .cues import _STRONG_EFFECT
from .detect import EFFECT, HEALTH, is_claim_sentence
from .vocabulary import Vocabulary

__all__ = ["firm_cell", "is_finding_column", "is_indication_column", "is_plan_table", "plan_treatments", "verdict_column", "product_columns", "row_claim", "row_item",
           "separate_findings", "is_condition_row"]

_CONDITION_COL = re.compile(r"\b(?:conditions?|ailments?|symptoms?|problems?|issues?|injur\w*|disorders?|diagnos\w*"
                            r"|complaints?|indications?)\b", re.IGNORECASE)
_HOW_COL = re.compile(r"\b(?:how|helps?|benefits?|effects?|results?|works?|outcomes?)\b", re.IGNORECASE)
_WHAT_FOR = r"what (?:it['\u2019]s|it is|they['\u2019]re|they are) (?:good )?for"
_FINDING_COL = re.compile(r"\b(?:found|finding|findings|evidence|results?|effects?|what (?:it|they) (?:do(?:es)?|helps?)|report\w*|notice\w*"
                          # "| Style | What it works on |": what each one improves
                          r"|what (?:it|they|each) (?:works? on|improves?|targets?|trains?)"
                          r"|" + _WHAT_FOR + r"|how long (?!(?:(?:a|an|each|one|the|your|every) )?(?:sessions?|appointments?|visits?|consultations?|class(?:es)?)\b"
                          # (not a session's length: "How long a session lasts | 30 to 45 minutes")
                          r"|(?:a|an|each|one) treatment\b)(?:[\w-]+ ){0,2}lasts?" +
                          r"|benefits?|how (?:it|\w+) helps?"
                          # "| What the label says | Supports joint comfort after exercise | Clinically shown to … |"
                          r"|what (?:the |each )?(?:label|pack|packaging|brand|maker|manufacturer)s? (?:says?|claims?)|(?:label|brand) claims?)\b",
                          re.IGNORECASE)
_BENEFIT_COL = re.compile(r"\b(?:benefits?|outcomes?|effects?|results?|advantages?|goals?)\b", re.IGNORECASE)
# columns that measure the body: what a row's figures say about health
# ("| Food group | Daily target | Approximate LDL reduction |": the lipids by their abbreviations too)
_MEASURE_COLUMNS = re.compile(r"\b(?:heart rate|pulse|calories (?:burn\w*|per (?:hour|session|class|minute))|blood pressure|cholesterol|blood sugar|glucose|weight loss|bone density"
                              # (a change in them, not a target or a reference range: "| LDL target |", "| HbA1c | What it means |")
                              r"|(?:LDL|HDL|triglycerides|HbA1c) (?:reduction|drop|fall|change|lowering|improvement|rise|increase)"
                              r"|(?:pain|symptom|mood|sleep|fatigue) (?:score|scores|rating|ratings)|impact on (?:joints|the joints|your joints))\b",
                              re.IGNORECASE)
_INTERVENTION_COL = re.compile(r"\b(?:treatments?|therap\w*|interventions?|supplements?|remed\w*|methods?"
                               r"|techniques?|modalit\w*|options?|approach\w*|injections?|drugs?|medicines?|medications?)\b",
                               re.IGNORECASE)


_RISK_ATTRIBUTE = re.compile(r"\b(?:habit-?forming|addict\w*|dependen\w*|withdrawal|grogg\w*|drows\w*|hangover|side[- ]effects?"
                             r"|jitter\w*|crash\w*|come-?downs?|palpitations"
                             r"|interactions?|tolerance|safe\w*|risks?)\b", re.IGNORECASE)
# a cell that says what something does ("Relaxes the uterus to improve implantation"), not what the plan aims at
# ("Reduce swelling and restore full knee straightening")
# (or its gerund: "| Embryo transfer | Same day | Relaxing the uterus to help the embryo implant |")
_THIRD_PERSON_EFFECT = re.compile(r"\b(?:(?:help|reliev|reduc|improv|eas|heal|treat|lower|rais|slow|boost|prevent|calm|sooth|relax"
                                  r"|strengthen|restor|support|increas|promot|stimulat|releas|loosen|regulat)(?:e?s|ing)|speeds up"
                                  r"|speeding up|cuts|cutting)\b", re.IGNORECASE)
_NOT_HEALTH_ATTRIBUTE = re.compile(r"\b(?:price|cost|per night|per month|availability|taste|flavou?r|format|dose|dosage|where to buy"
                                   r"|prescription needed|time per|treatment time|session length|(?:non-?)?members?(?: price)?\s*$"
                                   r"|(?:session|treatment|appointment|class) duration|duration of (?:the |each )?(?:session|treatment|appointment|class|course))\b", re.IGNORECASE)


_ITEM_COLUMN = re.compile(r"^\s*(?:foods?|drinks?|herbs?|oils?|remed(?:y|ies)|teas?|spices?|ingredients?"  # not brands
                          r"|treatments?|therap(?:y|ies)|options?|interventions?|approach(?:es)?)\s*$",
                          re.IGNORECASE)


# a plan table that reports results after all: "| Week | Average pain score |", "| Sessions | What patients report |"
_RESULT_COL = re.compile(r"\b(?:found|findings?|evidence|results?|outcomes?(?! measures?)|effects?|report\w*|scores?|improv\w*|benefits?|change"
                         r"|what you (?:can|should|may) expect|why (?:it|this|that) (?:matters|helps|works)|what (?:it|this) does)\b",
                         re.IGNORECASE)
# what a plan's numbered stages bring ("| Weeks | … | What to expect |", "| Session | … | What most patients notice |" over
# "| 3–4 | … |"), not what a visit's steps involve ("| Arrival | Fill in a short health form |") nor a condition's stages
# ("| Freezing | Aching at night … |")
_EXPECT_COL = re.compile(r"\bwhat to expect\b|\b(?:patients|clients|people|members|testers|users|customers) notic\w*", re.IGNORECASE)
_NUMBERED_STAGE = re.compile(r"\s*(?:[A-Za-z]+\s+)?\d")
# (also "$1,200", "From £45", "£60 per session", "£45/session")
_PRICE_CELL = re.compile(r"(?:from\s+)?[\u00a3$\u20ac]\s?\d+(?:,\d{3})*(?:[.,]\d{2})?(?:\s*(?:/|per\s+|a\s+)\s*(?:session|visit|treatment"
                         r"|month|week|course|class|hour|hr|min))?(?:\s*\([^)]{0,20}\))?|[\u2013\u2014-]", re.IGNORECASE)
# a plan's stage in its first cell: "Session 1", "Weeks 1–2", "First visit", "Initial assessment", "Follow-ups"
# (a number is a stage's only as the cell's own count, "1", "Weeks 1-2", "Visit 3": not a class's name, "Over 50s Aqua",
# "Aqua Level 2")
_STAGE_CELL = re.compile(r"^\s*(?:(?:sessions?|weeks?|days?|visits?|stages?|phases?|steps?|months?|appointments?|blocks?)\s*)?\d"
                         r"|\b(?:first|second|third|fourth|fifth|final|last|initial|follow-?ups?|one|two|three|four|five|six|early|late"
                         r"|mid)\b", re.IGNORECASE)
_PLAN_COL = re.compile(r"^\s*(?:stages?|phases?|steps?|weeks?|days?|sessions?|visits?)\s*$", re.IGNORECASE)
_VERDICT_COL = re.compile(r"^\s*(?:our (?:take|verdict|view|notes?|thoughts)|(?:the )?verdict|why we (?:like|love|rate|chose) (?:it|them)"
                          r"|in short|bottom line|what we think)\s*:?\s*$", re.IGNORECASE)


def is_finding_column(header: str) -> bool:
    """A column whose cells report findings or effects ("What it does", "What studies found")."""
    return bool(_FINDING_COL.search(header))


def is_indication_column(header: str) -> bool:
    """A column that says what each row treats or does ("Good for", "Conditions treated", "Benefits", "What it does")."""
    return bool(_USED_FOR.match(header) or _CONDITION_COL.search(header) or _FINDING_COL.search(header)
                or _BENEFIT_COL.search(header))


def is_plan_table(header: Sequence[str]) -> bool:
    """A programme's plan ("| Phase | Timeframe | Key milestones | Expected results |"): its rows are the programme's,
    whatever activities they name as milestones ("walking with crutches")."""
    return bool(header) and bool(_PLAN_COL.match(header[0].lstrip("# ")))


def plan_treatments(cells: Sequence[str], header: Sequence[str]) -> str:
    """The cells of a plan row under a treatment column ("| Step | Treatment | Typical results |"): a stepped-care
    table whose steps are different treatments, not milestones of one programme."""
    return " ".join(c for j, c in enumerate(cells) if j and j < len(header) and _INTERVENTION_COL.search(header[j]))


def verdict_column(header: Sequence[str]) -> int | None:
    """The column of a review table that gives the reviewer's verdict on each row's product ("Our take"), or None."""
    return next((j for j, h in enumerate(header) if j and _VERDICT_COL.match(h)), None)


# "Our premium plan", "The 6-session package": an offer, not a treatment
_NOT_AN_ITEM = re.compile(r"^(?:(?:our|your|the|a|an|this)\s+)?(?:[\w-]+\s+){0,2}(?:plan|package|bundle|membership|offer|deal)s?$"
                          r"|^(?:our|your|the|a|an|this)\s+(?:\w+\s+)?(?:plan|package|bundle|membership|offer|deal)s?\b", re.IGNORECASE)


# a first column of options a "Best for" column can describe (not "| Physio | Clinic days | Best for |", a team's specialisms)
_OPTION_COL = re.compile(r"\b(?:types?|options?|products?|models?|kinds?|styles?|treatments?|therap\w*|devices?|splints?|braces?"
                         r"|supports?|remed(?:y|ies)|choices?|methods?|techniques?)\b", re.IGNORECASE)
_STRICT_SAFETY = r"safety|side[- ]effects?|risks?|cautions?|interactions?"
# ("| Option | What it offers | Drawbacks |", "| Best for | Good to know |", "| Watch-outs |": the row's cautions)
_SAFETY_COL = re.compile(r"\b(?:" + _STRICT_SAFETY + r"|drawbacks?|downsides?|disadvantages?|cons|watch[- ]outs?|warnings?"
                         r"|precautions?|good to know)\b", re.IGNORECASE)
# a broad caution column ("Cons", "Good to know": a safety column that is not one of these) holds practical notes too
# ("Wear shorts", "Wires can tangle"): only a note about the body or a risk is a safety claim
_STRICT_SAFETY_COL = re.compile(r"\b(?:" + _STRICT_SAFETY + r")\b", re.IGNORECASE)
_RISK_WORDS = re.compile(r"\b(?:risks?|safe|unsafe|side[- ]effects?|complications?|not for|avoid\w*|pregnan\w*|babies|infants"
                         r"|children|interact\w*|sting\w*|irritat\w*|upset\w*|cause[sd]?|allerg\w*|dependen\w*|addict\w*|rebound"
                         r"|bruis\w*|sore\w*|scald\w*|burns?|bleed\w*|harm\w*|dangerous|toxic\w*|overdose|contraindicat\w*)\b",
                         re.IGNORECASE)
_MECHANISM_COL = re.compile(r"\bhow (?:it|they|\w+) (?:is thought to )?works?\b|\bmechanism\b|\bwhat it does\b", re.IGNORECASE)


_BARE_RATING = re.compile(r"(?:very |fairly |quite )?(?:low|high|moderate|medium|minimal|low[- ]to[- ]moderate|moderate[- ]to[- ]high)\.?",
                          re.IGNORECASE)


def _says_something(cell: str, header: str) -> bool:
    """Whether a comparison row's cell says something about health: a safety note in words ("None reported", not
    "—" or "N/A"), a mechanism or a finding, or an effect or health term of its own (not "Tablet" under "Form",
    "Once daily" under "How to take it")."""
    cell = cell.strip()
    if not re.search(r"[A-Za-z]{2}", cell) or re.fullmatch(r"n/?a|tbc|unknown|varies|-+", cell, re.IGNORECASE):
        return False
    if _NOT_HEALTH_ATTRIBUTE.search(header) or _SPEC_ATTRIBUTE.match(header):
        return False
    safety = _SAFETY_COL.search(header)
    if safety and _BARE_RATING.fullmatch(cell):
        return False  # "Risk of dependence | Low": a grade that belongs to the row's claim, not one of its own
    if safety and not _STRICT_SAFETY_COL.search(header):
        # ("Cons | Wires can tangle", "Downsides | Awkward to sleep in": a nuisance, not a risk)
        return bool(EFFECT.search(cell) or _RISK_WORDS.search(cell))
    return bool(safety or _MECHANISM_COL.search(header) or _FINDING_COL.search(header)
                or HEALTH.search(cell) or EFFECT.search(cell) or _STRONG_EFFECT.search(cell))


# a row or column about the product, not the body: "Recovery features", "Noise", "Battery life", "Colours"
_SPEC_NAME = re.compile(r"\b(?:features?|specs?|specifications?|noise|loudness|colou?rs?|battery|weight|size|price|cost|warranty"
                        r"|material|attachments?|speeds?|settings|design|finish|capacity)\b", re.IGNORECASE)


def firm_cell(cell: str, attribute: str) -> bool:
    """Whether a comparison table's cell that the rules read as a claim says something about health, so the learned
    detector, which cannot judge a short cell out of its table, may not drop it: a health word or an effect in the cell,
    or a row (column) that asks about risk, safety, findings, what it is best for or how soon it works; never a row
    about the product's make ("Recovery features | Heated head, 5 speeds")."""
    if _SPEC_NAME.search(attribute):
        return False
    return bool(HEALTH.search(cell) or EFFECT.search(cell) or _RISK_ATTRIBUTE.search(attribute) or _SAFETY_COL.search(attribute)
                or _USED_FOR.match(attribute) or _FINDING_COL.search(attribute) or _MECHANISM_COL.search(attribute)
                or re.search(r"\b(?:time to|results?|works?|relief|onset|how (?:soon|fast|quickly|long))\b", attribute, re.IGNORECASE))


_WHOM = re.compile(r"\s*(?:people|anyone|anybody|those|someone|everyone|users|buyers|customers|beginners|first-timers)\b"
                   r"|.*\b(?:budget|price|cheap\w*|value for money|convenien\w*|taste|flavou?r)\b", re.IGNORECASE)


def separate_findings(cells: Sequence[str], header: Sequence[str]) -> list[tuple[int, str | None]] | None:
    """The columns of a treatment comparison row that are claims of their own, with their kind (None to infer):
    "| Treatment | How it works | What the evidence shows | Main safety notes |" gives a mechanism, a finding and a
    safety note per treatment, three claims of different kinds. None unless the table has a safety column and at least
    two columns with something to say about health."""
    if len(header) != len(cells) or len(header) < 3 or not any(_SAFETY_COL.search(h) for h in header[1:]):
        return None
    # (and what each one is best for, in words: "Best for | Repeated hard efforts of 1–4 minutes", not "Getting started")
    # (not whom it suits or what it costs: "People who prefer a capsule", "Anyone on a budget")
    described = [j for j, h in enumerate(header) if j and (_says_something(cells[j], h) or (
        _USED_FOR.match(h) and len(cells[j].split()) >= 3 and not _WHOM.match(cells[j])))]
    if len(described) < 2:
        return None
    return [(j, "safety" if _SAFETY_COL.search(header[j]) else "mechanism" if _MECHANISM_COL.search(header[j]) else None)
            for j in described]


def row_item(cells: Sequence[str], header: Sequence[str]) -> str | None:
    """The item a row is about when the table's first column lists foods, herbs or remedies ("Kefir"); else None."""
    item = cells[0].strip() if cells else ""
    # ("| Supplement | Best for | Common side effect |" lists supplements; "| Supplement | 5-HTP | Chamomile |" compares them)
    listed = _ITEM_COLUMN.search(header[0]) or (re.match(r"\s*supplements?\s*$", header[0], re.IGNORECASE) and any(
        _USED_FOR.match(h) or _SAFETY_COL.search(h) for h in header[1:])) if header else False
    if listed and 0 < len(item.split()) <= 4 and item[:1].isupper() \
            and not _NOT_AN_ITEM.search(item):
        return item
    return None


def _compared_column(cells: Sequence[str], header: Sequence[str], credited: str | None,
                     vocabulary: Vocabulary) -> tuple[str, str | None] | None:
    """A comparison table ("| | CBD Oil | Melatonin |"): the credited product's column answers each row
    ("Habit-forming | No") -- a claim about it when the row is about health or risk, not price or taste."""
    if not credited or len(header) < 3 or len(cells) != len(header) or not cells[0].strip():
        return None
    column = next((j for j, h in enumerate(header) if j and h and (
        credited in {m.term.name for m in vocabulary.find(h, "intervention")} or credited.lower() in h.lower())), None)
    if column is None or column == 0:
        return None
    attribute, value = cells[0].strip(), cells[column].strip()
    if not value or _NOT_HEALTH_ATTRIBUTE.search(attribute):
        return None
    risk = bool(_RISK_ATTRIBUTE.search(attribute))
    if not (risk or HEALTH.search(attribute) or EFFECT.search(attribute)):
        return None
    others = ", ".join(f"{h}: {c.strip()}" for j, (h, c) in enumerate(zip(header, cells, strict=True)) if j and j != column and h)
    text = f"{credited[:1].upper()}{credited[1:]}: {attribute.lower()} \u2014 {value.lower()}" + (f" ({others})" if others else "")
    return (text, "safety" if risk else None)


# "Zinc form", "Zinc per lozenge", "Price": a whole header that names an attribute ("Strength training" names a treatment)
_ATTRIBUTE_HEAD = re.compile(r"^\s*(?:[\w-]+\s+)?(?:forms?|types?|per \w+|dose|dosage|amount|content|strength|mg|price|cost|size"
                             r"|flavou?rs?)\s*$", re.IGNORECASE)


def product_columns(cells: Sequence[str], header: Sequence[str], credited: str | None,
                    vocabulary: Vocabulary) -> list[tuple[int, str, str]] | None:
    """Tables whose columns each answer a health row for themselves: (column, claim text, credited) per cell.

    A review of products of one kind ("| | OrthoLift Unloader Brace | FlexGuard Hinged Brace |", two or more heads
    naming the credited intervention) credits every cell to it; a comparison of treatments ("| | Ashwagandha |
    Rhodiola |", every head naming one) credits each cell to its column's treatment when the cells are phrases
    that assert an effect (short answers such as "Yes" / "No" are left to the credited column's row claim).
    ``[]`` for a row about something else (price, weight, dose); None when the table is neither."""
    if not credited or len(header) < 3 or len(cells) != len(header) or not cells[0].strip():
        return None
    names: dict[int, str] = {}
    for j, h in enumerate(header):
        if j and h and not _ATTRIBUTE_HEAD.match(h):  # "Zinc form", "Zinc per lozenge": a column of attributes, not a product
            found = [m.term.name for m in vocabulary.find(h, "intervention")]
            if credited.lower() in h.lower() or credited in found:
                names[j] = credited
            elif found:
                names[j] = found[0]
    same = sum(1 for n in names.values() if n == credited) >= 2
    heads = [h.strip() for h in header[1:] if h.strip()]
    # "| | TheraPulse Pro | Hypervolt Go |": brand names only, no treatment named, in a page about one kind of product
    brands = (not names and not header[0].strip() and len(heads) >= 2 and all(len(h.split()) <= 5 and h[:1].isupper() for h in heads)
              and not any(re.match(r"(?:week|day|month|year|before|after|group|session|dose|level|stage|step)\b", h, re.I)
                          for h in heads))
    same = same or brands
    rivals = not same and credited in names.values() and len(names) == len(heads)
    if not same and not rivals:
        return None
    attribute = cells[0].strip()
    values = [(j, header[j].strip(), cells[j].strip()) for j in range(1, len(header)) if cells[j].strip()]
    used_for = bool(_USED_FOR.match(attribute))  # "Best for | Muscle pain, stiffness …": the row says what each treats
    if same and used_for:
        return []  # a product review's "Best for | Runners and mild aches" is a buyer's category
    finding = bool(_FINDING_COL.search(attribute))  # "What it does | Loosens tight calves … | Eases soreness …"
    if (_NOT_HEALTH_ATTRIBUTE.search(attribute) or _SPEC_ATTRIBUTE.search(attribute)
            or not (used_for or finding or _RISK_ATTRIBUTE.search(attribute) or HEALTH.search(attribute) or EFFECT.search(attribute))):
        return []
    if not (used_for or finding or _RISK_ATTRIBUTE.search(attribute) or EFFECT.search(attribute)) and not any(
            EFFECT.search(v) or HEALTH.search(v) for _j, _h, v in values):
        return []  # "Setting | Studio | Home": no effect in the row
    if used_for:
        return [(j, _cap(f"{names[j]} is {attribute.lower()} {v[:1].lower()}{v[1:]}"), names[j])
                for j, _h, v in values if HEALTH.search(v) or vocabulary.find(v, "condition")]
    if same:
        if all(len(v.split()) <= 2 and not EFFECT.search(v) for _j, _h, v in values):
            return []
        return [(j, f"{h}: {attribute.lower()} \u2014 {v[:1].lower()}{v[1:]}", credited) for j, h, v in values]
    # a row that asks for an effect, a risk or how it works ("How long relief lasts", "Side effects", "Treats the cause?")
    # makes each phrase an answer ("Usually several days", "No – masks the symptoms only"); elsewhere a phrase must name one
    # (when the credited column answers in a phrase too: "| Stomach upset | Low | Raised with regular use |" is the credited
    # column's row claim)
    asks = bool(finding or _RISK_ATTRIBUTE.search(attribute) or EFFECT.search(attribute)) and all(
        len(v.split()) >= 3 for j, _h, v in values if names.get(j) == credited)

    def answers(v: str) -> bool:
        return len(v.split()) >= 3 and bool(asks or EFFECT.search(v))

    if not any(answers(v) for _j, _h, v in values):
        return None  # short answers: the credited column's row claim (_compared_column)
    return [(j, _cap(f"{names[j]}: {attribute.lower()} \u2014 {v[:1].lower()}{v[1:]}"), names[j])
            for j, _h, v in values if answers(v)]


_USED_FOR = re.compile(r"^\s*(?:best|good|used|ideal|great) for\s*$|^\s*(?:helps with|treats|conditions treated)\s*$", re.IGNORECASE)
# product specifications, not health: "Support level | High", "Weight | 480 g", "Type | Knit sleeve"
_SPEC_ATTRIBUTE = re.compile(r"^\s*(?:support level|level of support|weight|size|sizes|material|fabric|colou?rs?|fit|type"
                             r"|warranty|dimensions|battery(?: life)?|power|settings|(?:typical |daily )?doses?"
                             r"|dosage|form|pressure|technique|style|strokes|intensity|depth|position|oils?)\s*$", re.IGNORECASE)


# (in its short and plural forms too, and a range with a dash or "to": "Thurs", "Mondays", "Mon – Fri", "Mon to Fri")
_WEEKDAY = re.compile(r"\s*(?:mon|tue|wed|thu|fri|sat|sun)(?:days?|s|rs?|urdays?|nesdays?|sdays?|rsdays?)?\.?\s*"
                      r"(?:[&/,\-\u2013\u2014]|to\b|$)", re.IGNORECASE)


def _measured(cells: Sequence[str], header: Sequence[str]) -> tuple[str, str] | None:
    """Figures under columns that measure the body, a statistic with each figure named by its column: "| Walking football |
    100–130 bpm | 300–400 | Low |" under "Typical heart rate | Calories per hour | Impact on joints" (prices and empty cells
    left out, the header's capitals kept: "LDL cholesterol"); None for any other row."""
    if len(header) != len(cells) or len(cells) < 2 or not cells[0].strip() or not _MEASURE_COLUMNS.search(" ".join(header[1:])) \
            or not any(re.search(r"\d", c) for c in cells[1:]):
        return None
    parts = []
    for h, c in zip(header[1:], cells[1:], strict=True):
        h, c = h.strip(), c.strip()
        if not c or _PRICE_CELL.fullmatch(c) or _NOT_HEALTH_ATTRIBUTE.search(h):
            continue
        # (a plain capitalised first word goes lower case; "HbA1c", "LDL" keep their capitals)
        name, value = (x[:1].lower() + x[1:] if re.match(r"[A-Z][a-z]*(?![A-Za-z0-9])", x) else x for x in (h, c))
        parts.append(value if value.lower().startswith(name.lower()) else f"{name} {value}")
    return (f"{cells[0].strip()}: {'; '.join(parts)}", "statistic") if parts else None


def is_condition_row(header: Sequence[str], heading: str | None) -> bool:
    """Whether a table's rows name conditions the page credits its treatment with treating: its first column is headed
    "Condition(s)", or, with no header, its heading names conditions ("Conditions Treated with Dry Needling"); not a
    "Problem" or "Symptom" column, whose rows may be a plan's ("| Problem | Typical sessions |")."""
    if header:  # (not a course plan by condition: "| Condition | Typical course | Session length |")
        return bool(re.match(r"\s*(?:conditions?|ailments?)\b", header[0], re.IGNORECASE)) and not any(
            re.search(r"\b(?:course|sessions?|length|duration|frequency|how (?:often|long)|weeks?|price|cost)\b", h, re.IGNORECASE)
            for h in header[1:])
    return bool(heading and _CONDITION_COL.search(heading))


def row_claim(cells: Sequence[str], header: Sequence[str], heading: str | None, credited: str | None,
              vocabulary: Vocabulary) -> tuple[str, str | None] | None:
    """(claim text, kind or None to infer) for a table row, or None when the row asserts nothing."""
    compared = _compared_column(cells, header, credited, vocabulary)
    if compared is not None:
        return compared
    measured = _measured(cells, header)
    if measured is not None:
        return measured
    several = sum(1 for h in header[1:] if not _NOT_HEALTH_ATTRIBUTE.search(h)) >= 2
    # (one finding column is enough when it names an effect: "| Treatment | What it's for | Members | Non-members |")
    finding = any(re.search(_WHAT_FOR, h, re.IGNORECASE) for h in header[1:])
    if len(header) == len(cells) and (several or finding) and any(
            _NOT_HEALTH_ATTRIBUTE.search(h) for h in header[1:]):  # "| Ice bath | Less soreness … | … | £15 |": the price is no finding
        kept = [c for j, (c, h) in enumerate(zip(cells, header, strict=True)) if not j or not _NOT_HEALTH_ATTRIBUTE.search(h)]
        if any(EFFECT.search(c) or HEALTH.search(c) for c in kept[1:]):
            header, cells = [h for j, h in enumerate(header) if not j or not _NOT_HEALTH_ATTRIBUTE.search(h)], kept
        else:
            return None  # "| Recovery Add-on | Unlimited sauna + plunge | £25/month |": a price list, no health in it
    # (a price or an empty mark is no part of the finding: "| Hot Stone Ritual | Warm basalt stones melt away … | £82 | £108 |")
    # (only a real price makes it a package's row, not a dash or an empty cell: "| Pain score (0-10) | 7 | 3 | – |" of a
    # results table is its finding)
    priced = any(c and re.search(r"\d", c) and _PRICE_CELL.fullmatch(c.strip()) for c in cells)
    cells = [c for c in cells if c and not _PRICE_CELL.fullmatch(c.strip())]
    if not cells or (priced and all(re.fullmatch(r"\d+(?:\s+\w+)?", c.strip()) for c in cells[1:])):
        return None  # "| Lipo Recovery Pack | 6 | £330 |": a package, its count and its price
    first = header[0] if header else ""
    # (a timetable's weekday is no stage of a plan: "| Wednesday | 11:15 | Mum & Baby Mat | Strengthens back and glutes … |",
    # nor a class's name under "Session": "| Arthritis Aqua Class | Tue 10:00 | … | Builds leg strength … |")
    named_session = first.strip().lower().startswith("session") and not _STAGE_CELL.search(re.sub(r"\b1:1\b", "", cells[0]))
    if _PLAN_COL.match(first) and not named_session and not (_WEEKDAY.match(cells[0]) and any(
            EFFECT.search(c) and _THIRD_PERSON_EFFECT.search(c) for c in cells[1:])) and not any(
            _RESULT_COL.search(h) or (_EXPECT_COL.search(h) and _NUMBERED_STAGE.match(cells[0])) for h in header[1:]) and not any(
            _STRONG_EFFECT.search(c) and EFFECT.search(c) and _THIRD_PERSON_EFFECT.search(c) for c in cells[1:]):
        return None  # "| Stage | What we focus on | Typical timeframe |": the programme's plan, not a finding (unless a
        # cell claims an effect: "| Embryo transfer | On the day | Relaxes the uterus to improve implantation |")
    joined = "; ".join(cells[1:])
    if _CONDITION_COL.search(first) or (not header and heading and _CONDITION_COL.search(heading)):
        done = complete_item(cells[0], None, heading, credited)
        if done is None and credited:
            return (f"{credited[:1].upper()}{credited[1:]} treats {cells[0].lower()}", "efficacy")
        if done is not None and len(cells) > 1 and len(header) > 1 and _HOW_COL.search(header[1]):
            desc = cells[1][:1].lower() + cells[1][1:]
            return (f"{done.text}: {desc}", "efficacy")
        if done is not None:
            kind = {"contraindication": "safety", "side_effect": "safety", "treats": "efficacy"}.get(done.mode, "benefit")
            if done.mode == "benefit":
                done_text = f"{credited[:1].upper()}{credited[1:]} helps with {cells[0].lower()}" if credited else done.text
                return (done_text, "efficacy")
            return (done.text, kind)
        return None
    if _BENEFIT_COL.search(first):
        done = complete_item(cells[0], None, heading or "benefits", credited)
        if done is not None:
            return (done.text + (f": {joined}" if joined else ""), "benefit")
    text = f"{cells[0]}: {joined}" if joined else cells[0]
    if len(header) > 1 and _FINDING_COL.search(" ".join(header[1:])):
        # "Outcome | What studies found", "Outcome | What patients report": every row is a finding
        return (text, "citation" if re.search(r"stud|research|trial|evidence", " ".join(header[1:]), re.I) else "benefit")
    if len(header) == len(cells) and not vocabulary.find(cells[0], "intervention") and _OPTION_COL.search(first) and any(
            _USED_FOR.match(h) and (HEALTH.search(c) or EFFECT.search(c)) for h, c in zip(header[1:], cells[1:], strict=True)):
        # "| Splint type | Best for | When to wear it |" + "| Neoprene thumb sleeve | Mild pain during light daily tasks | …
        # |": what each one is for, named by the row (the treatment may be one the vocabulary does not know)
        return (text, "efficacy")
    if _INTERVENTION_COL.search(first) or vocabulary.find(cells[0], "intervention"):
        if header and joined and not (EFFECT.search(joined) or HEALTH.search(joined)):
            return None  # "| 4-7-8 breathing | In 4, hold 7, out 8 | 2-4 minutes |": how it is done, no effect
        return (text, None) if is_claim_sentence(text, has_subject=True) else None
    return (text, None) if is_claim_sentence(text) else None
