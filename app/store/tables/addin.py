"""Tables of the Outlook add-in work (issue 13).

- AddinIdentity: a signed-in Entra user, keyed by tenant + object id (`tid`, `oid`),
  bound to the directory address it first signed in with. Microsoft documents
  `preferred_username` as mutable (and UPNs are recycled), so it never names a
  user after the first sign-in; a second `oid` claiming a bound address is refused.
- AddinProblem: a setup mistake the add-in ran into (wrong audience or client id,
  unknown tenant, app-only token, a user outside the directory, a From that is
  not the signed-in user). One row per kind and subject, counted, shown on
  GET /addin/status; the first sighting (and one an hour after) is audited.
- AddinReport: a "sent anyway" report the handler sent, by its own report id,
  so a report repeated after a lost answer is recorded once.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.store.tables.core import Base, BigId, UtcDateTime


class AddinIdentity(Base):
    __tablename__ = "addin_identities"
    __table_args__ = (UniqueConstraint("tenant_id", "object_id", name="uq_addin_identities_tenant_object"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    tenant_id: Mapped[str] = mapped_column(String(64))
    object_id: Mapped[str] = mapped_column(String(64))  # the token's `oid`: immutable, unique in the tenant
    address: Mapped[str] = mapped_column(String(320))  # the directory address bound at first sign-in
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())


class AddinProblem(Base):
    __tablename__ = "addin_problems"
    __table_args__ = (UniqueConstraint("kind", "subject", name="uq_addin_problems_kind_subject"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int | None] = mapped_column(ForeignKey("councils.id"), nullable=True)
    kind: Mapped[str] = mapped_column(String(40))  # see app.addin.problems.KINDS
    subject: Mapped[str] = mapped_column(String(400))  # tenant / audience / user it concerns
    detail: Mapped[str] = mapped_column(Text)
    count: Mapped[int] = mapped_column(Integer, default=1)
    first_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UtcDateTime())
    audited_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class AddinReport(Base):
    __tablename__ = "addin_reports"
    __table_args__ = (UniqueConstraint("council_id", "report_id", name="uq_addin_reports_council_report"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    report_id: Mapped[str] = mapped_column(String(64))  # the handler's id for the report
    user: Mapped[str] = mapped_column(String(320))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
