"""/review/enquiries: the council's enquiries and how quickly they were answered."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from app.enquiries import figures
from app.enquiries.queries import enquiries_in
from app.web.deps import SessionDep, StateDep, UserDep, render

router = APIRouter(prefix="/review", include_in_schema=False)
GROUPINGS = {"service": ("Service", figures.by_service), "officer": ("Officer", figures.by_officer),
             "councillor": ("Councillor", figures.by_councillor)}
STATUS_LABELS = {"overdue": "Overdue", "open": "Awaiting an answer", "acknowledged": "Acknowledged only",
                 "answered-late": "Answered late", "answered": "Answered in time",
                 "not-visible": "Answer not visible"}


@router.get("/enquiries")
def enquiries(request: Request, state: StateDep, session: SessionDep, user: UserDep,
              status: Annotated[str, Query(max_length=20, pattern=r"^[a-z-]*$")] = "",
              by: Annotated[str, Query(max_length=20, pattern=r"^[a-z]*$")] = "service"):
    now = request.app.state.clock()
    pack, directory = request.app.state.councils.get(request.state.council)
    duty = pack.duties.respond
    calendar = duty.calendar if duty else "england-and-wales"
    rows = enquiries_in(session, user.council_id)
    listed = [{"e": e, "status": figures.status_of(e, now), "days": figures.response_days(e, calendar),
               "asker": _name(directory, e.asker), "owners": [_name(directory, a) for a in e.addressees]}
              for e in rows]
    if status in STATUS_LABELS:
        listed = [row for row in listed if row["status"] == status]
    label, key = GROUPINGS.get(by, GROUPINGS["service"])
    groups = figures.group_figures(rows, key, now, calendar)
    counts = {s: sum(1 for e in rows if figures.status_of(e, now) == s) for s in STATUS_LABELS}
    return render(request, state, "enquiries.html", {
        "duty": duty, "rows": listed, "groups": groups, "group_label": label,
        "by": by if by in GROUPINGS else "service", "status": status if status in STATUS_LABELS else "",
        "labels": STATUS_LABELS,
        "counts": counts, "names": {a: _name(directory, a) for e in rows for a in (e.asker, *e.addressees)}})


def _name(directory, address: str) -> str:
    person = directory.person(address)
    return person.styled() if person else address
