"""Big messages are read in the offload pool (app/offload.py): same verdicts, off this process's GIL.

The pool is real (pebble, spawned processes); nothing of ours is replaced. What a
message costs is measured in bench/ (api_bench.py --scenario hostile); here the
behaviour: the same evaluation as in process, the work done in another process,
and a message the pool cannot finish held with the reason, never lost.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest
import yaml

from app import offload
from app.engine.directory import directory_from_mapping
from app.engine.evaluate import evaluate
from app.engine.packs.pack import load_pack
from tests import hostile

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
PACK = load_pack("leigh-on-sea", ROOT / "policies")
DIRECTORY = directory_from_mapping(yaml.safe_load((ROOT / "policies" / "example-directory.yaml").read_text()),
                                   source="example")


@pytest.fixture
def pool_settings():
    """Set the process's pool for one test, and put the defaults back after it."""
    def use(**changes) -> None:
        offload.configure(offload.OffloadSettings(**changes))

    yield use
    offload.configure(offload.OffloadSettings())


def _summary(evaluation) -> tuple:
    return (evaluation.verdict, evaluation.incomplete, evaluation.error, evaluation.annotation,
            [(d.rule, d.action, d.clause, d.evidence) for d in evaluation.decisions],
            evaluation.message.message_id, evaluation.message.subject, evaluation.message.recipients)


@pytest.mark.parametrize("build", [
    lambda: hostile.balanced_divs(100_000),
    lambda: hostile.many_addresses(16_000),
    lambda: hostile.big_with_attachments(2),
], ids=["balanced-divs", "addresses-16k", "attachments-2MB"])
def test_a_big_message_gets_the_same_evaluation_from_the_pool_as_in_process(pool_settings, build):
    pool_settings()
    raw = build()
    assert offload.is_big(len(raw))
    assert _summary(offload.evaluate_offloaded(raw, PACK, DIRECTORY, at=NOW)) == \
        _summary(evaluate(raw, PACK, DIRECTORY, at=NOW))


def test_the_pool_does_the_work_this_thread_only_waits(pool_settings):
    pool_settings()
    raw = hostile.balanced_divs(100_000)
    offload.warm_up()
    started = time.thread_time()
    evaluate(raw, PACK, DIRECTORY, at=NOW)
    in_process = time.thread_time() - started
    started = time.thread_time()
    offload.evaluate_offloaded(raw, PACK, DIRECTORY, at=NOW)
    offloaded = time.thread_time() - started
    # CPU time of this thread, not wall time: the machine's load does not move it much.
    assert offloaded < in_process / 4, (offloaded, in_process)


def test_a_small_message_stays_in_process(pool_settings):
    pool_settings()
    assert not offload.is_big(10_000)
    assert offload.run_offloaded(10_000, os.getpid) == os.getpid()
    assert offload.run_offloaded(200_000, os.getpid) != os.getpid()


def test_a_message_needing_more_memory_than_allowed_is_held_with_the_reason_and_its_header_read(pool_settings):
    raw = hostile.big_with_attachments(25)  # reading it needs about 80 MB
    pool_settings(memory_limit_bytes=32 << 20)
    evaluation = offload.evaluate_offloaded(raw, PACK, DIRECTORY, at=NOW)
    assert evaluation.verdict == "error"
    assert evaluation.error == "not checked: reading it needed more memory than one message may use"
    reference = evaluate(raw, PACK, DIRECTORY, at=NOW).message
    assert evaluation.message.message_id == reference.message_id
    assert evaluation.message.sender == reference.sender and evaluation.message.to == reference.to
    assert evaluation.message.size == len(raw)
    pool_settings()  # the same process, its limit back: the message is read as usual
    assert offload.evaluate_offloaded(raw, PACK, DIRECTORY, at=NOW).verdict != "error"


def test_work_past_the_deadline_has_its_process_stopped_and_replaced(pool_settings):
    pool_settings(deadline_s=0.3)
    with pytest.raises(offload.CannotFinish, match=r"still working after 0.3 s \(its process was stopped\)"):
        offload.run_offloaded(1 << 20, time.sleep, 30)
    assert offload.run_offloaded(1 << 20, len, b"next") == 4


def test_a_pool_process_that_dies_is_reported_and_replaced(pool_settings):
    pool_settings()
    with pytest.raises(offload.CannotFinish, match="exit status 3"):
        offload.run_offloaded(1 << 20, os._exit, 3)
    assert offload.run_offloaded(1 << 20, os.getpid) != os.getpid()


def test_nothing_is_offloaded_when_switched_off(pool_settings):
    pool_settings(min_bytes=0)
    assert offload.run_offloaded(1 << 30, os.getpid) == os.getpid()


def test_work_that_runs_out_of_the_pool_memory_limit_is_reported_not_raised(pool_settings):
    pool_settings(memory_limit_bytes=512 << 20)
    with pytest.raises(offload.CannotFinish, match="more than 512 MB"):
        offload.run_offloaded(1 << 20, bytearray, 1 << 30)  # a gigabyte, in a process allowed half that
    assert offload.run_offloaded(1 << 20, len, b"still here") == 10


def test_big_bytes_cross_to_and_from_the_pool_in_files_that_are_removed_after(pool_settings):
    pool_settings()
    folder = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path(tempfile.gettempdir())
    before = set(folder.glob("mailguard-offload-*"))
    payload = os.urandom(offload.SPILL_BYTES * 3)
    assert offload.run_offloaded(len(payload), bytes.upper, payload) == payload.upper()  # in and out
    assert offload.run_offloaded(len(payload), len, payload) == len(payload)
    # Ours are gone (another process on the machine, e.g. a server under test, may have its own there).
    ours = [path for path in set(folder.glob("mailguard-offload-*")) - before
            if _begins(path, payload[:64]) or _begins(path, payload.upper()[:64])]
    assert ours == []


def _begins(path: Path, prefix: bytes) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(prefix)) == prefix
    except FileNotFoundError:
        return False


def test_spill_files_left_by_a_dead_process_are_removed_when_a_pool_starts(pool_settings, tmp_path):
    pool_settings()
    folder = Path(tempfile.gettempdir())
    stale = folder / f"{offload.SPILL_PREFIX}left-by-a-killed-server"
    fresh = folder / f"{offload.SPILL_PREFIX}a-task-in-progress"
    stale.write_bytes(b"x" * 10)
    fresh.write_bytes(b"y" * 10)
    an_hour_and_more = time.time() - offload.STALE_SPILL_S - 60
    os.utime(stale, (an_hour_and_more, an_hour_and_more))
    try:
        offload.warm_up()
        assert not stale.exists() and fresh.exists()  # another process's task may still need its file
    finally:
        for path in (stale, fresh):
            path.unlink(missing_ok=True)
