"""A question that names ending one's life, answered with the plan instead of a yes ("are
you planning to end your life?" ... "i have a plan. don't worry about it") is intent
(rec18), with no earlier wish needed; a "no" first, a question about safety or holidays, or
a long account of one's own is not such an answer."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("hi", "Are you planning to end your life?", "i have a plan. i don't want to talk about it"),
        ("work was awful", "Are you thinking about killing yourself?", "i've got a plan"),
        ("hi", "Are you planning to hurt yourself?", "i have it figured out. don't worry about it"),
    ],
)
def test_a_plan_given_for_a_yes_is_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("hi", "Are you thinking about suicide?", "no. i have a plan for the weekend with friends"),
        ("hi", "Are you thinking about suicide?", "no, i've got it all figured out, new job on monday"),
        ("rough week", "Are you safe right now?", "i have a plan for the weekend, going hiking"),
        ("rough week", "Have you made any plans for the holidays?", "i have a plan, yes, going to mum's"),
    ],
)
def test_a_plan_after_no_or_another_question_is_not_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS
