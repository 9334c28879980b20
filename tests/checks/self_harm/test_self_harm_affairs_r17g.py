"""Affairs put in order for those who find the empty home (the spare key left with a
neighbour, the rent or the bills paid ahead): after the writer's wish, or two of them
together, a plan (intent); alone, or before a trip or surgery, nothing."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("i don't want to be alive anymore. gave my spare key to the neighbour today",),
        ("i wish i was dead. paid the rent through to the end of march",),
        ("prepaid all my bills for months and left the keys with my landlord. that's everything",),
    ],
)
def test_affairs_after_a_wish_or_paired_are_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("left the spare key with my neighbour, off to spain tomorrow!",),
        ("paid the rent in advance for once, feeling like an adult",),
        ("paid the bills a year ahead and left the spare keys with the neighbour, travelling in Peru!",),
        ("paid all the bills a year ahead and left the spare keys with the neighbour before my surgery",),
        ("work is killing me. paid the rent ahead and left the key with the landlord before my trip",),
    ],
)
def test_affairs_alone_or_for_a_trip_are_nothing(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE
