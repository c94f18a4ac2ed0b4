"""One line instead of a traceback when a command meets a database without MailGuard's tables."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

DEMO_SETTINGS = Path("mailguard-demo") / "settings.yaml"


def database_hint(exc: BaseException) -> str | None:
    """What to run, when `exc` says the schema is missing or behind; None for any other error."""
    from sqlalchemy.exc import OperationalError, ProgrammingError

    if not isinstance(exc, (OperationalError, ProgrammingError)):
        return None
    text = str(getattr(exc, "orig", exc)).lower()
    missing = ("no such table" in text or "undefinedtable" in type(getattr(exc, "orig", exc)).__name__.lower()
               or ("relation" in text and "does not exist" in text))
    behind = "no such column" in text or ("column" in text and "does not exist" in text)
    if not (missing or behind):
        return None
    url = _database_url()
    shown = _shown(url)
    if missing:
        _forget_empty_sqlite(url)
        line = f"the database {shown} has no MailGuard tables: run `mailguard db upgrade` to create them"
    else:
        line = f"the database {shown} is at an older schema: run `mailguard db upgrade`"
    if not os.environ.get("MAILGUARD_CONFIG_FILE") and DEMO_SETTINGS.is_file():
        line += f", or, for the demo's database, `export MAILGUARD_CONFIG_FILE={DEMO_SETTINGS.resolve()}`"
    return line


def _database_url() -> str:
    from app.settings import load_settings

    try:
        return load_settings().database_url
    except Exception:  # noqa: BLE001 - the hint must not fail on a settings problem
        return os.environ.get("MAILGUARD_DATABASE_URL", "")


def _shown(url: str) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001
        return "(unreadable URL)"


def _forget_empty_sqlite(url: str) -> None:
    """A SQLite file this command made just now and that holds nothing at all is removed again."""
    if not url.startswith("sqlite:///") or url in ("sqlite://", "sqlite:///:memory:"):
        return
    path = Path(url.removeprefix("sqlite:///").split("?", 1)[0])
    if not path.is_file():
        return
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
            empty = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    except sqlite3.Error:
        return
    if empty:
        for extra in ("", "-wal", "-shm", "-journal"):
            Path(f"{path}{extra}").unlink(missing_ok=True)
