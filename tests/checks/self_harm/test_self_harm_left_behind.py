"""Words to the people left behind (en.intent.last_words) and a bare "doing it now"
(en.intent.do_it) are readiness phrases: two together, or one beside means at hand, are a
goodbye; alone each is a sign-off or a chore."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "doing it now love you all",
        "i've got the pills out on the table. love you all",
        "doing it right now. it's now or never",
    ],
)
def test_last_words_beside_a_decision_or_means_are_imminent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "love you all, see you at christmas",
        "tell my mum i'm sorry i missed her call",
        "sorry, doing it now!",
        "i'm doing it right now, the homework i mean",
        "tell whoever reads the minutes that the meeting moved",
    ],
)
def test_last_words_alone_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
