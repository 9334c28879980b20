"""The end of a real road reached on foot or by car ("i limp to the end of the road and
back") and weariness with a quarrel named ("tired of fighting with my landlord") are no
wish to be dead; "the end of the road for me" and a bare "tired of fighting" stay."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "since my knee injury I limp to the end of the road and back",
        "Every time I try to drive I get as far as the end of the road and have to stop.",
        "I walked to the end of the road and back yesterday without needing to lie down",
        "i'm so tired of fighting with my ex about custody",
        "so tired of fighting with the council about the damp in our flat",
        "honestly tired of fighting with my landlord about mould",
    ],
)
def test_a_road_or_a_quarrel_is_no_wish(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "this is the end of the road for me",
        "i'm so tired of fighting, i don't want to be here anymore",
        "i'm tired of fighting",
        "i drove to the end of the road and i'm going to end it here tonight",
        "tired of fighting with my ex. honestly i wish i was dead",
    ],
)
def test_the_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
