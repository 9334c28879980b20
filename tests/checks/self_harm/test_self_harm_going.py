"""An act announced after the writer's own wish ("i'm going to take the pills", "i'm about
to do it") is intent, imminent with "now" or "tonight" right after it; the same words
without a wish, negated or about someone else are not raised."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to die. im going to jump",),
        ("everyone would be better off without me", _ACK, "i'm gonna swallow all my tablets"),
        ("i wish i was dead. i'm going to walk into the river",),
    ],
)
def test_an_act_announced_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to die. im going to take the pills now",),
        ("i don't want to be here anymore", _ACK, "i'm gonna take them all tonight"),
        ("i wish i wasn't alive", _ACK, "i'm about to do it"),
    ],
)
def test_an_act_announced_now_after_a_wish_is_imminent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        # No wish: prescriptions, tasks, sport.
        ("im going to take my pills now, the doctor changed the dose",),
        ("i'm about to do it, the presentation is in five minutes",),
        ("we're going to jump off the pier into the sea, it's tradition",),
        # A wish, but the announcement is negated, someone else's, or a task ("do it").
        ("i want to die sometimes but i'm not going to take the pills",),
        ("i wish i was dead. my sister is going to jump off the high board tonight",),
        ("i wish i wasn't here. my brother's going to drive into town tonight",),
    ],
)
def test_announcements_without_a_wish_are_not_raised(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
