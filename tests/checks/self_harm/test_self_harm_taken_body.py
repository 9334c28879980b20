"""Tablets just taken, told by "them" / "the lot" and a sign in the body, are imminent where
the conversation names a stockpile, the writer's wish or a lethality question (see
``_taken_body``); a dose with a side effect, people taken somewhere, someone else's dose and
the phrase with no context are not."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level, user_turns_level


@pytest.mark.parametrize(
    "turns",
    [
        ("been hoarding my tablets for a month", "took them. i cant keep my eyes open"),
        ("i don't want to be here anymore", "swallowed the lot twenty minutes ago, so dizzy"),
        ("everyone would be better off without me", "took them at 10, my heart is pounding"),
        ("what amount of codeine is fatal", "took them. feel so drowsy"),
        ("i've stockpiled my meds. took them an hour ago and i'm really woozy",),
    ],
)
def test_them_taken_with_a_body_sign_after_a_stock_or_wish_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("took my hayfever tablets at 8, feeling sleepy now, is that normal?",),
        ("took them with lunch like the label says",),
        ("took them. feeling dizzy",),
        ("took the lot, throwing up now",),
        ("i've been saving for a trip", "took them to the zoo, i'm so sleepy now"),
        ("i keep a stash of sleeping tablets", "my brother took them and he's dizzy"),
        ("i have a stash of sleeping tablets", "took them at 9, sleepy now, is that normal?"),
    ],
)
def test_a_dose_or_an_outing_is_not(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


def test_a_dose_named_without_them_stays_none() -> None:
    assert rules_level("took my antihistamines at 9, feeling sleepy now, is that normal?") < L.PASSIVE
