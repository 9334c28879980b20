"""Someone else's words reported in Spanish and Portuguese: grandparents, pupils, cousins
and other family named ("mi abuelita dice que se quiere morir", "mi abuela dice 'me
quiero morir'", "minha avó diz 'quero morrer'") are other people, and a habit of saying
in the present ("dice", "diz") is a verb of saying; the writer's own wish beside them, or
the writer's own saying, stays the writer's."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "mi abuelita dice q se quiere morir cada vez q pierde en la lotería jajaja",
        "Mi abuela dice 'me quiero morir' cada vez que pierde su equipo de fútbol.",
        "mi prima dice que se quiere morir cuando pierde el Madrid",
        "minha avó diz 'quero morrer' toda vez que o time perde",
        "minha aluna fala 'quero sumir' quando tem prova, é normal?",
    ],
)
def test_a_reported_wish_is_someone_elses(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "yo siempre digo 'me quiero morir' y ahora lo digo en serio",
        "mi abuela murió y yo me quiero morir",
        "mi alumno me odia y me quiero morir",
        "minha avó morreu e eu quero morrer",
        "eu sempre falo 'quero morrer' e hoje é verdade",
    ],
)
def test_the_writers_own_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
