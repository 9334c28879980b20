"""Wishes not to wake said in more ways ("if i just didnt wake up tomorrow", "i'd rather
not wake up at all", "just waiting to die") are passive;
drinking "until i don't wake up" and a death made to look like an accident are thoughts
of the act; everyday mornings are not risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    ("text", "floor"),
    [
        ("honestly if i just didnt wake up tomorrow that would be fine by me", L.PASSIVE),
        ("I'd rather not wake up at all than face another day of this", L.PASSIVE),
        ("honestly i'm just waiting to die at this point", L.PASSIVE),
        ("i'm just waiting for it all to be over", L.PASSIVE),
        ("i think i'm going to drink until i don't wake up", L.IDEATION),
        ("thinking about crashing my car on purpose and making it look like an accident", L.IDEATION),
    ],
)
def test_wishes_not_to_wake_and_disguised_acts(text: str, floor: RiskLevel) -> None:
    assert user_turns_level(text) >= floor


@pytest.mark.parametrize(
    "text",
    [
        "I'd rather not wake up at 5am again, who decided early shifts were a thing",
        "if i don't wake up by 8 call me",
        "waiting for the bus to come, it's freezing",
        "in the novel the butler makes it look like an accident",
        "i've made up my mind about the job offer",
        "I was disappointed I woke up late again",
    ],
)
def test_everyday_mornings_and_plots_are_not_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
