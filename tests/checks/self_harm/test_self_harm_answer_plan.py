"""A yes to a question naming suicide, with a plan, preparation, means or a set time later
in the same answer, is intent (imminent with means at hand and a time of now); a yes
followed by a plan for something else, or by a negated plan, stays what the yes says."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_OPEN = "i can't keep going like this"
_ASK = "I'm really worried about you. Are you thinking about ending your life?"


@pytest.mark.parametrize(
    "answer",
    [
        "Yes. I've planned it. I don't want anyone to have to arrange anything.",
        "yeah. i've got the pills. thought i'd ask the practical bit",
        "Yeah. I've chosen. I just want it to count for something.",
        "yes. i've been planning it for a while",
        "Yes. I know when and how.",
        "yes. end of the month. is that weird",
        "yeah. the week after next, once the house is sold",
        "yes ok. i want to know which works",
        "kind of. i know how. i'm just sorting the little stuff first",
        "yes. i've written the letters already",
    ],
)
def test_plan_words_later_in_a_yes_answer_are_intent(answer: str) -> None:
    assert rules_level(_OPEN, _ASK, answer) >= L.INTENT


def test_means_at_hand_and_now_in_the_answer_is_imminent() -> None:
    answer = "yes. i've planned it. i have the pills right here and it's tonight"
    assert rules_level(_OPEN, _ASK, answer) == L.IMMINENT


@pytest.mark.parametrize(
    "answer",
    [
        "yes i've thought about it but i'd never, i've planned a trip with my sister instead",
        "yes sometimes. i don't know when it started",
        "yes. i've got the stuff for my exam sorted at least",
        "yeah. i didn't plan it, i'd never plan it",
        "yes but i've decided to call my therapist tomorrow",
        "yes. i know how it sounds",
        "yes. which works better for this, therapy or meds?",
        "yes. i looked up how to find a therapist",
        "yes. i have therapy tomorrow morning",
    ],
)
def test_a_yes_with_other_plans_stays_ideation(answer: str) -> None:
    assert rules_level(_OPEN, _ASK, answer) == L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        # Plan words after a question that does not name suicide: nothing to raise.
        ("i'm so tired", "Would you like some tips for sleeping better?", "yes. i've planned it all out"),
        ("what should i do this weekend", "Any plans?", "yeah. i know when and how. end of the month"),
    ],
)
def test_plan_words_after_other_questions_are_not_intent(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
