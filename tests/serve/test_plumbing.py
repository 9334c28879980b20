"""The proxy's own behaviour: routing, limits, errors in vendor shape, header hygiene, health."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import httpx2
import pytest

from safeguard.serve import GuardProxy
from safeguard.testing import ScriptedModel
from tests.serve.conftest import make_proxy

CHAT = {"model": "m", "messages": [{"role": "user", "content": "hello"}]}
MESSAGES = {"model": "m", "max_tokens": 50, "messages": [{"role": "user", "content": "hello"}]}


def _asgi(proxy: GuardProxy) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=proxy), base_url="http://proxy.test")


async def test_health_shows_policy_and_upstreams(client: httpx.AsyncClient) -> None:
    response = await client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert (body["policy"]["name"], body["policy"]["version"]) == ("serve-test", "1")
    assert body["upstreams"]["openai"] == "http://upstream.invalid"


async def test_health_never_shows_credentials_in_base_urls(policy_file: Path) -> None:
    proxy = make_proxy(policy_file, openai_base_url="https://user:sk-secret@api.example.com/v1?key=sk-2")
    async with _asgi(proxy) as http:
        text = (await http.get("/healthz")).text
    assert "sk-secret" not in text and "sk-2" not in text and "user" not in text
    assert "https://api.example.com/v1" in text


@pytest.mark.parametrize("body", [b"{not json", b"[1, 2]", b"\xff\xfe", b""])
async def test_malformed_json_is_400_in_openai_shape(client: httpx.AsyncClient, model: ScriptedModel,
                                                     body: bytes) -> None:  # fmt: skip
    response = await client.post("/v1/chat/completions", content=body)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["type"] == "invalid_request_error" and error["code"] == "invalid_json"
    assert response.headers["x-should-retry"] == "false"
    assert model.requests == []


async def test_malformed_json_is_400_in_anthropic_shape(client: httpx.AsyncClient) -> None:
    response = await client.post("/v1/messages", content=b"{")
    assert response.status_code == 400
    body = response.json()
    assert body["type"] == "error" and body["error"]["type"] == "invalid_request_error"


async def test_oversized_declared_body_is_413_and_never_forwarded(
    policy_file: Path, model: ScriptedModel
) -> None:
    proxy = make_proxy(policy_file, model.transport(httpx2), max_body_bytes=1000)
    big = {**MESSAGES, "messages": [{"role": "user", "content": "x" * 2000}]}
    async with _asgi(proxy) as http:
        response = await http.post("/v1/messages", json=big)
    assert response.status_code == 413
    assert response.json()["error"]["type"] == "request_too_large"
    assert model.requests == []


async def test_oversized_chunked_body_is_413(policy_file: Path, model: ScriptedModel) -> None:
    proxy = make_proxy(policy_file, model.transport(httpx2), max_body_bytes=1000)

    async def chunks() -> AsyncIterator[bytes]:
        for _ in range(20):
            yield b" " * 100  # no content-length: the limit must hold while reading

    async with _asgi(proxy) as http:
        response = await http.post("/v1/chat/completions", content=chunks())
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "request_too_large"
    assert model.requests == []


async def test_unknown_path_and_wrong_method(client: httpx.AsyncClient) -> None:
    assert (await client.post("/v1/embeddings", json={})).status_code == 404
    wrong = await client.get("/v1/chat/completions")
    assert wrong.status_code == 405 and wrong.json()["error"]["code"] == "method_not_allowed"


async def test_credentials_pass_through_and_safeguard_headers_are_stripped(
    client: httpx.AsyncClient, model: ScriptedModel
) -> None:
    headers = {
        "Authorization": "Bearer sk-test-123",
        "x-api-key": "ak-test-456",
        "anthropic-version": "2023-06-01",
        "X-Safeguard-Locale": "en-GB",
        "X-Safeguard-Conversation-Id": "c-1",
        "X-Safeguard-Age-Band": "adult",
    }
    response = await client.post("/v1/messages", json=MESSAGES, headers=headers)
    assert response.status_code == 200
    seen = model.requests[0].headers
    assert seen["authorization"] == "Bearer sk-test-123"
    assert seen["x-api-key"] == "ak-test-456"
    assert seen["anthropic-version"] == "2023-06-01"
    assert not [name for name in seen if name.startswith("x-safeguard")]


async def test_query_string_is_forwarded(policy_file: Path) -> None:
    seen: list[str] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(str(request.url))
        return httpx2.Response(200, json={"choices": []})

    async with _asgi(make_proxy(policy_file, httpx2.MockTransport(handler))) as http:
        await http.post("/v1/chat/completions?api-version=2024-10-21", json=CHAT)
    assert seen == ["http://upstream.invalid/v1/chat/completions?api-version=2024-10-21"]


@pytest.mark.parametrize("status", [400, 401, 429, 500, 529])
async def test_upstream_errors_pass_through_unchanged(policy_file: Path, status: int) -> None:
    raw = json.dumps(
        {"type": "error", "error": {"type": "vendor_kind", "message": "from the vendor"}}
    ).encode()

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(
            status, content=raw, headers={"content-type": "application/json", "request-id": "r1"}
        )

    async with _asgi(make_proxy(policy_file, httpx2.MockTransport(handler))) as http:
        response = await http.post("/v1/messages", json=MESSAGES)
    assert response.status_code == status
    assert response.content == raw
    assert response.headers["request-id"] == "r1"


@pytest.mark.parametrize(
    ("raised", "status", "code"),
    [
        (httpx2.ReadTimeout("slow"), 504, "upstream_timeout"),
        (httpx2.ConnectTimeout("slow"), 504, "upstream_timeout"),
        (httpx2.ConnectError("refused"), 502, "upstream_unreachable"),
    ],
)
async def test_upstream_timeouts_and_failures_in_vendor_shape(
    policy_file: Path, raised: Exception, status: int, code: str
) -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        raise raised

    async with _asgi(make_proxy(policy_file, httpx2.MockTransport(handler))) as http:
        openai_style = await http.post("/v1/chat/completions", json=CHAT)
        anthropic_style = await http.post("/v1/messages", json=MESSAGES)
    assert openai_style.status_code == status and openai_style.json()["error"]["code"] == code
    assert anthropic_style.status_code == status
    assert anthropic_style.json()["type"] == "error"
