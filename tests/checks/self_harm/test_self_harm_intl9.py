"""Issue: explicit risk in Spanish, Portuguese, French and German, round 9.

Whose words: Spanish reflexive infinitives ("pienso en suicidarme") name the writer in the
verb, "el" inside a phrase is the article, not "él"; "te cuento" is not a story.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level

# (text, least level)
MUST_FLAG: list[tuple[str, L]] = [
    # Spanish: whose words
    ("te cuento algo: pienso en suicidarme casi cada noche", L.IDEATION),
    ("examen de historia mañana y solo pienso en suicidarme", L.IDEATION),
    ("cuando me agobio me quemo con el mechero en el brazo", L.PASSIVE),
]


@pytest.mark.parametrize(("text", "least"), MUST_FLAG)
def test_round9_shapes_reach_their_level(text: str, least: L) -> None:
    assert user_turns_level(*text.split(" // ")) >= least


# Look-alikes and other people's words: below passive.
MUST_NOT_FLAG = [
    # Spanish: a story, someone else
    "en mi cuento el protagonista piensa en suicidarse",
    "escribo una historia donde la chica quiere suicidarse",
    "mi hermano dice que quiere suicidarse",
    "me quemo con el sol cada verano",
]


@pytest.mark.parametrize("text", MUST_NOT_FLAG)
def test_round9_look_alikes_stay_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
