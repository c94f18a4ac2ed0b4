"""A week of checked mail for digest tests, made with the real engine and store (tests/store/scenario.py).

Week of Mon 30 Nov 2026 (London = UTC in winter), digest due Mon 7 Dec 08:00:
  held 1 (Mon)  -> released Tue     held 2 (Tue) -> returned Wed     held 3 (Thu) -> still held
  Jane Doe's confidential mail to a resident (Sat) -> still held
  annotated 1 (Mon), annotated 2 (Fri); Cllr Haddad forwards an officer's email (flag, Wed)
  held-type mail seen only after it was sent (post-send, Wed); four allowed messages
The week before: held 10 (Tue 24 Nov, still held: the oldest in the queue), annotated 10.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import yaml

from app.review import decisions as review
from app.store import records as store
from tests.store.scenario import (
    DIRECTORY_YAML,
    DOE,
    HADDAD,
    RESIDENT,
    allowed_eml,
    annotated_eml,
    eml,
    held_eml,
    record,
)

WEEK = datetime(2026, 11, 30, tzinfo=timezone.utc)  # Monday 00:00 London
DUE = datetime(2026, 12, 7, 8, 0, tzinfo=timezone.utc)  # Monday 08:00 London: the weekly digest's time
MO_EMAIL = "dana.price@county.example.gov.uk"
DEPUTY_EMAIL = "alex.reed@example-council.gov.uk"
BASE_URL = "https://mailguard.example-council.gov.uk"
WEEKLY = {"digest": {"period": "weekly", "weekday": "mon", "hour": 8}}


def directory_with_monitoring_officer() -> str:
    """The example directory plus the district council's Monitoring Officer (a partner)."""
    data = yaml.safe_load(DIRECTORY_YAML)
    data["people"].append({"name": "Dana Price", "role": "partner", "emails": [MO_EMAIL],
                           "titles": ["monitoring-officer"]})
    return yaml.safe_dump(data, sort_keys=False)


def at(day: int, hour: int) -> datetime:
    """`day` 0 = Monday 30 Nov; negative days are the week before."""
    return WEEK + timedelta(days=day, hours=hour)


def make_council(session, slug: str = "digest-town", options: dict | None = None,
                 created: datetime = WEEK - timedelta(days=30)):
    council = store.create_council(session, slug=slug, name="Digest Town Council", pack="leigh-on-sea",
                                   directory_yaml=directory_with_monitoring_officer(),
                                   options=WEEKLY if options is None else options, now=created)
    return council


def forwarded_eml() -> bytes:
    body = ("Hi Mark,\r\n\r\nSee below.\r\n\r\n---------- Forwarded message ---------\r\n"
            "From: Alex Reed <alex.reed@example-council.gov.uk>\r\nDate: Mon, 30 Nov 2026 at 10:00\r\n"
            "Subject: Drains\r\nTo: Omar Haddad <cllr.haddad@example-council.gov.uk>\r\n\r\n"
            "Dear Cllr Haddad, the drains on Elm Road will be cleared on Friday.\r\n\r\nAlex Reed\r\n")
    return eml(sender=HADDAD, to=RESIDENT, subject="Fwd: Drains", body=body)


DOE_SECRET = eml(sender=DOE, to=RESIDENT, subject="Private and confidential: planning",
                 body="Dear Mr Smith,\r\n\r\nThe Part 2 papers are attached.\r\n\r\nJane")


@dataclass
class Week:
    council: object
    mailbox: object
    ids: dict


def build_week(session, council, box) -> Week:
    """Record the week (and the one before) and make the reviewers' decisions; commits."""
    ids = {}

    def put(name, raw, when, stage="pre-send"):
        rec, created = record(session, council, box, raw, stage=stage, at=when, ref=f"outbox/{name}.eml")
        assert created
        ids[name] = rec.id

    put("held10", held_eml(10), at(-6, 10))
    put("annotated10", annotated_eml(10), at(-5, 9))
    put("held1", held_eml(1), at(0, 10))
    put("annotated1", annotated_eml(1), at(0, 12))
    put("held2", held_eml(2), at(1, 11))
    put("forwarded", forwarded_eml(), at(2, 9))
    put("post_send", held_eml(4), at(2, 16), stage="post-send")
    put("held3", held_eml(3), at(3, 14))
    put("annotated2", annotated_eml(2), at(4, 9))
    put("doe", DOE_SECRET, at(5, 10))
    for n in range(1, 5):
        put(f"allowed{n}", allowed_eml(n), at(n, 8))
    session.commit()
    review.release(session, council.id, ids["held1"], actor="clerk@example-council.gov.uk", mode="as-sent",
                   reason="the resident asked for it", now=at(1, 9))
    review.return_to_sender(session, council.id, ids["held2"], actor="clerk@example-council.gov.uk",
                            reason="remove the councillor", now=at(2, 15))
    return Week(council, box, ids)
