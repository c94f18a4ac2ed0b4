"""Builds the Microsoft Graph connector for a mailbox row (kind "graph")."""

from __future__ import annotations

from datetime import datetime

from app.m365.runtime import runtime
from app.m365.state import DbGraphState
from connectors.graph.mailbox import HELD_FOLDER_NAME, GraphMailbox


def build_graph_mailbox(row, settings) -> GraphMailbox:
    """row.config: {"since": ISO time the mailbox was added, "held_folder": display name}."""
    shared = runtime(settings)
    return graph_mailbox_for(row, shared.client, DbGraphState(shared.sessions, row.id))


def graph_mailbox_for(row, client, state) -> GraphMailbox:
    config = row.config or {}
    since = datetime.fromisoformat(config["since"]) if config.get("since") else None
    return GraphMailbox(client, row.address, state, since=since,
                        held_folder_name=config.get("held_folder") or HELD_FOLDER_NAME)
