"""The audit chain's HMAC key: kept outside the database, in a file created 0600 on first use.

Where: the `audit_key_file` setting (MAILGUARD_AUDIT_KEY_FILE); by default
beside a SQLite database file (`<database>.audit-key`), and for PostgreSQL
`~/.config/mailguard/audit.key` of the account the service runs as. Every
process that writes or verifies one database must use the same key; someone
who can write the database but not read this file cannot re-hash a changed
chain. The file holds 64 hex digits (256 random bits).
"""

from __future__ import annotations

import logging
import os
import secrets
import threading
import weakref
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session

from app.errors import ConfigError

log = logging.getLogger(__name__)
KEY_BYTES = 32
SESSION_KEY = "mailguard.audit.key"  # Session.info entry that overrides the file (tests, tools)
_cache: dict[tuple, bytes] = {}
_by_engine: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # engine -> (configured, key)
_lock = threading.Lock()


def default_key_path(database_url: str | URL) -> Path:
    """Beside a SQLite file; else in the service account's configuration directory."""
    url = make_url(database_url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:" \
            and not url.database.startswith("file:"):
        path = Path(url.database).expanduser().resolve()
        return path.with_name(path.name + ".audit-key")
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "mailguard" / "audit.key"


def load_or_create(path: Path) -> bytes:
    """The key in `path`; a new random key written there (mode 0600) when there is no file yet."""
    path = path.expanduser()
    try:
        text = path.read_text(encoding="ascii")
    except FileNotFoundError:
        try:
            text = _create(path)
        except OSError as exc:
            raise ConfigError(f"cannot create the audit key file {path}: {exc.strerror}; set "
                              "MAILGUARD_AUDIT_KEY_FILE (audit_key_file) to a place this account can write") from None
    except OSError as exc:
        raise ConfigError(f"cannot read the audit key file {path}: {exc.strerror}") from None
    try:
        key = bytes.fromhex(text.strip())
    except ValueError:
        raise ConfigError(f"{path}: the audit key file must hold hex digits") from None
    if len(key) < KEY_BYTES:
        raise ConfigError(f"{path}: the audit key must be at least {KEY_BYTES} bytes ({2 * KEY_BYTES} hex digits)")
    if path.stat().st_mode & 0o077:
        log.warning("audit key %s can be read by other accounts; chmod 600 it", path)
    return key


def _create(path: Path) -> str:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    text = secrets.token_hex(KEY_BYTES) + "\n"
    try:
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:  # another process created it this instant: use theirs
        return path.read_text(encoding="ascii")
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    log.info("created audit key %s (keep it: without it the audit chain cannot be verified)", path)
    return text


def key_for(session: Session) -> bytes:
    """The key for the database this session writes to (Session.info may carry one explicitly)."""
    explicit = session.info.get(SESSION_KEY)
    if explicit:
        return explicit
    engine = session.get_bind().engine
    configured = os.environ.get("MAILGUARD_AUDIT_KEY_FILE"), os.environ.get("MAILGUARD_CONFIG_FILE")
    known = _by_engine.get(engine)  # every commit asks: no URL rendered for it each time
    if known is not None and known[0] == configured:
        return known[1]
    cache_key = (engine.url.render_as_string(hide_password=True), *configured)
    with _lock:
        if cache_key not in _cache:
            _cache[cache_key] = load_or_create(key_path(engine.url))
        _by_engine[engine] = (configured, _cache[cache_key])
        return _cache[cache_key]


def key_path(database_url: str | URL) -> Path:
    """The configured key file, or the default for this database."""
    from app.settings import load_settings

    configured = load_settings().audit_key_file
    return configured.expanduser() if configured else default_key_path(database_url)
