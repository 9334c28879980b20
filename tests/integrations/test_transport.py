"""Transport mechanics: gzip, tiny SSE chunks, retries, malformed JSON, errors, blocking."""

from __future__ import annotations

import json
from typing import Any

import anthropic
import httpx
import httpx2
import openai
import pytest

import safeguard
from safeguard._guard import Guard
from safeguard._verdict import Verdict
from safeguard.integrations import AsyncGuardTransport, GuardTransport
from safeguard.testing import ScriptedModel, anthropic_client, openai_client
from tests.integrations.calls import acall, call
from tests.integrations.conftest import fake_policy
from tests.integrations.fakes import HONEST, METHOD, PROMISE

USER = [{"role": "user", "content": "Work was rough today."}]
AT_RISK = [{"role": "user", "content": "Some days I want to die."}]
REPLY = f"That sounds hard. {PROMISE} for you. Do you want to tell me more?"
APIS = ["chat", "responses", "messages"]


def _client(api: str, model: ScriptedModel, **kwargs: Any) -> Any:
    return (anthropic_client if api == "messages" else openai_client)(model, **kwargs)


def _record(guard: Guard) -> list[str]:
    stages: list[str] = []

    def observer(verdict: Verdict, stage: str) -> None:
        stages.append(stage)

    guard.add_observer(observer)
    return stages


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("size", [1, 2, 3])
def test_sse_split_into_tiny_gzipped_chunks(fake_guard: Guard, api: str, size: int) -> None:
    model = ScriptedModel([REPLY], chunk_bytes=size, gzip=True)
    text = call(fake_guard.wrap(_client(api, model)), api, USER, stream=True)
    assert text == REPLY.replace(PROMISE, HONEST)


@pytest.mark.parametrize("api", APIS)
def test_gzip_json(fake_guard: Guard, api: str) -> None:
    model = ScriptedModel([REPLY], gzip=True)
    assert call(fake_guard.wrap(_client(api, model)), api, USER, stream=False) == REPLY.replace(
        PROMISE, HONEST
    )


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_retry_counts_once(fake_guard: Guard, api: str, stream: bool) -> None:
    stages = _record(fake_guard)
    model = ScriptedModel([REPLY], fail_first=1)
    text = call(fake_guard.wrap(_client(api, model, max_retries=2)), api, USER, stream)
    assert len(model.requests) == 2  # the SDK retried through the transport
    assert text == REPLY.replace(PROMISE, HONEST)
    assert stages == ["input", "output"]


@pytest.mark.parametrize("api", APIS)
def test_vendor_errors_pass_through_unchanged(fake_guard: Guard, api: str) -> None:
    model = ScriptedModel([REPLY], fail_first=10)
    client = fake_guard.wrap(_client(api, model, max_retries=1))
    error: type[Exception] = (
        anthropic.InternalServerError if api == "messages" else openai.InternalServerError
    )
    with pytest.raises(error) as caught:
        call(client, api, USER, stream=False)
    assert caught.value.status_code == 500  # type: ignore[attr-defined]
    assert "scripted failure" in str(caught.value)


@pytest.mark.parametrize("api", APIS)
def test_malformed_vendor_json_passes_through(fake_guard: Guard, api: str) -> None:
    model = ScriptedModel([REPLY], malformed=True)
    client = fake_guard.wrap(_client(api, model, max_retries=0))
    raw = client.with_options(max_retries=0)
    if api == "chat":
        response = raw.chat.completions.with_raw_response.create(model="m", messages=USER)
    elif api == "responses":
        response = raw.responses.with_raw_response.create(model="m", input=USER)
    else:
        response = raw.messages.with_raw_response.create(model="m", max_tokens=5, messages=USER)
    assert response.http_response.content == b'{"id": "broken", "choices": ['


def test_pii_redacted_to_vendor_and_restored(fake_guard: Guard) -> None:
    model = ScriptedModel(["I've noted <EMAIL_ADDRESS_1>. Thanks."])
    client = fake_guard.wrap(openai_client(model))
    messages = [{"role": "user", "content": [{"type": "text", "text": "mail me: ann@mail.com"}]}]
    text = call(client, "chat", messages, stream=True, extra_headers={"X-Safeguard-Conversation-Id": "c9"})
    assert "ann@mail.com" not in json.dumps(model.requests[0].body)
    assert model.requests[0].body["messages"][0]["content"][0]["text"] == "mail me: <EMAIL_ADDRESS_1>"
    assert text == "I've noted ann@mail.com. Thanks."


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_crisis_preamble_comes_first(fake_guard: Guard, api: str, stream: bool) -> None:
    model = ScriptedModel([REPLY])
    text = call(
        fake_guard.wrap(_client(api, model)),
        api,
        AT_RISK,
        stream,
        extra_headers={"X-Safeguard-Locale": "en-GB"},
    )
    assert "116 123" in text.split("\n\n")[0]  # Samaritans, before any model text
    assert REPLY.replace(PROMISE, HONEST) in text
    # ideation: the invitation to keep talking follows the reply (never abandon, SM-13)
    assert text.endswith("If you want to keep talking, I'm listening.")


