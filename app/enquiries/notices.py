"""The words of enquiry reminders and escalations (pure: rows and pack in, text out).

Each says who asked what and when, what the council's protocol says (its own clause and
words), by when the answer is due in working days, and what to do if the answer went by a
route MailGuard cannot see (a phone call, a letter, a mailbox it does not watch).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from app.engine.directory import Directory
from app.engine.packs.duties import ResponseDuty
from app.store.tables.enquiries import Enquiry


def reminder_notice(enquiry: Enquiry, duty: ResponseDuty, directory: Directory, *, zone: tzinfo) -> tuple[str, str]:
    due = _day(enquiry.due_at, zone)
    subject = f"Reminder: a reply is due by {due} — {_subject(enquiry)}"
    lines = [
        f"{_asker(enquiry, directory)} wrote on {_day(enquiry.asked_at, zone)} about {_subject(enquiry)!s}"
        + (f" and asked: \u201c{enquiry.asks[0]}\u201d" if enquiry.asks else "."),
        "",
        f"The council's protocol ({duty.clause}) says: \u201c{_one_line(duty.quote)}\u201d",
        f"MailGuard has not seen a reply yet. It is due by {due} "
        f"({duty.working_days} working days from receipt, bank holidays excluded).",
        "",
        "If you have already answered by another route (a call, a letter, a mailbox MailGuard does not "
        "watch), no action is needed: reply to the email itself so the record is complete.",
    ]
    return subject, "\n".join(lines) + "\n"


def escalation_notice(enquiry: Enquiry, duty: ResponseDuty, directory: Directory, *,
                      zone: tzinfo) -> tuple[str, str]:
    owners = ", ".join(_name(a, directory) for a in enquiry.addressees)
    subject = f"Unanswered enquiry past its limit — {_subject(enquiry)}"
    lines = [
        f"{_asker(enquiry, directory)} wrote to {owners} on {_day(enquiry.asked_at, zone)} about "
        f"{_subject(enquiry)}" + (f" and asked: \u201c{enquiry.asks[0]}\u201d" if enquiry.asks else "."),
        "",
        f"No reply has been seen by {_day(enquiry.due_at, zone)}, the end of the {duty.working_days} working "
        f"days the protocol ({duty.clause}) sets: \u201c{_one_line(duty.quote)}\u201d",
    ]
    if duty.escalation_clause and duty.escalation_quote:
        lines += ["", f"You are told because the protocol ({duty.escalation_clause}) says: "
                      f"\u201c{_one_line(duty.escalation_quote)}\u201d"]
    if enquiry.state == "acknowledged":
        lines += ["", "The enquiry was acknowledged, but no full answer has been seen."]
    if enquiry.service:
        lines += ["", f"Service: {enquiry.service}."]
    return subject, "\n".join(lines) + "\n"


def _subject(enquiry: Enquiry) -> str:
    return f"\u201c{enquiry.subject}\u201d" if enquiry.subject else "(no subject)"


def _asker(enquiry: Enquiry, directory: Directory) -> str:
    return _name(enquiry.asker, directory) or enquiry.asker_name or enquiry.asker


def _name(address: str, directory: Directory) -> str:
    person = directory.person(address)
    return person.styled() if person else address


def _day(moment: datetime, zone: tzinfo) -> str:
    local = moment.astimezone(zone)
    return f"{local:%A} {local.day} {local:%B %Y}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
