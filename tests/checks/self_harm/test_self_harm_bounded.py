"""A wish bounded by an ordinary time or place (en.context.idiom_bounded): "sleep and not
wake up until friday", "not exist for one weekend", "disappear to a cottage". Unbounded, or
bounded only by "a while" or "morning", the wish keeps its level; farewells are not
bounded by this idiom ("my last message for today. i've got the pills ready")."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "honestly i want to sleep and not wake up until friday, this week has been a lot",
        "wish i could sleep till christmas tbh, so much marking",
        "can i just not exist for one weekend, three birthday parties and a work do",
        "i want to disappear to a cottage with no signal, any recommendations in wales?",
        "i'll have nothing to live for until the next album drops lol",
    ],
)
def test_a_bounded_wish_or_farewell_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    ("text", "least"),
    [
        ("i want to sleep and never wake up", L.PASSIVE),
        ("i wish i could just not exist for a while", L.PASSIVE),
        ("i want to sleep and not wake up until someone notices", L.PASSIVE),
        ("i wish i could disappear and never come back", L.PASSIVE),
        ("this is my last message. thank you for everything, goodbye", L.INTENT),
        ("this is my last message. tonight i end it", L.INTENT),
        ("this is my last message for today. i've got the pills ready", L.INTENT),
        ("my last message before i go. tell my mum i'm sorry", L.PASSIVE),
        ("this is my last message for now. i'm sorry. goodbye", L.PASSIVE),
        ("i have nothing to live for", L.PASSIVE),
        ("i have nothing to live for until i see my kids again and that won't happen", L.PASSIVE),
    ],
)
def test_unbounded_wishes_and_farewells_keep_their_level(text: str, least: RiskLevel) -> None:
    assert rules_level(text) >= least
