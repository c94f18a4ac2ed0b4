"""How people's names are written and matched in text: folding, tokens, and one pattern per name.

Pure helpers of `app.engine.directory`: "Cllr Evans", "Councillor Keith Evans", "K. Evans",
"Keith Evans", "Cllr K Evans" — a surname alone only with a councillor honorific.
"""

from __future__ import annotations

import re
import unicodedata

_HONORIFICS = frozenset(
    {"cllr", "councillor", "clr", "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "rev"}
)

_PATTERN_CACHE: dict[tuple[str, bool], re.Pattern[str]] = {}


def name_pattern(name: str, councillor: bool) -> re.Pattern[str]:
    key = (name, councillor)
    cached = _PATTERN_CACHE.get(key)
    if cached is not None:
        return cached
    tokens = name_tokens(fold_name(name))
    if not tokens:
        pattern = re.compile(r"(?!x)x")
    else:
        surname = re.escape(tokens[-1])
        given = tokens[:-1]
        alternatives = []
        if given:
            first = re.escape(given[0])
            initial = re.escape(given[0][0])
            middle = r"(?:\s+[a-z]\.?|\s+[a-z][a-z'-]+)?"
            alternatives.append(rf"{first}{middle}\s+{surname}")
            alternatives.append(rf"{initial}\.?{middle}\s+{surname}")
        honorific = r"(?:cllr|councillor|clr|cllr\.)\.?\s+(?:dr\.?\s+|mr\.?\s+|mrs\.?\s+|ms\.?\s+)?"
        alternatives.append(rf"{honorific}(?:[a-z]\.?\s+|[a-z][a-z'-]+\s+)?{surname}")
        if not councillor:
            alternatives.pop()  # the honorific form is for councillors only
            if not given:
                alternatives.append(surname)
        pattern = re.compile(r"(?<![a-z])(?:" + "|".join(alternatives) + r")(?![a-z])")
    _PATTERN_CACHE[key] = pattern
    return pattern


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'"})


def fold_name(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def name_tokens(name: str) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", fold_name(name))
    return [w for w in words if w.lower() not in _HONORIFICS]
