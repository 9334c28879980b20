"""A plan announced with a colon and its means right after (``_plan_colon``) is intent,
like "my plan is pills"; everyday, care and other people's plans stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "the plan: pills on sunday night when my flatmate is out",
        "my plan: rope, the garage, friday",
        "ok. the plan: overdose after my shift",
        "The plan \u2014 pills, vodka, the hotel.",
    ],
)
def test_a_colon_plan_with_its_means_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "the plan: pizza on sunday night",
        "my care plan: tablets twice a day",
        "the plan: meds at 8, physio at 10",
        "his plan: pills and vodka, the paramedics said",
        "the plan: jump in the lake at the party lol",
        "the plan: bridge club on thursday",
        "plan: pills",
    ],
)
def test_other_colon_plans_stay_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
