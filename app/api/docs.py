"""/docs: Swagger UI 5, its files from the fastapi-offline package, served by us — no CDN: a council
network without internet still gets its API docs, and no third-party script runs on the desk's origin.
Only the files listed are served. (ReDoc is not offered: its page fetches its logo from redoc.ly.)
"""

from __future__ import annotations

from importlib.resources import files

from fastapi import APIRouter, HTTPException, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse

ASSETS = {"swagger-ui-bundle.js": "text/javascript", "swagger-ui.css": "text/css",
          "favicon.png": "image/png"}
ASSET_PREFIX = "/docs/assets"
STATIC = files("fastapi_offline") / "static"

router = APIRouter(include_in_schema=False)


@router.get("/docs")
def swagger_ui(request: Request) -> HTMLResponse:
    return get_swagger_ui_html(
        openapi_url="/openapi.json", title=f"{request.app.title} — API",
        swagger_js_url=f"{ASSET_PREFIX}/swagger-ui-bundle.js", swagger_css_url=f"{ASSET_PREFIX}/swagger-ui.css",
        swagger_favicon_url=f"{ASSET_PREFIX}/favicon.png", oauth2_redirect_url=None,
    )


@router.get(ASSET_PREFIX + "/{name}")
def docs_asset(name: str) -> FileResponse:
    if name not in ASSETS:  # never a path joined from what the browser asked for
        raise HTTPException(404, "No such file.")
    return FileResponse(str(STATIC / name), media_type=ASSETS[name],
                        headers={"Cache-Control": "max-age=86400", "X-Content-Type-Options": "nosniff"})
