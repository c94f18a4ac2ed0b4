"""A council's protocol pack and directory, loaded once per content version.

The Directory snapshot carries the council's election periods: those of its directory file and
those set with `mailguard council election add` (app/store/elections.py). A change of either
changes the cache key (the directory text's digest, the elections version on the council row).
"""

from __future__ import annotations

import hashlib
import threading
from dataclasses import dataclass, replace
from pathlib import Path

import yaml
from sqlalchemy.orm import object_session

from app.engine.directory import Directory, directory_from_mapping
from app.engine.packs.pack import PolicyPack, load_pack
from app.store import elections
from app.store.tables import Council, Mailbox


class CouncilCache:
    """(pack, directory) per council, re-read when the stored pack name, directory text or elections change."""

    def __init__(self, policies_dir: Path | None = None):
        self.policies_dir = policies_dir
        self._mailboxes: dict[tuple[int, str, str], MailboxRef] = {}  # (council, kind, address)
        self._lock = threading.Lock()
        self._cache: dict[tuple, tuple[PolicyPack, Directory]] = {}

    def get(self, council: Council) -> tuple[PolicyPack, Directory]:
        digest = hashlib.sha256(council.directory_yaml.encode("utf-8")).hexdigest()
        key = (council.id, council.pack, digest, elections.version(council), elections.council_zone(council))
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        pack = load_pack(council.pack, self.policies_dir)
        directory = directory_from_mapping(yaml.safe_load(council.directory_yaml), source=f"council {council.slug}")
        if elections.version(council):  # periods were set: read them with the council row's session
            session = object_session(council)
            if session is None:
                raise RuntimeError(f"council {council.slug}: its election periods need the session it was read in")
            periods = directory.elections + elections.periods(session, council)
            directory = replace(directory, elections=tuple(sorted(periods, key=lambda p: p.first_day)))
        with self._lock:
            self._cache = {k: v for k, v in self._cache.items() if k[0] != council.id}
            self._cache[key] = (pack, directory)
        return pack, directory

    # A council's API mailboxes, by address: recording a message needs only the id. A mailbox row is
    # never deleted by the service; should one go by hand, the INSERT that names it fails its foreign
    # key, and the caller forgets it and looks it up again (app.review.intake).
    def known_mailbox(self, council_id: int, kind: str, address: str) -> MailboxRef | None:
        """The mailbox of this council, kind and address if it was seen committed before."""
        return self._mailboxes.get((council_id, kind, address.strip().lower()))

    def remember_mailbox(self, mailbox: Mailbox | MailboxRef) -> None:
        """Call once the mailbox's row is committed."""
        ref = MailboxRef(mailbox.id, mailbox.council_id, mailbox.kind, mailbox.address)
        with self._lock:
            if len(self._mailboxes) >= _MAX_MAILBOXES:
                self._mailboxes.clear()
            self._mailboxes[(ref.council_id, ref.kind, ref.address)] = ref

    def forget_mailbox(self, council_id: int, kind: str, address: str) -> None:
        with self._lock:
            self._mailboxes.pop((council_id, kind, address.strip().lower()), None)


_MAX_MAILBOXES = 100_000  # one entry per sending address; cleared, not grown without bound


@dataclass(frozen=True, slots=True)
class MailboxRef:
    """What recording a message needs of its mailbox, kept between requests (never its config or state)."""

    id: int
    council_id: int
    kind: str
    address: str
