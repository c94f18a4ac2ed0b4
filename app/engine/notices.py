"""Plain-English emails to the sender about their held message (pure: text in, text out).

Each says what happened, on which clause, and what happens next. Built from
the pack's `tell_sender` lines and clauses, so the words are the council's.
"""

from __future__ import annotations

from typing import Iterable, Protocol


class _Decision(Protocol):
    rule: str
    action: str
    clause: str | None
    quote: str | None
    summary: str
    tell_sender: str | None


def held_notice(
    subject: str, recipients: list[str], decisions: Iterable[_Decision], *,
    hold_reason: str | None, annotation: str | None,
) -> tuple[str, str]:
    """(subject, body) telling the sender their email is held, why, and what happens next."""
    shown = _shown_subject(subject)
    lines = [f"Your email {shown} to {_people(recipients)} has not been sent yet. "
             "It is being held until a reviewer has looked at it.", "", "Why it was held:"]
    reasons = [_reason(d) for d in decisions if d.action == "hold"]
    if hold_reason:
        reasons.append(f"- MailGuard could not check all of it ({hold_reason}), so a person will look "
                       "at it before it goes.")
    lines.extend(reasons or ["- It needs a reviewer's decision before it goes."])
    lines += ["", "What happens next:",
              "A reviewer will either release it, and it is then sent, or return it to you with "
              "their reasons so you can change it. You will get another email when they decide. "
              "You do not need to send it again."]
    if annotation:
        lines += ["", "If it is released with the protocol's footer, these lines will be added:",
                  *(f"    {line}" for line in annotation.splitlines())]
    return f"Held for review: {subject or '(no subject)'}", "\n".join(lines) + "\n"


def released_notice(
    subject: str, *, actor: str, reason: str, annotation: str | None, strip_bcc: bool
) -> tuple[str, str]:
    """(subject, body) telling the sender their held email was released and is being sent."""
    how = []
    if annotation:
        how.append("with the footer the protocol asks for")
    if strip_bcc:
        how.append("without the blind copies")
    manner = f" {' and '.join(how)}" if how else " as you wrote it"
    lines = [f"Your email {_shown_subject(subject)} was released by {actor} and is being sent{manner}.",
             "", f"Their reason: {reason}"]
    if annotation:
        lines += ["", "Added at the foot:", *(f"    {line}" for line in annotation.splitlines())]
    return f"Released: {subject or '(no subject)'}", "\n".join(lines) + "\n"


def returned_notice(subject: str, *, actor: str, reason: str) -> tuple[str, str]:
    """(subject, body) telling the sender their held email was returned to them unsent."""
    lines = [f"Your email {_shown_subject(subject)} was not sent. {actor} has returned it to you "
             "(it is in your Drafts folder).", "", f"Their reason: {reason}", "",
             "You can change it and send it again; it will be checked again when you do."]
    return f"Returned to you: {subject or '(no subject)'}", "\n".join(lines) + "\n"


def _reason(decision: _Decision) -> str:
    text = f"- {' '.join((decision.tell_sender or decision.summary).split())}"
    if not decision.clause:
        return text
    quote = f': "{" ".join(decision.quote.split())}"' if decision.quote else ""
    return f"{text}\n  Protocol clause {decision.clause}{quote}"


def _shown_subject(subject: str) -> str:
    return f'"{subject}"' if subject else "(no subject)"


def _people(recipients: list[str]) -> str:
    if not recipients:
        return "no listed recipients"
    if len(recipients) == 1:
        return recipients[0]
    others = len(recipients) - 1
    return f"{recipients[0]} and {others} other{'s' if others > 1 else ''}"


def undelivered_notice(subject: str, *, error: str, since: str) -> tuple[str, str]:
    """(subject, body) telling the sender MailGuard gave up delivering their email."""
    lines = [f"Your email {_shown_subject(subject)} has not been sent. MailGuard has been trying to send it "
             f"since {since}, and the mail server kept refusing it.", "",
             f"The last answer was: {' '.join(error.split())[:500]}", "",
             "Your council's MailGuard administrator has been told and can try again once the problem is "
             "fixed. If it is urgent, send it again yourself; it will be checked again."]
    return f"Not sent: {subject or '(no subject)'}", "\n".join(lines) + "\n"


def undelivered_admin_notice(subject: str, *, sender: str, record_id: int, error: str, since: str,
                             retry_command: str) -> tuple[str, str]:
    """(subject, body) telling the council's administrator a delivery was given up, and how to retry it."""
    lines = [f"MailGuard gave up sending message {record_id} ({_shown_subject(subject)} from "
             f"{sender or 'an unknown sender'}), which it has been trying to send since {since}.", "",
             f"The last answer was: {' '.join(error.split())[:500]}", "",
             "Once the mail server is working again, send it with:", f"    {retry_command}", "",
             "It is listed under \"Delivery failed\" in the review desk until then."]
    return f"Delivery failed: {subject or '(no subject)'}", "\n".join(lines) + "\n"

