"""`mailguard serve --demo`: a fictional council, a folder mailbox and a few held messages.

Everything is invented: the people come from policies/example-directory.yaml
(plus a monitoring officer, so the digest has someone to go to), the pack is
Leigh-on-Sea's. The messages are dropped in the demo mailbox's outbox and go
through the real worker, so what the newcomer sees is what the service does.

The demo keeps everything in one folder (default `./mailguard-demo`, ignored by
git): its SQLite database, the folder mailbox, and `settings.yaml`, which other
commands read once `MAILGUARD_CONFIG_FILE` names it. `--reset` empties it.
"""

from __future__ import annotations

import os
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import yaml
from sqlalchemy.orm import Session

from app.auth.apikeys import create_api_key
from app.engine.packs.pack import default_policies_dir
from app.errors import NotFound
from app.settings import Settings, public_base_url
from app.store import records as store

DEMO_SLUG = "demo"
DEMO_PACK = "leigh-on-sea"
DEMO_MAILBOX = "clerk@example-council.gov.uk"
DEMO_SCOPES = ["evaluate", "review:read", "review:write"]
DEMO_FOLDER = Path("mailguard-demo")
SETTINGS_FILE = "settings.yaml"
MARKER = "# written by `mailguard serve --demo`"
MONITORING_OFFICER = {"name": "Morgan Ellis", "role": "officer", "emails": ["monitoring.officer@example-council.gov.uk"],
                      "titles": ["monitoring-officer"]}


@dataclass(frozen=True)
class DemoSetup:
    council_id: int
    mailbox_id: int
    api_key: str | None  # only when the demo council was created just now
    folder: Path


def ensure_demo(session: Session, folder: Path, *, now: datetime) -> DemoSetup:
    """Create the demo council, its folder mailbox and an API key (once); seed the outbox."""
    try:
        council = store.get_council(session, DEMO_SLUG)
        created = False
    except NotFound:
        council = store.create_council(
            session, slug=DEMO_SLUG, name="Example Town Council (demo)", pack=DEMO_PACK,
            directory_yaml=demo_directory_yaml(), now=now,
        )
        created = True
    mailbox = store.ensure_mailbox(
        session, council, kind="local", address=DEMO_MAILBOX, config={"root": str(folder)}, now=now
    )
    key = None
    if created:
        _, key = create_api_key(session, council, name="demo", scopes=DEMO_SCOPES, now=now)
        seed_outbox(folder / "outbox", now=now)
    session.commit()
    return DemoSetup(council.id, mailbox.id, key, folder)


def demo_directory_yaml() -> str:
    """The example council's people and its monitoring officer (who receives the digest)."""
    data = yaml.safe_load((default_policies_dir() / "example-directory.yaml").read_text(encoding="utf-8"))
    data["people"].append(dict(MONITORING_OFFICER))
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def demo_overrides(folder: Path) -> dict:
    """Settings the demo needs, where the environment does not say otherwise (the environment wins)."""
    values: dict = {}
    if not os.environ.get("MAILGUARD_DATABASE_URL"):
        values["database_url"] = f"sqlite:///{folder / 'mailguard.db'}"
    if not os.environ.get("MAILGUARD_PUBLIC_BASE_URL"):
        values["public_base_url"] = ""  # links follow the host and port it serves on, whatever a file says
    review: dict = {}
    if not os.environ.get("MAILGUARD_REVIEW__SECURE_COOKIES"):
        review["secure_cookies"] = False  # plain http on loopback: a Secure cookie would never come back
    secret = (_read_settings(settings_path(folder)).get("review") or {}).get("session_secret")
    if not os.environ.get("MAILGUARD_REVIEW__SESSION_SECRET"):
        review["session_secret"] = secret or secrets.token_urlsafe(32)  # kept: sign-ins survive a restart
    if review:
        values["review"] = review
    return values


def remember_settings(folder: Path, settings: Settings) -> Path:
    """Write what the running demo uses, so `export MAILGUARD_CONFIG_FILE=...` points other commands at it."""
    secret = settings.review.session_secret
    review: dict = {"secure_cookies": settings.review.secure_cookies}
    if secret is not None:
        review["session_secret"] = secret.get_secret_value()
    return write_settings(folder, {"database_url": settings.database_url,
                                   "public_base_url": public_base_url(settings), "review": review})


def settings_path(folder: Path) -> Path:
    return folder / SETTINGS_FILE


