"""Guard decisions through the proxy: PII round trip, blocked input, fail closed, broken streams."""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import httpx2
import openai
import pytest

from safeguard.testing import RecordedRequest, ScriptedModel
from tests.serve.conftest import make_proxy, serve_in_thread, stop

EMAIL = "jane.doe@example.com"
PII_POLICY = """\
name: serve-pii
checks:
  - type: pii
rules:
  - id: pii-in
    when: {check: pii, where: input}
    action: redact
"""
BLOCK_POLICY = """\
name: serve-block
fail: {fail}
checks:
  - type: fake_risk
rules:
  - id: stop
    when: {{check: fake_risk, min_level: passive}}
    action: block
"""
CLOSED_POLICY = """\
name: serve-closed
checks:
  - type: crashing
    fail: closed
"""


def _client(proxy: object) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=proxy), base_url="http://proxy.test")  # type: ignore[arg-type]


def _echo_placeholder(request: RecordedRequest) -> str:
    found = re.search(r"<[A-Z_]+_[0-9]+>", " ".join(request.texts()))
    return f"I have noted {found.group() if found else 'nothing'}. Thank you."


@pytest.mark.parametrize("stream", [False, True])
async def test_pii_never_reaches_the_vendor_and_is_restored_in_the_reply(
    tmp_path: Path, stream: bool
) -> None:
    policy = tmp_path / "pii.yaml"
    policy.write_text(PII_POLICY, encoding="utf-8")
    model = ScriptedModel([_echo_placeholder])
    body = {
        "model": "m",
        "stream": stream,
        "messages": [{"role": "user", "content": f"Write to {EMAIL} please."}],
    }
    headers = {"X-Safeguard-Conversation-Id": "conv-1"}
    async with _client(make_proxy(policy, model.transport(httpx2))) as http:
        response = await http.post("/v1/chat/completions", json=body, headers=headers)
    assert response.status_code == 200
    assert EMAIL not in json.dumps(model.requests[0].body)
    assert "<EMAIL_ADDRESS_1>" in json.dumps(model.requests[0].body)
    if stream:
        text = "".join(
            json.loads(line[6:])["choices"][0]["delta"].get("content") or ""
            for line in response.text.splitlines()
            if line.startswith("data: {")
        )
    else:
        text = response.json()["choices"][0]["message"]["content"]
    assert text == f"I have noted {EMAIL}. Thank you."


async def test_blocked_input_gets_a_stand_in_reply_without_calling_the_vendor(
    tmp_path: Path, fake_registry: None
) -> None:
    policy = tmp_path / "block.yaml"
    policy.write_text(BLOCK_POLICY.format(fail="open"), encoding="utf-8")
    model = ScriptedModel(["should never be seen"])
    body = {"model": "m", "messages": [{"role": "user", "content": "I feel hopeless."}]}
    async with _client(make_proxy(policy, model.transport(httpx2))) as http:
        response = await http.post("/v1/chat/completions", json=body)
    assert response.status_code == 200
    assert model.requests == []
    text = response.json()["choices"][0]["message"]["content"]
    assert text and "should never be seen" not in text


@pytest.mark.parametrize("policy_text", [BLOCK_POLICY.format(fail="closed"), CLOSED_POLICY])
async def test_fail_closed_refusals_are_a_400_the_sdk_does_not_retry(
    tmp_path: Path, fake_registry: None, policy_text: str
) -> None:
    policy = tmp_path / "closed.yaml"
    policy.write_text(policy_text, encoding="utf-8")
    model = ScriptedModel(["should never be seen"])
    body = {"model": "m", "max_tokens": 9, "messages": [{"role": "user", "content": "I feel hopeless."}]}
    async with _client(make_proxy(policy, model.transport(httpx2))) as http:
        response = await http.post("/v1/messages", json=body)
    assert response.status_code == 400
    assert response.headers["x-should-retry"] == "false"
    assert response.json()["error"]["type"] == "safeguard_error"
    assert "hopeless" not in response.text
    assert model.requests == []


