"""Regenerate app/web/static/screenshots/queue.png and message.png (the README's pictures).

    /work/venv/bin/python -m tests.web.screenshots

Runs the demo council through the real worker, serves it with uvicorn and
photographs the pages in Debian's headless Chromium.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from tests.web.browser import chromium, served_desk
from tests.web.support import PASSWORD, REVIEWER

OUT = Path(__file__).resolve().parents[2] / "app" / "web" / "static" / "screenshots"


def take(out: Path = OUT, browser=None) -> list[Path]:
    """Photograph the pages into `out`, with `browser` if given (Playwright allows one driver per thread)."""
    if browser is None:
        with chromium() as launched:
            return take(out, launched)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as root, served_desk(Path(root)) as (base, desk):
        desk.clock.advance(hours=3, minutes=20)  # so the queue shows how long each has waited
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        page.goto(f"{base}/login")
        page.get_by_label("Email address").fill(REVIEWER)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.screenshot(path=str(out / "queue.png"), full_page=True)
        page.goto(f"{base}/review/messages/{desk.held['verge']}")
        page.screenshot(path=str(out / "message.png"), full_page=True)
        page.close()
    return [out / "queue.png", out / "message.png"]


if __name__ == "__main__":
    for path in take():
        print(path)
