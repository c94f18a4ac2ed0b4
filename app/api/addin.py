"""The Outlook add-in's endpoints and static files.

GET /addin/{file}            the add-in's files (manifest.xml is written for this deployment's base URL)
GET /.well-known/microsoft-officeaddins-allowed.json   the handler script allowed SSO/CORS on this origin
GET /addin/config            the signed-in user's council setting: what to do when the service is unavailable
POST /api/v1/held/{id}/submit-draft {itemId}   a held draft saved in Outlook, for the connector to move
POST /api/v1/addin/sent-anyway                 the user sent without a verdict (the service did not answer)
GET /api/v1/addin/status       (API key, review:read) the add-in's setup and the setup mistakes seen
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.addin import problems
from app.addin.manifest import ADDIN_DIR, SEND_MODES, allowed_json, build_manifest, handler_script
from app.addin.submit import record_sent_anyway, submit_draft
from app.addin.token import AddinSettings
from app.addin.users import addin_options, on_unavailable
from app.api.deps import AddinUserDep, ClockDep, ReviewReader, SessionDep
from app.api.errors import ApiProblem
from app.store.database import utc

router = APIRouter(include_in_schema=False)

STATIC = {  # the only files served: name -> media type
    "commands.html": "text/html; charset=utf-8",
    "assets/icon-16.png": "image/png",
    "assets/icon-32.png": "image/png",
    "assets/icon-64.png": "image/png",
    "assets/icon-80.png": "image/png",
    "assets/icon-128.png": "image/png",
}
JAVASCRIPT = "text/javascript; charset=utf-8"


def addin_settings(request: Request) -> AddinSettings:
    return getattr(request.app.state, "addin_settings", None) or AddinSettings()


def _base_url(request: Request) -> str:
    settings = addin_settings(request)
    return settings.base_url or str(request.base_url).rstrip("/")


@router.get("/addin/manifest.xml")
def manifest(
    request: Request,
    send_mode: Annotated[str, Query(alias="send-mode", pattern="^(soft-block|block|prompt-user)$")] = "soft-block",
    no_sso: Annotated[bool, Query(alias="no-sso")] = False,
) -> Response:
    settings = addin_settings(request)
    if not settings.client_id and not no_sso:  # without it the handler cannot sign in: say so, not drop it
        raise ApiProblem(409, "No manifest for this deployment: no add-in client id is set "
                              "(MAILGUARD_ADDIN__CLIENT_ID); add ?no-sso=true for one without single sign-on.")
    try:
        text = build_manifest(_base_url(request), send_mode=send_mode, client_id=settings.client_id,
                              app_id_uri=settings.app_id_uri)
    except ValueError as exc:
        raise ApiProblem(409, f"No manifest for this deployment: {exc}") from None
    return Response(text, media_type="application/xml; charset=utf-8")


@router.get("/addin/launchevent.js")
def launchevent(request: Request) -> Response:
    return Response(handler_script(addin_settings(request), _base_url(request)), media_type=JAVASCRIPT)


@router.get("/.well-known/microsoft-officeaddins-allowed.json")
def well_known(request: Request) -> Response:
    return Response(allowed_json(_base_url(request)), media_type="application/json")


@router.get("/addin/config")
def config(request: Request, user: AddinUserDep) -> dict:
    settings = addin_settings(request)
    return {"on_unavailable": on_unavailable(user.council, settings), "timeout_ms": settings.timeout_ms,
            "user": user.address}


@router.get("/addin/{name:path}")
def static_file(name: str) -> Response:
    media_type = STATIC.get(name)
    if media_type is None:
        return PlainTextResponse("Not found", status_code=404)
    return FileResponse(ADDIN_DIR / name, media_type=media_type)


class SubmitDraft(BaseModel):
    itemId: str = Field(min_length=1, max_length=1000, description="The saved draft's REST item id")


class SubmittedDraft(BaseModel):
    hold_id: int
    state: str
    source_ref: str


@router.post("/api/v1/held/{hold_id}/submit-draft", response_model=SubmittedDraft)
async def submit_held_draft(
    hold_id: Annotated[int, PathParam(ge=1)], body: SubmitDraft, session: SessionDep, user: AddinUserDep,
    clock: ClockDep,
) -> SubmittedDraft:
    def work() -> SubmittedDraft:
        record = submit_draft(session, user.council.id, hold_id, body.itemId, user=user.address, now=clock())
        return SubmittedDraft(hold_id=record.id, state=record.state, source_ref=record.source_ref)

    return await run_in_threadpool(work)


class SentAnyway(BaseModel):
    id: str = Field(min_length=8, max_length=64, pattern=r"^[A-Za-z0-9_-]+$",
                    description="The handler's id for this report: a repeat of it is recorded once")
    subject: str = Field("", max_length=2000)
    recipients: int = Field(0, ge=0, le=100_000)
    reason: str = Field("", max_length=500)
    at: str = Field("", max_length=40, description="When the user was let send (the handler's clock, ISO 8601)")


class SentAnywayRecorded(BaseModel):
    id: str
    recorded: bool = Field(description="False when this report was recorded before (nothing added)")


@router.post("/api/v1/addin/sent-anyway", response_model=SentAnywayRecorded)
async def sent_anyway(body: SentAnyway, session: SessionDep, user: AddinUserDep, clock: ClockDep) -> SentAnywayRecorded:
    """200 with the report id whenever the report is on record, first time or repeat: the handler's
    cue to drop it from its queue."""
    def work() -> SentAnywayRecorded:
        recorded = record_sent_anyway(session, user.council.id, report_id=body.id, user=user.address,
                                      subject=body.subject, recipients=body.recipients, reason=body.reason,
                                      at=body.at, now=clock())
        return SentAnywayRecorded(id=body.id, recorded=recorded)

    return await run_in_threadpool(work)


class AddinProblemOut(BaseModel):
    kind: str
    subject: str
    detail: str
    advice: str
    count: int
    first_seen_at: datetime
    last_seen_at: datetime


class AddinStatus(BaseModel):
    status: str = Field(description="ok, or problems when a setup mistake was seen in the last day")
    client_id_set: bool
    tenant_id: str | None
    on_unavailable: str
    problems: list[AddinProblemOut]


@router.get("/api/v1/addin/status", response_model=AddinStatus)
def status(request: Request, session: SessionDep, caller: ReviewReader, clock: ClockDep) -> AddinStatus:
    """The add-in's setup as this service sees it, and the setup mistakes its users ran into."""
    settings = addin_settings(request)
    rows = problems.problems(session, caller.council.id)
    recent = [r for r in rows if utc(clock()) - utc(r.last_seen_at) < timedelta(days=1)]
    return AddinStatus(
        status="problems" if recent or not settings.client_id else "ok", client_id_set=bool(settings.client_id),
        tenant_id=addin_options(caller.council).get("tenant_id"),
        on_unavailable=on_unavailable(caller.council, settings),
        problems=[AddinProblemOut(kind=r.kind, subject=r.subject, detail=r.detail, advice=problems.KINDS[r.kind],
                                  count=r.count, first_seen_at=r.first_seen_at, last_seen_at=r.last_seen_at)
                  for r in rows])


__all__ = ["router", "SEND_MODES"]
