"""Every SDK client x sync/async x streamed/not, through MockTransport and a real local server."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import anthropic
import openai
import pytest

from safeguard._guard import Guard
from safeguard.testing import ScriptedModel, anthropic_client, openai_client
from tests.integrations.calls import acall, call
from tests.integrations.fakes import HONEST, PROMISE

REPLY = f"Thanks for telling me. {PROMISE} for you. What feels hardest today?"
EXPECTED = f"Thanks for telling me. {HONEST} for you. What feels hardest today?"
USER = [{"role": "user", "content": "I had a rough week at work."}]
APIS = ["chat", "responses", "messages"]


def _client(api: str, model: ScriptedModel, asynchronous: bool, base_url: str | None) -> Any:
    if base_url is None:
        factory = anthropic_client if api == "messages" else openai_client
        return factory(model, asynchronous=asynchronous, max_retries=2)
    if api == "messages":
        cls: Any = anthropic.AsyncAnthropic if asynchronous else anthropic.Anthropic
        return cls(api_key="k", base_url=base_url.removesuffix("/v1"), max_retries=2)
    cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
    return cls(api_key="k", base_url=base_url, max_retries=2)


@pytest.fixture(params=["mock", "server"])
def via(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def model() -> ScriptedModel:
    return ScriptedModel([REPLY])


@pytest.fixture
def base_url(via: str, model: ScriptedModel) -> Iterator[str | None]:
    if via == "mock":
        yield None
        return
    with model.serve() as url:
        yield url


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_sync_clients(
    fake_guard: Guard, model: ScriptedModel, base_url: str | None, api: str, stream: bool
) -> None:
    client = fake_guard.wrap(_client(api, model, False, base_url))
    headers = {"X-Safeguard-Locale": "en-GB", "X-Safeguard-Conversation-Id": "c-1"}
    text = call(client, api, USER, stream, extra_headers=headers)
    assert text == EXPECTED
    seen = model.requests[-1].headers
    assert not [h for h in seen if h.startswith("x-safeguard")]


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
async def test_async_clients(
    fake_guard: Guard, model: ScriptedModel, base_url: str | None, api: str, stream: bool
) -> None:
    client = fake_guard.wrap(_client(api, model, True, base_url))
    text = await acall(client, api, USER, stream, extra_headers={"X-Safeguard-Locale": "en-GB"})
    assert text == EXPECTED
    assert "x-safeguard-locale" not in model.requests[-1].headers


def test_wrapped_client_keeps_sdk_types(fake_guard: Guard, model: ScriptedModel) -> None:
    original = openai_client(model)
    client = fake_guard.wrap(original)
    assert isinstance(client, openai.OpenAI)
    reply = client.chat.completions.create(model="m", messages=USER)  # type: ignore[arg-type]
    assert type(reply).__name__ == "ChatCompletion"
    # the original client stays unguarded and usable
    plain = original.chat.completions.create(model="m", messages=USER)
    assert plain.choices[0].message.content == REPLY


def test_with_raw_and_streaming_response(fake_guard: Guard, model: ScriptedModel) -> None:
    client = fake_guard.wrap(openai_client(model))
    raw = client.chat.completions.with_raw_response.create(model="m", messages=USER)
    assert raw.parse().choices[0].message.content == EXPECTED
    with client.chat.completions.with_streaming_response.create(
        model="m",
        messages=USER,
        stream=True,
    ) as response:
        body = "".join(response.iter_lines())
    assert PROMISE not in body and HONEST in body


def test_sdk_stream_helpers(fake_guard: Guard, model: ScriptedModel) -> None:
    client = fake_guard.wrap(anthropic_client(model))
    with client.messages.stream(model="m", max_tokens=50, messages=USER) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed == EXPECTED
    assert final.content[0].text == EXPECTED
    oai = fake_guard.wrap(openai_client(model))
    with oai.responses.stream(model="m", input=USER) as events:
        deltas = "".join(e.delta for e in events if e.type == "response.output_text.delta")
        response = events.get_final_response()
    assert deltas == EXPECTED
    assert response.output_text == EXPECTED


def test_with_options_stays_guarded(fake_guard: Guard, model: ScriptedModel) -> None:
    client = fake_guard.wrap(openai_client(model)).with_options(timeout=5)
    assert call(client, "chat", USER, False) == EXPECTED


def test_wrap_rejects_unknown_objects(fake_guard: Guard) -> None:
    with pytest.raises(TypeError, match="cannot wrap"):
        fake_guard.wrap(object())