def write_settings(folder: Path, values: dict) -> Path:
    """The demo's settings, for the other commands (`export MAILGUARD_CONFIG_FILE=<this file>`).

    A session secret made once is kept, so desk sign-ins survive a restart of the demo.
    """
    path = settings_path(folder)
    old = _read_settings(path)
    review = dict(values.get("review") or {})
    review.setdefault("session_secret", (old.get("review") or {}).get("session_secret") or secrets.token_urlsafe(32))
    data = {**values, "review": review}
    path.write_text(f"{MARKER}; `mailguard serve --demo --reset` removes it\n"
                    + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def _read_settings(path: Path) -> dict:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def reset(folder: Path) -> None:
    """Remove the demo's database, mailbox and settings; refuses a folder the demo did not make."""
    if not folder.exists():
        return
    path = settings_path(folder)
    mine = path.is_file() and path.read_text(encoding="utf-8", errors="replace").startswith(MARKER)
    if not mine:
        raise NotADemoFolder(f"{folder} has no {SETTINGS_FILE} written by the demo; not removing anything")
    for name in ("mailguard.db", "mailguard.db-wal", "mailguard.db-shm", SETTINGS_FILE):
        (folder / name).unlink(missing_ok=True)
    shutil.rmtree(folder / "mailbox", ignore_errors=True)


class NotADemoFolder(Exception):
    pass


def seed_outbox(outbox: Path, *, now: datetime | None = None) -> list[Path]:
    outbox.mkdir(parents=True, exist_ok=True)
    now = now or datetime.now(timezone.utc)
    written = []
    for index, (name, message) in enumerate(_samples(now), start=1):
        path = outbox / f"{index:02d}-{name}.eml"
        if not path.exists():
            path.write_bytes(message.as_bytes())
            written.append(path)
    (outbox / "99-unreadable.eml").write_bytes(b"\x00\x01 this is not an email at all \xff\xfe")
    return written


def _message(now, sender, to, subject, body, *, cc=(), bcc=(), n=0) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, ", ".join(to), subject
    if cc:
        msg["Cc"] = ", ".join(cc)
    if bcc:
        msg["Bcc"] = ", ".join(bcc)
    msg["Date"] = format_datetime(now)
    msg["Message-ID"] = f"<demo-{n}@example-council.gov.uk>"
    msg.set_content(body)
    return msg


def _samples(now: datetime) -> list[tuple[str, EmailMessage]]:
    clerk = "Sam Morgan <clerk@example-council.gov.uk>"
    return [
        ("silent-copy", _message(
            now, clerk, ["Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>"], "Allotment waiting list",
            "Dear Cllr Haddad,\n\nThe waiting list for the Elm Road allotments is now 14 names long. "
            "I will bring a report to the next committee.\n\nSam Morgan\nTown Clerk",
            bcc=["Cllr Jane Doe <cllr.doe@example-council.gov.uk>"], n=1)),
        ("confidential-to-complainant", _message(
            now, clerk, ["Mr P Grant <p.grant@example.org>"], "CONFIDENTIAL: staffing complaint update",
            "Dear Mr Grant,\n\nPlease see the confidential briefing I gave Cllr Haddad below.\n\n"
            "-----Original Message-----\nFrom: Sam Morgan <clerk@example-council.gov.uk>\n"
            "Sent: 02 December 2026 09:12\nTo: Cllr Omar Haddad <cllr.haddad@example-council.gov.uk>\n"
            "Subject: CONFIDENTIAL: staffing matter\n\nStrictly confidential: the disciplinary hearing is "
            "set for Monday.\n", n=2)),
        ("instruction-in-councillor-name", _message(
            now, "Cllr Jane Doe <cllr.doe@example-council.gov.uk>", ["Greenway Contractors <office@greenway.example>"],
            "Verge cutting on Church Lane",
            "Dear Greenway,\n\nYou must cut the verges on Church Lane by Friday and the council will pay "
            "your invoice on completion.\n\nCllr Jane Doe\nChair, Example Town Council", n=3)),
        ("ordinary", _message(
            now, clerk, ["Cllr Priya Shah <cllr.shah@example-council.gov.uk>"], "Agenda for Tuesday",
            "Dear Cllr Shah,\n\nThe agenda for Tuesday's planning committee is attached to the council "
            "website.\n\nSam", n=4)),
    ]
