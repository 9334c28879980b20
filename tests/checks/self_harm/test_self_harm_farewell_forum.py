"""A goodbye explained by a forum closing or a plane boarded (fp17) is no risk; the same
goodbye with a wish, means or a time, and the notes-app and socials goodbyes the wider
word list would have cleared, keep their level."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "Hey, I want to check in. Are you okay?"


@pytest.mark.parametrize(
    "turns",
    [
        ("goodbye cruel world", _ASK, "haha, my last post on the knitting forum, it closes on sunday"),
        ("this is my last message, about to switch to airplane mode. boarding now!",),
        ("goodbye everyone, the old forums shut down tonight and this was my home for years",),
    ],
)
def test_a_goodbye_to_a_forum_or_before_a_flight_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # the same goodbyes beside a wish or means
        ("goodbye cruel world. i want to die. my last post on the forum",),
        ("this is my last message before airplane mode. i have the pills with me",),
        # the words left out of the list on purpose
        ("writing goodbye texts in my notes app. sending them saturday",),
        ("goodbye reddit. goodbye discord. goodbye you. logging off for the final time.",),
        ("this is goodbye. deleting my socials tonight",),
    ],
)
def test_the_same_goodbyes_at_risk_still_flag(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


def test_the_goodbye_alone_is_intent() -> None:
    # the control: the reason, not the phrase rules, clears the rows above
    assert rules_level("goodbye cruel world") >= L.INTENT
