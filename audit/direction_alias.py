"""Other names of an outcome or an arm in one abstract: abbreviations it defines ("quality of life (QOL)")."""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["abbreviations", "alias_forms", "acronym_forms"]

# "long form (SF)": a short form of 2-10 characters with a capital letter, in brackets after its long form
_DEFINED = re.compile(r"((?:[\w'-]+[ /-]){1,12})\(\s*([A-Za-z0-9][\w-]{0,8}[A-Za-z0-9]?s?)\s*[),;]")


def _long_form(short: str, words: str) -> str | None:
    """The shortest tail of ``words`` whose letters spell ``short`` in order, its first letter opening a word.

    "patients with parathyroid hormone", "PTH" → "parathyroid hormone" (Schwartz and Hearst's matching).
    """
    s, text = short.lower(), words.lower().strip()
    si, li = len(s) - 1, len(text) - 1
    while si >= 0:
        ch = s[si]
        if not ch.isalnum():
            si -= 1
            continue
        while li >= 0 and (text[li] != ch or (si == 0 and li > 0 and text[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        si -= 1
        li -= 1
    start = text.rfind(" ", 0, li + 1) + 1
    tail = text[start:].strip(" -/")
    return tail if len(tail) > len(s) + 1 else None


def abbreviations(text: str) -> dict[str, str]:
    """Short form → long form (both lower-cased) for each "long form (SF)" definition in ``text``."""
    found: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        short = m.group(2)
        if len(short) < 2 or not re.search(r"[A-Z]", short) or short.lower() in found:
            continue  # "(n = 20)", "(mean)": not an abbreviation
        long = _long_form(short.rstrip("s") if short.endswith("s") and short[:-1].isupper() else short, m.group(1))
        if long:
            found[short.lower()] = long
            if short.endswith("s") and short[:-1].isupper():  # "(PCTs)" also names one "PCT"
                found.setdefault(short[:-1].lower(), long)
    return found


def _word_in(phrase: str, text: str) -> bool:
    return bool(re.search(r"(?<![\w-])" + re.escape(phrase) + r"(?![\w-])", text))


def alias_forms(target: str | Sequence[str], defined: dict[str, str]) -> list[str]:
    """``target``'s forms with the names the abstract (or the target itself) gives them.

    "parathyroid hormone (PTH)" → also "parathyroid hormone" and "PTH"; with "quality of life (QOL)"
    defined in the abstract, "quality of life" → also "qol" and "QOL scores" → also "quality of life scores".
    """
    forms = [target] if isinstance(target, str) else list(target)
    out = list(forms)
    for form in forms:
        low = form.lower()
        own = abbreviations(form)
        for short in own:  # the target's own definition: either name alone
            out += [re.sub(r"\s*\(\s*" + re.escape(short) + r"s?\s*\)", " ", low, flags=re.I), short]
        for short, long in defined.items():
            if short in own:
                continue
            if _word_in(long, low):
                out.append(low.replace(long, short))
            elif _word_in(short, low):
                out.append(re.sub(r"(?<![\w-])" + re.escape(short) + r"(?![\w-])", long, low))
    seen: set[str] = set()
    return [f for f in out if f.strip() and not (f in seen or seen.add(f))]  # type: ignore[func-returns-value]


_MINOR = {"of", "the", "and", "in", "to", "for", "a", "an", "on", "with", "at", "by"}


def acronym_forms(forms: list[str], text: str) -> list[str]:
    """Acronyms of the forms' words that ``text`` uses in capitals without defining them: "quality of life" → "qol".

    Tried: the initials of every word ("QOL") and of the content words only, each of three or more
    letters (two-letter capitals such as "II" are too often something else).
    """
    capitals = set(re.findall(r"\b[A-Z][A-Z0-9]{1,7}\b", text))
    out: list[str] = []
    for form in forms:
        words = re.findall(r"[A-Za-z]+", form)
        if len(words) < 2:
            continue
        for chosen in (words, [w for w in words if w.lower() not in _MINOR]):
            acronym = "".join(w[0] for w in chosen).upper()
            if len(chosen) >= 3 and acronym in capitals and acronym.lower() not in out:
                out.append(acronym.lower())
    return out
