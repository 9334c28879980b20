"""Suicide as a field of study or work and "cell suicide" are no risk of the writer's;
"suicide risk", a life policy's "suicide clause" and a milestone of being clean from
self-harm (often the opening of a relapse) keep their level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing my dissertation on youth suicide prevention in rural schools",
        "where can I find suicide statistics for Scotland for my essay",
        "my biology notes call apoptosis cell suicide, why?",
        "I volunteer for a suicide prevention charity and I love it",
    ],
)
def test_study_and_work_are_not_the_writers_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "my suicide risk is high tonight",
        "my life insurance has a suicide clause, when does it run out",
        "I've been clean from self harm for 2 years but last night I cut again",
        "i think about suicide every day",
    ],
)
def test_the_writers_own_risk_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
