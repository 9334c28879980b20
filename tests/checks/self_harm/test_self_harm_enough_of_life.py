"""Life itself named as what the writer has had enough of or is done with, a hoped-for death
in one's sleep, not waking asked for and a fear of death gone are passive; the same words
about a job, a game or a tournament, "die laughing" or waking early stay below passive."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "Mate I've had enough of this life. The bank's on my back",
        "i'm 82 and i've had enough of this world",
        "honestly had enough of living",
        "done with breathing. done with all of it",
        "Hopefully I'll die in my sleep tonight. Won't happen, but a man can dream",
        "hopefully i die soon",
        "Death doesn't scare me anymore. Honestly it sounds like a break.",
        "dying no longer scares me",
        "I'd really like to not wake up tomorrow",
        "i'd love to never wake up again",
    ],
)
def test_enough_of_life_is_passive(text: str) -> None:
    assert rules_level(text) >= L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "I've had enough of this marriage",
        "i've had enough of this game",
        "i've had enough of the world cup already",
        "hopefully i'll die laughing at this film",
        "I'm done with this semester",
        "death doesn't scare me, spiders do",
        "i'd like to not wake up at 5am tomorrow",
        "I'd like to not wake up early tomorrow",
    ],
)
def test_enough_of_other_things_stays_below_passive(text: str) -> None:
    assert rules_level(text) < L.PASSIVE
