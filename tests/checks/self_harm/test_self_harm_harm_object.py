"""A thought of harm whose object is another person (_harm_object: "thoughts about hurting
my baby", "intrusive thoughts about hurting other people") is the writer's fear, not a
risk to themselves: at most distress. A reflexive ("killing themselves"), the writer as
an object too, or another risk phrase of the writer's keeps the risk."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "i keep having thoughts of hurting my newborn and it terrifies me, i'd never",
        "my intrusive thoughts are about hurting strangers on the bus. is that harm ocd?",
        "why do i get thoughts about killing my cat when i love her so much",
    ],
)
def test_a_thought_of_harming_another_person_is_not_flagged(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "i keep thinking about killing my kids and then myself",
        "i want to die. i keep having thoughts about hurting my husband",
        "i keep thinking about hurting my arms again",
        "thoughts about killing, all day, every day",
    ],
)
def test_a_reflexive_the_writer_or_their_own_risk_beside_it_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


def test_a_reflexive_is_no_other_victim() -> None:
    turns = (
        "do ppl who think about killing themselves a lot go through with it",
        "Are you having thoughts like that yourself?",
        "yeah. daily. i wouldn't act on them",
    )
    assert rules_level(*turns) >= L.PASSIVE
