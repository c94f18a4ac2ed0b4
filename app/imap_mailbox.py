"""Builds the IMAP/SMTP connector for a mailbox row (the IMAP work fills this in)."""

from __future__ import annotations


def build_imap_mailbox(row, settings):
    raise NotImplementedError("the IMAP connector is not written yet")
