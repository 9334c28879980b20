"""A decision said without its object ("i've made my mind up", "i decided on tuesday") is
intent once the writer's own wish has been said; alone, or after everyday stress, it is a
decision about something else."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        (
            "I've been thinking about ending it for weeks. my wife would get the house at least",
            "thanks for listening. I've made my mind up now and I feel calmer than I have in ages",
        ),
        (
            "does it get easier after you decide",
            "to kill myself. i decided on tuesday. i've felt calmer since",
        ),
        ("i just want to die", "i've made up my mind. i feel calm"),
    ],
)
def test_a_decision_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i made my mind up, i'm taking the job in leeds",),
        ("we decided on friday for the party",),
        ("i'm so stressed and sad about uni", "i've made my mind up, i'm dropping out"),
    ],
)
def test_a_decision_without_a_wish_is_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
