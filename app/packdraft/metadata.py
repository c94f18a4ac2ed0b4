"""What a protocol says about itself: its title, when it was revised, when it is due for review."""

from __future__ import annotations

import re

_MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_MONTH_NAME = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
_DATE = re.compile(
    rf"(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH_NAME}\s+(\d{{4}}))"  # 19th January 2015
    rf"|(?:{_MONTH_NAME}\s+(\d{{4}}))"  # Mar 2023
    r"|(?:(\d{1,2})[/.](\d{1,2})[/.](\d{2,4}))",  # 11/12/23
    re.IGNORECASE,
)
_REVISED = re.compile(r"revised|approv|adopted|date of issue|last updated|last reviewed", re.IGNORECASE)
_REVIEW = re.compile(r"review(ed)?\s*(due|by|date)|to be reviewed|next review", re.IGNORECASE)
_STRUCK = re.compile(r"~~[^~]*~~")
_SUPERSEDED = re.compile(r"supersed|previous version|replaces", re.IGNORECASE)
_TITLE = re.compile(r"protocol|member\s*/\s*officer|councillor\s*/\s*officer", re.IGNORECASE)


def year_month(text: str) -> str | None:
    """The first date in `text` as YYYY-MM, or None."""
    match = _DATE.search(_STRUCK.sub("", text))  # a struck-through date is no date
    if not match:
        return None
    g = match.groups()
    if g[2]:
        month, year = _MONTHS[g[1][:3].lower()], int(g[2])
    elif g[4]:
        month, year = _MONTHS[g[3][:3].lower()], int(g[4])
    else:
        month, year = int(g[6]), int(g[7])
        year += 2000 if year < 100 else 0
    if not 1 <= month <= 12 or not 1900 < year < 2200:
        return None
    return f"{year:04d}-{month:02d}"


def dates(text: str) -> tuple[str, str]:
    """(revised, review_due) as YYYY-MM, or "unknown" where the text gives none."""
    revised = review = None
    lines = [line for line in text.splitlines() if line.strip()]
    for index, line in enumerate(lines):
        if _SUPERSEDED.search(line):
            continue  # the date of the version this one replaced
        window = line if _DATE.search(line) else " ".join(lines[index:index + 2])
        if review is None and _REVIEW.search(line):
            review = year_month(window[_REVIEW.search(window).start():] if _REVIEW.search(window) else window)
        elif revised is None and _REVISED.search(line):
            revised = year_month(window[_REVISED.search(window).start():] if _REVISED.search(window) else window)
    return revised or "unknown", review or "unknown"


def title(text: str, council: str) -> str:
    """The protocol's own title (its first line naming a protocol), else a plain one from the council's name."""
    for line in text.splitlines()[:80]:
        cleaned = re.sub(r"<[^>]+>|[#*_\\]|^\s*[-•>]\s*", "", line).strip(" :\t")
        cleaned = " ".join(cleaned.split())
        if 8 <= len(cleaned) <= 150 and _TITLE.search(cleaned) and not cleaned.endswith("."):
            return cleaned if council.lower() in cleaned.lower() else f"{council} — {cleaned}"
    return f"{council} — Protocol on Member/Officer Relations"


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return slug or "council"
