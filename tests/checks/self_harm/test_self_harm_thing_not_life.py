"""Surviving an accident told as a wonder, and weariness with a world named by a thing,
are no wish to be dead; the same words about living stay passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "why i still alive after that crash is a miracle",
        "honestly being alive after the accident feels like a miracle",
        "had enough of this world of corporate nonsense",
        "i've had enough of the world of dating apps",
    ],
)
def test_a_thing_not_life(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "honestly i dont know why im still alive after that crash",
        "ive had enough of this world",
        "ive had enough of this world of pain",
        "why am i still alive after my attempt, its a miracle i guess but i wish it worked",
    ],
)
def test_life_itself_stays_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
