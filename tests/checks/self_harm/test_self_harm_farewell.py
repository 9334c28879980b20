"""A goodbye and thanks, an apology or love in separate sentences of one message, after
the writer's distress or wish, is a final goodbye (imminent); a goodbye to a flat, an app,
a job, an event or the "goodbye cruel world" joke is not, nor a goodbye that closes a chat
about something else."""

from __future__ import annotations

import pytest

from safeguard._levels import RiskLevel
from tests.checks.self_harm._helpers import rules_level

L = RiskLevel
_LOW = "i can't do this anymore"
_ACK = "I'm really sorry. I'm here to listen."


@pytest.mark.parametrize(
    "text",
    [
        "this is goodbye. thanks for listening",
        "goodbye. i'm sorry for everything",
        "goodbye. i love you all",
        "Goodbye. Thank you for being kind to me.",
        "nothing. just saying goodbye. thanks for all the chats",
        "I'm writing to say goodbye and thank you. My sister has a key.",
    ],
)
def test_goodbye_with_thanks_after_distress_is_imminent(text: str) -> None:
    assert rules_level(_LOW, _ACK, text) == L.IMMINENT


def test_goodbye_with_thanks_beside_distress_is_imminent() -> None:
    assert rules_level("i cant do this anymore. goodbye. i love you all") == L.IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "ok goodbye, thanks for the help!",
        "goodbye. thanks for the recipe",
        "Goodbye. Thank you for being kind to me.",
    ],
)
def test_goodbye_closing_a_calm_chat_is_not_imminent(text: str) -> None:
    assert rules_level("can you help me with a lasagne recipe", "Of course! Here it is.", text) < L.PASSIVE


@pytest.mark.parametrize(
    "text",
    [
        "goodbye to my flat. thanks for the memories",
        "goodbye cruel world. thanks",
        "That's true. Again thank you and i hope the rest of your day goes well. Goodbye.",
        "we're scattering dad's ashes at sunrise. it's a goodbye but it feels like a thank you too",
        "last shift today, said goodbye to the team. sorry to leave them",
        "goodbye twitter. thanks for the laughs, deleting my account",
        "i'm not saying goodbye. thanks for listening",
        "said goodbye at the airport. love you mum",
    ],
)
def test_everyday_goodbyes_are_not_imminent(text: str) -> None:
    assert rules_level(text) < L.IMMINENT
    assert rules_level(_LOW, _ACK, text) < L.IMMINENT
