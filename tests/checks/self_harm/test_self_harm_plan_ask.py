"""An open question about a plan ("have you thought about how ...") is a question about
the act only when nothing else follows it: answered "yes" or with a time it is intent;
"have you thought about how you might raise it with him?" answered "tonight" is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from safeguard.checks.self_harm._message import read
from tests.checks.self_harm._helpers import conversation, rules

L = RiskLevel


def level(*turns: str) -> RiskLevel:
    return rules().assess(conversation(*turns)).level


@pytest.mark.parametrize(
    "question",
    [
        "Thank you for telling me. Have you thought about how?",
        "I'm worried. Have you thought about when or how?",
        "Have you thought about how or when?",
        "have you thought about how you would do it?",
        "have you thought about how youd do it",
        "Have you thought about how you might do it, or do you have access to anything?",
        "have you thought about how you would end your life?",
        "Have you decided when?",
    ],
)
def test_an_open_question_about_the_act_answered_yes_is_intent(question: str) -> None:
    assert level("i want to die", question, "yes") >= L.INTENT


@pytest.mark.parametrize(
    "question",
    [
        "have you thought about how you might raise it with him?",
        "Have you thought about how you might stay in touch?",
        "have you decided when you'll move out?",
        "have you thought about how you'd tell your family about the divorce?",
    ],
)
def test_an_open_question_about_something_else_asks_nothing(question: str) -> None:
    assert read(question, rules()._cues).asks == L.NONE
    assert level("i feel awful about my brother", question, "Tonight.") < L.INTENT
