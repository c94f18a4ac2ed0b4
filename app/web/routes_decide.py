"""POST /review/messages/{id}/release, /return and /notify-groups: the reviewer's decisions, through
app.review.decisions, and the group-parity notice to the other groups' leaders (app.review.parity)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from sqlalchemy.exc import IntegrityError

from app.auth import accounts as auth
from app.errors import Conflict, Forbidden, InvalidInput
from app.review import decisions as review
from app.review import parity
from app.web.deps import PageError, SessionDep, StateDep, UserDep, redirect, render
from app.web.routes_auth import CsrfDep
from app.web.routes_review import RecordId, load_record, message_context, unreadable

router = APIRouter(prefix="/review", include_in_schema=False)
Reason = Annotated[str, Form(max_length=4000)]


@router.post("/messages/{record_id}/release")
def release(request: Request, state: StateDep, session: SessionDep, user: UserDep, _csrf: CsrfDep,
            record_id: RecordId, reason: Reason = "",
            mode: Annotated[str, Form(max_length=20)] = "as-sent",
            confirm_unreadable: Annotated[str, Form(max_length=10)] = ""):
    return _decide(request, state, session, user, record_id, reason, lambda now: review.release(
        session, user.council_id, record_id, actor=user.email, mode=mode, reason=reason, now=now),
        needs_confirmation=confirm_unreadable != "yes")


@router.post("/messages/{record_id}/return")
def return_to_sender(request: Request, state: StateDep, session: SessionDep, user: UserDep, _csrf: CsrfDep,
                     record_id: RecordId, reason: Reason = ""):
    return _decide(request, state, session, user, record_id, reason, lambda now: review.return_to_sender(
        session, user.council_id, record_id, actor=user.email, reason=reason, now=now))


def _decide(request: Request, state, session, user, record_id: int, reason: str, act, *,
            needs_confirmation: bool = False):
    record = load_record(session, user, record_id)
    _, directory = request.app.state.councils.get(request.state.council)
    try:
        auth.check_may_decide(user, record, directory, submitter=auth.submitted_by(session, record))
    except Forbidden as exc:
        raise PageError(403, f"Not done: {exc}.") from None
    if needs_confirmation and unreadable(record):  # nothing in it was checked: sending it must be a choice
        context = message_context(request, session, user, record)
        context.update(error="Not done: MailGuard could not read this message, so nothing in it was checked. "
                             "Read its source and tick the box to confirm it should be sent as it is.",
                       reason=reason)
        return render(request, state, "message.html", context, 422)
    if "\x00" in reason:
        reason = reason.replace("\x00", "")
    session.commit()  # end the read transaction: the use case takes the row lock in its own
    try:
        act(request.app.state.clock())
    except InvalidInput as exc:
        session.rollback()
        context = message_context(request, session, user, load_record(session, user, record_id))
        context.update(error=f"Not done: {exc}.", reason=reason)
        return render(request, state, "message.html", context, 422)
    except Conflict:
        session.rollback()
        raise PageError(409, "Someone has already decided on this message; nothing more was done.") from None
    return redirect(f"/review/messages/{record_id}?decided=1")


@router.post("/messages/{record_id}/notify-groups")
def notify_groups(request: Request, state: StateDep, session: SessionDep, user: UserDep, _csrf: CsrfDep,
                  record_id: RecordId):
    """One click: tell the other political groups' leaders that advice was given (once, however often asked)."""
    load_record(session, user, record_id)
    if not auth.can_decide(user):
        raise PageError(403, "Not done: only a reviewer can send the notice to the other groups.")
    pack, directory = request.app.state.councils.get(request.state.council)
    session.commit()  # end the read transaction: the use case locks the message in its own
    try:
        parity.notify_other_groups(session, user.council_id, record_id, actor=user.email, pack=pack,
                                   directory=directory, now=request.app.state.clock())
    except InvalidInput as exc:
        session.rollback()
        context = message_context(request, session, user, load_record(session, user, record_id))
        context.update(error=f"Not done: {exc}.")
        return render(request, state, "message.html", context, 422)
    except (Conflict, IntegrityError):  # a second click, a double POST, another reviewer first
        session.rollback()
        return redirect(f"/review/messages/{record_id}?notice=already#group-notice")
    return redirect(f"/review/messages/{record_id}?notice=queued#group-notice")
