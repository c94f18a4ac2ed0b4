"""POST /evaluate: check one message (raw MIME or a Graph message resource) and record it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from starlette.concurrency import run_in_threadpool

from app.addin import problems
from app.addin.token import AddinSettings
from app.addin.users import on_unavailable
from app.api.deps import ClockDep, CouncilsDep, EvaluateCaller, SessionDep
from app.api.errors import ApiProblem, problem_responses
from app.api.views import Action, FindingOut, Verdict
from app.engine.message.graph_decode import JsonRefused, decode_graph_message
from app.engine.message.graph_json import GraphMessageError, graph_message_to_mime
from app.offload import CannotFinish, run_offloaded
from app.review.intake import Checked, SenderMismatch, Submission, check_submission

router = APIRouter(tags=["evaluate"])

RFC822 = "message/rfc822"
JSON = "application/json"
MAILBOX_PATTERN = r"^[^\s\x00-\x1f\x7f@<>,;]+@[^\s\x00-\x1f\x7f@<>,;]+$"


# -- the Graph message resource, as far as it is read (see app.engine.message.graph_json) --
class _Open(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)


class EmailAddress(_Open):
    name: str | None = None
    address: str | None = None


class GraphRecipient(_Open):
    emailAddress: EmailAddress | None = None


class ItemBody(_Open):
    contentType: str = Field("text", description="text | html")
    content: str = ""


class InternetMessageHeader(_Open):
    name: str
    value: str


class GraphAttachment(_Open):
    odata_type: str | None = Field(
        None,
        alias="@odata.type",
        description="#microsoft.graph.fileAttachment | #microsoft.graph.itemAttachment",
    )
    name: str | None = None
    contentType: str | None = None
    size: int | None = None
    isInline: bool | None = None
    contentId: str | None = None
    contentBytes: str | None = Field(
        None, description="base64; may be left out (only the name is then checked)"
    )
    item: GraphMessage | None = Field(
        None, description="An itemAttachment's message ($expand=...item)"
    )


class GraphMessage(_Open):
    """A Microsoft Graph v1.0 message resource; other properties are accepted and ignored."""

    from_: GraphRecipient | None = Field(None, alias="from")
    sender: GraphRecipient | None = None
    toRecipients: list[GraphRecipient] | None = None
    ccRecipients: list[GraphRecipient] | None = None
    bccRecipients: list[GraphRecipient] | None = None
    replyTo: list[GraphRecipient] | None = None
    subject: str | None = None
    body: ItemBody | None = None
    internetMessageId: str | None = None
    internetMessageHeaders: list[InternetMessageHeader] | None = None
    sentDateTime: str | None = None
    createdDateTime: str | None = None
    attachments: list[GraphAttachment] | None = None

    @model_validator(mode="after")
    def _is_a_message(self) -> GraphMessage:
        """Unknown properties are ignored, but a body with none of a message's own is not a message."""
        if not self.model_fields_set & MESSAGE_PROPERTIES:
            raise ValueError("none of a message's properties is present (from, sender, toRecipients, "
                             "ccRecipients, bccRecipients, subject, body, internetMessageHeaders, attachments)")
        return self


MESSAGE_PROPERTIES = {"from_", "sender", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "subject",
                      "body", "internetMessageId", "internetMessageHeaders", "attachments"}
GraphAttachment.model_rebuild()


# -- the answer --------------------------------------------------------------
class EvaluateFinding(FindingOut):
    tell_sender: str | None = Field(
        description="Plain words for the sender, from the council's pack"
    )


class EvaluateResult(BaseModel):
    record_id: int = Field(description="The checked message's record id")
    message_id: str = Field(
        description="Message-ID, or <sha256@mailguard.invalid> when it had none"
    )
    verdict: Verdict
    state: str = Field(
        description="The record's state now (held, allowed, annotated, recorded, ...)"
    )
    findings: list[EvaluateFinding]
    annotation: str | None = Field(description="Text to append to the message, or null")
    hold_id: int | None = Field(
        description="Set when the message is held for review: GET /held/{hold_id}"
    )
    hold_reason: str | None = Field(
        description="Why it is held regardless of findings (unreadable, not fully checked)"
    )
    tell_sender: list[str] = Field(
        description="What to tell the sender, one line per rule that holds or annotates"
    )
    duplicate: bool = Field(
        description="True when this mailbox's message was checked before; nothing new recorded"
    )
    elapsed_ms: float = Field(description="Time the check took")
    on_unavailable: str | None = Field(
        None, description="Add-in callers only: the council's block mode when the service cannot answer "
                          "(soft-block | hard-block), for the add-in to keep for an outage")


_BODY_DOC: dict[str, Any] = {
    "requestBody": {
        "required": True,
        "content": {
            RFC822: {"schema": {"type": "string", "format": "binary"}},
            JSON: {"schema": {"$ref": "#/components/schemas/GraphMessage"}},
        },
    }
}


