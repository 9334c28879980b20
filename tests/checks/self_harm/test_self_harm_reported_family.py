"""Someone else's words reported by the writer: a child named by age or step ("my toddler",
"my stepson", "my grandkids") and French "qu'il" ("il m'a dit qu'il voulait mourir") are
other people; the writer's own wish beside them stays the writer's."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        'my toddler said "i wish i was dead" after i took his tablet away',
        'my stepson keeps saying "i want to die" when he loses at fortnite',
        'my granddaughter wrote "i want to disappear" in her diary, should i tell her mum?',
        "mon meilleur ami m'a dit qu'il voulait mourir, comment je peux l'aider ?",
        "Un élève a écrit sur son cahier qu'il voulait disparaître. Que faire ?",
    ],
)
def test_a_reported_wish_is_someone_elses(text: str) -> None:
    assert rules_level(text) <= L.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "my grandkids would be better off without me, i wish i was dead",
        "my stepson hates me and honestly i want to die",
        "je veux mourir",
        "j'ai peur qu'il me quitte, je veux mourir",
        "mon fils m'a dit qu'il voulait mourir et moi aussi je veux mourir",
    ],
)
def test_the_writers_own_wish_stays(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE
