"""Means carried or hidden where the writer is ("the pills are in my bag", "a blade under
my pillow") after a wish to be dead are means at hand (intent); alone, or about everyday
medicine, they say nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i wish i was dead", "the pills are in my bag"),
        ("i just want it all to end", "i have pills in my bag"),
        ("everyone would be better off without me", "there's a blade under my pillow"),
        ("i want to die. the pills are in my backpack",),
    ],
)
def test_means_where_the_writer_is_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("my allergy pills are in my bag",),
        ("the knife is in the cupboard, can you pass it",),
        ("i have a headache", "my pills are in my bag, i'll take one"),
    ],
)
def test_means_alone_or_everyday_say_nothing(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
