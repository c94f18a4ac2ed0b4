"""The core tables (councils, mailboxes, messages, findings, intents, audit, API keys) and the
declarative Base every domain's table module builds on. The schema changes only through Alembic
migrations (migrations/versions)."""

from __future__ import annotations

from datetime import datetime, timezone

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

class UtcDateTime(TypeDecorator):
    """Timestamps are aware UTC on the way in and out; SQLite otherwise returns them naive."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime stored; use aware UTC")
        return value.astimezone(timezone.utc) if value is not None else None

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value.astimezone(timezone.utc)


# SQLite wants INTEGER PRIMARY KEY for autoincrement; PostgreSQL gets BIGINT.
BigId = BigInteger().with_variant(Integer, "sqlite")


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Council(Base):
    __tablename__ = "councils"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    slug: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    pack: Mapped[str] = mapped_column(String(200))  # pack name or path
    directory_yaml: Mapped[str] = mapped_column(Text)  # the contract's YAML form, as uploaded
    options: Mapped[dict] = mapped_column(JSON, default=dict)  # digest period, add-in fallback, ...
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Mailbox(Base):
    __tablename__ = "mailboxes"
    __table_args__ = (UniqueConstraint("council_id", "kind", "address", name="uq_mailboxes_identity"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    kind: Mapped[str] = mapped_column(String(20))  # local | graph | imap | api
    address: Mapped[str] = mapped_column(String(320))
    config: Mapped[dict] = mapped_column(JSON, default=dict)  # no secrets: those live in settings
    state: Mapped[dict] = mapped_column(JSON, default=dict)  # connector cursors: deltaLink, UIDVALIDITY/UID
    enabled: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    council: Mapped[Council] = relationship()


class MessageRecord(Base):
    """Every checked message: metadata and findings always; raw MIME only while a hold needs it."""

    __tablename__ = "messages"
    __table_args__ = (
        UniqueConstraint("mailbox_id", "internet_message_id", name="uq_messages_mailbox_message_id"),
        Index("ix_messages_council_state", "council_id", "state"),
        Index("ix_messages_council_checked", "council_id", "checked_at"),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    internet_message_id: Mapped[str] = mapped_column(String(998))
    source_ref: Mapped[str] = mapped_column(String(1000), default="")  # connector's id: file, Graph id, UID
    stage: Mapped[str] = mapped_column(String(20))  # pre-send | post-send
    sender: Mapped[str] = mapped_column(String(320), default="")
    sender_name: Mapped[str] = mapped_column(String(300), default="")
    recipients: Mapped[dict] = mapped_column(JSON, default=dict)  # {"to": [...], "cc": [...], "bcc": [...]}
    subject: Mapped[str] = mapped_column(String(1000), default="")
    size: Mapped[int] = mapped_column(BigInteger, default=0)
    sha256: Mapped[str] = mapped_column(String(64))
    verdict: Mapped[str] = mapped_column(String(20))  # allow | annotate | hold | error
    annotation: Mapped[str | None] = mapped_column(Text, nullable=True)
    hold_reason: Mapped[str | None] = mapped_column(Text, nullable=True)  # error / incomplete reason
    state: Mapped[str] = mapped_column(String(20))  # see app.store.lifecycle
    elapsed_ms: Mapped[float] = mapped_column(Float, default=0.0)
    checked_at: Mapped[datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime())
    raw_mime: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    # sha256 of the checked content (app.engine.fingerprint): tells an edited message from a replay,
    # and proves at release that what is sent is what was checked. None on rows older than 0006.
    fingerprint: Mapped[str | None] = mapped_column(String(64), nullable=True)
    findings: Mapped[list["FindingRecord"]] = relationship(
        back_populates="message", cascade="all, delete-orphan", order_by="FindingRecord.id"
    )


class FindingRecord(Base):
    __tablename__ = "findings"
    __table_args__ = (Index("ix_findings_rule", "council_id", "rule"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id", ondelete="CASCADE"), index=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    rule: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))  # hold | annotate | flag
    clause: Mapped[str | None] = mapped_column(String(50), nullable=True)
    quote: Mapped[str | None] = mapped_column(Text, nullable=True)
    summary: Mapped[str] = mapped_column(Text)
    evidence: Mapped[list] = mapped_column(JSON, default=list)
    subjects: Mapped[list] = mapped_column(JSON, default=list)
    location: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    message: Mapped[MessageRecord] = relationship(back_populates="findings")


class Decision(Base):
    __tablename__ = "decisions"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    message_id: Mapped[int] = mapped_column(ForeignKey("messages.id"), index=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    kind: Mapped[str] = mapped_column(String(40))  # release | release-annotated | release-without-bcc | return
    actor: Mapped[str] = mapped_column(String(320))
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())


class Intent(Base):
    """Something a connector must do to the mail, committed before it is done.

    `key` is the idempotency key (mailbox + Internet Message-ID + kind); a
    connector that finds the work already done marks the intent done.
    Claimed with SELECT ... FOR UPDATE SKIP LOCKED on PostgreSQL.
    """

    __tablename__ = "intents"
    __table_args__ = (Index("ix_intents_status", "status", "not_before"),)
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True, index=True)
    mailbox_id: Mapped[int] = mapped_column(ForeignKey("mailboxes.id"))
    kind: Mapped[str] = mapped_column(String(40))  # deliver | hold | return | notify | ...
    key: Mapped[str] = mapped_column(String(1200), unique=True)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    status: Mapped[str] = mapped_column(String(20), default="pending")  # pending | done | failed | cancelled
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text, nullable=True)
    claimed_by: Mapped[str | None] = mapped_column(String(200), nullable=True)
    not_before: Mapped[datetime] = mapped_column(UtcDateTime())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    # When retrying stops and the failure is shown (first failure + the retry horizon); None until then.
    give_up_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)


class AuditEvent(Base):
    """Append-only; each row's hash covers its content and the previous row's hash (per council).

    On PostgreSQL a row is written unchained (seq, prev_hash and hash NULL) and chained within
    seconds by app.store.audit.chain_pending, so writers never queue on the council's head.
    """

    __tablename__ = "audit_events"
    __table_args__ = (
        UniqueConstraint("council_id", "seq", name="uq_audit_events_council_seq"),
        Index("ix_audit_events_unchained", "council_id", "id", postgresql_where=text("seq IS NULL"),
              sqlite_where=text("seq IS NULL")),
    )
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    seq: Mapped[int | None] = mapped_column(BigInteger, nullable=True)  # 1, 2, 3 ... in the council's chain
    at: Mapped[datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(320))
    event: Mapped[str] = mapped_column(String(60))
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id"), nullable=True, index=True)
    data: Mapped[dict] = mapped_column(JSON, default=dict)
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class AuditHead(Base):
    """The end of each council's chain; locked only while it is extended (app.store.audit: on SQLite at
    commit, on PostgreSQL by the chainer)."""

    __tablename__ = "audit_heads"
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"), primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
    hash: Mapped[str] = mapped_column(String(64))


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    council_id: Mapped[int] = mapped_column(ForeignKey("councils.id"))
    name: Mapped[str] = mapped_column(String(200), default="")
    prefix: Mapped[str] = mapped_column(String(16), unique=True)  # shown in lists; the lookup key
    key_hash: Mapped[str] = mapped_column(String(128))  # sha256 of a 256-bit random secret
    scopes: Mapped[list] = mapped_column(JSON, default=list)  # evaluate, review:read, review:write, admin
    created_at: Mapped[datetime] = mapped_column(UtcDateTime())
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime(), nullable=True)  # None: never

