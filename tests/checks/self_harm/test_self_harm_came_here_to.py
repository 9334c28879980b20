"""The writer come to a place for the act ("i came here to end it", "drove out here to
die"): imminent, wherever "here" is and whatever cover story sits beside it ("hiking was a
lie"); someone else come there, a story's character, an everyday "end" or an idiom's "die
of" stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level, user_turns_level

L = RiskLevel

COME_FOR_THE_ACT = [
    "i came here to end it",
    "i'm on the cliff right now. hiking was a lie, i came here to end it",
    "told them i was hiking. i came here to end it",
    "i drove out here to end it",
    "i'm on the bridge. i came here to die",
    "walked down here to die",
    "i came here to kill myself",
    "drove up here to end my life",
    "came here to end it all",
]


@pytest.mark.parametrize("text", COME_FOR_THE_ACT)
def test_come_to_a_place_for_the_act_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


def test_the_cover_story_then_the_purpose_in_two_turns_add_up() -> None:
    assert user_turns_level("i said i was going hiking", "i came here to end it") == L.IMMINENT


COME_FOR_SOMETHING_ELSE = [
    "we came here to end the season with a bang",
    "came here to end my shift early lol",
    "i came here to die of laughter at your memes",
    "i came here to end it with him, we're at the cafe",
    "my dad came here to die, the hospice was kind",
    "in the story she came here to die",
    "i came here to jump off the pier into the sea, summer tradition",
]


@pytest.mark.parametrize("text", COME_FOR_SOMETHING_ELSE)
def test_come_for_something_else_stays_below_passive(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS
