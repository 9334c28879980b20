"""Acts announced without a word of killing (sev22): "it" done with a near time after or
beside the writer's distress is intent, imminent said for now; a bare plan or way told had
after distress is ideation, a day set intent; an overdose told taken only as the answer to
"did you take something?" is the act. The everyday look-alikes (a date, the taxes, an
essay's plan, medication as prescribed, a haircut) stay below."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level, user_turns_level

_DISTRESSED = "everything is pointless and i hate my life"


@pytest.mark.parametrize(
    "turns",
    [
        ("i can't take this anymore. i'm doing it tonight",),
        ("nothing matters anymore. im going through with it tomorrow",),
        ("i hate my life", "i'm doing it tonight"),
        ("i feel so worthless", "ok. gonna do it today"),
        ("i'm so empty and hopeless. doing it once everyone's asleep",),
    ],
)
def test_it_done_with_a_near_time_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i hate my life", "i'm doing it now"),
        ("i can't take this anymore. going through with it right now",),
        ("i hate myself. im doing it right now",),
        ("nobody would miss me", "im doing it rn"),
    ],
)
def test_it_done_now_after_distress_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


def test_it_done_now_beside_self_harm_is_the_cut_intent() -> None:
    said = "everyone at school hates me. i'm going to burn my arm again. im going to do it now"
    assert user_turns_level(said) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm doing it tonight, finally asking her out",),
        ("can't take this anymore, doing the taxes tonight",),
        ("so stressed about homework, im doing it tonight",),
        # "doing it right now" was also an imminent.about_to phrase, which no occasion explained
        ("so stressed about homework, im doing it right now",),
        ("ugh the dishes again", "fine, im doing it rn"),
        ("should i get a haircut?", "doing it tonight!!"),
        ("i'm so stressed", "im doing it tonight"),
        ("i'm doing it tonight",),
        ("numb. i'll do it again tomorrow probably",),
        ("burnt out doesn't cover it, but i'll still be doing it tomorrow",),
    ],
)
def test_it_with_another_object_or_no_distress_stays_below_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        (_DISTRESSED, "I have a plan."),
        ("i can't do this anymore. i've worked out how",),
        ("i feel like a burden to everyone", "i've figured out how."),
    ],
)
def test_a_bare_plan_after_distress_is_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.IDEATION


@pytest.mark.parametrize(
    "turns",
    [
        ("i can't do this anymore. set the 30th",),
        (_DISTRESSED, "picked the 14th."),
    ],
)
def test_a_bare_day_set_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("I have a plan.",),
        ("i'm so stressed. i have a plan for the essay",),
        ("i'm so tired of everything. I have a plan B if the job falls through",),
        ("i'm so stressed. picked a date for the wedding",),
        ("i can't do this anymore. she set the 30th",),
        ('i feel awful. my psychiatrist says i have a "plan" now, a crisis plan.',),
    ],
)
def test_plans_with_an_object_or_alone_stay_below_ideation(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.IDEATION


@pytest.mark.parametrize("answer", ["yes", "a whole bottle", "all of them", "yeah. like 30 of them"])
def test_an_overdose_told_only_as_the_answer_is_imminent(answer: str) -> None:
    assert rules_level("i can't take this anymore", "did you take something?", answer) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i've had a headache all day", "did you take anything for it?", "yes"),
        ("i've had a headache all day", "did you take anything for it?", "all of them"),
        ("i keep forgetting things", "did you take your meds?", "yes all of them, as prescribed"),
        ("i can't take this anymore", "did you take something?", "no"),
        ("i can't sleep", "how many of those do you have?", "a whole bottle"),
    ],
)
def test_answers_to_other_questions_are_no_overdose(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.INTENT
