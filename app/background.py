"""Periodic work that runs inside `mailguard serve` besides the worker (digests, renewals).

`start(settings, sessions, connectors)` returns objects with a `shutdown()` method;
each domain adds its jobs here.
"""

from __future__ import annotations


def start(settings, sessions, connectors) -> list:
    return []
