"""A last message said with thanks, an apology or love ("this is my last message. i'm
sorry") is a final goodbye: imminent; a decision with "in half an hour" or "today's the
day" is imminent. A moderator's or a forum's last post, and a day that is only a day, are
not raised."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel


@pytest.mark.parametrize(
    "text",
    [
        "this is my last message. i'm so sorry",
        "i cant do this anymore. This is my last post. Thank you all. I love you mum.",
        "you won't hear from me again, this is my last message to anyone. thanks for everything",
        "i'm going to kill myself in half an hour",
        "i've decided to end my life. today's the day",
    ],
)
def test_a_last_message_or_a_decision_now_is_imminent(text: str) -> None:
    assert rules_level(text) == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "This is my last message as your moderator. Stepping down after 5 years. Thank you!",
        "this is my last post on the podcast page, thanks for listening to every season",
        "today's the day! graduation, thank you all",
        "the bus comes in half an hour, sorry i'm late",
    ],
)
def test_everyday_last_posts_and_days_are_not_imminent(text: str) -> None:
    assert rules_level(text) < L.IMMINENT
