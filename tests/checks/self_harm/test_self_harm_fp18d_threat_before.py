"""A threat on a trivial condition said before it, without laughter (fp18d): "if the
boiler cuts out one more time i'm going to throw myself off the roof" is hyperbole, capped
at passive as the same threat said the other way round is (_threat_if); with laughter
``_discourse._joke`` already reads it as a joke. A real condition, means beside it, or the
writer's own distress keep it at intent."""

from __future__ import annotations

import pytest

from tests.checks.self_harm._helpers import L, rules_level


@pytest.mark.parametrize(
    "said",
    [
        "if the boiler cuts out one more time i'm going to throw myself off the roof",
        "if that song plays one more time in the shop i'm going to top myself",
        "honestly if the dishwasher floods the kitchen again i'm going to kill myself",
    ],
)
def test_a_flat_threat_on_a_trivial_condition_before_it_is_capped(said: str) -> None:
    assert rules_level(said) <= L.PASSIVE


@pytest.mark.parametrize(
    "said",
    [
        # the controls: the threat alone, and on conditions that are no trivial cause
        "i'm going to throw myself off the roof",
        "if she leaves me i'm going to kill myself",
        "if nothing changes i'm going to kill myself",
        # the same trivial condition beside means or the writer's own distress
        "if the boiler cuts out again i'm going to kill myself. i've got the pills ready",
        "if the boiler cuts out again i'm going to kill myself, i can't take anymore, everyone hates me",
    ],
)
def test_the_threat_without_a_trivial_condition_or_beside_risk_stays_intent(said: str) -> None:
    assert rules_level(said) >= L.INTENT
