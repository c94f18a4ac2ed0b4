"""The Monitoring Officer's breach digest, computed from rows: pure (no I/O, no clock).

What the protocol caught in a period and what became of it: totals by rule
and by outcome, by person with their role, the held queue's age, the notable
items (clause, one-line summary, a link into the review desk) and the trend
against the previous period. It carries no message bodies, subjects or quoted
text beyond the few words a summary quotes, only what the Monitoring Officer needs; the review desk shows the rest
to those allowed to see it.

Outcomes come from the audit events of the period (held, annotated, released,
returned, and `message.sent_anyway`: the add-in's soft-block override), and
"flagged" from the messages checked in the period that had findings but were
neither held nor annotated (flag-only findings, and mail audited after it was sent).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from app.digest.enquiries import EnquirySection
from app.digest.period import Period
from app.engine.directory import Directory

OUTCOMES = ("held", "released", "returned", "annotated", "flagged", "sent_anyway", "delivery_failed")
OUTCOME_LABELS = {"caught": "Caught", "held": "Held", "released": "Released", "returned": "Returned",
                  "annotated": "Annotated", "flagged": "Flagged", "sent_anyway": "Sent anyway",
                  "delivery_failed": "Delivery failed"}
EVENT_OUTCOMES = {"message.held": "held", "message.annotated": "annotated", "message.released": "released",
                  "message.returned": "returned", "message.sent_anyway": "sent_anyway",
                  "message.undelivered": "delivery_failed"}
UNCHECKABLE = "could-not-be-checked"  # error-verdict mail: held without findings
GROUP_PARITY, NOT_TOLD = "group-parity", "other groups not told yet"
NOTABLE_LIMIT = 25
SUMMARY_CHARS = 200
NO_BODIES_NOTE = ("This digest shows no message bodies or subjects: for each item, the rule, the clause, who "
                  "sent it and a one-line summary. A summary names the recipients concerned and may quote the "
                  "few words that triggered the rule (such as a \u201cConfidential\u201d marking). "
                  "Follow a link to see a message in the review desk.")


# -- input rows ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class FindingFacts:
    rule: str
    action: str  # hold | annotate | flag
    clause: str | None
    summary: str


@dataclass(frozen=True, slots=True)
class MessageFacts:
    id: int
    sender: str
    sender_name: str
    stage: str
    verdict: str
    state: str  # now
    checked_at: datetime
    findings: tuple[FindingFacts, ...] = ()
    groups_told: bool = True  # group-parity: the other groups' leaders were sent the desk's notice


@dataclass(frozen=True, slots=True)
class EventFacts:
    event: str
    message_id: int | None
    at: datetime


@dataclass(frozen=True, slots=True)
class PeriodRows:
    """One period's rows: messages checked in it and audit events in it (with their messages)."""

    messages: tuple[MessageFacts, ...]
    events: tuple[EventFacts, ...]
    event_messages: dict[int, MessageFacts] = field(default_factory=dict)  # events' messages, any period


# -- output ------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TrendRow:
    key: str
    label: str
    current: int
    previous: int

    @property
    def delta(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True, slots=True)
class RuleRow:
    rule: str
    clauses: tuple[str, ...]
    messages: int
    held: int
    annotated: int
    flagged: int


@dataclass(frozen=True, slots=True)
class PersonRow:
    name: str
    email: str
    role: str
    titles: tuple[str, ...]
    caught: int
    held: int
    annotated: int
    flagged: int
    sent_anyway: int
    rules: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HeldQueue:
    waiting: int
    oldest_at: datetime | None
    oldest_age: timedelta | None
    oldest_link: str | None


@dataclass(frozen=True, slots=True)
class NotableItem:
    message_id: int
    at: datetime
    sender: str
    role: str
    rule: str
    clause: str | None
    summary: str
    outcome: str
    link: str


@dataclass(frozen=True, slots=True)
class Digest:
    council: str
    period: Period
    previous: Period
    generated_at: datetime
    checked: int
    caught: int
    outcomes: dict[str, int]
    trend: tuple[TrendRow, ...]
    rules: tuple[RuleRow, ...]
    people: tuple[PersonRow, ...]
    held_queue: HeldQueue
    notable: tuple[NotableItem, ...]
    notable_more: int
    note: str = NO_BODIES_NOTE
    audit_head: str = ""  # the council's audit chain head when generated: a witness kept outside the database
    enquiries: EnquirySection | None = None  # response times, when the pack sets a duty
    findings_link: str = ""  # the review desk's findings page, filtered to this period

    @property
    def nothing_to_report(self) -> bool:
        return self.caught == 0 and not any(self.outcomes.values())


