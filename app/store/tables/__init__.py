"""The database tables, one module per domain (no module imports this package, so no circle).

Importing the package puts every table on `Base.metadata` (Alembic and create_all need them all);
code imports names from here or from the domain's module."""

from app.store.tables import addin, auth, digest, elections, enquiries, graph  # noqa: F401  (registers their tables)
from app.store.tables.core import (  # noqa: F401
    NAMING,
    ApiKey,
    AuditEvent,
    AuditHead,
    Base,
    BigId,
    Council,
    Decision,
    FindingRecord,
    Intent,
    Mailbox,
    MessageRecord,
    UtcDateTime,
)
