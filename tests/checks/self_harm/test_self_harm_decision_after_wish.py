"""A decision said without its object ("i've made my mind up", "i decided on tuesday"),
things given away, the note written, is intent once the writer's own wish has been said;
alone, or after everyday stress, it is about something else."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "turns",
    [
        (
            "I've been thinking about ending it for weeks. my wife would get the house at least",
            "thanks for listening. I've made my mind up now and I feel calmer than I have in ages",
        ),
        (
            "does it get easier after you decide",
            "to kill myself. i decided on tuesday. i've felt calmer since",
        ),
        ("i just want to die", "i've made up my mind. i feel calm"),
    ],
)
def test_a_decision_after_a_wish_is_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i made my mind up, i'm taking the job in leeds",),
        ("we decided on friday for the party",),
        ("i'm so stressed and sad about uni", "i've made my mind up, i'm dropping out"),
    ],
)
def test_a_decision_without_a_wish_is_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        (
            "gave my best hoodie to lily",
            "told them i dont need them anymore. kids at school said nobody would care if i disappeared",
        ),
        ("what's even the point anymore, i wish i wasn't here", "wrote my note in my notes app. it's pinned"),
        ("i want to be with her again. i don't want to be here", "I've decided that's the day."),
        ("nobody would miss me", "i gave him my games and told him they are his now"),
    ],
)
def test_things_given_away_or_a_note_after_a_wish_are_intent(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i outgrew my old toys, told my cousins they are theirs now",),
        ("i wrote my note for the landlord",),
        ("we've decided that's the day for the wedding",),
        ("ugh exams", "sold my old bike, told him they are his now"),
        ("moving flats", "told them i dont need them anymore, the old chairs"),
    ],
)
def test_things_given_away_without_a_wish_are_not_risk(turns: tuple[str, ...]) -> None:
    assert user_turns_level(*turns) < L.PASSIVE
