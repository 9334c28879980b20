"""A burn or a cut from the kitchen is an accident ("a burn on my hand from the oven" read
ideation, "how to cover a burn on my arm from cooking" intent); the same marks made on
purpose, or explained by a cover story, stay self-injury.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "got a burn on my hand from the oven",
        "how to cover a burn on my arm from cooking",
        "the burn on my arm from the baking tray is blistering, what do i put on it",
    ],
)
def test_a_kitchen_burn_is_no_risk(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i burn on my arms when im sad",
        "there's a burn on my wrist from the iron. did it on purpose",
        "wife thinks the cigarette burns on my arm are from work. theyre not",
    ],
)
def test_burns_made_on_purpose_stay_self_injury(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE
