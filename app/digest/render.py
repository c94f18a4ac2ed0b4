"""The digest as HTML (Outlook-safe tables), plain text, CSV and JSON; and its email subject."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from jinja2 import Environment, StrictUndefined

from app.digest.content import OUTCOME_LABELS, Digest, TrendRow
from app.digest.period import DEFAULT_TIMEZONE
from app.digest.templates import FONT, HTML, TEXT

FORMATS = ("html", "text", "csv", "json")
BAR_PERCENT_MAX = 85  # of the chart column: room is left for the figure beside the bar
TEXT_BAR_MAX = 40


def subject(digest: Digest) -> str:
    headline = "nothing to report" if digest.nothing_to_report else \
        f"{digest.caught} caught, {digest.outcomes['held']} held"
    return f"MailGuard digest, {digest.council}: {digest.period.label} ({headline})"


def render(digest: Digest, fmt: str, zone: ZoneInfo | None = None) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}")
    return {"html": render_html, "text": render_text, "csv": render_csv, "json": render_json}[fmt](digest, zone)


def render_html(digest: Digest, zone: ZoneInfo | None = None) -> str:
    return _environment(True).from_string(HTML).render(**_context(digest, zone, BAR_PERCENT_MAX))


def render_text(digest: Digest, zone: ZoneInfo | None = None) -> str:
    return _environment(False).from_string(TEXT).render(**_context(digest, zone, TEXT_BAR_MAX))


def render_csv(digest: Digest, zone: ZoneInfo | None = None) -> str:
    """One table, a row per figure: section, item, role, rule, clause, outcome, current, previous, at, link, summary."""
    when = _when(zone)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(["section", "item", "role", "rule", "clause", "outcome", "current", "previous", "at",
                     "link", "summary"])
    writer.writerow(["checked", "checked", "", "", "", "", digest.checked, "", "", "", ""])
    for row in digest.trend:
        writer.writerow(["total", row.key, "", "", "", "", row.current, row.previous, "", "", ""])
    for r in digest.rules:
        writer.writerow(["rule", r.rule, "", r.rule, " ".join(r.clauses), "", r.messages, "", "", "",
                         f"held {r.held}; annotated {r.annotated}; flagged {r.flagged}"])
    for p in digest.people:
        writer.writerow(["person", p.name, p.role, " ".join(p.rules), "", "", p.caught, "", "", "",
                         f"held {p.held}; annotated {p.annotated}; flagged {p.flagged}; "
                         f"sent anyway {p.sent_anyway}"])
    queue = digest.held_queue
    writer.writerow(["held-queue", "waiting", "", "", "", "", queue.waiting, "",
                     when(queue.oldest_at) if queue.oldest_at else "", queue.oldest_link or "", ""])
    if digest.enquiries is not None:
        for s in (digest.enquiries.totals, *digest.enquiries.services):
            writer.writerow(["enquiries", s.key, "", "", digest.enquiries.clause, "", s.asked, "", "",
                             digest.enquiries.link, f"answered {s.answered}; late {s.answered_late}; "
                             f"overdue {s.overdue}; median {working_days(s.median_days)}; "
                             f"90th percentile {working_days(s.p90_days)}"])
    for item in digest.notable:
        writer.writerow(["notable", item.sender, item.role, item.rule, item.clause or "", item.outcome, "", "",
                         when(item.at), item.link, item.summary])
    return _defuse_formulas(out.getvalue())


def render_json(digest: Digest, zone: ZoneInfo | None = None) -> str:
    data = asdict(digest)
    data["period"] = _period(digest.period)
    data["previous"] = _period(digest.previous)
    data["nothing_to_report"] = digest.nothing_to_report
    data["trend"] = [{**asdict(row), "delta": row.delta} for row in digest.trend]
    queue = data["held_queue"]
    age = digest.held_queue.oldest_age
    queue["oldest_age_seconds"] = int(age.total_seconds()) if age is not None else None
    del queue["oldest_age"]
    return json.dumps(data, indent=2, ensure_ascii=False, default=_iso) + "\n"


# -- helpers -----------------------------------------------------------------
def _environment(html: bool) -> Environment:
    return Environment(autoescape=html, undefined=StrictUndefined, trim_blocks=not html,
                       lstrip_blocks=not html, keep_trailing_newline=True)


def _context(digest: Digest, zone: ZoneInfo | None, bar_max: int) -> dict:
    top = max([1, *(max(r.current, r.previous) for r in digest.trend)])

    def bar(value: int) -> int:
        # A non-zero count always shows at least a sliver, so 1 is not mistaken for 0.
        return 0 if value <= 0 else max(1, round(value * bar_max / top))

    return {"d": digest, "subject": subject(digest), "font": FONT, "bar": bar, "tbar": bar,
            "delta": _delta, "age": age_text, "when": _when(zone), "labels": OUTCOME_LABELS, "days": working_days}


def working_days(value: float | int | None) -> str:
    if value is None:
        return "–"
    return f"{value:g} working day{'' if value == 1 else 's'}"


def _delta(row: TrendRow) -> str:
    if row.delta == 0:
        return "no change"
    return f"up {row.delta}" if row.delta > 0 else f"down {-row.delta}"


def age_text(age: timedelta | None) -> str:
    if age is None:
        return ""
    minutes = int(age.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    parts = [(days, "day"), (hours, "hour")] if days else [(hours, "hour"), (minutes, "minute")]
    shown = [f"{n} {unit}{'' if n == 1 else 's'}" for n, unit in parts if n]
    return " ".join(shown) or "under a minute"


def _when(zone: ZoneInfo | None):
    zone = zone or ZoneInfo(DEFAULT_TIMEZONE)

    def when(moment: datetime | None) -> str:
        return moment.astimezone(zone).strftime("%a %d %b %H:%M") if moment else ""

    return when


def _period(period) -> dict:
    return {"kind": period.kind, "label": period.label, "start": period.start, "end": period.end,
            "first_day": period.first_day, "last_day": period.last_day}


def _iso(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON")


def _defuse_formulas(text: str) -> str:
    """A spreadsheet must not run a cell from mail as a formula (CSV injection): prefix a quote."""
    rows = list(csv.reader(io.StringIO(text)))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in rows:
        writer.writerow([f"'{cell}" if cell[:1] in ("=", "+", "-", "@") and not _number(cell) else cell
                         for cell in row])
    return out.getvalue()


def _number(cell: str) -> bool:
    try:
        float(cell)
        return True
    except ValueError:
        return False
