"""/review/findings: the Monitoring Officer's view of every finding, with filters and a CSV export."""

from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.digest.period import schedule_from_options
from app.errors import InvalidInput
from app.settings import public_base_url
from app.web import findings, views
from app.web.deps import PageError, SessionDep, StateDep, UserDep, render
from app.web.routes_review import EMAIL_CHARS

router = APIRouter(prefix="/review", include_in_schema=False)
DAY = r"^(\d{4}-\d{2}-\d{2})?$"
Rule = Annotated[str, Query(max_length=100, pattern=r"^[a-z0-9-]*$")]
Person = Annotated[str, Query(max_length=320, pattern=EMAIL_CHARS)]
Outcome = Annotated[str, Query(max_length=20, pattern=r"^[a-z]*$")]
Day = Annotated[str, Query(max_length=10, pattern=DAY)]


def _filters(rule: str, person: str, outcome: str, first: str, last: str) -> findings.Filters:
    if outcome and outcome not in findings.OUTCOMES:
        raise PageError(422, f"There is no outcome {outcome!r}.")
    try:
        first_day = date.fromisoformat(first) if first else None
        last_day = date.fromisoformat(last) if last else None
    except ValueError:
        raise PageError(422, "A date must be a real day, as YYYY-MM-DD.") from None
    if first_day and last_day and last_day < first_day:
        raise PageError(422, "The period ends before it starts.")
    return findings.Filters(rule, person.strip(), outcome, first_day, last_day)


def _zone(request: Request):
    try:
        return schedule_from_options(request.state.council.options).zone
    except InvalidInput:
        return schedule_from_options({}).zone


@router.get("/findings")
def findings_page(request: Request, state: StateDep, session: SessionDep, user: UserDep,
                  rule: Rule = "", person: Person = "", outcome: Outcome = "",
                  first: Annotated[str, Query(alias="from", max_length=10, pattern=DAY)] = "",
                  last: Annotated[str, Query(alias="to", max_length=10, pattern=DAY)] = ""):
    chosen = _filters(rule, person, outcome, first, last)
    zone = _zone(request)
    rows, total = findings.find(session, user.council_id, chosen, zone, findings.PAGE_ROWS)
    _, directory = request.app.state.councils.get(request.state.council)
    rules, senders = findings.choices(session, user.council_id)
    query = request.url.query
    return render(request, state, "findings.html", {
        "rows": [{"f": f, "m": f.message, "sender": views.person(directory, f.message.sender_name, f.message.sender),
                  "at": findings.local_time(f.created_at, zone)} for f in rows],
        "total": total, "shown": len(rows), "rules": rules,
        "people": [views.person(directory, "", s) for s in senders],
        "outcomes": findings.OUTCOMES, "zone": zone.key,
        "filters": {"rule": rule, "person": chosen.person, "outcome": outcome, "from": first, "to": last},
        "any_filter": chosen.any, "csv_link": "/review/findings.csv" + (f"?{query}" if query else "")})


@router.get("/findings.csv")
def findings_csv(request: Request, session: SessionDep, user: UserDep,
                 rule: Rule = "", person: Person = "", outcome: Outcome = "",
                 first: Annotated[str, Query(alias="from", max_length=10, pattern=DAY)] = "",
                 last: Annotated[str, Query(alias="to", max_length=10, pattern=DAY)] = ""):
    chosen = _filters(rule, person, outcome, first, last)
    zone = _zone(request)
    rows, _ = findings.find(session, user.council_id, chosen, zone, findings.CSV_ROWS)
    _, directory = request.app.state.councils.get(request.state.council)
    text = findings.to_csv(rows, directory, public_base_url(request.app.state.settings), zone)
    name = f"findings-{request.state.council.slug}.csv"
    return Response(text, media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": f'attachment; filename="{name}"',
                             "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"})
