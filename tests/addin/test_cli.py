"""`mailguard council addin-settings` and `mailguard addin status`, run as the administrator would."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from app.store.tables import AuditEvent, Council
from tests.addin.conftest import TENANT
from tests.store.scenario import ROOT
from tests.store.test_cli_admin import run


def _council(url: str) -> tuple[dict, list[dict]]:
    engine = create_engine(url)
    try:
        with Session(engine) as session:
            council = session.scalars(select(Council)).one()
            events = [e.data for e in session.scalars(
                select(AuditEvent).where(AuditEvent.event == "addin.settings_changed").order_by(AuditEvent.seq))]
            return council.options.get("addin", {}), events
    finally:
        engine.dispose()


def test_a_councils_add_in_options_are_set_checked_and_audited(tmp_path: Path):
    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    assert run(url, "db", "upgrade").returncode == 0
    added = run(url, "council", "add", "--slug", "demo", "--name", "Demo Town Council", "--pack", "leigh-on-sea",
                "--directory", str(ROOT / "policies" / "example-directory.yaml"))
    assert added.returncode == 0, added.stderr

    done = run(url, "council", "addin-settings", "--council", "demo", "--tenant-id", TENANT.upper(),
               "--on-unavailable", "hard-block")
    assert done.returncode == 0, done.stderr
    assert f"tenant_id={TENANT}" in done.stdout and "on_unavailable=hard-block" in done.stdout
    options, events = _council(url)
    assert options == {"tenant_id": TENANT, "on_unavailable": "hard-block"}
    assert events == [{"before": {}, "after": options}]

    softer = run(url, "council", "addin-settings", "--council", "demo", "--on-unavailable", "soft-block")
    assert softer.returncode == 0 and _council(url)[0]["tenant_id"] == TENANT  # the rest is kept
    unchanged = run(url, "council", "addin-settings", "--council", "demo", "--on-unavailable", "soft-block")
    assert unchanged.returncode == 0 and len(_council(url)[1]) == 2  # no change, no event

    for args, problem in ((["--on-unavailable", "sometimes"], "--on-unavailable must be one of"),
                          (["--tenant-id", "contoso.onmicrosoft.com"], "tenant's GUID"),
                          ([], "give --tenant-id")):
        bad = run(url, "council", "addin-settings", "--council", "demo", *args)
        assert bad.returncode == 2 and problem in bad.stderr + bad.stdout, (args, bad.stderr)
    missing = run(url, "council", "addin-settings", "--council", "nowhere", "--on-unavailable", "hard-block")
    assert missing.returncode == 1 and "no council 'nowhere'" in missing.stderr
    assert _council(url)[0] == {"tenant_id": TENANT, "on_unavailable": "soft-block"}


def test_addin_status_lists_setup_problems_and_exits_1(tmp_path: Path):
    from datetime import datetime, timezone

    from app.addin import problems

    url = f"sqlite:///{tmp_path / 'mailguard.db'}"
    assert run(url, "db", "upgrade").returncode == 0
    clean = run(url, "addin", "status")
    assert clean.returncode == 0 and "no add-in setup problems seen" in clean.stdout
    assert "no client id set" in clean.stdout
    engine = create_engine(url)
    with Session(engine) as session:
        problems.report(session, "tenant", subject=TENANT, detail="the token's tenant is not a council's tenant here",
                        council_id=None, now=datetime.now(timezone.utc))
        session.commit()
    engine.dispose()
    listed = run(url, "addin", "status")
    assert listed.returncode == 1
    assert f"tenant x1: {TENANT}" in listed.stdout and "mailguard council addin-settings" in listed.stdout
