"""fp19c: "I can't do this anymore" / "can't go on like this" with an everyday burden named at
once ("at work", "with the money", "I mean the caring") is strain, at distress; the phrase
alone, "I mean me", "I mean my life" or a wish beside it stay risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("honestly i cant do this anymore at the office, third reorg this year",),
        ("can't go on like this with the rent. the landlord put it up again",),
        ("I can't do this anymore. I mean the commute. Two hours each way",),
        ("i can't do it anymore with the housework, i need a break",),
    ],
)
def test_strain_with_a_named_burden_is_distress(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) == L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i can't do this anymore",),
        ("I can't do this anymore. I mean me.",),
        ("I can't do this anymore. I mean my life.",),
        ("i can't do this anymore. i mean everything",),
        ("i cant do this anymore with my life",),
        ("i cant do this anymore at work. i want to die",),
        ("can't go on like this with the debt, i'm going to kill myself",),
    ],
)
def test_the_phrase_alone_or_beside_a_wish_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
