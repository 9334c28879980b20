"""Self-harm or suicidal thoughts told as who the writer is ("i'm a self harmer", "i'm
someone who has suicidal thoughts"): present ideation. Recovered, former, past or denied
stays below passive, and a trade called "cutter" is no self-harm.

Sentences are written for these tests (rules alone, no word model).
"""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, user_turns_level


@pytest.mark.parametrize(
    "text",
    [
        "honestly i'm a self harmer and nobody at uni knows",
        "i'm someone who gets suicidal thoughts when it's dark early",
        "i'm the sort of person who struggles with suicidal urges",
        "i am a person who self-harms, is that weird to say",
        "im somebody who hurts myself when things go wrong",
    ],
)
def test_risk_told_as_who_one_is_is_ideation(text: str) -> None:
    assert user_turns_level(text) >= L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "i'm a recovered self harmer and i volunteer with teens now",
        "i was a self harmer as a teenager, long behind me",
        "i'm a former self harmer, ten years out",
        "i'm not a self harmer, it happened once by accident",
        "i'm a cutter at a barber shop on the high street",
        "i'm a diamond cutter by trade",
    ],
)
def test_a_past_recovered_or_other_identity_is_below_passive(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
