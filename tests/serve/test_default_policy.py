"""The shipped default policy through the proxy equals ``guard.wrap`` (async SDKs, in-process ASGI)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import anthropic
import httpx2
import openai
import pytest

import safeguard
from safeguard.serve import GuardProxy, ServeConfig
from safeguard.testing import ScriptedModel
from safeguard.testing import anthropic_client as scripted_anthropic
from safeguard.testing import openai_client as scripted_openai

REPLY = "I will always be here for you, no matter what. Tell me what happened today."
CASES = {
    "calm": [{"role": "user", "content": "Work was long and I am tired."}],
    "at-risk": [
        {"role": "user", "content": "I don't want to be here anymore. I keep thinking about ending it."}
    ],
}


@pytest.fixture(scope="module")
def guard() -> safeguard.Guard:
    return safeguard.Guard()


@pytest.fixture
async def proxied() -> AsyncIterator[tuple[openai.AsyncOpenAI, anthropic.AsyncAnthropic]]:
    model = ScriptedModel([REPLY])
    config = ServeConfig(reload_interval=0.0, handle_sighup=False, openai_base_url="http://up.invalid/v1",
                         anthropic_base_url="http://up.invalid")  # fmt: skip
    proxy = GuardProxy(config, transport=model.transport(httpx2))
    http = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=proxy))
    oai = openai.AsyncOpenAI(base_url="http://proxy/v1", api_key="k", http_client=http, max_retries=0)
    ant = anthropic.AsyncAnthropic(base_url="http://proxy", api_key="k", http_client=http, max_retries=0)
    yield oai, ant
    await http.aclose()
    await proxy.aclose()


@pytest.mark.parametrize("case", list(CASES))
async def test_chat_equals_the_wrapper(guard: safeguard.Guard, proxied: tuple, case: str) -> None:  # type: ignore[type-arg]
    oai, _ = proxied
    messages = CASES[case]
    expected = guard.wrap(scripted_openai(ScriptedModel([REPLY]))).chat.completions.create(
        model="m", messages=messages
    )
    whole = await oai.chat.completions.create(model="m", messages=messages)
    stream = await oai.chat.completions.create(model="m", messages=messages, stream=True)
    streamed = "".join([c.choices[0].delta.content or "" async for c in stream if c.choices])
    assert whole.choices[0].message.content == expected.choices[0].message.content == streamed
    assert "always be here" not in streamed
    if case == "at-risk":
        assert len(streamed) > len(REPLY) + 40  # crisis help was added


@pytest.mark.parametrize("case", list(CASES))
async def test_messages_equal_the_wrapper(guard: safeguard.Guard, proxied: tuple, case: str) -> None:  # type: ignore[type-arg]
    _, ant = proxied
    messages = CASES[case]
    wrapped = guard.wrap(scripted_anthropic(ScriptedModel([REPLY])))
    expected = wrapped.messages.create(model="m", max_tokens=99, messages=messages)
    whole = await ant.messages.create(model="m", max_tokens=99, messages=messages)
    async with ant.messages.stream(model="m", max_tokens=99, messages=messages) as stream:
        streamed = "".join([text async for text in stream.text_stream])
    assert whole.content[0].text == expected.content[0].text == streamed
