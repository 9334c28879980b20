"""An emphatic denial ("never so much as", "never even", "not once have i") denies the
thought like a plain "never"; "can't even" and "didn't even think twice" still assert it."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "honestly i never so much as thought about suicide, i'm just exhausted",
        "i have never even considered killing myself",
        "i never even thought about ending my life, i just hate this job",
        "not once have i thought about suicide",
        "never did i think about killing myself",
        "i haven't even thought about hurting myself",
    ],
)
def test_an_emphatic_denial_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i can't even. i want to die",
        "i'm not ok so i want to die",
        "i don't even want to live anymore",
        "didn't even think twice about hurting myself last night",
        "i never even got help and now i want to kill myself",
        "not once have i told anyone that i want to kill myself",
    ],
)
def test_the_same_words_asserting_the_thought_stay(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
