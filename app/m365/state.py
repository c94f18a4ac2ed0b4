"""GraphState over the database: delta links, folder ids and queued notifications per mailbox.

Each call is its own short transaction. The worker calls these from
fetch_outgoing, where it holds no transaction of its own (intake opens one
per message), so on SQLite nothing waits on itself.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from app.store.tables.graph import GraphFolder, GraphNotification
from connectors.graph.mailbox import Change

BATCH = 200


def _utcnow() -> datetime:
    return datetime.now(timezone.utc)


class DbGraphState:
    def __init__(self, sessions: sessionmaker[Session], mailbox_id: int, clock: Callable[[], datetime] = _utcnow):
        self.sessions, self.mailbox_id, self.clock = sessions, mailbox_id, clock

    # -- folders --------------------------------------------------------------
    def _folder(self, session: Session, folder: str) -> GraphFolder:
        row = session.scalars(select(GraphFolder).where(
            GraphFolder.mailbox_id == self.mailbox_id, GraphFolder.folder == folder)).one_or_none()
        if row is None:
            row = GraphFolder(mailbox_id=self.mailbox_id, folder=folder, catch_up=False)
            session.add(row)
            session.flush()
        return row

    def delta_link(self, folder: str) -> str | None:
        with self.sessions.begin() as session:
            return self._folder(session, folder).delta_link

    def save_delta_link(self, folder: str, link: str | None) -> None:
        with self.sessions.begin() as session:
            row = self._folder(session, folder)
            row.delta_link, row.catch_up, row.synced_at = link, False, self.clock()

    def catch_up_wanted(self, folder: str) -> bool:
        with self.sessions.begin() as session:
            return self._folder(session, folder).catch_up

    def folder_id(self, folder: str) -> str | None:
        with self.sessions.begin() as session:
            return self._folder(session, folder).folder_id

    def save_folder_id(self, folder: str, folder_id: str) -> None:
        with self.sessions.begin() as session:
            self._folder(session, folder).folder_id = folder_id

    # -- queued change notifications -----------------------------------------
    def changes(self) -> list[Change]:
        with self.sessions.begin() as session:
            rows = session.scalars(select(GraphNotification).where(
                GraphNotification.kind == "change", GraphNotification.mailbox_id == self.mailbox_id,
                GraphNotification.processed_at.is_(None)).order_by(GraphNotification.id).limit(BATCH)).all()
            out = []
            for row in rows:
                if row.event != "created" or not row.resource_id:
                    row.processed_at = self.clock()  # updates/deletes need no check
                    continue
                out.append(Change(folder=row.folder, message_id=row.resource_id, token=row.id))
            return out

    def change_done(self, change: Change) -> None:
        with self.sessions.begin() as session:
            row = session.get(GraphNotification, change.token)
            if row is not None and row.processed_at is None:
                row.processed_at = self.clock()


def request_catch_up(session: Session, mailbox_id: int, folder: str) -> None:
    """Ask the connector for a delta round on its next pass (after missed / subscriptionRemoved)."""
    row = session.scalars(select(GraphFolder).where(
        GraphFolder.mailbox_id == mailbox_id, GraphFolder.folder == folder)).one_or_none()
    if row is None:
        row = GraphFolder(mailbox_id=mailbox_id, folder=folder, catch_up=True)
        session.add(row)
    row.catch_up = True
    session.flush()
