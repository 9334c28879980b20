"""Tablets put aside, saved up or collected are preparation (FORMAT: "I've been saving my
pills" is intent), in the wordings the older phrases missed; putting away a bottle of
drink, or leftovers that are not drugs, are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i've been putting aside a tablet every night",
        "got my meds saved up in a sock drawer",
        "been collecting my leftover codeine from each prescription",
        "been setting aside some of my sertraline each week",
    ],
)
def test_tablets_put_aside_are_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "i put away the bottle for good, three months sober",
        "collecting my leftover yarn for a blanket",
        "put aside some money for the holidays",
        "i set aside my tablets each sunday in a weekly organiser",
    ],
)
def test_other_things_put_aside_are_not(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
