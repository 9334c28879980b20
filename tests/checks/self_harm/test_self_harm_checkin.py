"""A check-in about suicide answered with an emphatic "no" that keeps nothing of the wish
withdraws the turn before it (up to intent); a "no" that keeps the wish, insists, turns,
hedges, answers a plan question, or follows a method question or mere distress does not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ASK = "I'm worried about you. Are you thinking about ending your life?"
_ASK_WISH = "Do you wish you weren't alive?"


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("i want to end it tonight", "omg no sorry!! the contract with my landlord. help me word the email"),
        ("i just want to sleep and never wake up", "no i mean i did six night shifts, i want a lie-in"),
        ("i want to end it all", "lol no, the group chat. 300 unread messages"),
        ("i want to disappear", "oh god no. from my desk for a week. booking annual leave"),
    ],
)
def test_emphatic_denial_withdraws_the_turn_before(said: str, reply: str) -> None:
    assert rules_level(said, _ASK, reply) < L.PASSIVE
    assert rules_level(said) >= L.PASSIVE  # the turn alone is read as risk


@pytest.mark.parametrize(
    ("said", "reply"),
    [
        ("i wish i wasn't alive", "no. only the wishing"),  # the wish kept
        ("i wish i wasn't alive", "no, not really. i feel empty"),  # hedged
        ("i wish i wasn't alive", "no just tired of everything"),
        ("i want to end it tonight", "no i mean it"),  # insists
        ("nobody would miss me", "no"),  # bare
        ("nobody would miss me", "nope lol"),
        ("i want to end it tonight", "no, i'm serious"),
        ("i want to end it tonight", "no but i think about it every night"),  # turns
        ("i wish i could fall asleep and never wake up", "No no, I will not do anything. That is sin."),
    ],
)
def test_denial_that_keeps_the_wish_keeps_the_level(said: str, reply: str) -> None:
    assert rules_level(said, _ASK, reply) >= L.PASSIVE


def test_denial_after_a_plan_question_keeps_the_wish() -> None:
    assert rules_level("i want to kill myself", "Do you have a plan?", "no lol, my landlord") >= L.IDEATION


def test_denial_after_a_method_question_keeps_it() -> None:
    said = "how many of my sleeping pills would kill me"
    assert rules_level(said, _ASK, "lol no, for a story. how many") >= L.PASSIVE


def test_denial_that_asks_for_a_method_keeps_the_turn_before() -> None:
    reply = "no. for a school project, how many sleeping pills is an overdose"
    assert rules_level("i just want to sleep forever", _ASK, reply) >= L.PASSIVE


def test_denial_after_other_questions_changes_nothing() -> None:
    said = "i want to end it tonight"
    assert rules_level(said, "What do you mean?", "omg no sorry, my lease") == rules_level(said)


def test_denial_never_withdraws_imminent() -> None:
    said = "i've taken all the pills"
    assert rules_level(said, _ASK, "lol no, my vitamins. all of them at once by mistake") >= L.IMMINENT


def test_wish_question_denied_emphatically() -> None:
    assert rules_level("i want to vanish forever", _ASK_WISH, "haha no, from this meeting") < L.PASSIVE
