"""A yes to the assistant's question about a plan, an attempt under way or an act already
tried, when the question names ending one's life ("are you planning to end your life?",
"were you trying to end your life?"), is intent even with no distress shown before; a
plan question that names nothing ("do you have them with you?") still needs it, and a
no or a question about something else stays below intent."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        ("can they use my organs if i'm found quickly", "Are you planning to end your life?", "yeah."),
        ("it's the quiet way", "I'm worried. Are you trying to end your life?", "yes"),
        ("i went to the bridge last night", "Did you mean to end your life?", "Yes."),
        ("i walked out into the sea again", "Were you trying to end your life?", "yes. i'm home now"),
        ("i did it to myself last night", "Were you trying to kill yourself?", "i think so"),
        ("luna goes to priya if anything happens", "Are you thinking of ending your life tonight?", "yes"),
        ("i'm done", "Are you going to kill yourself?", "yeah"),
    ],
)
def test_a_yes_to_a_named_plan_or_attempt_question_is_intent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i went to the bridge last night", "Did you mean to end your life?", "no, i just needed air"),
        ("i'm moving out", "Are you planning to end your lease early?", "yes"),
        ("what's on tonight", "Are you going to end the night at the pub?", "yeah"),
        ("i have a headache", "Do you have the pills with you?", "yeah"),
        ("work was long", "Are you planning to take your own lunch?", "yes"),
        ("i'm ok", "Are you thinking about ending your life?", "no. i just miss him"),
    ],
)
def test_other_questions_or_a_no_are_not_intent(turns: tuple[str, str, str]) -> None:
    assert rules_level(*turns) < L.INTENT
