"""Work named beside a topic question: volunteers, managers, social workers, a role a few
words after "i'm a" ("i'm a 2nd-year pharmacy student")."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "text",
    [
        "I'm a crisis line volunteer. How do I ask about suicide without sounding scripted?",
        "I'm the HR manager here. What should our policy say about suicide and return to work?",
        "Why are farmers at higher risk of suicide? I'm a social worker in a rural area.",
        "I'm a 2nd-year pharmacy student, why is paracetamol overdose so dangerous to the liver?",
        "Quick question from a youth worker: how do I talk to a group about suicide after a death?",
    ],
)
def test_a_question_from_work_is_not_the_writers_state(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "I'm a volunteer on a helpline and lately I want to kill myself. What do I do?",
        "I'm a manager, I've had suicidal thoughts every day this month, who do I tell?",
        "i'm a social worker and i keep thinking about suicide myself, is that normal?",
    ],
)
def test_the_worker_s_own_state_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
