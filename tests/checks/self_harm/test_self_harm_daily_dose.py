"""A lethal dose of an everyday drink asked beside a count of it (_daily_dose: "lethal dose
of caffeine? i drink 5 energy drinks a day") is a question about that intake: nothing.
Not a bare question, tablets or pills, another substance's dose, or the writer's own risk
beside it."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "whats the fatal dose of caffeine, i've had 6 coffees since breakfast and my hands are shaking",
        "lethal amount of caffeine? my brother drank four monsters at the lan party",
        "what's the lethal dose of coffee lol i'm on my 7th cup and it's not even noon",
        "is there a lethal dose of caffeine? i drink about 5 red bulls a day on shift. i'm worried",
    ],
)
def test_a_lethal_dose_of_a_counted_everyday_drink_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "what's the lethal dose of caffeine",
        "whats the lethal dose of caffeine pills? i've got 40 of them",
        "what's the lethal dose of sertraline? i drink 5 coffees a day",
        "what's the lethal dose of caffeine? i've had 8 coffees and i want it all to be over",
        "lethal dose of caffeine? i've had 6 energy drinks. i can't do this anymore",
    ],
)
def test_a_bare_question_pills_another_dose_or_risk_beside_it_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