class _Chunks(httpx2.AsyncByteStream):
    """An SSE body sent slowly; optionally breaking after ``break_after`` chunks."""

    def __init__(self, count: int, delay: float, break_after: int | None = None) -> None:
        self.count, self.delay, self.break_after = count, delay, break_after
        self.sent = 0
        self.closed = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for index in range(self.count):
            if index == self.break_after:
                raise httpx2.ReadError("connection reset")
            await asyncio.sleep(self.delay)
            self.sent += 1
            choice = {"index": 0, "delta": {"content": f"Word {index}. "}, "finish_reason": None}
            chunk = {
                "id": "c",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "m",
                "choices": [choice],
            }
            yield f"data: {json.dumps(chunk)}\n\n".encode()
        yield b"data: [DONE]\n\n"

    async def aclose(self) -> None:
        self.closed = True


def _sse_upstream(stream: _Chunks) -> httpx2.MockTransport:
    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)

    return httpx2.MockTransport(handler)


HI: list[dict[str, str]] = [{"role": "user", "content": "hi"}]
CHAT_STREAM = {"model": "m", "stream": True, "messages": HI}


def test_a_stream_broken_upstream_ends_with_an_error_the_sdk_raises(policy_file: Path) -> None:
    running = serve_in_thread(make_proxy(policy_file, _sse_upstream(_Chunks(10, 0.0, break_after=3))))
    try:
        with openai.OpenAI(base_url=f"{running.url}/v1", api_key="k", max_retries=0) as client:
            stream = client.chat.completions.create(model="m", messages=HI, stream=True)  # type: ignore[arg-type]
            with pytest.raises(openai.APIError, match="broke mid-stream"):
                for _ in stream:
                    pass
    finally:
        stop(running)


def test_shutdown_lets_an_in_flight_stream_finish(policy_file: Path) -> None:
    upstream = _Chunks(8, 0.1)
    running = serve_in_thread(make_proxy(policy_file, _sse_upstream(upstream)), timeout_graceful_shutdown=10)
    lines: list[str] = []
    with (
        httpx.Client(base_url=running.url, timeout=10) as http,
        http.stream("POST", "/v1/chat/completions", json=CHAT_STREAM) as response,
    ):
        for line in response.iter_lines():
            if line and not running.server.should_exit:
                running.server.should_exit = True  # SIGTERM's effect, after the first event
            lines.append(line)
    running.thread.join(timeout=10)
    assert not running.thread.is_alive()
    assert upstream.sent == 8
    assert "data: [DONE]" in lines


def test_a_client_that_leaves_stops_the_upstream_read(policy_file: Path) -> None:
    upstream = _Chunks(200, 0.02)
    running = serve_in_thread(make_proxy(policy_file, _sse_upstream(upstream)))
    try:
        with (
            httpx.Client(base_url=running.url, timeout=10) as http,
            http.stream("POST", "/v1/chat/completions", json=CHAT_STREAM) as response,
        ):
            next(response.iter_lines())
        for _ in range(200):
            if upstream.closed:
                break
            asyncio.run(asyncio.sleep(0.02))
        assert upstream.closed
        assert upstream.sent < 200
    finally:
        stop(running)


async def test_one_apps_placeholders_never_restore_in_another_apps_reply(tmp_path: Path) -> None:
    policy = tmp_path / "pii.yaml"
    policy.write_text(PII_POLICY, encoding="utf-8")
    model = ScriptedModel([_echo_placeholder])
    same_id = {"X-Safeguard-Conversation-Id": "1"}

    def body(text: str) -> dict[str, object]:
        return {"model": "m", "messages": [{"role": "user", "content": text}]}

    async with _client(make_proxy(policy, model.transport(httpx2))) as http:
        app_a = {**same_id, "Authorization": "Bearer app-a"}
        first = await http.post("/v1/chat/completions", json=body(f"Mail {EMAIL}"), headers=app_a)
        # app B, same conversation id, types the placeholder app A's vault knows (and some PII
        # of its own, so that a vault is used for its request at all)
        app_b = {**same_id, "Authorization": "Bearer app-b"}
        text = "What is <EMAIL_ADDRESS_1>? Mine is bob@example.org."
        second = await http.post("/v1/chat/completions", json=body(text), headers=app_b)
    assert EMAIL in first.json()["choices"][0]["message"]["content"]
    leaked = second.json()["choices"][0]["message"]["content"]
    assert EMAIL not in leaked
