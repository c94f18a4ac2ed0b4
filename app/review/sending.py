"""What a worker acts on, and what it sends: a claimed intent copied out of its transaction, the bytes
the reviewer released, and whether a message sent where it lies (Graph) changed since its check.

Everything here runs in a mailbox's lane with no database transaction open.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.engine.directory import Directory
from app.engine.evaluate import Evaluation, evaluate
from app.engine.fingerprint import fingerprint
from app.engine.packs.pack import PolicyPack
from app.review.annotate import annotate_mime, strip_bcc, with_message_id
from app.store import records as store
from app.store.submissions import base_identity
from connectors import ConnectorError, Mailbox


@dataclass(frozen=True)
class Job:
    """A claimed intent, copied out of the claiming transaction for the connector to act on."""

    intent_id: int
    kind: str
    key: str
    payload: dict
    mailbox_id: int
    message_id: int | None
    source_ref: str | None
    raw: bytes | None
    internet_message_id: str = ""
    fingerprint: str | None = None  # of the content as checked (a deliver compares the message now with it)
    rules: tuple[PolicyPack, Directory] | None = None  # the council's, for checking the message as it is now


@dataclass(frozen=True)
class Outcome:
    source_ref: str | None = None  # where a held message is now
    error: Exception | None = None
    changed: tuple[bytes, Evaluation] | None = None  # the message now, checked: it changed since its check
    identity: str | None = None  # a held add-in draft's own Message-ID, read once it is in its mailbox


def to_send(job: Job) -> bytes:
    """The checked bytes as the reviewer released them: identity stamped, footer added, Bcc removed."""
    raw = job.raw
    if raw is None:
        raise ConnectorError(f"message {job.message_id}: original bytes not kept", retryable=False)
    if not store.message_id_of(raw):
        # its Sent copy must carry the identity it was recorded under, or it is audited again
        raw = with_message_id(raw, base_identity(job.internet_message_id))
    if job.payload.get("annotation"):
        raw = annotate_mime(raw, job.payload["annotation"])
    if job.payload.get("strip_bcc"):
        raw = strip_bcc(raw)
    return raw


def changed_since_check(connector: Mailbox, job: Job) -> tuple[bytes, Evaluation] | None:
    """A connector that sends the message where it lies (Graph) offers `current`: compare it with the check.

    Folder and IMAP connectors send the checked bytes from the record, so they need no comparison.
    Runs in the lane, with no transaction open (a connector call and the engine).
    """
    current = getattr(connector, "current", None)
    if current is None or not job.fingerprint or job.rules is None:
        return None
    raw_now = current(job.source_ref)
    if raw_now is None:
        return None  # gone or already sent: the connector's own checks decide
    pack, directory = job.rules
    evaluation = evaluate(raw_now, pack, directory)
    now_print = fingerprint(evaluation.message, raw_now)
    if now_print == job.fingerprint:
        return None
    # An earlier try may have patched the draft into what the reviewer chose (footer, no Bcc) and
    # then failed to send: that is the checked content as released, not an edit.
    wanted = to_send(job)
    if wanted != job.raw and now_print == fingerprint(evaluate(wanted, pack, directory).message, wanted):
        return None
    return raw_now, evaluation


def adopted_identity(connector: Mailbox, job: Job, source_ref: str | None) -> str | None:
    """An add-in hold, now in its mailbox: the draft's own Message-ID, to be known by from here on.

    The add-in never sees the Message-ID Exchange gives the draft, so its record starts with a
    stand-in; taking the real one makes the connector know the draft as this record whatever
    folder it meets it in (Held for review, or Drafts and Held again after a return).
    """
    read = getattr(connector, "read", None)
    if job.kind != "hold" or not job.payload.get("adopt_identity") or read is None or source_ref is None:
        return None
    return store.identity_of(read(source_ref))
