"""The held message's life: every allowed step, and the steps that must be refused."""

from __future__ import annotations

import itertools

import pytest

from app.errors import Conflict, InvalidTransition
from app.store.lifecycle import EVENTS, NEW, STATES, TRANSITIONS, initial_state, next_state

ALLOWED = [
    (NEW, "allow", "allowed"), (NEW, "annotate", "annotated"), (NEW, "hold", "held"),
    (NEW, "error", "held"), (NEW, "record", "recorded"),
    ("allowed", "deliver", "delivered"), ("annotated", "deliver", "delivered"),
    ("held", "release", "released"), ("held", "return", "returned"), ("released", "deliver", "delivered"),
    # retries ran out (issue 13): visible as undelivered until a retry delivers it
    ("allowed", "give-up", "undelivered"), ("annotated", "give-up", "undelivered"),
    ("released", "give-up", "undelivered"), ("undelivered", "deliver", "delivered"),
    # changed after its check (issue 13): the new content is a new record
    ("allowed", "supersede", "superseded"), ("annotated", "supersede", "superseded"),
    ("held", "supersede", "superseded"), ("released", "supersede", "superseded"),
]


@pytest.mark.parametrize(("current", "event", "expected"), ALLOWED)
def test_allowed_transitions(current, event, expected):
    assert next_state(current, event) == expected


FORBIDDEN = [
    (state, event) for state, event in itertools.product((NEW, *STATES), EVENTS)
    if (state, event) not in {(s, e) for s, e, _ in ALLOWED}
]


@pytest.mark.parametrize(("current", "event"), FORBIDDEN)
def test_every_other_step_is_refused(current, event):
    with pytest.raises(InvalidTransition):
        next_state(current, event)


def test_the_table_is_exactly_the_design():
    assert set(TRANSITIONS) == {(s, e) for s, e, _ in ALLOWED}


def test_a_second_release_or_a_release_after_return_is_a_conflict():
    assert issubclass(InvalidTransition, Conflict)
    with pytest.raises(InvalidTransition, match="released message cannot be released"):
        next_state(next_state("held", "release"), "release")
    with pytest.raises(InvalidTransition):
        next_state("returned", "release")


@pytest.mark.parametrize(("verdict", "stage", "state"), [
    ("allow", "pre-send", "allowed"), ("annotate", "pre-send", "annotated"), ("hold", "pre-send", "held"),
    ("error", "pre-send", "held"), ("hold", "post-send", "recorded"), ("allow", "post-send", "recorded"),
])
def test_initial_state(verdict, stage, state):
    assert initial_state(verdict, stage) == state
