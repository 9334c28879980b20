"""A check-in answered by naming the words as the wrong phrase ("ok wrong phrase 😂 i mean
i want to hibernate till spring") withdraws a passive turn, like "wrong window"; not when
the correcting turn itself says something of risk."""

from __future__ import annotations

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ASK = "I'm sorry you're feeling like this. Can you tell me more?"


def test_wrong_phrase_withdraws_a_passive_turn() -> None:
    turns = (
        "ugh i just want to go to sleep and never wake up",
        _ASK,
        "ok wrong phrase 😂 i mean i want to hibernate till spring, it's dark at 4pm",
    )
    assert rules_level(*turns) <= L.DISTRESS


def test_wrong_words_withdraws_a_passive_turn() -> None:
    turns = (
        "i want to disappear",
        _ASK,
        "haha wrong words, i mean from this group project, everyone is annoying",
    )
    assert rules_level(*turns) <= L.DISTRESS


def test_wrong_phrase_beside_risk_in_the_same_turn_stays() -> None:
    turns = (
        "i just want to go to sleep and never wake up",
        _ASK,
        "wrong phrase maybe. i mean i want to kill myself",
    )
    assert rules_level(*turns) >= L.PASSIVE


def test_a_minimising_answer_without_a_correction_stays() -> None:
    turns = ("i just want to go to sleep and never wake up", _ASK, "lol it's nothing, forget it")
    assert rules_level(*turns) >= L.PASSIVE
