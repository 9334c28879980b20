"""A life-keeping medicine stopped on purpose (en.intent.meds_stopped) is intent; one
stopped with a doctor, for side effects or by someone else is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i stopped taking my heart tablets on purpose a fortnight ago",
        "quit my insulin deliberately. nobody knows",
        "been stopping my blood pressure pills on purpose since the funeral",
    ],
)
def test_a_medicine_stopped_on_purpose_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "stopped taking my pills because of the side effects, the gp knows",
        "my gp and i agreed i'd stop my sertraline, tapering now",
        "i stopped my insulin for a day before the colonoscopy like the nurse said",
    ],
)
def test_a_medicine_stopped_for_a_reason_stays_below_intent(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
