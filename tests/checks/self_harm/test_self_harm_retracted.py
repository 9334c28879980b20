"""A clarification, denial or answer taken back ("jk. unless?", "sorry. i lied a bit just
then") withdraws nothing: the alarm before it stands (see _retracted). A clarification left
standing still withdraws, and "unless" without a joke word is no retraction."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_WHAT = "What do you mean by that?"
_OK = "Okay, thanks for explaining."


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to kill myself", "Are you okay?", "jk. unless?"),
        ("i want to kill myself", "Are you okay?", "lol jk. half jk"),
        (
            "thinking of ending things",
            _WHAT,
            "the relationship. i meant the relationship",
            _OK,
            "sorry. i lied a bit just then",
        ),
        ("i keep thinking about killing myself", "Are you okay?", "jk", _OK, "actually i wasn't joking"),
    ],
)
def test_a_clarification_taken_back_keeps_the_alarm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to kill myself", "Are you okay?", "jk"),
        (
            "thinking of ending things",
            _WHAT,
            "the relationship. i meant the relationship",
            _OK,
            "thanks, i feel better",
        ),
        # "unless" with no joke word before it retracts nothing
        ("i want to kill myself", "Are you okay?", "jk. i'll go to the gym later unless it rains"),
    ],
)
def test_a_clarification_left_standing_still_withdraws(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE
