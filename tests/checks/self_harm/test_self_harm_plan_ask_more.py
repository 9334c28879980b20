"""More wordings of the assistant's plan question (grade7): the plan checked back as a
statement ("do you mean you're planning to end your life tomorrow?"), a method or the
means asked about after suicide was named ("have you picked a method?", "do you have
what you'd need?") and the screener's intent item ("have you thought about acting on
them?"). A yes after the writer's own risk is intent; a no, or the same words about
something else, is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("its tomorrow", "Do you mean you're planning to end your life tomorrow?", "yes"),
        ("i can't keep going", "So you're going to kill yourself?", "yeah"),
        ("i want to die", "Have you picked a method?", "yes"),
        ("i want to die", "Have you settled on a way?", "yeah"),
        ("i keep thinking about killing myself", "Do you have what you'd need?", "yes"),
        ("i keep thinking about killing myself", "Have you thought about acting on them?", "yes"),
    ],
)
def test_a_yes_to_a_plan_question_after_risk_is_intent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("its tomorrow", "Do you mean you're planning to end your lease tomorrow?", "yes"),
        ("i want to die", "Have you picked a method?", "no. i don't think about how"),
        ("i need to repaint the hall", "Have you picked a colour?", "yes"),
        ("my exam is friday", "Do you have what you'd need?", "yes"),
        ("my manager wants a new process", "Have you thought about acting on his ideas?", "yes"),
    ],
)
def test_other_questions_or_a_no_are_not_intent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) < L.INTENT


def test_a_plan_question_after_everyday_talk_stays_low() -> None:
    assert rules_level("my exam is friday", "Have you picked a method?", "yes") < L.PASSIVE
