"""The list of preparations told as finished (en.intent.list_done: "that was the last thing
on my list", "the last loose end", "everything's ticked off") and a pet handed on ("gave my
dog to my neighbour"): plan phrases, intent beside another; alone a move or a wedding."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "moved all my savings over to my nephew. that was the last thing on my list",
        "gave my cat to the lady next door. everything's ticked off now",
        "rehomed my rabbit yesterday. everything else is in place",
    ],
)
def test_a_finished_list_beside_a_preparation_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "last thing on my list before the move: put up the shelves",
        "everything's ticked off for the wedding, venue booked and cake ordered",
        "gave my dog a bath and now everything's ticked off for the day",
        "my dad's given away his tools and rehomed the dog. everything's in place, he says",
        "that's the last loose end sorted for the house sale",
    ],
)
def test_a_finished_list_alone_or_anothers_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
