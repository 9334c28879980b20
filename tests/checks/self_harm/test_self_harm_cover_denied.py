"""A cover told and then denied ("told the pharmacist i was travelling. i'm not
travelling"): the cover (en.intent.cover_story) and its denial (en.intent.cover_denied)
are two plan phrases, intent together; either alone, or a reassurance, stays below."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "picked up my refill early, told the chemist i was going abroad. i'm not going abroad",
        "cleared my desk and told my manager i'd found something else. i haven't found anything else",
        (
            "got a new pack of razors. told the girl at the till they were for a craft project. "
            "they're not for a craft project"
        ),
        "told my brother i'm going fishing on sunday. i'm not going fishing",
        "told everyone i'm moving to glasgow. i'm not moving to glasgow",
    ],
)
def test_a_cover_told_then_denied_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "told my mum i'm moving out in june, so excited",
        "told the cashier it was for a craft project and she loved the idea",
        "i'm not going abroad this year, money's tight",
        "i'm exhausted but i'm not going anywhere, the kids need me",
        "told my boss i'd found something else. starting at the bakery on monday",
        "i'm not going fishing this weekend, it's going to rain",
    ],
)
def test_a_cover_alone_a_plain_denial_or_a_reassurance_stays_below(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
