"""Scenario builders for store tests: the example council, real evaluations of small messages."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from pathlib import Path

import yaml

from app.engine.directory import Directory, directory_from_mapping
from app.engine.evaluate import Evaluation, evaluate
from app.engine.packs.pack import PolicyPack, load_pack
from app.store import records as store
from app.store.tables import Council, Mailbox

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY_YAML = (ROOT / "policies" / "example-directory.yaml").read_text(encoding="utf-8")
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)

CLERK = "Sam Morgan <clerk@example-council.gov.uk>"
HADDAD = "Omar Haddad <cllr.haddad@example-council.gov.uk>"
DOE = "Jane Doe <cllr.doe@example-council.gov.uk>"
RESIDENT = "Mark Smith <mark.smith@example.com>"


@lru_cache(maxsize=1)
def pack_and_directory() -> tuple[PolicyPack, Directory]:
    return load_pack("leigh-on-sea"), directory_from_mapping(yaml.safe_load(DIRECTORY_YAML), source="test")


def eml(*, subject: str, to: str, body: str, sender: str = CLERK, bcc: str | None = None,
        message_id: str | None = "<auto>") -> bytes:
    """Small RFC 5322 bytes; message_id "<auto>" derives one from the subject, None leaves it out."""
    lines = [f"From: {sender}", f"To: {to}"]
    if bcc:
        lines.append(f"Bcc: {bcc}")
    lines.append(f"Subject: {subject}")
    if message_id == "<auto>":
        message_id = f"<{hashlib.sha1((subject + to + body).encode()).hexdigest()[:16]}@example-council.gov.uk>"
    if message_id:
        lines.append(f"Message-ID: {message_id}")
    lines += ["Date: Tue, 1 Dec 2026 10:00:00 +0000", "MIME-Version: 1.0",
              "Content-Type: text/plain; charset=utf-8", "", body]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def held_eml(n: int = 1) -> bytes:
    """Confidential mail to a resident with a blind-copied councillor: hold (+ a footer ready)."""
    return eml(subject=f"Private and confidential: your complaint {n}", to=RESIDENT, bcc=DOE,
               body="Dear Mr Smith,\r\n\r\nThank you for your letter.\r\n\r\nSam Morgan\r\nTown Clerk",
               message_id=f"<held-{n}@example-council.gov.uk>")


def annotated_eml(n: int = 1) -> bytes:
    return eml(subject=f"Allotment waiting list {n}", to=HADDAD, bcc=DOE,
               body="Dear Cllr Haddad,\r\n\r\nThe list has 41 names.\r\n\r\nSam Morgan\r\nTown Clerk",
               message_id=f"<annotated-{n}@example-council.gov.uk>")


def allowed_eml(n: int = 1, message_id: str | None = "<auto>") -> bytes:
    return eml(subject=f"Meeting room {n}", to=HADDAD,
               body="Dear Cllr Haddad,\r\n\r\nRoom 2 is booked.\r\n\r\nSam Morgan\r\nTown Clerk",
               message_id=f"<allowed-{n}@example-council.gov.uk>" if message_id == "<auto>" else message_id)


def check(raw: bytes) -> Evaluation:
    pack, directory = pack_and_directory()
    return evaluate(raw, pack, directory)


def council(session, slug: str = "example") -> Council:
    return store.create_council(session, slug=slug, name="Example Town Council", pack="leigh-on-sea",
                                directory_yaml=DIRECTORY_YAML, now=NOW)


def mailbox(session, council: Council, kind: str = "local", address: str = "clerk@example-council.gov.uk") -> Mailbox:
    return store.ensure_mailbox(session, council, kind=kind, address=address, now=NOW)


def record(session, council: Council, box: Mailbox, raw: bytes, *, stage: str = "pre-send",
           at: datetime = NOW, ref: str = "outbox/1.eml"):
    return store.record_evaluation(session, council=council, mailbox=box, evaluation=check(raw), raw=raw,
                                   stage=stage, source_ref=ref, now=at)


def later(minutes: int) -> datetime:
    return NOW + timedelta(minutes=minutes)
