"""A preparation told beside a decision or a set time (grade21b): "wrote my note. i'm
doing it tonight", "my funeral's all planned. tonight is the night", "wrote the note. i'm
doing it right now"; "my note" after the writer's distress is a last note. Alone each half
is everyday (a note to anyone, a prepaid funeral, a night out), and an everyday note ("my
thank you note", "my note to the landlord") or a decision said as preparation ("made up my
mind") makes no plan."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i've written my note. i'm going to do it this weekend",
        "letters to my girls are sealed. it's happening on the 3rd",
        "my funeral's all planned. tonight is the night",
        "paid for my funeral last week. i'm going through with it on friday",
        "wrote letters to my sister tonight. i'm going to do it this weekend",
    ],
)
def test_a_preparation_beside_a_decision_or_a_set_time_is_intent(text: str) -> None:
    assert user_turns_level(text) == L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "wrote the note. i'm doing it right now",
        "i've written my note and i'm doing it rn",
        "finished my note last night. i'm doing it tonight",
        "Tonight I'm doing it. Already wrote my note",
    ],
)
def test_a_preparation_beside_a_decision_said_now_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i feel so sad and lonely", "i wrote my note"),
        ("everything is falling apart. finished my note",),
    ],
)
def test_my_note_after_distress_is_a_last_note(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i wrote my note",),
        ("i'm doing it tonight",),
        ("tonight's the night!! first date with him",),
        ("tonight's the night, the concert finally",),
        ("my funeral's all planned, i'm 84 and organised",),
        ("i paid for my funeral. doing my will next",),
        ("i wrote my note to the landlord about the boiler. i'm doing it tonight",),
        ("finished my sick note for work. doing it tonight",),
        ("i wrote my note for my teacher, i'm doing the presentation tonight",),
        ("i'm doing it tonight, the laundry has piled up for weeks",),
        ("my notes for the exam are done, i'm doing it tomorrow",),
        ("made up my mind. i'm doing it tonight",),
        ("i've sorted out my dad's affairs. we're doing it next week",),
        ("so stressed about exams", "wrote my note to the teacher"),
        ("so stressed about exams", "my notes for the exam are done"),
    ],
)
def test_everyday_notes_nights_and_funerals_stay_below_passive(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
