""""I'm done" tied to a time or an event (en.intent.done_after) is a finality phrase: with
means at hand or a second finality phrase it is a decision; alone it is the end of a shift,
a term or a game."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "after the match tonight. then i'm done. the rope is already in the garage",
        "exams end on the 14th, after that im done. already decided",
        "i'm done after my exams. the rope is in the garage",
    ],
)
def test_done_after_an_event_beside_means_or_a_decision_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "after the match tonight then i'm done for the season",
        "i'm done after 5, want to get food?",
        "exams end on the 14th, after that im done with uni forever!",
        "i'm done with this game, it keeps crashing",
        "then i'm done. finally finished the essay",
    ],
)
def test_done_after_alone_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