@router.post(
    "/evaluate",
    response_model=EvaluateResult,
    openapi_extra=_BODY_DOC,
    responses=problem_responses(401, 403, 413, 415, 422),
    summary="Check a message; hold it for review when the council's protocol says so",
)
async def evaluate_message(
    request: Request,
    session: SessionDep,
    caller: EvaluateCaller,
    councils: CouncilsDep,
    clock: ClockDep,
    mailbox: Annotated[
        str | None,
        Query(
            max_length=320,
            pattern=MAILBOX_PATTERN,
            description="Sending mailbox address; default the sender",
        ),
    ] = None,
    stage: Annotated[
        Literal["pre-send", "post-send"], Query(description="pre-send holds; post-send records")
    ] = "pre-send",
) -> Response:
    raw = await _message_bytes(request)
    if caller.user:  # the add-in checks the signed-in person's own outgoing mail, nobody else's
        mailbox, stage = caller.user, "pre-send"
    submission = Submission(raw=raw, mailbox=mailbox, stage=stage, signed_in=caller.user)

    def work() -> Response:
        try:
            checked = check_submission(session, councils, caller.council, submission, now=clock())
        except SenderMismatch as exc:  # refused, and the administrator hears of it
            session.rollback()
            problems.report(session, "from-mismatch", subject=f"{exc.signed_in} as {exc.sender or '(none)'}",
                            detail=str(exc), council_id=caller.council.id, now=clock())
            session.commit()
            raise
        request.app.state.metrics.observe(
            checked.record.verdict, checked.evaluation.elapsed_ms, recorded=checked.created
        )
        result = _result(checked)
        if caller.user:
            settings = getattr(request.app.state, "addin_settings", None) or AddinSettings()
            result.on_unavailable = on_unavailable(caller.council, settings)
        # Serialised here, in the worker thread, once: FastAPI would validate the model again and
        # encode it on the event loop (response_model still documents it).
        return Response(result.model_dump_json(), media_type=JSON)

    def work_then_close() -> Response:
        # Whatever the work left open ends here, in this thread: an open transaction (on SQLite,
        # the write lock) is never carried out of it to wait for a thread to close it.
        try:
            return work()
        finally:
            session.close()

    return await run_in_threadpool(work_then_close)


async def _message_bytes(request: Request) -> bytes:
    media_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
    if media_type not in (RFC822, JSON):
        shown = media_type or "none"
        raise ApiProblem(
            415,
            f"Content-Type {shown!r} is not accepted; send {RFC822} (raw MIME) or "
            f"{JSON} (a Microsoft Graph message resource).",
        )
    body = await request.body()
    if not body or body.isspace():  # (not strip(): that copies a 30 MB body)
        raise ApiProblem(422, "The request body is empty; send the message.")
    if media_type == RFC822:
        return body
    return await run_in_threadpool(_graph_bytes, body)


def _graph_bytes(body: bytes) -> bytes:
    # A big body is decoded in the offload pool: json.loads of megabytes holds the GIL throughout.
    try:
        converted = run_offloaded(len(body), graph_body_to_mime, body)
    except CannotFinish as exc:
        raise ApiProblem(422, f"Not a usable Graph message resource: it could not be read ({exc}).") from None
    if isinstance(converted, GraphRefusal):
        raise ApiProblem(converted.status, converted.detail, errors=converted.errors)
    return converted


@dataclass(frozen=True, slots=True)
class GraphRefusal:
    """Why a Graph JSON body is refused (a value, not an exception: it crosses process boundaries)."""

    status: int
    detail: str
    errors: list[dict] | None = None


def graph_body_to_mime(body: bytes) -> bytes | GraphRefusal:
    """A Graph message resource as MIME, or why not. Pure: runs in the offload pool for big bodies.

    Caps (objects, recipients, attachments, item nesting) are checked while the JSON is decoded,
    before anything is built from it; lone surrogates and deep nesting are refused there too.
    """
    try:
        data = decode_graph_message(body)
    except JsonRefused as exc:
        return GraphRefusal(413 if exc.too_large else 422, f"Not an acceptable Graph message resource: {exc}")
    try:
        GraphMessage.model_validate(data)
        return graph_message_to_mime(data)
    except ValidationError as exc:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"])[-200:], "message": e["msg"]}
            for e in exc.errors()[:50]
        ]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors[:10])
        return GraphRefusal(422, f"Not a Graph message resource: {detail}", errors)
    except (GraphMessageError, RecursionError, UnicodeError) as exc:
        return GraphRefusal(422, f"Not a usable Graph message resource: {exc}")


def _result(checked: Checked) -> EvaluateResult:
    record, pack = checked.record, checked.pack
    findings = []
    for finding in record.findings:
        entry = pack.entry(finding.rule)
        findings.append(
            EvaluateFinding(
                **FindingOut.of(finding).model_dump(),
                tell_sender=entry.tell_sender if entry else None,
            )
        )
    acting: list[Action] = ["hold", "annotate"]
    tell = [f.tell_sender for f in findings if f.action in acting and f.tell_sender]
    return EvaluateResult(
        record_id=record.id,
        message_id=record.internet_message_id,
        verdict=record.verdict,
        state=record.state,
        findings=findings,
        annotation=record.annotation,
        hold_id=checked.hold_id,
        hold_reason=record.hold_reason,
        tell_sender=list(dict.fromkeys(tell)),
        duplicate=not checked.created,
        elapsed_ms=checked.evaluation.elapsed_ms,
    )


def openapi_schemas() -> dict[str, Any]:
    """The GraphMessage schema and its parts, for components/schemas (the body is read by hand)."""
    schema = GraphMessage.model_json_schema(
        ref_template="#/components/schemas/{model}", by_alias=True
    )
    parts = schema.pop("$defs", {})
    return {"GraphMessage": schema, **parts}
