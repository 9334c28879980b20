"""Self-injury told by the tool put to the body (en.ideation.sh_tool): "took a knife to my
thigh", "burned my wrist with his lighter", "put a cigarette out on my hand", "pinched
myself till it bruised", "the cuts keep getting deeper" are ideation (FORMAT.md: self-harm
without suicidal intent); shaving, cooking, ironing and haircuts are not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "after the call i took the bread knife to my forearm",
        "went upstairs and used the scissors on my leg. three lines",
        "burnt my wrist with my dad's lighter when they started shouting",
        "burned myself with a lighter again, i deserved it",
        "stubbed a cigarette out on my hand after the meeting",
        "i pinched myself until it bruised, again",
        "i made myself bleed last night",
        "snapped the hair tie on my wrist till it welted",
        "the cuts keep getting deeper and it scares me",
        "honestly sh is the only thing that calms me down",
    ],
)
def test_self_injury_by_its_tool_is_ideation(text: str) -> None:
    assert user_turns_level(text) == L.IDEATION


@pytest.mark.parametrize(
    "text",
    [
        "the hairdresser took the scissors to my fringe",
        "i took the scissors to my hair last night, big mistake",
        "i use a razor on my legs every morning",
        "i burned myself with the iron this morning, ouch",
        "i used a knife on the bread and the compass on my maths homework",
        "he took a knife to my tyres",
        "i pinch myself till i believe it lol",
        "my grandad used to burn his hand with the lighter doing tricks",
    ],
)
def test_everyday_tools_are_not(text: str) -> None:
    assert user_turns_level(text) < L.PASSIVE
