"""/docs (Swagger UI) renders in headless Chromium with every request outside the service refused."""

from __future__ import annotations

from fastapi.testclient import TestClient

from app.main import create_app
from app.settings import Settings
from tests.web.browser import chromium, served_desk


def test_api_docs_render_offline_from_our_own_assets(tmp_path):
    with served_desk(tmp_path) as (base, _), chromium() as browser:
        page = browser.new_page()
        elsewhere: list[str] = []

        def only_ours(route):
            if route.request.url.startswith(base):
                route.continue_()
            else:  # a CDN, fonts, anything third-party: an offline council network has none of it
                elsewhere.append(route.request.url)
                route.abort()

        page.route("**/*", only_ours)
        page.goto(f"{base}/docs")
        page.wait_for_selector(".swagger-ui .info .title", timeout=30_000)
        assert "Council MailGuard" in page.inner_text(".swagger-ui .info .title")
        page.wait_for_selector(".opblock-summary-path", timeout=30_000)
        assert "/api/v1/evaluate" in page.inner_text(".swagger-ui")
        assert elsewhere == []


def test_docs_assets_are_only_the_listed_files():
    client = TestClient(create_app(Settings(database_url="sqlite://")))
    page = client.get("/docs")
    assert page.status_code == 200 and "https://" not in page.text and "http://" not in page.text
    for name, kind in (("swagger-ui-bundle.js", "javascript"), ("swagger-ui.css", "text/css"),
                       ("favicon.png", "image/png")):
        asset = client.get(f"/docs/assets/{name}")
        assert asset.status_code == 200 and kind in asset.headers["content-type"] and len(asset.content) > 500
    assert client.get("/docs/assets/index.html").status_code == 404
    assert client.get("/docs/assets/%2e%2e%2fpyproject.toml").status_code == 404
    assert client.get("/docs/assets/redoc.standalone.js").status_code == 404
    assert client.get("/redoc").status_code == 404  # ReDoc would fetch its logo from redoc.ly
