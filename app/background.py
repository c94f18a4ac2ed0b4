"""Periodic work that runs inside `mailguard serve` besides the worker (digests, renewals, retention).

`start(settings, sessions, connectors)` returns objects with a `shutdown()` method;
each domain adds its jobs here.
"""

from __future__ import annotations


def start(settings, sessions, connectors) -> list:
    jobs: list = []
    jobs.append(_start_digests(settings, sessions, connectors))  # digests (issue 8)
    jobs.extend(_start_graph(settings, sessions, connectors))  # Graph subscriptions & lifecycle (issue 5)
    jobs.append(_start_retention(settings, sessions))  # message bodies past retention (issue 13)
    jobs.extend(_start_enquiries(settings, sessions, connectors))  # response duties (issue 16)
    jobs.extend(_start_audit_chainer(sessions))  # audit events written unchained (issue 12, PostgreSQL)
    return jobs


def _start_audit_chainer(sessions) -> list:
    from app.review.audit_chainer import start_audit_chainer

    chainer = start_audit_chainer(sessions)
    return [chainer] if chainer is not None else []


def _start_retention(settings, sessions):
    """Delete message bodies `retention_days` after their decision (app.review.retention)."""
    from app.review.retention import start_retention_purge

    return start_retention_purge(settings, sessions)


def _start_digests(settings, sessions, connectors):
    """The Monitoring Officer's digests: APScheduler + a database lease (app.digest.schedule)."""
    from app.digest.schedule import start_digest_scheduler

    return start_digest_scheduler(settings, sessions, connectors)


def _start_graph(settings, sessions, connectors) -> list:
    """Graph: lifecycle events, subscription renewal, disclosure follow-ups (app.m365.jobs); [] if no Graph mailbox."""
    from app.m365.jobs import start_graph_jobs

    return start_graph_jobs(settings, sessions, connectors)


def _start_enquiries(settings, sessions, connectors) -> list:
    """Enquiry tracking, reminders and escalations (app.enquiries.jobs), every minute."""
    from app.enquiries.jobs import start_enquiry_jobs

    return start_enquiry_jobs(settings, sessions, connectors)