def test_preamble_is_the_first_streamed_text(fake_guard: Guard) -> None:
    model = ScriptedModel([REPLY])
    client = fake_guard.wrap(openai_client(model))
    with safeguard_context(locale="en-GB"):
        stream = client.chat.completions.create(model="m", messages=AT_RISK, stream=True)
        first = next(c.choices[0].delta.content for c in stream if c.choices and c.choices[0].delta.content)
    assert "116 123" in first and "That sounds hard" not in first


def safeguard_context(**kwargs: Any) -> Any:
    from safeguard._context import context

    return context(**kwargs)


@pytest.mark.parametrize("api", APIS)
@pytest.mark.parametrize("stream", [False, True])
def test_method_content_never_released(fake_guard: Guard, api: str, stream: bool) -> None:
    reply = f"I hear you. Here is {METHOD} you asked for. More {METHOD} follows."
    model = ScriptedModel([reply], chunk_bytes=2)
    text = call(fake_guard.wrap(_client(api, model)), api, AT_RISK, stream)
    assert METHOD not in text
    assert text.split("\n\n")[1] == "I hear you."  # the checked sentence before it stays
    assert "Which country are you in?" in text or "findahelpline" in text  # then the safe reply


def test_blocked_input_gets_a_vendor_shaped_safe_reply(fake_checks: None) -> None:
    policy = fake_policy(
        rules=[{"id": "b", "when": {"check": "self_harm", "min_level": "ideation"}, "action": "block"}]
    )
    guard = Guard(policy)
    model = ScriptedModel([REPLY])
    for api in APIS:
        for stream in (False, True):
            text = call(guard.wrap(_client(api, model)), api, AT_RISK, stream)
            assert "findahelpline" in text
    assert model.requests == []  # the vendor was never called


@pytest.mark.parametrize("api", APIS)
def test_fail_closed_block_raises_blocked_unwrapped_and_unretried(fake_checks: None, api: str) -> None:
    rules = [{"id": "b", "when": {"check": "self_harm", "min_level": "ideation"}, "action": "block"}]
    guard = Guard(fake_policy(rules=rules, fail="closed"))
    stages = _record(guard)
    model = ScriptedModel([REPLY])
    with pytest.raises(safeguard.Blocked) as caught:
        call(guard.wrap(_client(api, model, max_retries=3)), api, AT_RISK, stream=False)
    assert caught.value.reply and "findahelpline" in caught.value.reply
    assert model.requests == []
    assert stages == ["input"]


async def test_fail_closed_block_async(fake_checks: None) -> None:
    rules = [{"id": "b", "when": {"check": "self_harm", "min_level": "ideation"}, "action": "block"}]
    guard = Guard(fake_policy(rules=rules, fail="closed"))
    with pytest.raises(safeguard.Blocked):
        await acall(
            guard.wrap(anthropic_client(ScriptedModel(), asynchronous=True)), "messages", AT_RISK, True
        )


def test_check_failing_open_passes_reply_through(fake_checks: None) -> None:
    policy = fake_policy(checks=[{"type": "exploding", "fail": "open"}], rules=[])
    guard = Guard(policy)
    model = ScriptedModel([REPLY])
    assert call(guard.wrap(openai_client(model)), "chat", USER, stream=True) == REPLY


def test_check_failing_closed_raises_check_error(fake_checks: None) -> None:
    guard = Guard(fake_policy(checks=[{"type": "exploding", "fail": "closed"}], rules=[]))
    model = ScriptedModel([REPLY])
    with pytest.raises(safeguard.CheckError):
        call(guard.wrap(anthropic_client(model, max_retries=3)), "messages", USER, stream=False)
    assert model.requests == []


