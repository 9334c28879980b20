"""More ways a thought of harm is read as unwanted (see _recoil, _unwanted): a recoil
names it ("it made me feel sick"), "want to? i don't." and "i don't want to do it at
all" disown it, a feared act ("my fear that i'll ...", "what if i ...") disowned is a
thought. The at-risk twins keep their level: no disowning, a wish, an urge, a time."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_ACK = "That sounds really hard. Can you tell me more?"


@pytest.mark.parametrize(
    "turns",
    [
        # a recoil names the thought unwanted, "i don't want to" disowns it
        ("i was slicing bread and got a picture of cutting my wrist. i don't want to. it made me feel sick",),
        ("the image of hanging myself came back on the stairs. it's horrifying. i don't want to die",),
        (
            "i imagine stabbing myself when i hold the scissors and it makes me feel faint. "
            "i don't want to do it at all",
        ),
        # "want to? i don't." answers the doubt
        ("my OCD shows me stabbing myself and i panic that it means i secretly want to. I don't.",),
        (
            "intrusive thought today: 'what if i jump off the platform'. does that mean i want to? "
            "i don't. OCD is exhausting",
        ),
        # "i don't want to do it at all"
        ("i have intrusive images of cutting myself. i don't want to do it at all",),
        # a feared act disowned, the condition named in another turn
        (
            "my ERP therapist set me some homework",
            _ACK,
            "to write down my fear that i'll suddenly hang myself and read it out. i hate it. "
            "i don't want to die",
        ),
        (
            "why do i keep worrying i'll stab myself. i have no desire to hurt myself",
            _ACK,
            "my psychologist says it's OCD, the same as my checking",
        ),
    ],
)
def test_unwanted_thoughts_of_these_kinds_are_distress(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        # the same shapes without the reading that makes them unwanted
        ("i was slicing bread and got a picture of cutting my wrist",),
        ("the image of hanging myself came back on the stairs",),
        ("intrusive thought today: 'what if i jump off the platform'",),
        ("why do i keep worrying i'll stab myself",),
    ],
)
def test_the_thoughts_alone_read_as_risk(turns: tuple[str, ...]) -> None:
    # the control for the rows above: the passes, not the phrase rules, lower them
    assert rules_level(*turns) >= L.PASSIVE


@pytest.mark.parametrize(
    "turns",
    [
        # a recoil without a disowning, or beside a wish
        ("i picture cutting myself and it made me feel sick how calm i felt",),
        ("thinking about hanging myself makes me feel sick but part of me wants to",),
        # a recoil with "i don't want to but ...": the condition is not named
        ("i keep thinking about cutting myself and it makes me feel sick. i don't want to but i can't stop",),
        # "i feel sick" is not a recoil from the thought
        ("i feel sick. i keep thinking about killing myself. i don't want to",),
        # "i don't" that does not end its sentence is no answer
        ("my OCD shows me hanging myself. people think i want to. i don't know anymore, maybe i do",),
        # a recoil and a disowning beside an urge, a fear of acting on them, or a time
        ("images of cutting myself, it's horrifying, i don't want to die but the urge grows every day",),
        ("images of cutting my arm, it's horrifying. i don't want to die. but i'm scared i'll act on them",),
        ("i'm scared i'll kill myself tonight. i don't want to die",),
        # the thoughts no longer fought
        ("the thoughts of hanging myself used to scare me. now they're a comfort",),
        ("it's OCD but honestly part of me wants to kill myself",),
        # "what if" with nothing that makes it unwanted
        ("what if i just jump in front of the train",),
    ],
)
def test_at_risk_twins_keep_their_level(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE


def test_a_feared_act_disowned_without_the_condition_is_still_flagged() -> None:
    # a thought, not a decision (ideation, not intent), but no OCD named: still risk
    assert rules_level("i keep worrying i'll stab myself. i have no desire to hurt myself") == L.IDEATION


def test_a_feared_act_beside_a_time_keeps_intent() -> None:
    assert rules_level("i'm scared i'll kill myself tonight. i don't want to die") >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # "they're not wishes" alone in its turn disowns the thoughts named in another
        (
            "the psychiatrist said my images of drowning myself are a common OCD theme",
            _ACK,
            "so they're still awful but they're not wishes",
        ),
        # "without meaning to": a loss of control feared, not a wish
        (
            "my OCD is about suicide now. i'm scared i'll do something without meaning to. "
            "i'm doing fine otherwise",
        ),
    ],
)
def test_more_disownings_of_named_thoughts_are_distress(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        # the same without the disowning turn or words
        ("the psychiatrist said my images of drowning myself are a common OCD theme",),
        ("my OCD is about suicide now. i'm scared i'll do something",),
        # "not wishes" said, then a wish
        (
            "my OCD keeps showing me images of drowning myself",
            _ACK,
            "they're not wishes",
            _ACK,
            "honestly sometimes i do want to die though",
        ),
        # alone in its turn, "no desire" or "no wish" is a loss of wanting, not a disowning
        ("my OCD is bad", _ACK, "i think about killing myself a lot", _ACK, "no desire to do anything"),
        ("i have intrusive thoughts", _ACK, "i keep picturing hanging myself", _ACK, "no wish to keep going"),
        # "not wishes" beside a plan
        (
            "my ocd therapist says they're intrusive",
            _ACK,
            "i think about overdosing every night",
            _ACK,
            "they're not wishes, they're plans",
        ),
        # "without meaning to" beside an urge
        ("my OCD is about suicide. i'm scared i'll do it without meaning to, the urge is so strong",),
    ],
)
def test_more_disownings_twins_keep_their_level(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
