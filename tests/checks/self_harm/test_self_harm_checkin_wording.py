"""A check-in put as "do you mean your life?" or with a contracted negation ("do you mean
you don't want to be alive?") asks about the wish: a "yes" confirms it (passive), a "no"
that says what was meant withdraws the alarm (_checkin). A denial may open with a startled
"what"/"whoa"."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        (
            "i just want it all to be over",
            "When you say that, do you mean your life, or something else?",
            "no lol the tax return. three more pages of receipts",
        ),
        (
            "what if i said i don't want to be here",
            "Do you mean you don't want to be alive?",
            "oh no!! i mean here at this baby shower. hiding in the bathroom",
        ),
        (
            "i want it to end",
            "Do you mean your life?",
            "whoa no, the renovation. six months of dust",
        ),
    ],
)
def test_a_denied_check_in_withdraws_the_alarm(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("i just want it all to be over", "Do you mean your life?", "yeah. most days"),
        ("i'd be fine if it all stopped", "Do you mean you don't want to be alive?", "kinda yeah"),
        ("i want it to end", "Do you mean your life?", "no. i mean it"),
        ("i want it to end", "Do you mean your life?", "what no but i think about it a lot"),
    ],
)
def test_a_confirmed_or_turned_check_in_keeps_the_wish(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
