"""Big messages are parsed and checked in another process, so they never hold this one's GIL.

The engine's parsing is bounded (app.engine.message), but its heaviest steps are
native calls that keep the GIL for their whole run: lexbor parsing a megabyte of
HTML, decoding a large attachment, reading 20 MB of Graph JSON. One such message
took 130-290 ms, and while it ran every other request of the process waited:
clean requests' p99 went from 6 ms to 187 ms with one hostile message a second
among 100 clean ones (bench/api_bench.py --scenario hostile).

So a message of `offload_bytes` or more (or a Graph JSON body that size) is
handed to a small pool of worker processes (pebble: a task past its deadline
has its process killed and replaced, which a ThreadPool or concurrent.futures
cannot do). The caller's thread waits without the GIL. Small messages, nearly
all mail, stay in process: the hand-over costs about a millisecond.

A message the pool cannot finish, past the deadline or because its process
died (a memory limit, a crash in native code), is not lost: it is evaluated as
unreadable from its header alone, so the service holds it with the reason.
"""

from __future__ import annotations

import atexit
import glob
import logging
import multiprocessing
import os
import resource
import tempfile
import threading
import time
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from datetime import datetime

from pebble import ProcessExpired, ProcessPool

from app.engine.directory import Directory
from app.engine.evaluate import Evaluation, evaluate
from app.engine.message import DEFAULT_LIMITS, parse
from app.engine.message.mime import split_head
from app.engine.packs.pack import PolicyPack
from app.settings import Settings

log = logging.getLogger("mailguard.offload")


@dataclass(frozen=True, slots=True)
class OffloadSettings:
    min_bytes: int = 64 * 1024  # 0: nothing is offloaded
    processes: int = 1
    deadline_s: float = 30.0
    memory_limit_bytes: int = 1024**3  # what one task may add to its pool process's address space


class _Pool:
    """One pebble pool per process, made on first use (spawned children: no fork of a threaded server)."""

    def __init__(self) -> None:
        self.settings = OffloadSettings()
        self._pool: ProcessPool | None = None
        self._lock = threading.Lock()

    def configure(self, settings: OffloadSettings) -> None:
        with self._lock:
            if settings == self.settings:
                return
            self.settings = settings
            old, self._pool = self._pool, None
        if old is not None:
            old.close()

    def pool(self) -> ProcessPool:
        with self._lock:
            if self._pool is None or not self._pool.active:
                self._pool = ProcessPool(
                    max_workers=self.settings.processes, initializer=_yield_the_cpu,
                    context=multiprocessing.get_context("spawn"))
            return self._pool

    def stop(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.stop()
            pool.join(timeout=5)


_POOL = _Pool()
atexit.register(_POOL.stop)


def configure(settings: OffloadSettings) -> None:
    _POOL.configure(settings)


def configure_from(settings: Settings) -> None:
    configure(OffloadSettings(min_bytes=settings.offload_bytes, processes=settings.offload_processes,
                              deadline_s=settings.offload_deadline_s,
                              memory_limit_bytes=settings.offload_memory_mb << 20))


def warm_up() -> None:
    """Start the pool's processes now (a serving process at start), not at the first big message."""
    if not _POOL.settings.min_bytes:
        return
    remove_stale_spills()
    try:
        _POOL.pool().schedule(_ready).result(timeout=120)
    except Exception as exc:  # noqa: BLE001 - serving goes on; big messages are then read in process
        log.error("the offload pool did not start (%s: %s); big messages will be checked in this process",
                  type(exc).__name__, exc)


def is_big(size: int) -> bool:
    min_bytes = _POOL.settings.min_bytes
    return bool(min_bytes) and size >= min_bytes


def evaluate_offloaded(raw: bytes, pack: PolicyPack, directory: Directory, *, at: datetime | None = None
                       ) -> Evaluation:
    """evaluate(), in the pool for a big message; never raises for what the message does."""
    if not is_big(len(raw)):
        return evaluate(raw, pack, directory, at=at)  # as it is: its derived values stay cached
    try:
        return run_offloaded(len(raw), _evaluate_in_child, raw, pack, directory, at)
    except CannotFinish as exc:
        reason = f"not checked: {exc}"
    log.warning("a message of %d bytes was %s; it is held", len(raw), reason)
    return unreadable(raw, reason)


def run_offloaded(size: int, function, *args):  # noqa: ANN001, ANN201 - any picklable function
    """function(*args), in the pool when `size` is big.

    Raises what the function raises, or CannotFinish when its process did not (deadline, died).
    """
    if not is_big(size):
        return function(*args)
    try:
        return _run(function, *args)
    except FutureTimeout:
        raise CannotFinish(f"still working after {_POOL.settings.deadline_s:g} s (its process was stopped)") from None
    except ProcessExpired as exc:
        raise CannotFinish(f"the process working on it stopped ({_exit_reason(exc.exitcode)})") from None
    except MemoryError:
        raise CannotFinish(f"it needed more than {_POOL.settings.memory_limit_bytes >> 20} MB") from None
    except (BrokenProcessPool, RuntimeError, OSError) as exc:
        log.error("the offload pool cannot run (%s); doing %s in this process", exc, function.__name__)
        return function(*args)


class CannotFinish(Exception):
    """The pool could not finish a task: past its deadline, or its process died."""


def unreadable(raw: bytes, reason: str) -> Evaluation:
    """An error evaluation from the header alone (bounded: the parser's header limits apply)."""
    head, _body = split_head(raw, DEFAULT_LIMITS, [])
    message = replace(parse(head + b"\r\n\r\n"), error=reason, size=len(raw))
    return Evaluation(message, (), None, "error", None, error=reason)


def _evaluate_in_child(raw: bytes, pack: PolicyPack, directory: Directory, at: datetime | None) -> Evaluation:
    evaluation = evaluate(raw, pack, directory, at=at)
    if any(defect.code == "limit:memory" for defect in evaluation.message.defects):
        return unreadable(raw, evaluation.error or "not checked")  # its memory is free again: the header is small
    # The parsed message's derived-value cache is not sent back (it is rebuilt on demand).
    return replace(evaluation, message=replace(evaluation.message, _cache={}))


def _ready() -> bool:
    return True


def _yield_the_cpu() -> None:
    # A pool process runs at a lower priority than the server: on a busy machine a big message's
    # reading waits for spare CPU rather than taking it from the requests of every other council.
    os.nice(10)


# Bytes this big cross to and from the pool in a file, not through its pipe: a pipe takes 64 KB a
# write, and each of the hundreds of writes for a 26 MB body waited its turn for this process's GIL
# behind the request threads (and pickling copied it once more); one write to a file is one call.
SPILL_BYTES = 256 * 1024
SPILL_PREFIX = "mailguard-offload-"


@dataclass(frozen=True, slots=True)
class _Spilled:
    path: str


def _run(function, *args):  # noqa: ANN001, ANN202
    settings = _POOL.settings
    spilled = [_spill(a) if isinstance(a, bytes) and len(a) >= SPILL_BYTES else a for a in args]
    try:
        future = _POOL.pool().schedule(_bounded, args=(settings.memory_limit_bytes, function, spilled),
                                       timeout=settings.deadline_s)
        result = future.result()
    finally:
        for value in spilled:
            if isinstance(value, _Spilled):
                _unlink(value.path)
    return _unspill(result)


def _bounded(limit: int, function, args: list):  # noqa: ANN001, ANN202 - runs in a pool process
    """function(*args) allowed `limit` bytes of address space beyond what the process has now.

    A soft limit, lowered for the task and raised again after it: an allocation past it fails
    with MemoryError in that task alone, and the process serves the next one.
    """
    args = [_read(a.path) if isinstance(a, _Spilled) else a for a in args]
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    now = _address_space()
    soft = now + limit if hard == resource.RLIM_INFINITY else min(hard, now + limit)
    resource.setrlimit(resource.RLIMIT_AS, (soft, hard))
    try:
        result = function(*args)
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (hard, hard))
    return _spill(result) if isinstance(result, bytes) and len(result) >= SPILL_BYTES else result


