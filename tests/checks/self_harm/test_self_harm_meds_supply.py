"""Medicine kept back for a reason of supply ("because the pharmacy is far", "into the
organiser") is no stockpile for an act; a stockpile with no such reason, or with a reason
of the writer's death, stays intent."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i hoard my pills because the pharmacy is far",
        "i stockpile my meds as the pharmacy is an hour away",
        "counted out my week of pills into the little organiser. morning and night",
        "been saving a few tablets before the pharmacy closes for the holidays",
    ],
)
def test_a_supply_reason_is_no_stockpile(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "ive been saving my pills, the pharmacy never asks questions",
        "ive been hoarding my pills because i want to die",
        "i've been stockpiling my pills for weeks",
    ],
)
def test_a_stockpile_without_a_supply_reason_stays(text: str) -> None:
    assert rules_level(text) >= L.INTENT
