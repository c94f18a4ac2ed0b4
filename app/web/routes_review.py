"""/review/: the queue, a message, its sanitised HTML, the council's recent decisions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from app.auth import accounts as auth
from app.errors import NotFound
from app.review import delivery, parity
from app.store import records as store
from app.store.tables import MessageRecord
from app.web import body, views
from app.web.deps import PageError, SessionDep, StateDep, UserDep, render
from app.web.security import BODY_CSP, secure_headers

router = APIRouter(prefix="/review", include_in_schema=False)
RecordId = Annotated[int, Path(ge=1, le=2**62)]
EMAIL_CHARS = r"^[^\x00-\x1f\x7f]*$"


@router.get("/")
def queue(request: Request, state: StateDep, session: SessionDep, user: UserDep,
          rule: Annotated[str, Query(max_length=100, pattern=r"^[a-z0-9-]*$")] = "",
          sender: Annotated[str, Query(max_length=320, pattern=EMAIL_CHARS)] = "",
          age: Annotated[str, Query(max_length=4)] = ""):
    now = request.app.state.clock()
    older_than = now - views.AGES[age] if age in views.AGES else None
    records = store.held_queue(session, user.council_id, rule=rule or None, sender=sender.strip() or None,
                               older_than=older_than, limit=200)
    pack, directory = request.app.state.councils.get(request.state.council)
    rows = [{"record": r, "age": views.age(r.checked_at, now),
             "sender": views.person(directory, r.sender_name, r.sender),
             "recipients": views.recipients(directory, r),
             "rules": list(dict.fromkeys(f.rule for f in r.findings)),
             "clauses": list(dict.fromkeys(f.clause for f in r.findings if f.clause))} for r in records]
    return render(request, state, "queue.html", {
        "rows": rows, "rules": views.rules_in_use(records, pack.rules), "ages": views.AGE_LABELS,
        "filters": {"rule": rule, "sender": sender, "age": age if age in views.AGES else ""},
        "depth": store.queue_depth(session, user.council_id),
        "undelivered": [{"intent": i, "record": r} for i, r in delivery.failed(session, user.council_id)
                        if r is not None]})


def load_record(session, user, record_id: int) -> MessageRecord:
    """The user's council's message, or 404 — another council's message is not even said to exist."""
    try:
        return store.get_message(session, user.council_id, record_id)
    except NotFound:
        raise PageError(404, "There is no such message in your council's records.") from None


STRENGTH = {"hold": 0, "annotate": 1, "flag": 2}  # the finding that caused the hold comes first


def unreadable(record: MessageRecord) -> bool:
    """Mail MailGuard could not read as a message: its release must be confirmed against its source."""
    return record.verdict == "error"


def rendered(request: Request, session, record: MessageRecord) -> body.Rendered:
    """The message's text and sanitised HTML, worked out with no transaction open (SQLite's write lock)."""
    session.commit()  # end the read; rows stay loaded (expire_on_commit=False)
    cache = getattr(request.app.state, "rendered", None)
    if cache is None:
        cache = request.app.state.rendered = body.RenderedCache()
    return cache.get(record.id, record.raw_mime)


def message_context(request: Request, session, user, record: MessageRecord) -> dict:
    pack, directory = request.app.state.councils.get(request.state.council)
    decisions = store.list_decisions(session, record.id)
    trail = views.audit_trail(session, user.council_id, record.id)
    submitter = auth.submitted_by(session, record)  # every read before `rendered` ends the transaction
    notice = parity.plan(session, record, pack, directory)  # a group-parity finding: the notice to the others
    ordered = sorted(record.findings, key=lambda f: STRENGTH.get(f.action, len(STRENGTH)))
    seen = rendered(request, session, record)
    text = seen.text
    evidence = body.mark_evidence(text or "", ordered)
    own = auth.is_own_message(user, record, directory, submitter=submitter)
    findings = []
    for number, finding in enumerate(ordered, start=1):
        entry = pack.rules.get(finding.rule)
        findings.append({"n": number, "f": finding, "marks": evidence.marked.get(number, []),
                         "quote": finding.quote or (entry.quote if entry else None),
                         "clause": finding.clause or (entry.clause if entry else None)})
    return {
        "retention_days": request.app.state.settings.retention_days,
        "record": record, "sender": views.person(directory, record.sender_name, record.sender),
        "recipients": views.recipients(directory, record), "text_kept": text is not None,
        "body": evidence.body, "header_hits": evidence.headers, "findings": findings,
        "has_html": seen.html is not None,
        "age": views.age(record.checked_at, request.app.state.clock()),
        "may_decide": record.state == "held" and auth.can_decide(user) and not own, "own": own,
        "is_reviewer": auth.can_decide(user), "has_bcc": bool((record.recipients or {}).get("bcc")),
        "decisions": decisions, "trail": trail,
        "labels": views.DECISION_LABELS, "error": None, "reason": "",
        # the pack's own remedy is the default: an annotate rule's footer, not "as it was written"
        "default_mode": "annotated" if record.annotation else "as-sent",
        "unreadable": unreadable(record), "group_notice": notice,
        "source": body.source_preview(record.raw_mime) if unreadable(record) else None,
    }


@router.get("/messages/{record_id}")
def message(request: Request, state: StateDep, session: SessionDep, user: UserDep, record_id: RecordId):
    record = load_record(session, user, record_id)
    return render(request, state, "message.html", message_context(request, session, user, record))


@router.get("/messages/{record_id}/body.html")
def message_html(request: Request, session: SessionDep, user: UserDep, record_id: RecordId):
    """The sender's HTML, sanitised, for the sandboxed frame only (its CSP forbids everything else)."""
    record = load_record(session, user, record_id)
    cleaned = rendered(request, session, record).html
    if cleaned is None:
        raise PageError(404, "This message has no HTML version kept.")
    page = f'<!doctype html><meta charset="utf-8"><title>Message as sent</title>{cleaned}'
    return secure_headers(HTMLResponse(page), csp=BODY_CSP)


@router.get("/decisions")
def decisions(request: Request, state: StateDep, session: SessionDep, user: UserDep):
    rows = views.recent_decisions(session, user.council_id)
    return render(request, state, "decisions.html", {"rows": rows, "labels": views.DECISION_LABELS})
