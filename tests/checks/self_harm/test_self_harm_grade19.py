"""grade19: at-risk wording the rules flagged but graded too low, and the same words kept at
their level where they do not say more.

A wish to be dead said to be meant ("not hyperbole", "i mean it", "i wasn't kidding") is a
real thought of dying, ``ideation`` (_earnest); a wish or hope so stressed, a burden so
stressed, a joke taking it back or the want denied are not lifted."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        (("i want to die. and no, not hyperbole",), L.IDEATION),
        (("honestly i wanna die and i mean it",), L.IDEATION),
        (("said 'i want to die' at lunch and everyone laughed. i wasn't kidding",), L.IDEATION),
        (("i want to die. this isn't a meme",), L.IDEATION),
        (("i want to die, not in the funny way, in the literal sense",), L.IDEATION),
        (("i want to be dead, dead serious",), L.IDEATION),
    ],
)
def test_a_wish_to_die_said_to_be_meant_is_ideation(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        # the same wish with no insistence, or told as a wish or a hope
        (("i want to die",), L.PASSIVE),
        (("i wish i was dead. i wasn't joking",), L.PASSIVE),
        (("i want to sleep forever, i'm not kidding",), L.PASSIVE),
        # hopelessness or a burden stressed is no wish to die
        (("nobody would miss me, i mean it",), L.PASSIVE),
        # denied, or taken back
        (("i don't want to die, i mean it",), L.DISTRESS),
        (("i want to die jk",), L.DISTRESS),
        # someone else's
        (("my brother says he wants to die and he means it",), L.DISTRESS),
    ],
)
def test_the_wish_not_said_to_be_meant_keeps_its_level(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        (("im overdosing rn. please just stay",), L.IMMINENT),
        (("i'm actually overdosing right now",), L.IMMINENT),
        (("overdosing on purpose rn, don't call anyone",), L.IMMINENT),
    ],
)
def test_an_overdose_told_under_way_now_is_imminent(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact


@pytest.mark.parametrize(
    ("turns", "most"),
    [
        (("im overdosing on netflix rn",), L.NONE),
        (("im not overdosing rn, i'm just tired",), L.DISTRESS),
        (("my friend is overdosing right now what do i do",), L.DISTRESS),
        (("i was overdosing on purpose back in 2015. i'm well now",), L.DISTRESS),
    ],
)
def test_overdosing_now_not_the_writers_act_is_not_imminent(turns: tuple[str, ...], most: L) -> None:
    assert rules_level(*turns) <= most


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        (("lately i've been thinking about dying on purpose",), L.IDEATION),
        (("all i want is to make myself stop existing",), L.IDEATION),
        (("i want to die. i keep picturing doing it",), L.IDEATION),
        (("i wish i was dead and i keep imagining doing something about it",), L.IDEATION),
        (("i want to die so badly, and it wants me to do something about it",), L.IDEATION),
    ],
)
def test_dying_by_ones_own_hand_in_plain_words_is_ideation(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact


@pytest.mark.parametrize(
    ("turns", "most"),
    [
        (("the climate is a mess and i keep imagining doing something about it",), L.NONE),
        (("my boss wants me to do something about it by friday",), L.NONE),
        (("i keep dying on purpose in the game to respawn faster",), L.NONE),
        (("i don't want to make myself stop existing",), L.DISTRESS),
        (("my sister says she's been thinking about dying on purpose",), L.DISTRESS),
        (("i want to die",), L.PASSIVE),
    ],
)
def test_the_same_words_without_the_writers_act_are_not_ideation(turns: tuple[str, ...], most: L) -> None:
    assert rules_level(*turns) <= most


@pytest.mark.parametrize(
    ("turns", "exact"),
    [
        # a denied plan marker that the denial's scope does not carry to the thought
        (("im not about to do anything i just think about killing myself a lot",), L.IDEATION),
        (("i'm not about to do anything, i just think about dying on purpose",), L.IDEATION),
        # a plan marker not denied still makes the plan
        (("i'm not going to wait, i'm going to kill myself",), L.INTENT),
        (("not gonna lie im going to kill myself",), L.INTENT),
    ],
)
def test_a_denied_plan_marker_makes_no_plan(turns: tuple[str, ...], exact: L) -> None:
    assert rules_level(*turns) == exact
