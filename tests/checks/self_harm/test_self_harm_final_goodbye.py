"""A final goodbye said with thanks, an apology or love is imminent (FORMAT: a final
goodbye); a goodbye to a flat, an app, a job or a group is not."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import user_turns_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "This is my goodbye. I have decided and the pills are with me.",
        "this is my goodbye to all of you",
        "this is goodbye thank you for everything",
        "goodbye everyone im sorry",
    ],
)
def test_final_goodbye_is_imminent(text: str) -> None:
    assert user_turns_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "This is goodbye to my flat of 9 years. Keys handed in at noon.",
        "goodbye everyone, i'm logging off for the night",
        "my last day at work is friday, saying goodbye to everyone",
        "Goodbye forever, Twitter. Deleting my account tonight. See you all on the other app.",
    ],
)
def test_everyday_goodbyes_are_not_imminent(text: str) -> None:
    assert user_turns_level(text) < L.IMMINENT
