"""A delivery given up after the retry horizon is shown in the review desk (issue 13)."""

from __future__ import annotations

import os
import shutil
import time
from datetime import timedelta

from sqlalchemy import select

from app.store.tables import MessageRecord
from tests.imap.messages import allowed


def test_the_desk_lists_a_delivery_that_failed_after_every_retry(reviewer, desk):
    # the folder mailbox cannot write its sent/ folder (a file stands where the folder was): a real failure
    shutil.rmtree(desk.folder / "sent")
    (desk.folder / "sent").write_text("not a folder")
    desk.worker.retry_horizon = timedelta(minutes=10)
    path = desk.folder / "outbox" / "agenda.eml"
    path.write_bytes(allowed(9, "clerk@example-council.gov.uk"))
    os.utime(path, (time.time() - 5, time.time() - 5))
    for _ in range(30):
        desk.drain()
        with desk.sessions() as session:
            state = session.scalar(select(MessageRecord.state).where(MessageRecord.subject == "Agenda item 9"))
        if state == "undelivered":
            break
        desk.clock.advance(minutes=2)
    assert state == "undelivered"
    html = reviewer.get("/review/").text
    section = html[html.index('id="delivery-failed"'):]
    assert "Agenda item 9" in section and "deliver" in section and "Not a directory" in section
    assert "mailguard delivery retry" in section
