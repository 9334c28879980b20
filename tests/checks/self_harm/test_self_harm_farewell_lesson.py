"""A goodbye explained by a lesson, a server modded, basic training, a self-exclusion or
another app switched to (fp17c) is no risk; the same goodbyes beside a wish, means or a
time, a console given away ("my switch to ..."), "switching off", and the funeral, eulogy
and vet words left out of the reasons keep their level."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level

_ASK = "That sounds like a big goodbye. Can you tell me what's going on?"


@pytest.mark.parametrize(
    "turns",
    [
        ("can you draft a goodbye letter from a Roman legionary to his family for my Year 7 lesson?",),
        ("writing a goodbye letter from our classroom goldfish, he's going home with a pupil's family",),
        ("how do i write a goodbye post for a minecraft server i've modded since 2019",),
        ("wrote my goodbye letters today", _ASK, "army basic training on tuesday. letters for mum and dad"),
        ("goodbye forever", _ASK, "to the bookies lol. signed the self exclusion form this morning"),
        ("this is my last message", _ASK, "haha all good, switching to a budgeting app my sister uses"),
    ],
)
def test_a_goodbye_with_an_everyday_reason_is_no_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) < L.PASSIVE


@pytest.mark.parametrize(
    "said",
    [
        "can you draft a goodbye letter from a Roman legionary to his family?",
        "writing a goodbye post for everyone",
        "wrote my goodbye letters today",
        "goodbye forever",
        "this is my last message",
    ],
)
def test_the_goodbyes_without_their_reason_are_intent(said: str) -> None:
    # the control: the reason, not the phrase rules, clears the rows above
    assert rules_level(said) >= L.INTENT


@pytest.mark.parametrize(
    "turns",
    [
        # the same reasons beside a wish, means or a time of the writer's own
        ("writing my goodbye letters for the lesson. i want to die anyway",),
        ("wrote my goodbye letters", _ASK, "army basic training. i've got the pills for after"),
        ("this is my last message", _ASK, "switching to nothing. i have the rope ready"),
        # "switching off" and a console given away are no app switched to
        ("this is my last message. switching off for good",),
        ("giving away my stuff. my switch to my brother. this is goodbye",),
        # the words kept out of the reasons
        ("got my affairs in order. rang the funeral home for a quote",),
        ("final goodbye letters written. wrote my own eulogy too",),
        ("goodbye letters are done. the cat's vet records went to my neighbour",),
    ],
)
def test_the_same_goodbyes_at_risk_still_flag(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.INTENT
