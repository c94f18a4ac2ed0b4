"""Who an add-in token speaks for: the council whose tenant issued it, and a governed person in it.

Council.options["addin"] holds the add-in settings a council can choose:
{"tenant_id": "<Entra tenant id>", "on_unavailable": "soft-block" | "hard-block"}.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.addin.token import AddinSettings, EntraTokenValidator, TokenRefused, unverified_tenant
from app.store.councils import CouncilCache
from app.store.tables import Council

ON_UNAVAILABLE = ("soft-block", "hard-block")


@dataclass(frozen=True, slots=True)
class AddinUser:
    council: Council
    address: str  # the signed-in user's address, as the token names it (lower case)
    name: str


def addin_options(council: Council) -> dict:
    options = (council.options or {}).get("addin")
    return options if isinstance(options, dict) else {}


def on_unavailable(council: Council, settings: AddinSettings) -> str:
    """What the handler does when the service cannot answer in time: the council's choice, else the default."""
    chosen = addin_options(council).get("on_unavailable")
    return chosen if chosen in ON_UNAVAILABLE else settings.on_unavailable


def council_for_tenant(session: Session, tenant_id: str) -> Council | None:
    # Few councils per deployment: a scan of options beats a JSON index that differs per backend.
    for council in session.scalars(select(Council).order_by(Council.id)):
        if addin_options(council).get("tenant_id") == tenant_id:
            return council
    return None


def addin_user(
    session: Session, councils: CouncilCache, validator: EntraTokenValidator, token: str
) -> AddinUser:
    """The governed person this token is for; TokenRefused (not valid) or PermissionError (not governed)."""
    tenant = unverified_tenant(token)
    council = council_for_tenant(session, tenant)
    if council is None:
        raise TokenRefused("the token's tenant is not a council's tenant here")
    identity = validator.validate(token, tenant)
    _, directory = councils.get(council)
    person = directory.person(identity.user)
    if person is None or not person.is_governed:
        raise PermissionError(f"{identity.user} is not a councillor or officer in {council.name}'s directory")
    return AddinUser(council=council, address=identity.user, name=person.name)
