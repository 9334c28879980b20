"""The real openai and anthropic SDKs, ``base_url`` at the proxy over a real socket, streamed and not.

The upstream is ``safeguard.testing.ScriptedModel`` on its own loopback port. Every
guarded reply is compared with what ``guard.wrap(client)`` gives for the same model
output: the proxy must apply exactly the wrappers' guard.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

import safeguard
import safeguard.serve
from safeguard.testing import ScriptedModel
from safeguard.testing import anthropic_client as scripted_anthropic
from safeguard.testing import openai_client as scripted_openai

PROMISE = "I will always be here for you. Tell me more."
USER = [{"role": "user", "content": "I had a long day."}]
AT_RISK = [{"role": "user", "content": "Everything feels hopeless lately."}]


@pytest.fixture
def oai(served: str) -> Iterator[openai.OpenAI]:
    with openai.OpenAI(base_url=f"{served}/v1", api_key="sk-test-oai", max_retries=0) as client:
        yield client


@pytest.fixture
def ant(served: str) -> Iterator[anthropic.Anthropic]:
    with anthropic.Anthropic(base_url=served, api_key="ak-test-ant", max_retries=0) as client:
        yield client


def _wrapped_chat(policy: Path, messages: list[dict[str, str]], reply: str) -> str:
    """What ``guard.wrap`` makes of the same model output (the reference)."""
    client = safeguard.Guard.from_yaml(policy).wrap(scripted_openai(ScriptedModel([reply])))
    result = client.chat.completions.create(model="m", messages=messages)
    return str(result.choices[0].message.content)


def _wrapped_messages(policy: Path, messages: list[dict[str, str]], reply: str) -> str:
    client = safeguard.Guard.from_yaml(policy).wrap(scripted_anthropic(ScriptedModel([reply])))
    result = client.messages.create(model="m", max_tokens=50, messages=messages)
    return "".join(block.text for block in result.content if block.type == "text")


@pytest.mark.parametrize("messages", [USER, AT_RISK], ids=["plain", "at-risk"])
def test_openai_chat_guarded_like_the_wrapper(oai: openai.OpenAI, policy_file: Path, messages: Any) -> None:
    result = oai.chat.completions.create(model="m", messages=messages)
    text = result.choices[0].message.content
    assert text is not None and "always" not in text and "right now" in text
    assert text == _wrapped_chat(policy_file, messages, PROMISE)
    if messages is AT_RISK:
        assert len(text) > len(PROMISE) + 20  # crisis text was added


@pytest.mark.parametrize("messages", [USER, AT_RISK], ids=["plain", "at-risk"])
def test_openai_chat_stream_equals_the_whole_reply(
    oai: openai.OpenAI, policy_file: Path, messages: Any
) -> None:
    stream = oai.chat.completions.create(model="m", messages=messages, stream=True)
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == _wrapped_chat(policy_file, messages, PROMISE)


def test_openai_responses_streamed_and_not(oai: openai.OpenAI) -> None:
    whole = oai.responses.create(model="m", input="I had a long day.")
    assert "right now" in whole.output_text and "always" not in whole.output_text
    deltas: list[str] = []
    final = ""
    with oai.responses.stream(model="m", input="I had a long day.") as stream:
        for event in stream:
            if event.type == "response.output_text.delta":
                deltas.append(event.delta)
        final = stream.get_final_response().output_text
    assert "".join(deltas) == whole.output_text == final


@pytest.mark.parametrize("messages", [USER, AT_RISK], ids=["plain", "at-risk"])
def test_anthropic_messages_streamed_and_not(
    ant: anthropic.Anthropic, policy_file: Path, messages: Any
) -> None:
    whole = ant.messages.create(model="m", max_tokens=50, messages=messages)
    text = "".join(block.text for block in whole.content if block.type == "text")
    assert text == _wrapped_messages(policy_file, messages, PROMISE)
    with ant.messages.stream(model="m", max_tokens=50, messages=messages) as stream:
        streamed = "".join(stream.text_stream)
        final = stream.get_final_message()
    assert streamed == text
    assert "".join(block.text for block in final.content if block.type == "text") == text


def test_credentials_reach_the_vendor_and_context_headers_do_not(
    oai: openai.OpenAI, ant: anthropic.Anthropic, model: ScriptedModel
) -> None:
    context = {"X-Safeguard-Locale": "en-GB", "X-Safeguard-Conversation-Id": "c-9"}
    oai.chat.completions.create(model="m", messages=USER, extra_headers=context)  # type: ignore[arg-type]
    ant.messages.create(model="m", max_tokens=5, messages=USER, extra_headers=context)  # type: ignore[arg-type]
    to_openai, to_anthropic = model.requests[-2].headers, model.requests[-1].headers
    assert to_openai["authorization"] == "Bearer sk-test-oai"
    # anthropic 2.x sends its key as a bearer token; x-api-key is covered in test_plumbing
    assert to_anthropic["authorization"] == "Bearer ak-test-ant"
    assert "anthropic-version" in to_anthropic
    for seen in (to_openai, to_anthropic):
        assert not [name for name in seen if name.startswith("x-safeguard")]


def test_oversized_request_is_a_413_the_sdks_understand(served: str, policy_file: Path) -> None:
    from tests.serve.conftest import serve_in_thread, stop

    cfg = safeguard.serve.ServeConfig(policy=str(policy_file), max_body_bytes=2000, reload_interval=0.0)
    running = serve_in_thread(safeguard.serve.GuardProxy(cfg))
    try:
        big = [{"role": "user", "content": "x" * 5000}]
        with (
            openai.OpenAI(base_url=f"{running.url}/v1", api_key="k", max_retries=0) as client,
            pytest.raises(openai.APIStatusError) as caught,
        ):
            client.chat.completions.create(model="m", messages=big)  # type: ignore[arg-type]
        assert caught.value.status_code == 413
        with (
            anthropic.Anthropic(base_url=running.url, api_key="k", max_retries=0) as client2,
            pytest.raises(anthropic.APIStatusError) as caught2,
        ):
            client2.messages.create(model="m", max_tokens=5, messages=big)  # type: ignore[arg-type]
        assert caught2.value.status_code == 413
        assert caught2.value.body["error"]["type"] == "request_too_large"  # type: ignore[index]
    finally:
        stop(running)


def test_upstream_error_reaches_the_sdk_unchanged(oai: openai.OpenAI, model: ScriptedModel) -> None:
    model.fail_first = len(model.requests) + 1
    with pytest.raises(openai.InternalServerError) as caught:
        oai.chat.completions.create(model="m", messages=USER)  # type: ignore[arg-type]
    assert caught.value.status_code == 500
    assert "scripted failure" in str(caught.value)
