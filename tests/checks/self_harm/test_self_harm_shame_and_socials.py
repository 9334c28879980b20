"""Dying of shame or laughter with an article between ("me quiero morir de la vergüenza",
"quero morrer de tanto rir") and leaving social media ("quiero desaparecer de redes",
"quero sumir das redes") are idioms in es/pt; a bare wish, dying of sorrow and vanishing
from the map ("sumir do mapa") stay."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir de la vergüenza, le mandé un audio a mi jefe",
        "me muero de la risa con este video",
        "quiero desaparecer de redes un tiempo, como desactivo instagram?",
        "quero morrer de tanto rir, viu o vídeo do papagaio?",
        "vou morrer de vergonha amanhã na apresentação",
        "quero sumir das redes por uns dias",
    ],
)
def test_shame_laughter_and_socials_are_idioms(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "me quiero morir, ya no aguanto más",
        "quiero desaparecer para siempre",
        "me quiero morir de pena, la extraño tanto",
        "quero morrer",
        "queria sumir do mapa de vez",
    ],
)
def test_the_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