# -- building ----------------------------------------------------------------
def build_digest(
    *, council: str, period: Period, previous: Period, current: PeriodRows, before: PeriodRows,
    held_now: tuple[MessageFacts, ...], directory: Directory, review_base_url: str, now: datetime,
) -> Digest:
    """The digest of `current` (rows of `period`), compared with `before` (rows of `previous`)."""
    base = review_base_url.rstrip("/")
    outcomes = outcome_totals(current)
    earlier = outcome_totals(before)
    caught_now, caught_before = _caught(current.messages), _caught(before.messages)
    trend = (TrendRow("caught", OUTCOME_LABELS["caught"], len(caught_now), len(caught_before)),
             *(TrendRow(k, OUTCOME_LABELS[k], outcomes[k], earlier[k]) for k in OUTCOMES))
    notable = _notable(current, directory, base)
    return Digest(
        council=council, period=period, previous=previous, generated_at=now,
        checked=len(current.messages), caught=len(caught_now), outcomes=outcomes, trend=trend,
        rules=_rules(caught_now), people=_people(caught_now, current, directory),
        held_queue=_held_queue(held_now, now, base), notable=tuple(notable[:NOTABLE_LIMIT]),
        notable_more=max(0, len(notable) - NOTABLE_LIMIT),
        findings_link=f"{base}/review/findings?from={period.first_day}&to={period.last_day}",
    )


def review_link(base_url: str, message_id: int) -> str:
    return f"{base_url.rstrip('/')}/review/messages/{message_id}"


def outcome_totals(rows: PeriodRows) -> dict[str, int]:
    counts = Counter(EVENT_OUTCOMES[e.event] for e in rows.events if e.event in EVENT_OUTCOMES)
    counts["flagged"] = sum(1 for m in rows.messages if _flagged(m))
    return {key: counts.get(key, 0) for key in OUTCOMES}


def _caught(messages) -> list[MessageFacts]:
    return [m for m in messages if m.findings or m.verdict == "error"]


def _flagged(message: MessageFacts) -> bool:
    """Findings that stopped nothing: flag-only pre-send mail, or mail audited after sending."""
    return bool(message.findings) and (message.stage == "post-send" or message.verdict == "allow")


def _initial(message: MessageFacts) -> str:
    if _flagged(message):
        return "flagged"
    if message.stage == "post-send":
        return "recorded"
    return {"hold": "held", "error": "held", "annotate": "annotated"}.get(message.verdict, "allowed")


def _rules(caught: list[MessageFacts]) -> tuple[RuleRow, ...]:
    by_rule: dict[str, list[MessageFacts]] = {}
    clauses: dict[str, set[str]] = {}
    for message in caught:
        rules = {f.rule for f in message.findings} or {UNCHECKABLE}
        for rule in rules:
            by_rule.setdefault(rule, []).append(message)
        for finding in message.findings:
            if finding.clause:
                clauses.setdefault(finding.rule, set()).add(finding.clause)
    rows = []
    for rule, messages in by_rule.items():
        initial = Counter(_initial(m) for m in messages)
        rows.append(RuleRow(rule, tuple(sorted(clauses.get(rule, ()))), len(messages), initial["held"],
                            initial["annotated"], initial["flagged"]))
    return tuple(sorted(rows, key=lambda r: (-r.messages, r.rule)))


def _people(caught: list[MessageFacts], rows: PeriodRows, directory: Directory) -> tuple[PersonRow, ...]:
    senders: dict[str, list[MessageFacts]] = {}
    for message in caught:
        senders.setdefault(_person_key(message, directory), []).append(message)
    overrides = Counter(_person_key(rows.event_messages[e.message_id], directory) for e in rows.events
                        if e.event == "message.sent_anyway" and e.message_id in rows.event_messages)
    for key in overrides:
        senders.setdefault(key, [])
    people = []
    for key, messages in senders.items():
        sample = messages[0] if messages else _any_message(rows, key, directory)
        name, role, titles = _who(sample, directory)
        initial = Counter(_initial(m) for m in messages)
        rules = tuple(sorted({f.rule for m in messages for f in m.findings}))
        people.append(PersonRow(name, sample.sender, role, titles, len(messages), initial["held"],
                                initial["annotated"], initial["flagged"], overrides[key], rules))
    return tuple(sorted(people, key=lambda p: (-(p.caught + p.sent_anyway), p.name.lower())))


