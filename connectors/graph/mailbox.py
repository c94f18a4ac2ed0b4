"""A Microsoft 365 mailbox through Graph: the connectors.Mailbox protocol for one user.

fetch_outgoing reads two folders: Sent Items (post-send audit, every client,
phones included) and the "Held for review" folder (pre-send: drafts the
Outlook add-in or a reviewer parked there). It first drains the change
notifications the webhook queued, then runs a delta query per folder when one
is due (first pass in this process, after a `missed`/`subscriptionRemoved`
lifecycle event, or on the timer). A folder's deltaLink is saved only after
every message of the round was taken, so a stop mid-way replays (the worker
deduplicates on Message-ID). State (deltaLinks, queued changes, the held
folder's id) lives behind GraphState, which the app backs with its database.
"""

from __future__ import annotations

import base64
import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Iterator, Protocol
from urllib.parse import quote

from connectors import ConnectorError, OutgoingMessage
from connectors.graph.client import UNANSWERED, GraphClient, GraphError
from connectors.graph.mime import draft_changes, message_id, odata_quote, with_bcc

log = logging.getLogger("mailguard.graph")

SENT = "sentitems"
HELD = "held"
STAGE = {SENT: "post-send", HELD: "pre-send"}
HELD_FOLDER_NAME = "Held for review"
DELTA_EVERY = timedelta(minutes=15)
_META = "id,isDraft,parentFolderId,internetMessageId,bccRecipients"
_RESYNC_CODES = frozenset({"syncStateNotFound", "SyncStateNotFound", "SyncStateInvalid"})


@dataclass(frozen=True)
class Change:
    """A queued change notification: message `message_id` appeared in `folder`."""

    folder: str
    message_id: str
    token: object = None  # the state's own handle (e.g. a row id)


class GraphState(Protocol):
    def delta_link(self, folder: str) -> str | None: ...
    def save_delta_link(self, folder: str, link: str | None) -> None: ...
    def catch_up_wanted(self, folder: str) -> bool: ...
    def folder_id(self, folder: str) -> str | None: ...
    def save_folder_id(self, folder: str, folder_id: str) -> None: ...
    def changes(self) -> list[Change]: ...
    def change_done(self, change: Change) -> None: ...


