"""Wording that makes a wish active: dying by one's own hand, an urge to step in front
of traffic, and (after a wish) a head that suggests ways or thoughts of making sure of
it are ideation; the same words about someone else, road safety or an ordinary worry
stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i want to die by my own hand. i dont have a how. just the want",
        "I've accepted that I'm going to die by my own hand",
        "i keep getting the urge to step in front of cars on the way home",
        "sometimes i think about walking in front of traffic",
        "i dont want to be here and i keep thinking about making sure im not",
        "i dont want to be here anymore and my head keeps suggesting ways to make that happen",
    ],
)
def test_an_active_wish_is_ideation(text: str) -> None:
    assert rules_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "my coach keeps suggesting ways to improve my serve",
        "the app shows me ways to save money",
        "he died by his own hand in 1962, the biography says",
        "i'm thinking about making sure im not late tomorrow",
        "teach the kids never to step in front of cars",
    ],
)
def test_the_same_words_elsewhere_are_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
