"""A council's protocol pack and directory, loaded once per content version."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import yaml

from app.engine.directory import Directory, directory_from_mapping
from app.engine.packs.pack import PolicyPack, load_pack
from app.store.tables import Council


class CouncilCache:
    """(pack, directory) per council, re-read when the stored pack name or directory text changes."""

    def __init__(self, policies_dir: Path | None = None):
        self.policies_dir = policies_dir
        self._lock = threading.Lock()
        self._cache: dict[tuple[int, str, str], tuple[PolicyPack, Directory]] = {}

    def get(self, council: Council) -> tuple[PolicyPack, Directory]:
        digest = hashlib.sha256(council.directory_yaml.encode("utf-8")).hexdigest()
        key = (council.id, council.pack, digest)
        with self._lock:
            cached = self._cache.get(key)
        if cached is not None:
            return cached
        pack = load_pack(council.pack, self.policies_dir)
        directory = directory_from_mapping(yaml.safe_load(council.directory_yaml), source=f"council {council.slug}")
        with self._lock:
            self._cache = {k: v for k, v in self._cache.items() if k[0] != council.id}
            self._cache[key] = (pack, directory)
        return pack, directory
