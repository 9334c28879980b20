"""``AiohttpUpstream`` against a scripted HTTP/1.1 server on 127.0.0.1 (the proxy's default client).

The httpx2 path is covered through ``MockTransport`` in the other serve tests; these
run the same contract over a real socket: what is forwarded, chunked and gzip bodies,
errors before and during a stream, connections reused or dropped.
"""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest

from safeguard.serve import ServeConfig
from safeguard.serve._errors import ProxyError
from safeguard.serve._routes import find
from safeguard.serve._upstream import make_upstream
from safeguard.serve._upstream_aiohttp import AiohttpUpstream

CHAT = find("/v1/chat/completions")
assert CHAT is not None

Script = Callable[[socket.socket, bytes], None]


@dataclass
class Server:
    """Answers each connection's requests with ``script(conn, request_bytes)``."""

    script: Script
    requests: list[bytes] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        with conn:
            while True:
                request = _read_request(conn)
                if request is None:
                    return
                self.requests.append(request)
                self.script(conn, request)

    def close(self) -> None:
        self._sock.close()


def _read_request(conn: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = conn.recv(65536)
        if not chunk:
            return None
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    lengths = [
        int(line.split(b":")[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    ]
    length = lengths[0] if lengths else 0
    while len(body) < length:
        body += conn.recv(65536)
    return head + b"\r\n\r\n" + body


def _chunked(*parts: bytes) -> bytes:
    return b"".join(b"%x\r\n%s\r\n" % (len(p), p) for p in parts) + b"0\r\n\r\n"


SSE_HEAD = b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
EVENTS = (b'data: {"a":1}\n\n', b'data: {"a":2}\n\n', b"data: [DONE]\n\n")


@pytest.fixture
def serve() -> Iterator[Callable[[Script], Server]]:
    servers: list[Server] = []

    def start(script: Script) -> Server:
        servers.append(Server(script))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _upstream(port: int, **config: float) -> AiohttpUpstream:
    return AiohttpUpstream(ServeConfig(openai_base_url=f"http://127.0.0.1:{port}/v1", **config))  # type: ignore[arg-type]


async def _stream(
    upstream: AiohttpUpstream, query: bytes = b""
) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """One streamed call, then the pool is closed (also when the call fails)."""
    headers = [
        (b"Authorization", b"Bearer k"),
        (b"X-Safeguard-Locale", b"en-US"),
        (b"Accept-Encoding", b"gzip"),
    ]
    try:
        async with upstream.open(CHAT, headers, b'{"x":1}', query) as response:
            body = b"".join([chunk async for chunk in response.chunks()])
            return response.status, response.raw_headers, body
    finally:
        await upstream.aclose()


def test_it_is_the_default_without_a_transport() -> None:
    assert isinstance(make_upstream(ServeConfig()), AiohttpUpstream)


def test_forwards_exactly_what_the_client_sent_and_streams_chunked_events(
    serve: Callable[[Script], Server],
) -> None:
    server = serve(lambda conn, _: conn.sendall(SSE_HEAD + _chunked(*EVENTS)))
    status, headers, body = asyncio.run(_stream(_upstream(server.port), b"api-version=2024-10-21&x=%2F"))
    assert status == 200 and body == b"".join(EVENTS)
    assert (b"content-type", b"text/event-stream") in [(k.lower(), v) for k, v in headers]
    head = server.requests[0].split(b"\r\n\r\n")[0].lower()
    assert head.startswith(b"post /v1/chat/completions?api-version=2024-10-21&x=%2f http/1.1")
    assert b"authorization: bearer k" in head
    assert b"x-safeguard" not in head  # the guard's own headers never reach the vendor
    assert b"accept-encoding: identity" in head and b"gzip" not in head
    assert b"content-type" not in head and b"user-agent" not in head  # nothing invented
    assert server.requests[0].endswith(b'\r\n\r\n{"x":1}')


def test_a_gzip_reply_is_decoded_and_the_connection_is_reused(serve: Callable[[Script], Server]) -> None:
    packed = gzip.compress(b'{"ok":true}')
    head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\n"
    server = serve(lambda conn, _: conn.sendall(head + b"content-length: %d\r\n\r\n" % len(packed) + packed))
    upstream = _upstream(server.port)

    async def run() -> list[bytes]:
        bodies = []
        for _ in range(3):
            async with upstream.open(CHAT, [], b"{}") as response:
                bodies.append(await response.read())
        await upstream.aclose()
        return bodies

    assert asyncio.run(run()) == [b'{"ok":true}'] * 3
    assert server.connections == 1


def test_unreachable_is_a_502() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago; nothing listens on it
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    upstream = _upstream(port)
    with pytest.raises(ProxyError) as raised:
        asyncio.run(_stream(upstream))
    assert (raised.value.status, raised.value.code) == (502, "upstream_unreachable")


def test_no_answer_in_time_is_a_504(serve: Callable[[Script], Server]) -> None:
    server = serve(lambda conn, _: threading.Event().wait(2))
    with pytest.raises(ProxyError) as raised:
        asyncio.run(_stream(_upstream(server.port, upstream_timeout=0.2)))
    assert (raised.value.status, raised.value.code) == (504, "upstream_timeout")


def test_a_stall_mid_stream_is_a_timeout_error(serve: Callable[[Script], Server]) -> None:
    def stall(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + b"%x\r\n%s\r\n" % (len(EVENTS[0]), EVENTS[0]))
        threading.Event().wait(2)

    server = serve(stall)
    with pytest.raises(ProxyError) as raised:
        asyncio.run(_stream(_upstream(server.port, upstream_timeout=0.2)))
    assert (raised.value.status, raised.value.code) == (504, "upstream_timeout")


def test_a_connection_broken_mid_stream_is_a_502(serve: Callable[[Script], Server]) -> None:
    def hang_up(conn: socket.socket, _: bytes) -> None:
        conn.sendall(SSE_HEAD + b"%x\r\n%s\r\n" % (len(EVENTS[0]), EVENTS[0]))
        conn.shutdown(socket.SHUT_RDWR)

    server = serve(hang_up)
    with pytest.raises(ProxyError) as raised:
        asyncio.run(_stream(_upstream(server.port)))
    assert (raised.value.status, raised.value.code) == (502, "upstream_broken")


def test_an_unfinished_stream_drops_its_connection_instead_of_reusing_it(
    serve: Callable[[Script], Server],
) -> None:
    server = serve(lambda conn, _: conn.sendall(SSE_HEAD + _chunked(*EVENTS)[:20]))
    upstream = _upstream(server.port)

    async def run() -> None:
        for _ in range(2):
            async with upstream.open(CHAT, [], b"{}") as response:
                async for _chunk in response.chunks():
                    break  # the client left after the first bytes
        await upstream.aclose()

    asyncio.run(run())
    assert server.connections == 2