STALE_SPILL_S = 3600  # far past any task's deadline: a file this old was left by a process that died


def remove_stale_spills(now: float | None = None) -> int:
    """Spill files left behind by a process killed mid-task (/dev/shm is memory); how many removed."""
    now = time.time() if now is None else now
    removed = 0
    for folder in {"/dev/shm", tempfile.gettempdir()}:
        for path in glob.glob(os.path.join(folder, SPILL_PREFIX + "*")):
            try:
                if now - os.stat(path).st_mtime > STALE_SPILL_S:
                    os.unlink(path)
                    removed += 1
            except OSError:  # gone already, or not ours to remove
                continue
    return removed


def _spill(data: bytes) -> _Spilled:
    # Memory, not disk, where there is some: /dev/shm. A container's is often 64 MB, so when it is
    # full (or missing) the temporary directory is used.
    try:
        return _spill_into(data, "/dev/shm" if os.path.isdir("/dev/shm") else None)
    except OSError:
        return _spill_into(data, None)


def _spill_into(data: bytes, folder: str | None) -> _Spilled:
    descriptor, path = tempfile.mkstemp(prefix=SPILL_PREFIX, dir=folder)
    try:
        with os.fdopen(descriptor, "wb") as file:
            file.write(data)
    except BaseException:
        _unlink(path)
        raise
    return _Spilled(path)


def _unspill(value):  # noqa: ANN001, ANN202
    if not isinstance(value, _Spilled):
        return value
    try:
        return _read(value.path)
    finally:
        _unlink(value.path)


def _read(path: str) -> bytes:
    with open(path, "rb") as file:
        return file.read()


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _address_space() -> int:
    with open("/proc/self/statm", encoding="ascii") as statm:
        return int(statm.read().split()[0]) * resource.getpagesize()


def _exit_reason(code: int | None) -> str:
    if code is not None and code < 0:
        return f"signal {-code}"
    return f"exit status {code}"
