"""Vanishing from an everyday place, app or group, for a counted time, a span of time
wished over, and "die" for "dye" are idioms; a wish to vanish from the world, from
everyone, forever or for good, or "not exist for a while" stays a passive wish."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i want to disappear from social media for a bit, everyone's holidays are getting to me",
        "wish i could vanish from this lecture, he keeps picking on me",
        "I want to vanish from the family group chat, 60 messages about a barbecue",
        "honestly want to disappear off the grid for a month with a tent",
        "want to vanish off instagram entirely, how do i delete my account",
        "i want to disappear for 3 weeks somewhere with no signal",
        "i want to disappear into the crowd at the gig",
        "can this semester just end already",
        "I want to die my hair blue for the summer",
    ],
)
def test_everyday_escapes_are_not_a_wish_to_die(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want to disappear from this world",
        "i want to disappear from everyone's lives",
        "i want to disappear forever",
        "i want to vanish for good",
        "i wish i could just not exist for a while",
        "i want to disappear. social media makes everything worse",
        "i want to disappear from this group of people, they'd be better off without me",
    ],
)
def test_a_wish_to_vanish_from_life_stays_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