class GraphMailbox:
    kind = "graph"

    def __init__(self, client: GraphClient, address: str, state: GraphState, *,
                 held_folder_name: str = HELD_FOLDER_NAME, since: datetime | None = None,
                 delta_every: timedelta = DELTA_EVERY, clock: Callable[[], datetime] | None = None):
        self.client, self.address, self.state = client, address, state
        self.held_folder_name, self.since, self.delta_every = held_folder_name, since, delta_every
        self.clock = clock or (lambda: datetime.now(timezone.utc))
        self._user = f"/users/{quote(address, safe='@')}"
        self._last_delta: dict[str, datetime] = {}  # empty: the first pass catches up (start-up)
        self._delivered: set[str] = set()
        self._folders: dict[str, str] = {}
        self._notified: set[str] = set()

    def __repr__(self) -> str:
        return f"GraphMailbox({self.address!r})"

    # -- reading --------------------------------------------------------------
    def fetch_outgoing(self) -> Iterator[OutgoingMessage]:
        taken: set[str] = set()
        try:
            for folder in list(self._folders):  # persist folders found while acting
                self.folder_id(folder)
            for change in self.state.changes():
                outgoing = self._outgoing(change.folder, change.message_id)
                if outgoing is not None and outgoing.ref not in taken:
                    taken.add(outgoing.ref)
                    yield outgoing
                self.state.change_done(change)
            for folder in (SENT, HELD):
                if self._delta_due(folder):
                    yield from self._delta(folder, taken)
        except GraphError as exc:  # one mailbox's fault must not stop the others' intake
            log.warning("%s: %s", self.address, exc)

    def acknowledge(self, ref: str) -> None:
        """Nothing to do: the folder's deltaLink moves on once the whole round was taken."""

    def read(self, ref: str) -> bytes:
        """The message's full MIME (message-get.md: GET .../messages/{id}/$value)."""
        return self.client.request("GET", f"{self._user}/messages/{ref}/$value", mailbox=self.address).content

    def _outgoing(self, folder: str, ref: str) -> OutgoingMessage | None:
        meta = self._meta(ref)
        if meta is None or (folder == HELD and not meta.get("isDraft")):
            return None  # gone meanwhile, or not a draft (nothing left to hold)
        if folder == HELD and meta.get("parentFolderId") not in (None, self._action_folder(HELD)):
            return None  # moved out since the notification (returned to Drafts): not submitted for review now
        return self._checkable(meta, folder)

    def _checkable(self, meta: dict, folder: str) -> OutgoingMessage:
        raw = with_bcc(self.read(meta["id"]), meta.get("bccRecipients"))
        return OutgoingMessage(ref=meta["id"], raw=raw, stage=STAGE[folder])

    def _delta_due(self, folder: str) -> bool:
        last = self._last_delta.get(folder)
        return last is None or self.state.catch_up_wanted(folder) or self.clock() - last >= self.delta_every

    def _delta(self, folder: str, taken: set[str]) -> Iterator[OutgoingMessage]:
        link = self.state.delta_link(folder)
        url, restarted = link or self._delta_start(folder), link is None
        while url:
            try:
                page = self.client.request("GET", url, mailbox=self.address, prefer="odata.maxpagesize=50").json()
            except GraphError as exc:
                # delta-query-overview.md: "410 (gone) ... the application must restart with a full
                # synchronization"; an expired Outlook token answers 40X syncStateNotFound.
                if not restarted and (exc.status == 410 or exc.code in _RESYNC_CODES):
                    log.info("%s %s: delta link expired (%s); full resync", self.address, folder, exc.status)
                    url, restarted = self._delta_start(folder), True
                    continue
                raise
            for item in page.get("value", []):
                if "@removed" in item or item.get("id") in taken:
                    continue
                if folder == HELD and not item.get("isDraft", True):
                    continue
                taken.add(item["id"])
                yield self._checkable(item, folder)
            if "@odata.deltaLink" in page:
                self.state.save_delta_link(folder, page["@odata.deltaLink"])
                self._last_delta[folder] = self.clock()
                return
            url = page.get("@odata.nextLink")

    def _delta_start(self, folder: str) -> str:
        # message-delta.md: changeType=created is a custom option of the first request only
        query = f"changeType=created&$select={_META}"
        if folder == SENT and self.since is not None:
            # message-delta.md: $filter only on receivedDateTime ge|gt (then at most 5,000 messages)
            query += f"&$filter=receivedDateTime+ge+{self.since.strftime('%Y-%m-%dT%H:%M:%SZ')}"
        return f"{self._user}/mailFolders/{self.folder_id(folder)}/messages/delta?{query}"

    # -- folders --------------------------------------------------------------
    def folder_id(self, folder: str) -> str:
        """The Graph id of a folder: well-known names as they are; the held folder found or made once.

        Reads and writes state: for fetch_outgoing and maintenance only, never while acting.
        """
        if folder not in (HELD, "drafts"):
            return folder
        known = self._folders.get(folder) or self.state.folder_id(folder) or self._resolve(folder)
        if self.state.folder_id(folder) != known:
            self.state.save_folder_id(folder, known)
        self._folders[folder] = known
        return known

    def _action_folder(self, folder: str) -> str:
        # The worker holds its write transaction while a connector acts, so acting never touches
        # state (on SQLite that would wait on itself); fetch_outgoing saves what was found here.
        if folder not in self._folders:
            self._folders[folder] = self._resolve(folder)
        return self._folders[folder]

    def _resolve(self, folder: str) -> str:
        if folder == "drafts":
            return self.client.get_json(f"{self._user}/mailFolders/drafts", mailbox=self.address,
                                        params={"$select": "id"})["id"]
        found = self._find_folder(self.held_folder_name)
        if found is not None:
            return found
        try:  # user-post-mailfolders.md: 201 Created + mailFolder
            return self.client.request("POST", f"{self._user}/mailFolders", mailbox=self.address,
                                       json={"displayName": self.held_folder_name, "isHidden": False}).json()["id"]
        except GraphError as exc:
            if exc.status != 409:  # ErrorFolderExists: another worker made it first
                raise
            found = self._find_folder(self.held_folder_name)
            if found is None:
                raise
            return found

    def _find_folder(self, name: str) -> str | None:
        for folder in self.client.items(f"{self._user}/mailFolders", mailbox=self.address,
                                        params={"$select": "id,displayName", "$top": "100"}):
            if folder.get("displayName", "").casefold() == name.casefold():
                return folder["id"]
        return None

    # -- acting ---------------------------------------------------------------
    def hold(self, ref: str, key: str) -> str:
        held = self._action_folder(HELD)
        meta = self._meta(ref)
        if meta is None:
            raise ConnectorError(f"{ref}: message vanished before it could be held", retryable=False)
        if meta.get("parentFolderId") == held:
            return meta["id"]  # already there (a repeat, or the add-in parked it)
        if not meta.get("isDraft"):
            raise ConnectorError(f"{ref}: already sent; it can only be audited", retryable=False)
        return self._move(ref, held)

    def current(self, ref: str) -> bytes | None:
        """The held draft as it would be sent now (its MIME with Graph's bccRecipients), None if no longer a draft.

        The worker compares it with what was checked before it lets deliver send the draft where it lies.
        """
        meta = self._meta(ref)
        if meta is None or not meta.get("isDraft"):
            return None
        return with_bcc(self.read(meta["id"]), meta.get("bccRecipients"))

    def deliver(self, ref: str, raw: bytes, key: str) -> None:
        if key in self._delivered:
            return
        meta = self._meta(ref)
        if meta is None or not meta.get("isDraft"):
            # With immutable ids a sent draft keeps its id in Sent Items (isDraft false): done.
            if meta is None and not self._in_sent_items(message_id(raw)):
                # outlook-immutable-id.md: the Sent Items copy "isn't created until the message is
                # successfully sent, which might take time" — so wait and look again, within the horizon
                raise ConnectorError(f"{ref}: draft not found and not (yet) in Sent Items", retryable=True)
            self._delivered.add(key)
            return
        if self._in_sent_items(meta.get("internetMessageId") or message_id(raw)):
            self._delivered.add(key)  # sent before a crash; its copy is there
            return
        if meta.get("parentFolderId") != self._action_folder(HELD):
            # Returned to Drafts, or moved by its sender: no longer the held draft a reviewer released.
            raise ConnectorError(f"{ref}: the draft is no longer in {self.held_folder_name!r}; not sent",
                                 retryable=False)
        changes = draft_changes(self.read(ref), raw, draft_has_bcc=bool(meta.get("bccRecipients")))
        if changes:  # message-update.md: body only while isDraft; bccRecipients always
            self.client.request("PATCH", f"{self._user}/messages/{ref}", mailbox=self.address, json=changes)
        try:  # message-send.md: POST .../send, no body, Content-Length: 0 -> 202 Accepted
            self.client.request("POST", f"{self._user}/messages/{ref}/send", mailbox=self.address,
                                headers={"Content-Length": "0"}, repeat_unanswered=False)
        except GraphError as exc:
            if exc.status not in UNANSWERED:
                raise
            # The answer was lost: it may have been sent. Look before sending again.
            if self._sent_after_all(ref, meta.get("internetMessageId") or message_id(raw)):
                self._delivered.add(key)
                return
            raise ConnectorError(f"{ref}: the answer to /send was lost and the draft is still there; "
                                 "looking again before another try", retryable=True) from None
        self._delivered.add(key)

    def _sent_after_all(self, ref: str, internet_message_id: str) -> bool:
        meta = self._meta(ref)
        if meta is not None and not meta.get("isDraft"):
            return True  # the same immutable id is now the Sent Items copy
        return self._in_sent_items(internet_message_id)

    def return_to_sender(self, ref: str, raw: bytes, key: str) -> None:
        meta = self._meta(ref)
        if meta is None:
            raise ConnectorError(f"{ref}: message vanished before it could be returned", retryable=False)
        drafts = self._action_folder("drafts")
        if meta.get("parentFolderId") != drafts:
            self._move(ref, drafts)

    def notify(self, to: str, subject: str, body: str, key: str) -> None:
        """A plain notice (user-sendmail.md JSON form), not kept in Sent Items so it is not audited."""
        if key in self._notified:
            return
        recipients = [{"emailAddress": {"address": a.strip()}} for a in to.split(",") if a.strip()]
        # No internal headers (the key names mailbox ids and the original Message-ID): follow-ups go to
        # recipients outside the council.
        message = {"subject": subject, "body": {"contentType": "Text", "content": body},
                   "toRecipients": recipients}
        self.client.request("POST", f"{self._user}/sendMail", mailbox=self.address,
                            json={"message": message, "saveToSentItems": False})
        self._notified.add(key)

    def submit(self, raw: bytes, key: str) -> None:
        """A composed message (digest): user-sendmail.md MIME form, base64 in a text/plain body."""
        if key in self._notified:
            return
        self.client.request("POST", f"{self._user}/sendMail", mailbox=self.address,
                            content=base64.b64encode(raw), headers={"Content-Type": "text/plain"})
        self._notified.add(key)

    # -- helpers --------------------------------------------------------------
    def _meta(self, ref: str) -> dict | None:
        try:
            return self.client.get_json(f"{self._user}/messages/{ref}", mailbox=self.address,
                                        params={"$select": _META})
        except GraphError as exc:
            if exc.status == 404:
                return None
            raise

    def _move(self, ref: str, destination: str) -> str:
        # message-move.md: 201 Created + the message (same id with immutable ids)
        moved = self.client.request("POST", f"{self._user}/messages/{ref}/move", mailbox=self.address,
                                    json={"destinationId": destination}).json()
        return moved["id"]

    def _in_sent_items(self, internet_message_id: str) -> bool:
        if not internet_message_id:
            return False
        page = self.client.get_json(f"{self._user}/mailFolders/sentitems/messages", mailbox=self.address,
                                    params={"$filter": f"internetMessageId eq {odata_quote(internet_message_id)}",
                                            "$select": "id"})
        return bool(page.get("value"))
