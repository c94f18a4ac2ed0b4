"""Separation of duties goes by who submitted the message (its mailbox's owner, the add-in's signed-in
user), not by the message's From: alone."""

from __future__ import annotations

import pytest

from app.auth import accounts as auth
from app.errors import Forbidden
from app.store import records as store
from tests.store.scenario import NOW, check, council, eml, pack_and_directory

ADDIN_USER = "alex.reed@example-council.gov.uk"  # a reviewer who also sends mail through the add-in
OTHER_REVIEWER = "sam.morgan@example-council.gov.uk"


def _record(db, c, *, kind: str, address: str, raw: bytes):
    mailbox = store.ensure_mailbox(db, c, kind=kind, address=address, now=NOW)
    record, _ = store.record_evaluation(db, council=c, mailbox=mailbox, evaluation=check(raw), raw=raw,
                                        stage="pre-send", source_ref="x", now=NOW)
    return record


def _user(db, c, email):
    return auth.create_user(db, council_id=c.id, email=email, roles=["reviewer"], password="a long password 1",
                            now=NOW)


def test_an_addin_submission_in_someone_elses_name_is_still_the_signed_in_users(db):
    c = council(db)
    raw = eml(subject="Fence", to="resident@example.com", body="The fence stays.",
              sender="Cllr Jane Doe <cllr.doe@example-council.gov.uk>")
    record = _record(db, c, kind="api", address=ADDIN_USER, raw=raw)  # the add-in files it under its user
    _, directory = pack_and_directory()
    submitter = auth.submitted_by(db, record)
    assert submitter == ADDIN_USER and record.sender == "cllr.doe@example-council.gov.uk"
    alex, sam = _user(db, c, ADDIN_USER), _user(db, c, OTHER_REVIEWER)
    assert auth.is_own_message(alex, record, directory, submitter=submitter)
    with pytest.raises(Forbidden, match="your mailbox"):
        auth.check_may_decide(alex, record, directory, submitter=submitter)
    auth.check_may_decide(sam, record, directory, submitter=submitter)  # someone else may


def test_a_message_with_no_from_belongs_to_its_mailboxs_owner(db):
    c = council(db)
    raw = b"To: resident@example.com\r\nSubject: No sender\r\nMessage-ID: <nofrom@x>\r\n\r\nHello\r\n"
    record = _record(db, c, kind="imap", address=ADDIN_USER, raw=raw)
    _, directory = pack_and_directory()
    assert record.sender == ""
    alex = _user(db, c, ADDIN_USER)
    assert auth.is_own_message(alex, record, directory, submitter=auth.submitted_by(db, record))
    assert not auth.is_own_message(_user(db, c, OTHER_REVIEWER), record, directory,
                                   submitter=auth.submitted_by(db, record))


def test_a_message_sent_in_the_reviewers_name_from_another_mailbox_is_still_hers(db):
    c = council(db)
    raw = eml(subject="On behalf", to="resident@example.com", body="Regards.",
              sender=f"Alex Reed <{ADDIN_USER}>")
    record = _record(db, c, kind="local", address="pa@example-council.gov.uk", raw=raw)
    _, directory = pack_and_directory()
    alex = _user(db, c, ADDIN_USER)
    assert auth.is_own_message(alex, record, directory, submitter=auth.submitted_by(db, record))
