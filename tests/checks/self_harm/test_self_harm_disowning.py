"""Intrusive thoughts disowned by what they do to the writer or what the writer would
never do with them (see _disowning): distress, where the condition is named and nothing
speaks of acting. A hedge, an urge, a time or a report keeps them risk."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "turns",
    [
        ("intrusive thoughts about stepping off the platform. i hate them so much",),
        ("my ocd keeps flashing images of cutting my throat. they horrify me",),
        ("the thought of stabbing myself keeps popping up and i really don't want to. "
         "therapist calls it thought-action fusion",),
        ("intrusive thoughts about hurting myself again today. i'd never act on them, they scare me",),
        ("harm ocd theme lately is killing myself. honestly i'm not at risk, just exhausted by it",),
        ("i have intrusive thoughts about killing myself", "That sounds hard.",
         "they disgust me. i just want them gone"),
    ],
)
def test_disowned_intrusive_thoughts_are_distress(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) <= L.DISTRESS


@pytest.mark.parametrize(
    "turns",
    [
        ("the intrusive thoughts aren't intrusive anymore. intrusive would mean i hate them. "
         "i agree with them about killing myself",),
        ("intrusive thoughts about hurting myself. i'm scared i'll act on them",),
        ("i have intrusive thoughts about killing myself and i hate them but tonight i might do it",),
        ("i have ocd and i want to die. i hate my life",),
        ("my intrusive thoughts about killing myself are ocd. my mum thinks i'm not at risk",),
        ("i want to kill myself. i hate them all",),
    ],
)
def test_hedged_acted_or_reported_stays_risk(turns: tuple[str, ...]) -> None:
    assert rules_level(*turns) >= L.PASSIVE
