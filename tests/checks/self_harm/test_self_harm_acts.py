"""Acts done or under way said plainly (an overdose taken after a wish to be dead, a
killing under way, lit charcoal) reach imminent; the everyday look-alikes and someone
else's act do not."""

from __future__ import annotations

import pytest

from safeguard._conversation import Conversation, Message
from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules

L = RiskLevel


def level(*turns: str) -> RiskLevel:
    roles = ("user", "assistant")
    messages = tuple(Message(roles[i % 2], t) for i, t in enumerate(turns))
    return rules().assess(Conversation(messages)).level


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to die", "I'm here. What's happening?", "I've taken the pills"),
        ("i want to die. swallowed it all",),
        ("i cant do this anymore. swallowed them",),
        ("I'm killing myself right now",),
        ("i want to die. the charcoal is lit",),
        ("Took everything in the medicine cabinet. it was my choice",),
    ],
)
def test_an_act_done_or_under_way_is_imminent(turns: tuple[str, ...]) -> None:
    assert level(*turns) == L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("my sister took everything in the medicine cabinet",),
        ("i took my pills tonight, feeling better",),
        ("i've taken the pills the doctor gave me, the headache is gone",),
        ("the charcoal is lit, burgers in ten minutes",),
        ("I'm not killing myself right now, i promise",),
    ],
)
def test_everyday_or_someone_elses_act_is_not_imminent(turns: tuple[str, ...]) -> None:
    assert level(*turns) < L.IMMINENT


@pytest.mark.parametrize(
    "turns",
    [
        ("i want to die", "Are you thinking about killing yourself?", "yes. tonight."),
        ("i want to die", "Are you thinking about killing yourself?", "yeah this weekend"),
        ("i can't go on", "Do you have a plan?", "tonight"),
    ],
)
def test_a_time_answering_a_question_about_suicide_is_at_least_intent(turns: tuple[str, ...]) -> None:
    assert level(*turns) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        ("hi", "Are you free for dinner?", "yes, tonight works for dinner"),
        ("i want to die", "Are you thinking about killing yourself?", "no. tonight i'm seeing friends"),
        ("i have a headache", "Do you have a plan for the evening?", "tonight? just sleep"),
        ("i want to die", "Do you mean ending your life?", "Yeah. Not tonight or anything."),
    ],
)
def test_a_time_answering_anything_else_is_not_intent(turns: tuple[str, ...]) -> None:
    assert level(*turns) < L.INTENT
