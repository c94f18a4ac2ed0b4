"""/review/pack: the council's pack in plain words — what is checked, what happens, the protocol's own words."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.packdraft.explain import explain_pack
from app.web.deps import StateDep, UserDep, render

router = APIRouter(prefix="/review", include_in_schema=False)


@router.get("/pack")
def pack_page(request: Request, state: StateDep, user: UserDep):
    pack, _directory = request.app.state.councils.get(request.state.council)
    return render(request, state, "pack.html", {"explained": explain_pack(pack)})
