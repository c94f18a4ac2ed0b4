"""Builds the Microsoft Graph connector for a mailbox row (the Graph work fills this in)."""

from __future__ import annotations


def build_graph_mailbox(row, settings):
    raise NotImplementedError("the Graph connector is not written yet")
