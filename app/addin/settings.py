"""A council's add-in options (Council.options["addin"]), changed in one audited commit."""

from __future__ import annotations

import re
from datetime import datetime

from sqlalchemy.orm import Session

from app.addin.users import ON_UNAVAILABLE, addin_options, council_for_tenant
from app.store import audit
from app.store import records as store

TENANT_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def update_addin_options(session: Session, slug: str, *, tenant_id: str | None, on_unavailable: str | None,
                         actor: str, now: datetime) -> dict:
    """Set the council's tenant id and/or block mode (ValueError when either is not usable); flushes."""
    council = store.get_council(session, slug)
    options = dict(addin_options(council))
    if tenant_id is not None:
        tenant_id = tenant_id.strip().lower()
        if not TENANT_ID.fullmatch(tenant_id):
            raise ValueError(f"--tenant-id must be the tenant's GUID (Entra ID > Overview), not {tenant_id!r}")
        other = council_for_tenant(session, tenant_id)
        if other is not None and other.id != council.id:
            raise ValueError(f"tenant {tenant_id} is already council {other.slug}'s")
        options["tenant_id"] = tenant_id
    if on_unavailable is not None:
        if on_unavailable not in ON_UNAVAILABLE:
            raise ValueError(f"--on-unavailable must be one of {', '.join(ON_UNAVAILABLE)}")
        options["on_unavailable"] = on_unavailable
    before = addin_options(council)
    if options != before:
        council.options = {**(council.options or {}), "addin": options}  # a new dict: JSON columns see the change
        audit.append(session, council.id, "addin.settings_changed", actor,
                     data={"before": before, "after": options}, now=now)
    session.flush()
    return options
