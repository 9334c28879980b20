"""A wish that the writer's own life would end or be over, said of "my life" / "this life"
("i wish my life would just end", "please let this life end", "can't wait for this life to
be over", "so over existing") is passive; a life that "ends up" somewhere, a place "over
there", living in a city and someone else's life are not."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "honestly i wish my life would just end",
        "please god let this life be over",
        "can my life just end already, i'm so tired",
        "will this life just end",
        "can't wait for this life to be over tbh",
        "cant wait till i die, seriously",
        "i'm so over existing. every single day",
        "im over this life fr",
    ],
)
def test_a_wish_for_the_life_to_end_is_passive(text: str) -> None:
    assert rules_level(text) == L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i want my life to end up like my aunt's, a cottage and three dogs",
        "i wish this life would end up somewhere warm",
        "can't wait for my life to be over there in lisbon",
        "i'm so over living in this town, moving in may",
        "my sister wants this exam to be over",
        "can't wait for the day i finish my thesis",
    ],
)
def test_a_life_ending_up_somewhere_is_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
