"""Who an add-in token speaks for: the council whose tenant issued it, and a governed person in it.

Council.options["addin"] holds the add-in settings a council can choose
(`mailguard council addin-settings`):
{"tenant_id": "<Entra tenant id>", "on_unavailable": "soft-block" | "hard-block"}.

A user is their Entra `tid` + `oid`. The first sign-in binds that pair to the
address the token then names (it must be a councillor or officer); later
sign-ins are that bound address whatever `preferred_username` says, and a new
`oid` presenting an address already bound to another is refused (a recycled
or renamed account is the administrator's to sort out, not the add-in's).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.addin.token import AddinSettings, EntraTokenValidator, TokenRefused, unverified_tenant
from app.store.councils import CouncilCache
from app.store.database import utc
from app.store.tables import Council
from app.store.tables.addin import AddinIdentity

ON_UNAVAILABLE = ("soft-block", "hard-block")
SEEN_EVERY = timedelta(hours=1)


class NotGoverned(PermissionError):
    """A valid token for someone the add-in may not act for; `problem` is reported to the admin."""

    def __init__(self, message: str, problem: str, subject: str, council_id: int):
        super().__init__(message)
        self.problem, self.subject, self.council_id = problem, subject, council_id


@dataclass(frozen=True, slots=True)
class AddinUser:
    council: Council
    address: str  # the address bound to the user's oid (lower case)
    name: str
    object_id: str = ""  # the token's oid


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
    session: Session, councils: CouncilCache, validator: EntraTokenValidator, token: str, *, now: datetime,
) -> AddinUser:
    """The governed person this token is for (flushes a first binding; the caller commits).

    TokenRefused: not a valid token for this service. NotGoverned: valid, but not a person we act for.
    """
    tenant = unverified_tenant(token)
    council = council_for_tenant(session, tenant)
    if council is None:
        raise TokenRefused("the token's tenant is not a council's tenant here", "tenant", tenant)
    try:
        identity = validator.validate(token, tenant)
    except TokenRefused as exc:
        exc.council_id = council.id  # the problem is this council's to hear of
        raise
    bound = _binding(session, tenant, identity.object_id)
    address = bound.address if bound is not None else identity.claimed_address
    _, directory = councils.get(council)
    person = directory.person(address) if address else None
    if person is None or not person.is_governed:
        raise NotGoverned(f"{address or 'this user'} is not a councillor or officer in {council.name}'s directory",
                          "not-in-directory", f"{address} (oid {identity.object_id})", council.id)
    if bound is None:
        bound = _bind(session, council, tenant, identity.object_id, address, now)
    if utc(now) - utc(bound.last_seen_at) >= SEEN_EVERY:  # not a write on every send
        bound.last_seen_at = utc(now)
    session.flush()
    return AddinUser(council=council, address=bound.address, name=person.name, object_id=identity.object_id)


def _binding(session: Session, tenant: str, object_id: str) -> AddinIdentity | None:
    return session.scalars(select(AddinIdentity).where(AddinIdentity.tenant_id == tenant,
                                                       AddinIdentity.object_id == object_id)).one_or_none()


def _bind(session: Session, council: Council, tenant: str, object_id: str, address: str,
          now: datetime) -> AddinIdentity:
    other = session.scalars(select(AddinIdentity).where(
        AddinIdentity.tenant_id == tenant, AddinIdentity.address == address)).first()
    if other is not None:
        raise NotGoverned(f"{address} is already signed in as another Entra user; ask your administrator",
                          "identity-conflict", f"{address} (oid {object_id}; bound to {other.object_id})",
                          council.id)
    try:
        with session.begin_nested():
            row = AddinIdentity(council_id=council.id, tenant_id=tenant, object_id=object_id, address=address,
                                first_seen_at=utc(now), last_seen_at=utc(now))
            session.add(row)
        return row
    except IntegrityError:  # the same user's first two requests at once: the other one bound it
        return _binding(session, tenant, object_id)
