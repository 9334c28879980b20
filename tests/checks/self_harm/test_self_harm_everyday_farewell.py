"""Farewell and preparation phrases with an everyday reason in the same or the next turn
(a move, a job, an account, stepping down, downsizing) are no risk; without a reason,
with a doubted reason, or beside means or a time they keep their level."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "Oh! Is everything okay? What's happening?"


@pytest.mark.parametrize(
    "turns",
    [
        ("This is goodbye to my flat of 12 years, handing the keys back to the landlord at 10",),
        ("My last message as admin of the chess forum. Stepping down after 6 years as moderator.",),
        ("Goodbye everyone", _ASK, "lol yes, I'm emigrating to Perth next week for a job"),
        ("i've been giving away all my stuff", _ASK, "all good! decluttering before we downsize"),
        ("I'm saying goodbye to everyone this week", _ASK, "relocating to Glasgow with work"),
    ],
)
def test_a_goodbye_with_an_everyday_reason_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    ["Goodbye everyone", "i've been giving away all my stuff", "I'm saying goodbye to everyone this week"],
)
def test_the_goodbyes_alone_are_intent(text: str) -> None:
    # the control for the rows above: the reason, not the phrase rules, clears them
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # no reason
        ("i've been giving away all my stuff", _ASK, "i won't need it where i'm going"),
        # a doubted reason
        ("I'm saying goodbye to everyone this week", _ASK, "relocating, they think. i'm not really"),
        ("I'm saying goodbye to everyone", _ASK, "I told them I'm moving abroad. That's the excuse"),
        # means or a time beside it
        ("This is goodbye to my flat of 12 years. I've got the pills ready",),
        ("Writing my resignation letter and my goodbye letter tonight",),
    ],
)
def test_a_goodbye_without_a_plain_everyday_reason_keeps_its_level(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT
