"""A past attempt dated by years spelled out ("seven years since my last attempt") is
history, and being glad to be here beside it says the writer is well now; weeks since an
attempt, or years beside a risk now, stay."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "Seven years since my last attempt. Went to the beach today with my kids. I'm glad I'm here.",
        "five years since my suicide attempt and i'm so grateful to be alive",
        "It's been two years since my last attempt and honestly i'm glad i'm here",
    ],
)
def test_an_attempt_years_ago_beside_being_glad_to_be_here_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "two weeks since my last attempt",
        "seven years since my last attempt and tonight i'm going to try again",
        "three years since my last attempt but i want to die again",
        # Years since a loss date the loss, not a past act of the writer's.
        "Three years since Joan died and I can't do it anymore. I want to die.",
    ],
)
def test_a_recent_attempt_or_a_risk_now_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
