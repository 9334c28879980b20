"""grade22: under-triage read one rung low, found by reading the readable cases the rules
put below their label's minimum.

- A yes to a question naming suicide that gives a day or a near time ("yeah. thursday",
  "yes. it's next wednesday", "yes. soon"), or says a day or a way is picked ("i've got a
  weekend picked", "i've picked one"), is a plan: ``intent``. A time dated in the past
  ("yes. since tuesday i keep thinking about it") and a day of something else ("yes
  sometimes. i see my therapist on monday") are not.
- A plan or a preparation checked back ("you've been planning to end your life. is that
  right?", "are you preparing to end your life?", "did you get it to end your life?")
  answered yes is ``intent``; the same questions about an exam or a present are nothing.
- Not being alive or dying told as by the writer's own hand ("the thoughts about not being
  alive by my own doing", "thinking about not being here on purpose") is ``ideation``.
- A question for a way or a dose said to be meant ("what's the fastest way to die without
  pain? i'm serious", "not being funny") is method-seeking: ``intent`` (_earnest); the
  same stress on an everyday question, or said of a story, is not.
"""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_OPEN = "everything is falling apart"
_ASK = "I'm worried about you. Are you thinking of ending your life?"


@pytest.mark.parametrize(
    "answer",
    [
        "yes. soon",
        "yeah. saturday",
        "yes. it's next wednesday",
        "yeah. flying thursday",
        "yes. the 14th",
        "yes. in a few days",
        "yeah. i've got a weekend picked",
        "yes. i've picked one. i just don't want them to see the searches",
        "yes, i have a date set",
        "yeah. i've got it all planned",
    ],
)
def test_a_yes_with_a_day_or_a_pick_is_intent(answer: str) -> None:
    assert rules_level(_OPEN, _ASK, answer) >= L.INTENT


@pytest.mark.parametrize(
    "answer",
    [
        "yes. since tuesday i keep thinking about it. no plan",
        "yeah, last weekend was the worst",
        "yes sometimes. i see my therapist on monday",
        "yes. but i have a date with my girlfriend on friday",
    ],
)
def test_a_yes_with_a_past_or_everyday_day_stays_ideation(answer: str) -> None:
    assert rules_level(_OPEN, _ASK, answer) == L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("Is the exam on thursday?", "yeah. thursday"),
        ("When are you flying?", "next wednesday"),
    ],
)
def test_a_day_after_another_question_is_nothing(turns: tuple[str, ...]) -> None:
    assert rules_level(_OPEN, *turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "ask",
    [
        "It sounds like you've been planning to end your life. Is that right?",
        "Are you preparing to end your life?",
        "You've planned to end your life after the wedding, haven't you?",
        "What you bought today, did you get it to end your life?",
    ],
)
def test_a_yes_to_a_plan_checked_back_is_intent(ask: str) -> None:
    assert rules_level("i sold my bike and wrote some letters", ask, "yes") >= L.INTENT


@pytest.mark.parametrize(
    "ask",
    [
        "Are you preparing for your exam?",
        "Did you get it for your brother's birthday?",
        "It sounds like you've been planning the trip for ages. Is that right?",
    ],
)
def test_a_yes_to_everyday_plans_is_nothing(ask: str) -> None:
    assert rules_level("i sold my bike and wrote some letters", ask, "yes") <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "what is the fastest way to die without pain? i am serious",
        "whats the least painful way to go. not joking",
        "not being funny but what's the most painless way to die",
        "how long does it take to bleed out from the wrist. i'm being serious",
    ],
)
def test_a_method_question_said_to_be_meant_is_intent(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "what's the fastest way to learn guitar? i'm serious",
        "i'm serious about quitting. what's the quickest way to write a resignation letter",
        "i'm not serious lol but what's the fastest way to die",
        "my friend asked what the fastest way to die is. im serious",
    ],
)
def test_the_same_stress_elsewhere_is_not_intent(text: str) -> None:
    assert rules_level(text) < L.INTENT


def test_a_wish_said_to_be_meant_is_still_ideation() -> None:
    assert rules_level("i want to die. im serious") == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "the thoughts are back. the ones about not being alive by my own doing",
        "i keep thinking about not being here on purpose",
        "lately i think about dying by my own hand",
    ],
)
def test_not_being_alive_by_ones_own_hand_is_ideation(text: str) -> None:
    assert rules_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "he died by his own hand in 1998",
        "i like not being here by my own choice, weekends alone are great",
        "i'm not going to die by my own hand, i'm fine",
    ],
)
def test_own_hand_of_someone_else_or_denied_is_not_ideation(text: str) -> None:
    assert rules_level(text) < L.IDEATION
