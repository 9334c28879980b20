"""The writer's own plan announced with its means right after it is intent; a care or meal
plan, someone else's plan and a denied plan stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "ive got a plan and the means, pills, tuesday",
        "i have a plan and the means. im not telling you the when",
        "my plan is pills and a bottle of vodka",
        "ive made a plan rope in the garage on sunday",
    ],
)
def test_a_plan_with_its_means_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "his plan was pills and vodka, the paramedics said",
        "the treatment plan for my meds changed again",
        "my care plan says take my tablets at 8",
        "plan for the tablets: take two with food",
        "i don't have a plan or pills, i just feel low",
    ],
)
def test_other_plans_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
