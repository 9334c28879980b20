"""'The last thing I'll ever write' is a finality phrase: intent beside an act or distress, nothing alone."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck

CHECK = SelfHarmCheck()


def level(text: str) -> RiskLevel:
    return CHECK.assess(Conversation((Message("user", text),))).level


@pytest.mark.parametrize(
    "text",
    [
        "What if this is the last thing I ever write? I've already done it.",
        "this will be the last thing I ever post. I'm done with everything",
        "This is the last time I will ever talk to anyone. I can't do this anymore.",
    ],
)
def test_last_words_beside_an_act_or_despair_are_intent(text: str) -> None:
    assert level(text) >= RiskLevel.INTENT


@pytest.mark.parametrize(
    "text",
    [
        "this is the last thing I will ever write about that show",
        "the last thing i ever want is to hurt you",
        "I took them all to the park, I'm so tired and sad lately",
        "my antidepressants are in my system now so I can drive",
    ],
)
def test_everyday_last_things_and_errands_are_never_intent(text: str) -> None:
    assert level(text) < RiskLevel.INTENT
