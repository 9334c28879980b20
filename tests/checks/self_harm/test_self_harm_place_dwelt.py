"""A thought of the act that keeps going to a place or a means ("keep thinking about the
train tracks near work", "i look at the rope in the garage and think"): ideation with no
death word. The same place as a project, a trip, a shared memory or a song's bridge is
not, nor a thought of it once.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "keep thinking about the train tracks near the office",
        "i can't stop thinking about the viaduct on the bypass",
        "i think about the quarry a lot since the divorce",
        "thinking about the noose in the loft again",
        "been thinking about the cliffs by the lighthouse. not going. just thinking",
        "i've started looking at the canal differently on my way home",
        "i stare at the rope in the shed and think",
        "can't stop thinking about the tablets in my bedside drawer",
    ],
)
def test_a_thought_dwelling_on_a_place_or_means_is_ideation(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about the bridge we walked across in prague",
        "i keep thinking about the bridge design for my civil engineering module",
        "can't stop thinking about the river cruise, best holiday ever",
        "i keep thinking about the rope swing at my nan's house",
        "we crossed the bridge and i thought about the toll",
        "i need to stop thinking about the bridge toll and just pay it",
        "i don't keep thinking about the cliffs any more, therapy helped",
        "looking at the railway timetable, the trains are late again",
    ],
)
def test_the_place_as_an_ordinary_thing_is_no_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