@pytest.mark.parametrize("module", [httpx, httpx2])
def test_raw_transport_for_both_http_modules(fake_guard: Guard, module: Any) -> None:
    model = ScriptedModel([REPLY])
    with module.Client(transport=GuardTransport(fake_guard, model.transport(module))) as http:
        body = {"model": "m", "messages": USER}
        response = http.post(
            "http://x/v1/chat/completions", json=body, headers={"X-Safeguard-Locale": "fr-FR"}
        )
    assert response.json()["choices"][0]["message"]["content"] == REPLY.replace(PROMISE, HONEST)
    assert "x-safeguard-locale" not in model.requests[0].headers
    assert type(http._transport).__module__.startswith("safeguard")


@pytest.mark.parametrize("module", [httpx, httpx2])
async def test_raw_async_transport_streams(fake_guard: Guard, module: Any) -> None:
    model = ScriptedModel([REPLY], chunk_bytes=1)
    transport = AsyncGuardTransport(fake_guard, model.transport(module))
    async with module.AsyncClient(transport=transport) as http:
        body = {"model": "m", "max_tokens": 9, "messages": USER, "stream": True}
        async with http.stream("POST", "http://x/v1/messages", json=body) as response:
            raw = b"".join([chunk async for chunk in response.aiter_bytes()])
    events = [block for block in raw.decode().split("\n\n") if block]
    assert all(block.startswith("event: ") for block in events)  # anthropic framing kept
    assert HONEST in raw.decode() and PROMISE not in raw.decode()


def test_raw_transport_raises_blocked_directly(fake_checks: None) -> None:
    rules = [{"id": "b", "when": {"check": "self_harm", "min_level": "ideation"}, "action": "block"}]
    guard = Guard(fake_policy(rules=rules, fail="closed"))
    transport = GuardTransport(guard, ScriptedModel().transport(httpx2))
    with httpx2.Client(transport=transport) as http, pytest.raises(safeguard.Blocked):
        http.post("http://x/v1/chat/completions", json={"model": "m", "messages": AT_RISK})


def test_openai_with_legacy_httpx_client(fake_guard: Guard) -> None:
    model = ScriptedModel([REPLY])
    client = fake_guard.wrap(openai_client(model, module=httpx))
    assert call(client, "chat", USER, stream=True) == REPLY.replace(PROMISE, HONEST)


def test_chat_done_marker_kept(fake_guard: Guard) -> None:
    model = ScriptedModel([REPLY], chunk_bytes=5)
    with httpx2.Client(transport=GuardTransport(fake_guard, model.transport(httpx2))) as http:
        body = {"model": "m", "messages": AT_RISK, "stream": True}
        raw = http.post("http://x/v1/chat/completions", json=body).text
    assert raw.endswith("data: [DONE]\n\n")
    assert all(block.startswith("data: ") for block in raw.split("\n\n") if block)


def test_unguarded_endpoints_untouched(fake_guard: Guard) -> None:
    model = ScriptedModel([REPLY])
    with httpx2.Client(transport=GuardTransport(fake_guard, model.transport(httpx2))) as http:
        http.post("http://x/v1/embeddings", content=b"not json at all")
    assert model.requests[0].body == "not json at all"


class _ExplodingOnReply:
    """A check that fails only on the reply side."""

    name = "late"

    def __init__(self, options: object = None) -> None:
        pass

    def check_input(self, conversation: Any) -> Any:
        from safeguard._findings import CheckResult

        return CheckResult()

    def check_output(self, conversation: Any, reply: str) -> Any:
        raise RuntimeError("boom")


@pytest.mark.parametrize("api", APIS)
def test_reply_side_check_error_is_not_retried(
    fake_checks: None, monkeypatch: pytest.MonkeyPatch, api: str
) -> None:
    from safeguard import _registry

    monkeypatch.setitem(_registry.BUILTIN_CHECKS, "late", f"{__name__}:_ExplodingOnReply")
    _registry.resolve.cache_clear()
    guard = Guard(fake_policy(checks=[{"type": "late", "fail": "closed"}], rules=[]))
    model = ScriptedModel([REPLY])
    with pytest.raises(safeguard.CheckError):
        call(guard.wrap(_client(api, model, max_retries=3)), api, USER, stream=False)
    assert len(model.requests) == 1


def test_unknown_event_shapes_pass_through(fake_guard: Guard) -> None:
    from safeguard.integrations._streams import SseGuard

    sse = SseGuard("messages", lambda: None)  # type: ignore[arg-type,return-value]
    odd = b'event: content_block_delta\ndata: {"type": "content_block_delta", "delta": 7}\n\n'
    assert sse.feed(odd) == odd
