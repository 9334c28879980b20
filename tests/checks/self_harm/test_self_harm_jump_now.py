"""The jump told as it happens ("standing on the bridge. jumping now"): imminent at a place
to fall from or after a wish, as "i'm going to jump" already was; alone, or at a pool, a
trampoline or a parachute, it is sport."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

JUMP_NOW_AT_THE_PLACE = [
    "standing on the bridge. jumping now.",
    "i'm on the roof. i'm jumping now",
    "im on the ledge. jumping rn",
    "i'm on the roof. jumping in 5 mins",
    "i just want to die. jumping now",
]


@pytest.mark.parametrize("text", JUMP_NOW_AT_THE_PLACE)
def test_a_jump_told_as_it_happens_at_the_place_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


def test_the_place_and_the_jump_in_two_turns_add_up() -> None:
    assert user_turns_level("i'm on the bridge", "jumping now") == L.IMMINENT


JUMP_NOW_IN_SPORT = [
    "jumping now",
    "on the trampoline, jumping now",
    "im jumping rn lol the pool is freezing",
    "jumping in 5 min, parachute checked, wish me luck",
    "on the bridge, stuck in traffic. jumping now into a meeting",
]


@pytest.mark.parametrize("text", JUMP_NOW_IN_SPORT)
def test_a_jump_now_with_no_place_to_fall_from_or_wish_is_nothing(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


def test_a_pool_then_a_jump_is_nothing() -> None:
    assert user_turns_level("i'm at the pool", "jumping now") <= L.DISTRESS
