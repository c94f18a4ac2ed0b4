"""Every hostile input through the CLI (`mailguard check`) and the worker (a folder mailbox).

Each gets a verdict, and one that could not be fully read is held; the API, the add-in and the
desk have their own tests (tests/api/test_hostile_bodies.py, tests/addin/test_hostile.py,
tests/web/test_hostile_desk.py). Costs are measured in bench/, not here.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from app.review.worker import Worker
from app.store import records as store
from app.store.councils import CouncilCache
from app.store.database import make_engine, make_sessionmaker
from app.store.tables import MessageRecord
from connectors.local import LocalFolderMailbox
from tests import hostile

NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
ROOT = Path(__file__).resolve().parent.parent
DIRECTORY_YAML = (ROOT / "policies" / "example-directory.yaml").read_text(encoding="utf-8")
INPUTS = {
    "balanced-divs-100k": lambda: hostile.balanced_divs(100_000),
    "formatting-40k": lambda: hostile.nested_formatting_html(40_000),
    "unclosed-tags-1MB": lambda: hostile.unclosed_tags_html(1024),
    "deep-multipart-1000": lambda: hostile.deep_multipart(1000),
    "parts-10k": lambda: hostile.many_parts(10_000),
    "addresses-16k": lambda: hostile.many_addresses(16_000),
    "encoded-words-50k": lambda: hostile.encoded_words(50_000),
    "header-400KB": lambda: hostile.huge_header(400),
    "attached-messages-60": lambda: hostile.nested_attached_messages(60),
    "utf-7-lone-surrogate": hostile.utf7_lone_surrogate,
    "punycode-charset-300k": lambda: hostile.punycode_body(300),
    "undefined-charset": hostile.undefined_charset,
    "unterminated-tags-1MB": lambda: hostile.unterminated_tags_html(1024),
}


def _write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for n, (name, build) in enumerate(INPUTS.items()):
        raw = build().replace(b"<hostile@test>", f"<hostile-{n}@test>".encode())  # one record each
        paths[name] = folder / f"{name}.eml"
        paths[name].write_bytes(raw)
    return paths


@pytest.mark.timeout(300)
def test_the_cli_gives_every_hostile_input_a_verdict(tmp_path):
    paths = _write_all(tmp_path / "mail")
    result = subprocess.run([sys.executable, "-m", "app.cli.main", "check", "--json", str(tmp_path / "mail")],
                            capture_output=True, text=True, cwd=ROOT, timeout=280)
    assert result.returncode == 0, result.stderr[-2000:]
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted(r["source"] for r in records) == sorted(str(p) for p in paths.values())
    assert all(r["verdict"] in ("allow", "annotate", "hold", "error") for r in records)
    assert "Traceback" not in result.stderr


@pytest.mark.timeout(300)
def test_the_worker_records_every_hostile_input_and_holds_what_it_could_not_read(fresh_db_url, tmp_path):
    engine = make_engine(fresh_db_url)
    sessions = make_sessionmaker(engine)
    folder = tmp_path / "mailbox"
    for sub in ("outbox", "sent", "held", "drafts", "notices"):
        (folder / sub).mkdir(parents=True)
    _write_all(folder / "outbox")
    with sessions() as session:
        council = store.create_council(session, slug="hostile", name="Hostile Council", pack="leigh-on-sea",
                                       directory_yaml=DIRECTORY_YAML, now=NOW)
        mailbox = store.ensure_mailbox(session, council, kind="local", address="clerk@example-council.gov.uk",
                                       config={"root": str(folder)}, now=NOW)
        session.commit()
        mailbox_id = mailbox.id
    worker = Worker(sessions=sessions, connectors={mailbox_id: LocalFolderMailbox(
        folder, address="clerk@example-council.gov.uk", settle_seconds=0)}, councils=CouncilCache(),
        worker_id="hostile", clock=lambda: NOW, lane_wait_s=5)
    try:
        for _ in range(100):
            if not worker.run_once() and not worker.in_progress():
                break
            worker.wait_for_lanes(5)
        with sessions() as session:
            records = session.scalars(select(MessageRecord)).all()
            assert len(records) == len(INPUTS)
            for record in records:
                assert record.verdict in ("allow", "annotate", "hold", "error")
                if record.hold_reason:
                    assert record.state == "held"
    finally:
        engine.dispose()
