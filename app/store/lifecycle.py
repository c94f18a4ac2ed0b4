"""A checked message's life, as a pure transition table (see shared/DESIGN.md).

    (new) --allow--> allowed --deliver--> delivered
    (new) --annotate--> annotated --deliver--> delivered
    (new) --hold|error--> held --release--> released --deliver--> delivered
                               --return--> returned
    (new) --record--> recorded          (post-send: already sent; findings kept for the digest)
    allowed|annotated|released --give-up--> undelivered --deliver--> delivered
                                  (retries ran out: shown in the desk and digest; `mailguard delivery retry`)
    allowed|annotated|held|released --supersede--> superseded
                                  (changed after its check: the new content is a new record, checked again)
"""

from __future__ import annotations

from app.errors import InvalidTransition

NEW = None  # the state of a message not yet recorded
STATES = ("allowed", "annotated", "held", "released", "delivered", "returned", "recorded", "undelivered",
          "superseded")
EVENTS = ("allow", "annotate", "hold", "error", "record", "deliver", "release", "return", "give-up", "supersede")

TRANSITIONS: dict[tuple[str | None, str], str] = {
    (NEW, "allow"): "allowed",
    (NEW, "annotate"): "annotated",
    (NEW, "hold"): "held",
    (NEW, "error"): "held",  # unreadable mail is held, never passed
    (NEW, "record"): "recorded",
    ("allowed", "deliver"): "delivered",
    ("annotated", "deliver"): "delivered",
    ("held", "release"): "released",
    ("held", "return"): "returned",
    ("released", "deliver"): "delivered",
    ("allowed", "give-up"): "undelivered",
    ("annotated", "give-up"): "undelivered",
    ("released", "give-up"): "undelivered",
    ("undelivered", "deliver"): "delivered",
    ("allowed", "supersede"): "superseded",
    ("annotated", "supersede"): "superseded",
    ("held", "supersede"): "superseded",
    ("released", "supersede"): "superseded",
}

FINAL_STATES = frozenset({"delivered", "returned", "recorded", "superseded"})


def next_state(current: str | None, event: str) -> str:
    """The state after `event`; raises InvalidTransition when the table has no such step."""
    try:
        return TRANSITIONS[(current, event)]
    except KeyError:
        shown = "new" if current is None else current
        raise InvalidTransition(f"a {shown} message cannot be {_past(event)}") from None


def initial_state(verdict: str, stage: str) -> str:
    """The first state of a message: post-send mail is only recorded; pre-send follows the verdict."""
    if stage == "post-send":
        return next_state(NEW, "record")
    return next_state(NEW, verdict)


def can(current: str | None, event: str) -> bool:
    """Whether `event` is allowed from `current`."""
    return (current, event) in TRANSITIONS


def _past(event: str) -> str:
    return {"allow": "allowed", "annotate": "annotated", "hold": "held", "error": "held",
            "record": "recorded", "deliver": "delivered", "release": "released",
            "return": "returned", "give-up": "given up", "supersede": "superseded"}.get(event, f"given {event!r}")
