"""User PII is replaced by vault placeholders in every request shape, and restored in replies."""

from __future__ import annotations

import json
from typing import Any

import pytest

from safeguard._guard import Guard
from safeguard.testing import RecordedRequest, ScriptedModel, anthropic_client, openai_client
from tests.integrations.calls import call

ECHO = "Noted <EMAIL_ADDRESS_1>. Also <EMAIL_ADDRESS_2>."
RESTORED = "Noted ann@mail.com. Also bob@mail.com."


def _sent(model: ScriptedModel) -> str:
    return json.dumps(model.requests[0].body)


@pytest.mark.parametrize("stream", [False, True])
def test_anthropic_system_offset_and_blocks(fake_guard: Guard, stream: bool) -> None:
    model = ScriptedModel([ECHO])
    client = fake_guard.wrap(anthropic_client(model))
    messages = [
        {"role": "user", "content": "first ann@mail.com"},
        {"role": "assistant", "content": "ok"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "then"}, {"type": "text", "text": "bob@mail.com"}],
        },
    ]
    kwargs: dict[str, Any] = {"system": "You are kind. Contact: admin@site.com"}
    r = client.messages.create(model="m", max_tokens=50, messages=messages, stream=stream, **kwargs)
    text = (
        "".join(e.delta.text for e in r if e.type == "content_block_delta") if stream else r.content[0].text
    )
    body = model.requests[0].body
    assert body["messages"][0]["content"] == "first <EMAIL_ADDRESS_1>"
    assert body["messages"][2]["content"][1]["text"] == "<EMAIL_ADDRESS_2>"
    assert body["system"] == kwargs["system"]  # only user text is the user's PII
    assert text == RESTORED


@pytest.mark.parametrize("shape", ["string", "items"])
def test_responses_input_shapes(fake_guard: Guard, shape: str) -> None:
    model = ScriptedModel(["Noted <EMAIL_ADDRESS_1>."])
    client = fake_guard.wrap(openai_client(model))
    if shape == "string":
        reply = client.responses.create(model="m", input="reach me at ann@mail.com", instructions="Be kind.")
    else:
        item = {"role": "user", "content": [{"type": "input_text", "text": "reach me at ann@mail.com"}]}
        reply = client.responses.create(model="m", input=[item], instructions="Be kind.")
    assert "ann@mail.com" not in _sent(model)
    assert reply.output_text == "Noted ann@mail.com."


def test_same_value_same_placeholder_across_turns(fake_guard: Guard) -> None:
    model = ScriptedModel(["Ok."])
    client = fake_guard.wrap(openai_client(model))
    headers = {"X-Safeguard-Conversation-Id": "c-77"}
    for _ in range(2):
        call(client, "chat", [{"role": "user", "content": "ann@mail.com"}], False, extra_headers=headers)
    assert [r.body["messages"][0]["content"] for r in model.requests] == ["<EMAIL_ADDRESS_1>"] * 2


def test_scripted_replies_can_be_functions(fake_guard: Guard) -> None:
    def echo(request: RecordedRequest) -> str:
        return f"You said: {request.body['messages'][-1]['content']}"

    model = ScriptedModel([echo])
    text = call(
        fake_guard.wrap(openai_client(model)), "chat", [{"role": "user", "content": "mine is a@b.com"}], True
    )
    assert text == "You said: mine is a@b.com"
    assert "a@b.com" not in model.requests[0].texts()


def test_age_band_header_is_stripped(fake_guard: Guard) -> None:
    model = ScriptedModel(["Ok."])
    client = fake_guard.wrap(openai_client(model))
    call(
        client,
        "chat",
        [{"role": "user", "content": "hi"}],
        False,
        extra_headers={"X-Safeguard-Age-Band": "13-17"},
    )
    assert "x-safeguard-age-band" not in model.requests[0].headers
