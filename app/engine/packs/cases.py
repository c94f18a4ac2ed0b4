"""A pack's example messages (`<pack>.test.yaml`): their schema, and RFC 5322 bytes built from them.

Each case gives a message as fields (or a raw .eml path) and what the pack
must make of it. Strict like the packs: a misspelt key is an error, not a
case that silently checks nothing.
"""

from __future__ import annotations

import mimetypes
from email import policy
from email.message import EmailMessage
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from app.engine.packs.reading import display_path, format_validation_error, load_yaml
from app.errors import PackError

_FIXED_DATE = "Mon, 03 Mar 2025 10:00:00 +0000"  # cases are reproducible byte for byte


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)


def _as_list(value):
    return [value] if isinstance(value, str) else value


class CaseAttachment(_Strict):
    """A file (text content) or, with `message`, an attached email (message/rfc822)."""

    filename: str | None = None
    content_type: str | None = None
    text: str = ""
    message: CaseMessage | None = None

    @model_validator(mode="after")
    def _file_or_message(self) -> CaseAttachment:
        if self.message is None and not self.filename:
            raise ValueError("give a filename (a file) or a message (an attached email)")
        return self


class CaseMessage(_Strict):
    from_: str | None = Field(default=None, alias="from")
    to: list[str] = []
    cc: list[str] = []
    bcc: list[str] = []
    subject: str = ""
    body: str = ""
    html: str | None = None  # an HTML alternative to `body`
    headers: dict[str, str] = {}  # extra headers, e.g. {Sensitivity: Company-Confidential}
    attachments: list[CaseAttachment] = []
    eml: str | None = None  # a raw message file, relative to the .test.yaml; no other fields then

    _lists = field_validator("to", "cc", "bcc", mode="before")(_as_list)

    @model_validator(mode="after")
    def _fields_or_eml(self) -> CaseMessage:
        if self.eml is not None and self.model_fields_set - {"eml"}:
            raise ValueError("an eml case takes no other message fields")
        if self.eml is None and not self.from_:
            raise ValueError("from: required (or give eml)")
        return self


class Expect(_Strict):
    verdict: Literal["allow", "annotate", "hold", "error"]  # error: not readable as mail (eml cases)
    rules: list[str] = []  # every rule with a decision (flags included); [] means none at all
    annotation: str | None = None

    _lists = field_validator("rules", mode="before")(_as_list)


class CaseElection(_Strict):
    """An election period the council has while the case is checked (the directory's `elections:` form)."""

    from_: str = Field(alias="from")
    to: str
    candidates: list[str] = []


class Case(_Strict):
    name: str = Field(min_length=1)
    note: str | None = None  # why the case exists, for the next reader
    elections: list[CaseElection] = []  # the example council's election periods for this case
    message: CaseMessage
    expect: Expect


def load_cases(path: Path) -> list[Case]:
    data = load_yaml(path)
    shown = display_path(path)
    if not isinstance(data, list) or not data:
        raise PackError(f"{shown}: (top): must be a list of cases (name, message, expect)")
    cases: list[Case] = []
    for index, item in enumerate(data):
        try:
            cases.append(Case.model_validate(item))
        except ValidationError as exc:
            raise PackError(f"{shown}: [{index}].{format_validation_error(exc)}") from None
    names = [case.name for case in cases]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate:
        raise PackError(f"{shown}: name: {duplicate!r} is used twice")
    return cases


def case_bytes(case: Case, base_dir: Path, message_id: str) -> bytes:
    """RFC 5322 bytes for the case's message, Bcc kept as Sent Items store it."""
    if case.message.eml is not None:
        return (base_dir / case.message.eml).read_bytes()
    message = build_message(case.message, message_id)
    for number, part in enumerate(p for p in message.walk() if p.is_multipart()):
        part.set_boundary(f"=_mailguard_case_{number}")  # random by default; cases stay reproducible
    return message.as_bytes(policy=policy.SMTP)


def build_message(fields: CaseMessage, message_id: str) -> EmailMessage:
    message = EmailMessage()
    message["From"] = fields.from_ or ""
    for header, values in (("To", fields.to), ("Cc", fields.cc), ("Bcc", fields.bcc)):
        if values:
            message[header] = ", ".join(values)
    message["Subject"] = fields.subject
    message["Date"] = _FIXED_DATE
    message["Message-ID"] = message_id
    for name, value in fields.headers.items():
        message[name] = value
    message.set_content(fields.body)
    if fields.html is not None:
        message.add_alternative(fields.html, subtype="html")
    for index, attachment in enumerate(fields.attachments, start=1):
        _attach(message, attachment, f"{message_id[:-1]}.{index}>")
    return message


def _attach(message: EmailMessage, attachment: CaseAttachment, message_id: str) -> None:
    if attachment.message is not None:
        inner = build_message(attachment.message, message_id)
        message.add_attachment(inner, filename=attachment.filename)  # message/rfc822
        return
    content_type = (
        attachment.content_type
        or mimetypes.guess_type(attachment.filename or "")[0]
        or "application/octet-stream"
    )
    maintype, _, subtype = content_type.partition("/")
    payload = attachment.text.encode("utf-8")
    message.add_attachment(payload, maintype=maintype, subtype=subtype, filename=attachment.filename)


CaseAttachment.model_rebuild()
