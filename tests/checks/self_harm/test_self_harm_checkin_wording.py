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


@pytest.mark.parametrize(
    ("turns", "least"),
    [
        # life asked about as not worth living: a yes is the passive wish confirmed
        (
            ("it all feels pointless", "Are you feeling like life isn't worth living?", "pretty much"),
            L.PASSIVE,
        ),
        (("i'm so tired of it all", "Do you feel like life is not worth it anymore?", "yeah"), L.PASSIVE),
        # a jump asked about as the plan, after the writer's distress: a yes is intent
        (
            ("lost my job and my wife left this week", "I'm worried. Are you planning to jump?", "yes"),
            L.INTENT,
        ),
        (("nothing matters since he died", "Are you going to jump?", "yeah. tonight"), L.INTENT),
    ],
)
def test_a_yes_to_a_wish_or_a_jump_asked_about_counts(turns: tuple[str, ...], least: RiskLevel) -> None:
    assert rules_level(*turns) >= least


@pytest.mark.parametrize(
    "turns",
    [
        # the same yes to an everyday question of the same shape
        ("so stressed about finals", "Are you going to jump in the lake tomorrow to cool off?", "yes"),
        ("heading to the quarry with friends, so nervous", "Fun! Are you planning to jump in?", "yes"),
        ("just finished a long shift", "Are you feeling like life is busy right now?", "pretty much"),
        ("i'm stressed about the move", "Do you feel like life is worth a fresh start there?", "yeah"),
        # no distress before: the jump question asks nothing of the writer's risk
        ("what's the best trampoline for kids", "Are you planning to jump?", "yes"),
    ],
)
def test_the_same_yes_to_an_everyday_question_is_not_a_wish_or_plan(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE
