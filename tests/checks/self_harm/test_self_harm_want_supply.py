"""The whole supply wanted: "i want to take them all", read like "i'm going to take them all".

Named tablets and a time of now make it imminent without a wish said; after the writer's
wish it is intent; alone, or about things that are not tablets, it is nothing.
"""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from safeguard.checks.self_harm import SelfHarmCheck, SelfHarmOptions

_RULES = SelfHarmCheck(SelfHarmOptions(lexical=False))


def _level(text: str) -> RiskLevel:
    return _RULES.assess(Conversation((Message("user", text),))).level


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("i have a bottle of pills. i want to take them all tonight", RiskLevel.IMMINENT),
        ("the pills are here. i wanna take it all rn", RiskLevel.IMMINENT),
        ("i want to die. i want to take them all", RiskLevel.INTENT),
        ("i wish i was dead. i want to swallow all of them", RiskLevel.INTENT),
    ],
)
def test_the_whole_supply_wanted_is_read(text: str, level: RiskLevel) -> None:
    assert _level(text) == level


@pytest.mark.parametrize(
    "text",
    [
        "my new vitamins came, i want to take them all tonight is that ok",
        "i want to take them all to the party",
        "i have three dogs and i want to take them all on holiday tonight",
    ],
)
def test_everyday_things_wanted_stay_clear(text: str) -> None:
    assert _level(text) < RiskLevel.PASSIVE
