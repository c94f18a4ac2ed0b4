"""The Outlook add-in's endpoints and static files.

GET /addin/{file}            the add-in's files (manifest.xml is written for this deployment's base URL)
GET /.well-known/microsoft-officeaddins-allowed.json   the handler script allowed SSO/CORS on this origin
GET /addin/config            the signed-in user's council setting: what to do when the service is unavailable
POST /api/v1/held/{id}/submit-draft {itemId}   a held draft saved in Outlook, for the connector to move
POST /api/v1/addin/sent-anyway                 the user sent without a verdict (the service did not answer)
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import FileResponse, PlainTextResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from app.addin.manifest import ADDIN_DIR, SEND_MODES, allowed_json, build_manifest, handler_script
from app.addin.submit import record_sent_anyway, submit_draft
from app.addin.token import AddinSettings
from app.addin.users import on_unavailable
from app.api.deps import AddinUserDep, ClockDep, SessionDep
from app.api.errors import ApiProblem

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
) -> Response:
    settings = addin_settings(request)
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
    subject: str = Field("", max_length=2000)
    recipients: int = Field(0, ge=0, le=100_000)
    reason: str = Field("", max_length=500)
    at: str = Field("", max_length=40, description="When the user was let send (the handler's clock, ISO 8601)")


@router.post("/api/v1/addin/sent-anyway", status_code=204)
async def sent_anyway(body: SentAnyway, session: SessionDep, user: AddinUserDep, clock: ClockDep) -> Response:
    def work() -> None:
        record_sent_anyway(session, user.council.id, user=user.address, subject=body.subject,
                           recipients=body.recipients, reason=body.reason, at=body.at, now=clock())

    await run_in_threadpool(work)
    return Response(status_code=204)


__all__ = ["router", "SEND_MODES"]
