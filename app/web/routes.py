"""Review desk routes: /login, /logout, /review/... (included by app.main), and its static files."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import FileResponse, RedirectResponse

from app.web import (
    routes_auth,
    routes_decide,
    routes_enquiries,
    routes_findings,
    routes_pack,
    routes_review,
)
from app.web.config import STATIC_DIR
from app.web.deps import PageError, install  # noqa: F401 - install is called by app.main

router = APIRouter(include_in_schema=False)
router.include_router(routes_auth.router)
router.include_router(routes_review.router)
router.include_router(routes_decide.router)
router.include_router(routes_findings.router)
router.include_router(routes_enquiries.router)
router.include_router(routes_pack.router)
STATIC_FILES = {"review.css": "text/css", "screenshots/queue.png": "image/png",
                "screenshots/message.png": "image/png"}


@router.get("/review")
def review_root():
    return RedirectResponse("/review/", status_code=308)


@router.get("/review/static/{name:path}")
def static(name: str):
    """Only the files listed here: no path is ever joined from what the browser asked for."""
    if name not in STATIC_FILES or not (STATIC_DIR / name).is_file():
        raise PageError(404, "No such file.")
    return FileResponse(STATIC_DIR / name, media_type=STATIC_FILES[name],
                        headers={"Cache-Control": "max-age=3600", "X-Content-Type-Options": "nosniff"})
