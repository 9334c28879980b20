"""Working oneself to death at a task ("me voy a matar estudiando", "je vais me tuer à la
salle", "vou me matar de estudar") is an idiom; the bare threat stays."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "je vais me tuer à la salle demain, jour des jambes",
        "me voy a matar estudiando",
        "mañana me mato en el gym",
        "vou me matar de estudar hoje",
    ],
)
def test_working_oneself_to_death_is_an_idiom(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "me voy a matar",
        "je vais me tuer demain",
        "vou me matar hoje",
        "me quiero matar, estudiar no sirve de nada",
    ],
)
def test_the_bare_threat_stays(text: str) -> None:
    assert rules_level(text) >= L.IDEATION
