"""Paying for one's funeral ahead or arranging it with a provider is thrift, not a wish;
picturing it, a playlist for it or nobody coming to it keep their level."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i'm 80 and want to prepay my funeral so my son isn't left with the bill",
        "we've both paid for our plans, i paid for my own funeral in march. any tips on the will?",
        "is it daft to pre-plan my own funeral at 69?",
        "how do i register my own funeral wishes with the local council",
        "booked my funeral with the co-op, all paid. now for a cruise",
    ],
)
def test_a_funeral_paid_or_arranged_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i keep imagining my own funeral and who would turn up",
        "nobody would come to my funeral anyway",
        "made a playlist for my funeral. not that far off either, end of the week",
        "i've sorted out my funeral wishes. the plan is next friday",
    ],
)
def test_a_funeral_pictured_or_readied_keeps_its_level(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
