"""A bare "i've decided" (its whole clause) after the writer's own wish to be dead is a
decision about it (intent); alone, with an object, after distress without a wish or
beside only a set time it is nothing."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("i honestly wish i could just not exist anymore", "i've decided."),
        ("everything feels hopeless and i'm so tired of being a burden. i have decided"),
        ("everyone would be better off without me", "ok ive decided. friday."),
        ("i don't want to be alive anymore. but i've decided, i just want my cat rehomed first",),
    ],
)
def test_a_bare_decision_after_a_wish_is_intent(turns: tuple[str, ...] | str) -> None:
    turns = (turns,) if isinstance(turns, str) else turns
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("I've decided. Sunday, 6am. My first triathlon.",),
        ("i've decided. next weekend's the weekend", "i'm finally getting a tattoo!"),
        ("i've decided to quit my job",),
        ("i want to die of embarrassment lol", "i've decided to move to leeds"),
        ("so stressed about my exams", "i've decided. i'm switching course"),
        ("tonight. ive decided. asking her to move in"),
        # distress without a wish: the decision is about the distress
        ("been so depressed. i've decided: therapy it is",),
        ("i'm so lonely. ive decided, im getting a dog",),
        ("i feel awful lately. i've decided. i'm going to call my doctor tomorrow",),
        ("my anxiety is through the roof", "i have decided. i'm going back on my meds"),
    ],
)
def test_a_bare_decision_without_a_wish_is_not_risk(turns: tuple[str, ...] | str) -> None:
    turns = (turns,) if isinstance(turns, str) else turns
    assert user_turns_level(*turns) < L.PASSIVE
