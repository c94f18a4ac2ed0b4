"""The IMAP connector's options and its message reference (folder, UIDVALIDITY, UID, Message-ID)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from connectors import ConnectorError
from connectors.imap.folders import FolderNames
from connectors.imap.watch import IDLE_RENEW_S

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass(frozen=True)
class ImapOptions:
    folders: FolderNames = field(default_factory=FolderNames)
    provider_copies_sent: bool = False  # e.g. Gmail files submitted mail in Sent itself: append no copy
    audit_sent: bool = True
    audit_existing_sent: bool = False  # False: the Sent audit starts with mail sent after connecting
    idle: bool = True
    rescan_s: float = 300.0  # full rescan even without IDLE pushes
    idle_renew_s: float = IDLE_RENEW_S
    backoff_s: float = 1.0
    max_backoff_s: float = 300.0
    batch: int = 50
    sent_copy_wait_s: float = 30.0


@dataclass(frozen=True)
class Ref:
    folder: str
    uidvalidity: int
    uid: int
    message_id: str

    def encode(self) -> str:
        data = {"f": self.folder, "v": self.uidvalidity, "u": self.uid, "m": self.message_id}
        text = "imap:" + json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        if len(text) > 1000:  # the record's column; the Message-ID is re-read from the bytes anyway
            data["m"] = ""
            text = "imap:" + json.dumps(data, separators=(",", ":"), ensure_ascii=False)
        return text

    @classmethod
    def decode(cls, text: str) -> "Ref":
        try:
            data = json.loads(text.removeprefix("imap:"))
            return cls(str(data["f"]), int(data["v"]), int(data["u"]), str(data.get("m", "")))
        except (ValueError, KeyError, TypeError):
            raise ConnectorError(f"{text[:80]!r}: not a message of this mailbox", retryable=False) from None


def imap_date(day: date) -> str:
    """RFC 3501 date (SEARCH SINCE)."""
    return f"{day.day}-{_MONTHS[day.month - 1]}-{day.year}"