def _person_key(message: MessageFacts, directory: Directory) -> str:
    person = directory.person(message.sender)
    return f"person:{person.name}" if person else f"address:{message.sender}"


def _any_message(rows: PeriodRows, key: str, directory: Directory) -> MessageFacts:
    return next(m for m in rows.event_messages.values() if _person_key(m, directory) == key)


def _who(message: MessageFacts, directory: Directory) -> tuple[str, str, tuple[str, ...]]:
    person = directory.person(message.sender)
    if person is not None:
        return person.name, str(person.role), tuple(person.titles)
    return message.sender_name or message.sender or "(no sender)", str(directory.role_of(message.sender)), ()


def _held_queue(held_now: tuple[MessageFacts, ...], now: datetime, base: str) -> HeldQueue:
    if not held_now:
        return HeldQueue(0, None, None, None)
    oldest = min(held_now, key=lambda m: (m.checked_at, m.id))
    return HeldQueue(len(held_now), oldest.checked_at, max(timedelta(0), now - oldest.checked_at),
                     review_link(base, oldest.id))


ELECTION_FLAG = "flagged: election period"  # issue 17: each such flag is for the Monitoring Officer to judge
_NOTABLE_ORDER = {"delivery failed": 0, "sent anyway": 0, "audited after sending": 1, "still held": 2, "returned": 3,
                  "released": 4, "released and delivered": 4, ELECTION_FLAG: 5, NOT_TOLD: 5}


def _notable(rows: PeriodRows, directory: Directory, base: str) -> list[NotableItem]:
    """Sent-anyway overrides, mail that would have been held but had already gone, and every hold."""
    overridden = {e.message_id: e.at for e in rows.events
                  if e.event == "message.sent_anyway" and e.message_id in rows.event_messages}
    chosen: dict[int, tuple[MessageFacts, str, datetime]] = {
        mid: (rows.event_messages[mid], "sent anyway", at) for mid, at in overridden.items()}
    for e in rows.events:  # retries ran out and someone must act (issue 13), whenever it was checked
        if e.event == "message.undelivered" and e.message_id in rows.event_messages:
            if rows.event_messages[e.message_id].state == "undelivered":
                chosen[e.message_id] = (rows.event_messages[e.message_id], "delivery failed", e.at)
    for message in rows.messages:
        if message.id in chosen:
            continue
        would_hold = message.verdict in ("hold", "error")
        if would_hold and message.stage == "post-send":
            chosen[message.id] = (message, "audited after sending", message.checked_at)
        elif would_hold:
            chosen[message.id] = (message, _held_outcome(message.state), message.checked_at)
        elif any(f.rule == "election-period" for f in message.findings):
            chosen[message.id] = (message, ELECTION_FLAG, message.checked_at)
        elif not message.groups_told and any(f.rule == GROUP_PARITY for f in message.findings):
            chosen[message.id] = (message, NOT_TOLD, message.checked_at)  # Leigh §4.4: the others are told
    items = [_item(m, outcome, at, directory, base) for m, outcome, at in chosen.values()]
    return sorted(items, key=lambda i: (_NOTABLE_ORDER.get(i.outcome, 9), i.at, i.message_id))


def _held_outcome(state: str) -> str:
    return {"held": "still held", "released": "released", "delivered": "released and delivered",
            "returned": "returned"}.get(state, state)


def _item(message: MessageFacts, outcome: str, at: datetime, directory: Directory, base: str) -> NotableItem:
    wanted = {ELECTION_FLAG: "election-period", NOT_TOLD: GROUP_PARITY}.get(outcome)
    finding = next((f for f in message.findings if f.action == "hold" or f.rule == wanted), None) or \
        (message.findings[0] if message.findings else None)
    name, role, _ = _who(message, directory)
    if outcome == "delivery failed" and finding is None:
        return NotableItem(message.id, at, name, role, "delivery-failed", None,
                           "MailGuard could not send it after trying for days.", outcome,
                           review_link(base, message.id))
    summary = one_line(finding.summary) if finding else "The message could not be checked and was held."
    return NotableItem(message.id, at, name, role, finding.rule if finding else UNCHECKABLE,
                       finding.clause if finding else None, summary, outcome, review_link(base, message.id))


def one_line(text: str, limit: int = SUMMARY_CHARS) -> str:
    line = " ".join((text or "").split())
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
