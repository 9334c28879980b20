"""Another person's suicide turned into the writer's own option ("after my uncle took his
life all i could think was that i could too"): ideation, whatever the loss's date. The
same words without a suicide told, with an object, or denied are not.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "when my aunt took her own life i realised i could too",
        "my cousin killed himself in 2016 and lately i think i might follow him",
        "since my sister died by suicide i keep thinking about following her",
        "a lad from my course hanged himself in march. i've been having the same thoughts",
        "my dad ended his life at 40 and i keep imagining myself doing the same",
    ],
)
def test_a_loss_to_suicide_turned_into_ones_own_option_is_ideation(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "my mate moved to canada last year and i think about doing the same",
        "my sister ran a marathon in may and i reckon i could too",
        "my uncle killed himself when i was 9. now i'm doing the same course he did",
        "my cousin took his life in 2016. i would never follow him, i saw what it did to my aunt",
        "my gran died by suicide and i want to follow in her footsteps as a nurse",
    ],
)
def test_following_without_a_suicide_an_object_or_with_a_denial_is_not_ideation(text: str) -> None:
    assert user_turns_level(text) < L.IDEATION
