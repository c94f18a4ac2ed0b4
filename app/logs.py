"""Log lines with their time and level, as text a person reads or JSON a log shipper reads.

One handler on the root logger, on stderr; uvicorn's own loggers propagate to it
(serve passes `log_config=None`), so every line of the process has one shape:

    2026-12-06T20:15:02.481Z WARNING mailguard.imap: IMAP host mail.example.org uses no TLS ...
    {"time": "2026-12-06T20:15:02.481Z", "level": "WARNING", "logger": "mailguard.imap", "message": "..."}
"""

from __future__ import annotations

import json
import logging
import sys
from datetime import datetime, timezone

LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
_MARK = "_mailguard_handler"  # our handler is replaced, never stacked, when logging is set up again
# Libraries' chatter at INFO that says nothing to an operator: plugin set-up, a digest tick every minute.
QUIET = ("alembic.runtime.plugins", "apscheduler.scheduler", "apscheduler.executors.default")


def _time(record: logging.LogRecord) -> str:
    moment = datetime.fromtimestamp(record.created, timezone.utc)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class TextFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = f"{_time(record)} {record.levelname} {record.name}: {record.getMessage()}"
        if record.exc_info:
            line += "\n" + self.formatException(record.exc_info)
        return line


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {"time": _time(record), "level": record.levelname, "logger": record.name,
                "message": record.getMessage()}
        if record.exc_info:
            data["exception"] = self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def configure_logging(level: str = "info", fmt: str = "text", stream=None) -> logging.Handler:
    """Send every logger's records to one stderr handler in `fmt`; returns the handler."""
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, _MARK, False)]:
        root.removeHandler(old)
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else TextFormatter())
    setattr(handler, _MARK, True)
    root.addHandler(handler)
    root.setLevel(LEVELS.get(level, logging.INFO))
    for name in QUIET:
        logging.getLogger(name).setLevel(logging.WARNING)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):  # no handlers of their own: ours shows them
        logger = logging.getLogger(name)
        logger.handlers.clear()
        logger.propagate = True
        logger.disabled = False  # a dictConfig elsewhere (uvicorn's own) may have switched it off
        logger.setLevel(logging.NOTSET)
    return handler
