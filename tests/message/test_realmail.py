"""The extractor over real mail written by others (tests/realmail, labels.json).

forwards/: every labelled author of a file must be found among the embedded
messages' senders (the file then counts as found); plain/: no embedded message
at all; malformed/: parse returns a Message (possibly with `error`) and never
raises. .msg files go through read_msg, whose first item is the file itself.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from app.engine.message import DEFAULT_LIMITS, Message, parse
from app.engine.message.model import EmbeddedMessage
from app.engine.message.parse import read_msg

REALMAIL = Path(__file__).resolve().parents[1] / "realmail"  # tests/realmail: samples with their licences
FORWARDS_FOUND_AT_LEAST = 0.90
PLAIN_CLEAN_AT_LEAST = 0.95
_EMAIL = re.compile(r"[^\s<>()\[\]\"',;:]+@[^\s<>()\[\]\"',;:]+")


def _labels() -> dict[str, dict]:
    path = REALMAIL / "labels.json"
    assert path.is_file(), f"{path} is missing: tests/realmail is part of the repository"
    return json.loads(path.read_text(encoding="utf-8"))


LABELS = _labels()


def _files(folder: str) -> list[str]:
    keys = sorted(k for k in LABELS if k.startswith(folder + "/"))
    assert keys, f"no {folder}/ entries in labels.json"
    return keys


def embedded_of(key: str) -> tuple[EmbeddedMessage, ...]:
    data = (REALMAIL / key).read_bytes()
    if key.endswith(".msg"):
        return read_msg(data)[1:]  # the first item is the .msg itself, not an earlier message
    return parse(data).embedded


def _norm(text: str) -> str:
    return " ".join(text.replace('"', "").replace("'", "").split()).casefold()


def author_found(label: str, embedded: tuple[EmbeddedMessage, ...]) -> bool:
    """A labelled author matches a sender by address, or by name when the label has none."""
    if not label:  # an unsent draft: an embedded item without a sender
        return any(e.sender is None for e in embedded)
    plain = label.replace("&lt;", "<").replace("&gt;", ">")
    emails = {e.strip(".").casefold().removeprefix("mailto:") for e in _EMAIL.findall(plain)}
    wanted = _norm(label)
    for item in embedded:
        sender = item.sender
        if sender is None:
            continue
        if sender.email and sender.email in emails:
            return True
        name = _norm(sender.name)
        if name and (name in wanted or (not emails and wanted in name)):
            return True
    return False


def _report(capsys, line: str) -> None:
    with capsys.disabled():
        print(f"\n[realmail] {line}")


def test_forwards_name_their_authors(capsys):
    misses = []
    keys = _files("forwards")
    for key in keys:
        embedded = embedded_of(key)
        missing = [a for a in LABELS[key]["authors"] if not author_found(a, embedded)]
        if missing:
            found = [e.sender.display() if e.sender else None for e in embedded]
            misses.append(f"{key}: missing {missing}; found {found[:8]}")
    rate = 1 - len(misses) / len(keys)
    _report(capsys, f"forwards/: authors found in {len(keys) - len(misses)}/{len(keys)} files = {rate:.1%}")
    assert rate >= FORWARDS_FOUND_AT_LEAST, "authors not found:\n" + "\n".join(misses)


def test_plain_messages_have_no_embedded_message(capsys):
    wrong = []
    keys = _files("plain")
    for key in keys:
        embedded = embedded_of(key)
        if embedded:
            wrong.append(f"{key}: " + "; ".join(f"{e.format} {e.header_text[:80]!r}" for e in embedded[:3]))
    rate = 1 - len(wrong) / len(keys)
    _report(capsys, f"plain/: no embedded message in {len(keys) - len(wrong)}/{len(keys)} files = {rate:.1%}")
    assert rate >= PLAIN_CLEAN_AT_LEAST, "embedded messages invented:\n" + "\n".join(wrong)


@pytest.mark.parametrize("key", _files("malformed"))
def test_malformed_mail_yields_a_message(key):
    message = parse((REALMAIL / key).read_bytes())
    assert isinstance(message, Message)
    assert message.error is not None or message.bodies or message.headers or message.defects


def test_counts_of_embedded_messages_mostly_match_the_labels(capsys):
    """Not only the authors: one message per attribution or header block, none invented."""
    wrong = []
    keys = _files("forwards")
    for key in keys:
        got, want = len(embedded_of(key)), LABELS[key]["embedded"]
        if got != want:
            wrong.append(f"{key}: {got} found, {want} labelled")
    rate = 1 - len(wrong) / len(keys)
    _report(capsys, f"forwards/: embedded count exact in {len(keys) - len(wrong)}/{len(keys)} = {rate:.1%}")
    assert rate >= 0.90, "\n".join(wrong)


def test_extraction_stays_within_limits_and_never_fails_inside():
    for key in _files("forwards") + _files("plain") + _files("malformed"):
        data = (REALMAIL / key).read_bytes()
        if key.endswith(".msg"):
            continue  # read_msg is covered by test_msg.py
        message = parse(data)
        assert len(message.embedded) <= DEFAULT_LIMITS.max_embedded, key
        assert all(1 <= e.depth <= DEFAULT_LIMITS.max_embedded_depth + 1 for e in message.embedded), key
        bugs = [d for d in message.defects if d.code == "parser-bug"]
        assert not bugs, f"{key}: {bugs}"  # split_inline swallowed an exception: a bug to fix
