"""Death welcomed in the words of people worn down by money and age (en.passive.worn_down):
a heart attack hoped for, a god asked to call the writer home, a debt death would clear,
no sorrow when one's time comes. Passive; luck, dinner and a job's time are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "three payday loans and a ccj. honestly i've been praying for a heart attack",
        "every night i ask god to call me home, the arrears letters keep coming",
        "the catalogue people can chase all they like. if i were dead they'd just write it off",
        "pension doesn't cover the gas. i won't be sorry when my time comes, love",
    ],
)
def test_worn_down_wishes_are_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "hoping for a stroke of luck on the scratchcards this week",
        "asked my mum to call me home when the tea's ready",
        "i won't be sorry when my time at this warehouse is up",
        "the council wrote it off in the end, the arrears are gone",
        "my dad had a heart attack last year and we were terrified",
    ],
)
def test_everyday_look_alikes_stay_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
