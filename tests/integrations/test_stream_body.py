"""The guarded SSE body is read raw when unencoded, decoded otherwise, and always closed."""

from __future__ import annotations

import asyncio
import gzip
import json
from collections.abc import AsyncIterator, Iterator
from types import ModuleType
from typing import Any

import httpx
import httpx2
import pytest

from safeguard._guard import Guard
from safeguard.integrations import AsyncGuardTransport, GuardTransport, _shapes
from safeguard.integrations._transport import _unencoded

BODY = b'{"model":"m","stream":true,"messages":[{"role":"user","content":"hi"}]}'
REPLY = "That sounds hard. Tell me more."
URL = "http://vendor.invalid/v1/chat/completions"


@pytest.mark.parametrize(
    ("encoding", "raw"),
    [
        (None, True),
        ("identity", True),
        ("Identity, identity", True),
        ("gzip", False),
        ("identity, gzip", False),
    ],
)
def test_only_an_unencoded_body_is_read_raw(encoding: str | None, raw: bool) -> None:
    headers = {"content-encoding": encoding} if encoding else {}
    for module in (httpx, httpx2):
        assert _unencoded(module.Response(200, headers=headers)) is raw


def _sse(encoding: str | None) -> tuple[dict[str, str], list[bytes]]:
    data = _shapes.sse(_shapes.chat_chunks(_shapes.split_words(REPLY), "m"))
    headers = {"content-type": "text/event-stream"}
    if encoding == "gzip":
        headers["content-encoding"] = "gzip"
        return headers, [gzip.compress(data)]
    if encoding:
        headers["content-encoding"] = encoding
    return headers, [e + b"\n\n" for e in data.split(b"\n\n") if e]


def _text(body: bytes) -> str:
    out = []
    for event in body.split(b"\n\n"):
        if event.startswith(b"data: {"):
            for choice in json.loads(event[6:])["choices"]:
                out.append(choice["delta"].get("content") or "")
    return "".join(out)


class _Tracked:
    closed = False


def _inner(module: ModuleType, encoding: str | None, tracked: _Tracked) -> Any:
    headers, chunks = _sse(encoding)

    class Chunks(module.SyncByteStream, module.AsyncByteStream):  # type: ignore[name-defined,misc]
        def __iter__(self) -> Iterator[bytes]:
            yield from chunks

        async def __aiter__(self) -> AsyncIterator[bytes]:
            for chunk in chunks:
                yield chunk

        def close(self) -> None:
            tracked.closed = True

        async def aclose(self) -> None:
            tracked.closed = True

    return module.MockTransport(lambda request: module.Response(200, headers=headers, stream=Chunks()))


@pytest.mark.parametrize("module", [httpx, httpx2])
@pytest.mark.parametrize("encoding", [None, "identity", "gzip"])
def test_sync_stream_text_and_close(module: ModuleType, encoding: str | None) -> None:
    tracked = _Tracked()
    guard = Guard()
    client = module.Client(transport=GuardTransport(guard, _inner(module, encoding, tracked)))
    with client.stream("POST", URL, content=BODY) as response:
        body = b"".join(response.iter_bytes())
    assert _text(body) == REPLY
    assert tracked.closed


@pytest.mark.parametrize("module", [httpx, httpx2])
@pytest.mark.parametrize("encoding", [None, "identity", "gzip"])
def test_async_stream_text_and_close(module: ModuleType, encoding: str | None) -> None:
    tracked = _Tracked()
    guard = Guard()

    async def run() -> bytes:
        transport = AsyncGuardTransport(guard, _inner(module, encoding, tracked))
        client = module.AsyncClient(transport=transport)
        async with client, client.stream("POST", URL, content=BODY) as response:
            return b"".join([chunk async for chunk in response.aiter_bytes()])

    assert _text(asyncio.run(run())) == REPLY
    assert tracked.closed
