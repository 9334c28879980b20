"""Readiness said as a last chance or unwitnessed (en.intent.last_chance): beside means at
hand a decision; alone a game, a surprise or a secret."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "pills in my hand. it's now or never",
        "the gun's under my mattress. i'll wait till everyone's asleep so no one hears",
        "knife's in my jacket. this is it",
        "the rope is in the garage. so nobody stops me, i'm telling no one",
    ],
)
def test_last_chance_beside_means_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "penalty shootout, it's now or never",
        "i practise the trumpet in the shed so no one hears",
        "write the date on the form so someone knows when you came",
        "give me one reason to watch that film",
        "the knife's in my bag, picnic at noon",
    ],
)
def test_last_chance_alone_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


def test_hiding_tears_beside_thoughts_is_not_a_decision() -> None:
    text = "my mind keeps going back to ending it all. i'm in the toilets at work so no one sees me cry"
    assert rules_level(text) < L.INTENT
