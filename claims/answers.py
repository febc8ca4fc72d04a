"""FAQ answers as claims: a bare "Yes." or "Not at all." under a question heading about the treatment."""

from __future__ import annotations

import re

__all__ = ["answer_claim"]

# A bare answer to a question heading ("Does it hurt?" — "Not at all.").
_ANSWER_LEAD = re.compile(r"^(?:(yes|absolutely|definitely|of course|certainly)|(no|not at all|never|not really))"
                          r"\s*[\u2014\u2013,-]\s+(?=[a-z])", re.IGNORECASE)
_BARE_ANSWER = re.compile(r"^(?:(yes|absolutely|definitely|of course|certainly|it (?:can|does|will|may|helps))|(no|not at all|never|not really|nope))\b"
                          r"[\s,.!]*(?:it (?:does|is|can|will|doesn['\u2019]t|isn['\u2019]t|won['\u2019]t))?[.!]?$",
                          re.IGNORECASE)
# (not "Is there any research behind cupping for back pain?": what exists, not what it does)
# (but "Is there any risk of infection?" + "No." and "Are there any side effects?" + "Very rarely." do answer for the
# treatment: "Cupping has no risk of infection")
_THERE_SAFETY = re.compile(r"^(?:is|are)\s+there\s+(?:any\s+)?((?:an?\s+)?(?:real\s+|serious\s+)?(?:risks?|side effects?|dangers?)\b.*?)\s*\?\s*$",
                           re.IGNORECASE)
_QUESTION = re.compile(r"^(does|do|is|are|will|can|could|should|would)\s+(?!there\b)(?:it|this|they|(?:the |this )?\w+(?: \w+)?)\s+"
                       r"(.*?)\s*\?\s*$", re.IGNORECASE)
_QUESTION_ONE_WORD = re.compile(r"^(does|do|is|are|will|can|could|should|would)\s+(?!there\b)(?:it|this|they|\w+)\s+(.*?)\s*\?\s*$",
                                re.IGNORECASE)
# (not the job in "Does chiropractic help with jet lag or shift work?", "… shift-work sleep problems?", nor the place in
# "Can I go back to work after acupuncture?": "work" is a key as what the subject does: "Does it (really) work for …?",
# "Is it going to work?")
_QUESTION_KEY = re.compile(r"\b(hurt|pain\w*|safe\w*|side effects?|(?:^|(?<=ly )|(?<=\bstill )|(?<=\beven )|(?<=\balso )"
                           r"|(?<=\bgoing to )|(?<=\bproven to )|(?<=\blikely to )|(?<=\bsupposed to )|(?<=\bstart to ))"
                           r"work(?! with)|help|effective|risk\w*|cure|fix|heal|damage"
                           r"|addictive|bruis\w*|sore\w*)\b", re.IGNORECASE)
_QUALIFIES = re.compile(r"\b(?:feel\w*|pressure|sore\w*|harm\w*|adverse|risks?|safe\w*|pain\w*|hurt\w*|discomfort"
                       r"|fussy|gentle|comfortable|pinch\w*|sting\w*|tingl\w*|side effects?|rare\w*)\b", re.IGNORECASE)
# "Is it safe to take every day? Yes. … is well tolerated by most adults": a tolerance sentence restates a safety answer
# (not an effect answer: "Does it help with morning sickness? Yes. Sip it before the nausea builds." still claims help;
# and not an instruction's "so it doesn't upset your stomach")
_TOLERANCE = re.compile(r"\b(?:well[- ])?tolerat\w*\b", re.IGNORECASE)
_EFFECT_KEYS = {"work", "help", "effective", "cure", "fix", "heal"}
# "Can it help if I am diabetic? Yes. … laser therapy works even for …": the answer's own sentence is the claim
_RESTATES_EFFECT = re.compile(r"\b(?:works?|help\w*|effective\w*|treat\w*|reliev\w*|improv\w*|eas(?:e|es|ed)|heal(?!th)\w*)\b",
                              re.IGNORECASE)
_NEGATED_AUX = {"does": "does not", "do": "do not", "is": "is not", "are": "are not", "will": "will not", "can": "cannot",
                "could": "could not", "should": "should not", "would": "would not"}


def answer_claim(sentence: str, asked: str, rest: str, credited: str | None) -> tuple[bool, str | None]:
    """(whether ``sentence`` answers the question ``asked``, the claim it makes or None).

    A "Yes." / "Not at all." (or "Absolutely — …") answering a question about the treatment's effect or
    safety makes a claim from the question ("Does it hurt?" + "Not at all." -> "Cupping does not hurt"),
    unless the sentences after a bare answer (``rest``) restate the point themselves.
    """
    answer = _BARE_ANSWER.match(sentence) or _ANSWER_LEAD.match(sentence)
    there = _THERE_SAFETY.match(asked) if answer and credited else None
    if there and answer and credited:
        if answer.re is _BARE_ANSWER and (_QUALIFIES.search(rest) or _TOLERANCE.search(rest)):
            return True, None  # "Are there any side effects? No. Some people feel a little sore …": the rest is the claim
        asked_of = there.group(1) if answer.group(1) else "no " + re.sub(r"^an?\s+", "", there.group(1))
        return True, f"{credited[:1].upper()}{credited[1:]} has {asked_of}"
    question = _QUESTION.match(asked) if answer else None
    if not (answer and question and credited):
        return False, None
    key = _QUESTION_KEY.search(question.group(2))
    if not key and not answer.group(1) and (short := _QUESTION_ONE_WORD.match(asked)):
        # "Can osteopathy cure a slipped disc?" + "No.": a one-word subject, the key its verb (not "osteopathy cure" as the
        # subject); the denial is the claim
        question, key = short, _QUESTION_KEY.search(short.group(2))
    if not key:
        return False, None
    bare = answer.re is _BARE_ANSWER
    restated = re.search(r"\b" + re.escape(key.group(1)[:4]), rest, re.IGNORECASE) or _QUALIFIES.search(rest) or (
        key.group(1).lower() in _EFFECT_KEYS and _RESTATES_EFFECT.search(rest)) or (
        key.group(1).lower() not in _EFFECT_KEYS and _TOLERANCE.search(rest))
    if bare and restated:
        return True, None  # "Is it safe? Yes. CST is safe from …", "No. You may feel pressure …": the rest is the claim
    aux = question.group(1).lower()
    verb = aux if answer.group(1) else _NEGATED_AUX[aux]
    if aux in ("does", "do"):
        verb = "does" if answer.group(1) else "does not"
    return True, f"{credited[:1].upper()}{credited[1:]} {verb} {question.group(2)}"
