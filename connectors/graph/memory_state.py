"""GraphState in memory: for one-off runs and the connector's own tests (the app keeps it in its database)."""

from __future__ import annotations

from connectors.graph.mailbox import Change


class MemoryGraphState:
    def __init__(self):
        self.links: dict[str, str | None] = {}
        self.folders: dict[str, str] = {}
        self.queue: list[Change] = []
        self.catch_up: set[str] = set()

    def delta_link(self, folder):
        return self.links.get(folder)

    def save_delta_link(self, folder, link):
        self.links[folder] = link
        self.catch_up.discard(folder)

    def catch_up_wanted(self, folder):
        return folder in self.catch_up

    def folder_id(self, folder):
        return self.folders.get(folder)

    def save_folder_id(self, folder, folder_id):
        self.folders[folder] = folder_id

    def changes(self):
        return list(self.queue)

    def change_done(self, change):
        self.queue.remove(change)
