"""Means put somewhere and named without "i have" (en.means.placed): beside the writer's
wish, a finality phrase or a set time they are means at hand; alone, in everyday use, in a
safety plan or someone else's, they stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i've made my peace with it. the rope's in the shed. nobody needs to know",),
        ("i want to die", "bought rope today"),
        ("i want to die", "the gun's in my nightstand"),
        ("i can't do this anymore, i want to be dead. the knife is under my mattress",),
        ("tonight's the night. the tablets are counted out",),
        ("i wish i was dead", "the belt is on the door"),
        ("i'm going to do it tonight. pills out on the desk",),
    ],
)
def test_means_placed_beside_a_wish_or_a_decision_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "the rope is in the shed, we use it for the boat",
        "the rope's in the shed",
        "bought rope today for the tent",
        "the knife is in the drawer next to the forks",
        "the belt is on the hook in the hall",
        "pills are counted out in the weekly box so i don't forget",
        "my dad's gun is in the safe, he hunts",
    ],
)
def test_means_placed_alone_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("i keep wishing i wasn't here", "the meds are in the bathroom, i can move them to a lockbox"),
        ("i wish i was dead", "been thinking about the pills in the cupboard, not going to take them"),
    ],
)
def test_medicine_where_it_is_kept_is_not_means_at_hand(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.INTENT
