"""The one small interface every mail system implements (local folder, IMAP/SMTP, Graph).

Connectors move bytes and refs; they know nothing of councils, packs or the
database (`connectors` never imports `app`). Every action takes an
idempotency key and must be safe to repeat: a worker that crashed after acting
but before recording it will ask again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Protocol, runtime_checkable


class ConnectorError(Exception):
    """A mail-system failure. `retryable` tells the worker whether to try again later."""

    def __init__(self, message: str, *, retryable: bool = True):
        super().__init__(message)
        self.retryable = retryable


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    """A message found by the connector: `stage` is pre-send (outbox) or post-send (Sent)."""

    ref: str  # the connector's own id for it (file name, Graph id, folder/UIDVALIDITY/UID)
    raw: bytes
    stage: str  # "pre-send" | "post-send"


@runtime_checkable
class Mailbox(Protocol):
    kind: str
    address: str

    def fetch_outgoing(self) -> Iterable[OutgoingMessage]:
        """New messages waiting to be checked (outbox) and sent ones to audit (Sent)."""

    def acknowledge(self, ref: str) -> None:
        """The message at `ref` is recorded; a post-send ref need not be offered again."""

    def hold(self, ref: str, key: str) -> str:
        """Move the outgoing message to the held folder; returns its new ref."""

    def deliver(self, ref: str, raw: bytes, key: str) -> None:
        """Send `raw` (the possibly annotated message) and remove the original at `ref`."""

    def return_to_sender(self, ref: str, raw: bytes, key: str) -> None:
        """Give the message back to its author (to Drafts)."""

    def notify(self, to: str, subject: str, body: str, key: str) -> None:
        """Send a short notice (e.g. to the sender of a held message)."""

    def submit(self, raw: bytes, key: str) -> None:
        """Send a message the service composed itself (a digest): RFC 5322 bytes, To/Cc as addressed."""
