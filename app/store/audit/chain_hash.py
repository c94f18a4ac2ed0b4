"""The audit chain's hash: HMAC-SHA256 of one event's canonical JSON and the previous hash."""

from __future__ import annotations

import hashlib
import hmac
import json
from datetime import datetime

from app.store.database import utc

GENESIS = "0" * 64  # the previous hash of a council's first event


def event_hash(
    key: bytes | None, council_id: int, seq: int, at: datetime, actor: str, event: str,
    message_id: int | None, data: dict, prev_hash: str,
) -> str:
    """HMAC-SHA256 hex of the canonical JSON of one event and the previous hash.

    `key` None gives the unkeyed sha256 of chains written before keys (only
    `audit rekey` uses it, to check such a chain before re-sealing it).
    """
    canonical = json.dumps(
        {"council_id": council_id, "seq": seq, "at": _iso(at), "actor": actor, "event": event,
         "message_id": message_id, "data": data, "prev_hash": prev_hash},
        sort_keys=True, separators=(",", ":"), ensure_ascii=False,
    ).encode("utf-8")
    if key is None:
        return hashlib.sha256(canonical).hexdigest()
    return hmac.new(key, canonical, hashlib.sha256).hexdigest()


def _iso(moment: datetime) -> str:
    # Microseconds always shown: both backends keep them, and isoformat() drops zeros.
    return utc(moment).isoformat(timespec="microseconds")
