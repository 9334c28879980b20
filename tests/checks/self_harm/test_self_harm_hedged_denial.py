"""A denial hedged right after the phrase ("i don't want to die exactly", "not suicidal per
se") grants something close to what it denies: it is how a passive wish is often said, so
it denies nothing. A plain denial, "exactly" elsewhere, or "necessarily" (which keeps the
denial) still deny.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to die exactly. i just want everything to stop for a while",
        "not suicidal per se but i wouldn't mind not waking up",
        "i'm not suicidal as such, i'd just rather not be here",
        "i don't want to kill myself exactly",
        # once an example of the word model overruling a denial; the rules read it now
        "i don't want to die exactly. i want to be switched off for a year and if nobody "
        "switches me back on thats fine",
    ],
)
def test_a_hedged_denial_denies_nothing(text: str) -> None:
    assert user_turns_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "i don't want to die. i'm just exhausted from work",
        "i'm not suicidal. exactly what i told the doctor",
        "i'm not suicidal, exactly the opposite, i love my life",
        "letters for the grandchildren, not to be opened after i'm gone necessarily",
    ],
)
def test_a_plain_denial_still_denies(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
