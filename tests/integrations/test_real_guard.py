"""The shipped default policy with the real checks, through the real SDKs."""

from __future__ import annotations

import itertools
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from safeguard._conversation import Conversation, Message
from safeguard._guard import Guard
from safeguard.integrations import OutputSession
from safeguard.testing import ScriptedModel, anthropic_client, openai_client
from tests.integrations.calls import call

PROMISE_REPLY = "I'll always be here for you, no matter what. You can tell me anything."
APIS = ["chat", "responses", "messages"]
AT_RISK = [
    {"role": "user", "content": "Things have been bad for months."},
    {"role": "assistant", "content": "I'm sorry it has been so hard. What has been going on?"},
    {"role": "user", "content": "Honestly I feel like ending it all."},
]


def _client(api: str, model: ScriptedModel) -> Any:
    return (anthropic_client if api == "messages" else openai_client)(model)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_overpromise_rewritten(real_guard: Guard, api: str, stream: bool) -> None:
    model = ScriptedModel([PROMISE_REPLY])
    user = [{"role": "user", "content": "Can I talk to you about my day?"}]
    text = call(real_guard.wrap(_client(api, model)), api, user, stream)
    assert "always be here" not in text
    assert text.endswith("You can tell me anything.")


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_crisis_resources_for_risk(real_guard: Guard, api: str, stream: bool) -> None:
    model = ScriptedModel(["That sounds really painful. I'm glad you told me."])
    client = real_guard.wrap(_client(api, model))
    text = call(client, api, AT_RISK, stream, extra_headers={"X-Safeguard-Locale": "en-GB"})
    assert "116 123" in text  # Samaritans, verified in SAFETY_FACTS.md
    assert text.index("116 123") < text.index("That sounds really painful")
    assert "x-safeguard-locale" not in model.requests[0].headers


def test_unknown_locale_asks_the_country(real_guard: Guard) -> None:
    model = ScriptedModel(["I'm glad you told me."])
    text = call(real_guard.wrap(openai_client(model)), "chat", AT_RISK, stream=True)
    assert "country" in text.lower()


@pytest.mark.parametrize("stream", [False, True])
def test_pii_redacted_to_vendor_restored_for_user(real_guard: Guard, stream: bool) -> None:
    model = ScriptedModel(["Thanks, so <EMAIL_ADDRESS_1> is your address."])
    messages = [{"role": "user", "content": "Please email me at ann.lee@gmail.com about the plan."}]
    text = call(real_guard.wrap(openai_client(model)), "chat", messages, stream)
    assert "ann.lee@gmail.com" not in json.dumps(model.requests[0].body)
    assert text == "Thanks, so ann.lee@gmail.com is your address."


REAL_PIECES = [
    "I'll always be here for you. ",
    "I promise everything will be okay. ",
    "That sounds hard. ",
    "You can email me at ann.lee@gmail.com. ",
    "What happened next? ",
    "I'm an AI, ",
    "and I can listen.\n",
    "Dr. Lee said 3.5 mg. ",
    "I hear you.",
    " ",
    "\u2026 ",
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    pieces=st.lists(st.sampled_from(REAL_PIECES), max_size=8),
    cuts=st.lists(st.integers(0, 300), max_size=30),
    risky=st.booleans(),
)
def test_streamed_equals_whole_real_checks(
    real_guard: Guard, pieces: list[str], cuts: list[int], risky: bool
) -> None:
    text = "".join(pieces)
    user = "I feel like ending it all." if risky else "Hi."
    convo = Conversation((Message("user", user),), locale="en-GB")
    prior = real_guard.check_input(convo)

    def run(deltas: list[str]) -> str:
        session = OutputSession(real_guard, convo, prior)
        return "".join(session.feed(d) for d in deltas) + session.close()

    points = sorted({0, *(min(c, len(text)) for c in cuts), len(text)})
    deltas = [text[a:b] for a, b in itertools.pairwise(points)]
    assert run(deltas) == run([text]) == OutputSession(real_guard, convo, prior).complete(text)
