"""A cutting blade taken out ready (rec17, en.means.at_hand): nothing alone, intent beside
the writer's self-harm words, wish or distress; a blade changed in a tool, or known how
to get out, is not taken out."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

BESIDE_RISK = [
    "gonna go cut. already got the sharpener blade out",
    "i want to die. i've got the blade out",
    "so lonely since the breakup. i've got the blades out",
]

NOT_READIED = [
    "already got the sharpener blade out",
    "i'm so depressed. pulled the old blade out of the saw and put a new one in",
    "i keep thinking about cutting. i know exactly how to get the blade out",
]


@pytest.mark.parametrize("text", BESIDE_RISK)
def test_a_blade_taken_out_beside_risk_is_intent(text: str) -> None:
    assert rules_level(text) == L.INTENT


def test_a_blade_taken_out_after_self_harm_words_in_another_turn_is_intent() -> None:
    assert user_turns_level("i need to cut tonight", "got the blade out") == L.INTENT


@pytest.mark.parametrize("text", NOT_READIED)
def test_a_blade_not_taken_out_ready_is_not_intent(text: str) -> None:
    assert rules_level(text) < L.INTENT
