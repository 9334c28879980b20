"""Thinking about "it" now, after the writer's own wish ("better off without me. been
thinking about it a lot", "i think about it."), is active ideation; alone, or said of the
wish reflected on ("i've had a long time to think about it"), it is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("my wife and kids would be better off without me", "been thinking about it a lot lately"),
        ("i dont want to be here anymore", "i think about it. most nights"),
        ("nobody would miss me. i keep thinking about it more and more",),
        ("i wish i could just not wake up. sat in the dark and properly thought about it last night",),
    ],
)
def test_thinking_about_it_after_a_wish_is_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("they offered me the job in leeds, i'm still thinking about it",),
        ("been thinking about it a lot, i might sell the car",),
        ("i wish i'd never been born. i've had a long time to think about it and nothing changes",),
    ],
)
def test_thinking_about_it_without_a_wish_or_of_the_wish_is_not_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.IDEATION
