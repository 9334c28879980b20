"""Acts, means and goodbyes said in few words (acts21): a count of pills taken with no
subject, walking into water told bare beside a goodbye or after distress; the same words
about a headache, photos, a swim or a trip stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "just took 40 pills",
        "downed 30 of my meds",
        "swallowed 25 of my sleeping tablets an hour ago",
        "ok. took 60 paracetamol",
        "necked 20 painkillers with vodka",
    ],
)
def test_a_count_taken_without_a_subject_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "took 2 pills for my headache",
        "just took 40 pics at the beach",
        "took 40 mins to get home",
        "took 3 tablets as prescribed and went to bed",
        "my mum took 30 of her pills last year",
    ],
)
def test_a_count_of_other_things_or_a_small_dose_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("walking into the sea. bye.",),
        ("heading into the water now. goodbye",),
        ("wading out into the lake. goodbye everyone",),
        ("i can't do this anymore", "going into the river now"),
        ("i feel so empty and alone", "walking into the sea"),
    ],
)
def test_walking_into_water_with_a_goodbye_or_after_distress_is_imminent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("walking into the sea for a swim, bye!",),
        ("going into the river for the rafting trip",),
        ("going into the lake now",),
        ("the dog keeps going into the water, bye for now",),
        ("i'm so stressed about work", "going into the water at the beach later"),
        ("i'm so stressed about work", "going into the river for the rafting trip"),
    ],
)
def test_walking_into_water_for_an_outing_is_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


def test_a_thought_of_walking_into_water_is_not_the_act() -> None:
    assert user_turns_level("i can't do this anymore", "i keep picturing walking into the sea") < L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "bought rope today. told the shopkeeper it was for a clothesline",
        "bought rope this morning",
        "went out and bought rope. said it was for the garden",
    ],
)
def test_rope_bought_without_an_article_is_preparation(text: str) -> None:
    assert rules_level(text) >= L.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "bought rope for the clothesline",
        "bought climbing rope for the crag this weekend",
        "bought rope lights for the garden",
        "bought a rope toy for the puppy",
    ],
)
def test_rope_bought_for_its_use_is_not_risk(text: str) -> None:
    assert rules_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm so tired of everything", "wrote letters to my kids. i think its time"),
        ("i feel hopeless and alone", "finished the letters to my family. i'm ready"),
    ],
)
def test_letters_then_readiness_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm so tired of everything", "wrote letters to my kids for their birthdays. i think its time"),
        ("i'm so tired of everything", "wrote letters to my kids for the time capsule. i think its time"),
        ("i'm so tired of everything", "wrote letters to my kids. it's time for bed"),
        ("i'm so tired of everything", "i think its time"),
        ("i'm so stressed about my exam", "i'm ready"),
    ],
)
def test_readiness_without_farewell_letters_is_not_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        ("i can't go on, i want to die", "Set a date. The 14th."),
        ("i feel so alone and empty", "picked a date. friday"),
    ],
)
def test_a_date_set_bare_after_distress_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) == L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i'm so stressed about everything", "set a date for the wedding"),
        ("i'm so stressed about everything", "i have a date saturday"),
        ("i feel so alone and empty", "she set a date."),
        ("Set a date. The 14th.",),
    ],
)
def test_a_date_for_something_or_someone_else_is_not_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
