"""A scripted fake LLM for tests and demos: no network, no key.

``ScriptedModel`` answers the OpenAI chat, OpenAI Responses and Anthropic
messages APIs (JSON and streaming) with replies you script, in the vendors'
own shapes. Use it as an httpx / httpx2 transport or as a real HTTP server on
127.0.0.1, and inspect what it received::

    model = ScriptedModel(["Hello! I'm here to listen."])
    client = guard.wrap(openai_client(model))
    client.chat.completions.create(model="m", messages=[{"role": "user", "content": "hi"}])
    model.requests[0].headers          # what the vendor would have seen

    with model.serve() as base_url:    # the same model over real HTTP
        ...
"""

from __future__ import annotations

import gzip as _gzip
import importlib
import json
import sys
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any

from safeguard.integrations import _shapes

__all__ = ["RecordedRequest", "ScriptedModel", "anthropic_client", "openai_client"]

Reply = str | Callable[["RecordedRequest"], str]


@dataclass(frozen=True, slots=True)
class RecordedRequest:
    """One request the fake model received: method, path, lower-cased headers, JSON body."""

    method: str
    path: str
    headers: Mapping[str, str]
    body: Any

    def texts(self) -> list[str]:
        """Every string found anywhere in the body (handy for "no PII reached the vendor")."""
        found: list[str] = []
        _collect(self.body, found)
        return found


def _collect(value: Any, found: list[str]) -> None:
    if isinstance(value, str):
        found.append(value)
    elif isinstance(value, Mapping):
        for item in value.values():
            _collect(item, found)
    elif isinstance(value, list):
        for item in value:
            _collect(item, found)


@dataclass
class _Wire:
    status: int
    headers: dict[str, str]
    chunks: list[bytes]


@dataclass
class ScriptedModel:
    """A fake model answering with ``replies`` in order (the last one repeats).

    - ``deltas``: how streamed replies are cut: a function from text to pieces
      (default: word by word).
    - ``chunk_bytes``: when set, streamed bodies go out in pieces of this many bytes
      (SSE events split anywhere, as real networks do); by default one event per piece.
    - ``gzip``: send ``Content-Encoding: gzip`` bodies.
    - ``fail_first``: answer the first N requests with a retryable 500.
    - ``malformed``: answer with a 200 whose body is not JSON.
    """

    replies: Sequence[Reply] = ("I'm here with you.",)
    model: str = "scripted-1"
    deltas: Callable[[str], list[str]] = _shapes.split_words
    chunk_bytes: int | None = None
    gzip: bool = False
    fail_first: int = 0
    malformed: bool = False
    requests: list[RecordedRequest] = field(default_factory=list)
    _answered: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    # -- the protocol-neutral core ----------------------------------------------
    def respond(self, method: str, path: str, headers: Mapping[str, str], body: bytes) -> _Wire:
        """Answer one request: record it, then build status, headers and body chunks."""
        parsed = _parse(body)
        record = RecordedRequest(method, path, {k.lower(): v for k, v in headers.items()}, parsed)
        with self._lock:
            self.requests.append(record)
            attempt = len(self.requests)
        vendor = "anthropic" if path.rstrip("/").endswith("/messages") else "openai"
        if attempt <= self.fail_first:
            error = _shapes.error_body(vendor, "server_error", "scripted failure")
            return self._wire(500, "application/json", [json.dumps(error).encode()], {"retry-after-ms": "1"})
        if self.malformed:
            return self._wire(200, "application/json", [b'{"id": "broken", "choices": ['])
        text = self._next_text(record)
        stream = isinstance(parsed, Mapping) and bool(parsed.get("stream"))
        events, obj = self._render(path, text, stream)
        if stream:
            return self._wire(200, "text/event-stream", self._split(_shapes.sse(events)))
        return self._wire(200, "application/json", [json.dumps(obj).encode()])

    def _next_text(self, record: RecordedRequest) -> str:
        with self._lock:
            index = min(self._answered, len(self.replies) - 1)
            self._answered += 1
        reply = self.replies[index]
        return reply(record) if callable(reply) else reply

    def _render(self, path: str, text: str, stream: bool) -> tuple[list[_shapes.Event], Any]:
        pieces = self.deltas(text) if stream else []
        route = path.rstrip("/")
        if route.endswith("/messages"):
            return (
                _shapes.anthropic_events(pieces, self.model) if stream else [],
                _shapes.anthropic_message(text, self.model),
            )
        if route.endswith("/responses"):
            return (
                _shapes.response_events(pieces, self.model) if stream else [],
                _shapes.response_object(text, self.model),
            )
        return (
            _shapes.chat_chunks(pieces, self.model) if stream else [],
            _shapes.chat_completion(text, self.model),
        )

    def _split(self, data: bytes) -> list[bytes]:
        if self.gzip:
            data = _gzip.compress(data)
        elif self.chunk_bytes is None:  # one event per chunk, as servers flush them
            return [event + b"\n\n" for event in data.split(b"\n\n") if event]
        size = self.chunk_bytes or len(data) or 1
        return [data[i : i + size] for i in range(0, len(data), size)]

    def _wire(self, status: int, ctype: str, chunks: list[bytes], extra: Mapping[str, str] = {}) -> _Wire:
        headers = {"content-type": ctype, **extra}
        if self.gzip and ctype == "application/json":
            chunks = [_gzip.compress(b"".join(chunks))]
        if self.gzip:
            headers["content-encoding"] = "gzip"
        return _Wire(status, headers, chunks)

    # -- as a transport --------------------------------------------------------------
    def transport(self, module: ModuleType) -> Any:
        """An ``httpx`` / ``httpx2`` ``MockTransport`` (works for sync and async clients)."""
        stream_type = _stream_class(module)

        def handler(request: Any) -> Any:
            wire = self.respond(request.method, request.url.path, request.headers, request.read())
            return module.Response(wire.status, headers=wire.headers, stream=stream_type(wire.chunks))

        return module.MockTransport(handler)

    async_transport = transport

    # -- as a server --------------------------------------------------------------------
    @contextmanager
    def serve(self) -> Iterator[str]:
        """Serve on a free port of 127.0.0.1 in a thread; yields the base URL (``.../v1``)."""
        server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{server.server_address[1]}/v1"
        finally:
            server.shutdown()
            server.server_close()
            thread.join()


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        # A client that hangs up mid-stream (an abandoned SDK stream) is normal here.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def _parse(body: bytes) -> Any:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return body.decode("utf-8", "replace")


def _stream_class(module: ModuleType) -> Any:
    class _Chunks(module.SyncByteStream, module.AsyncByteStream):  # type: ignore[name-defined,misc]
        def __init__(self, chunks: list[bytes]) -> None:
            self._chunks = chunks

        def __iter__(self) -> Iterator[bytes]:
            yield from self._chunks

        async def __aiter__(self) -> Any:
            for chunk in self._chunks:
                yield chunk

    return _Chunks


def _handler_for(model: ScriptedModel) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            size = int(self.headers.get("content-length") or 0)
            body = self.rfile.read(size)
            wire = model.respond("POST", self.path, dict(self.headers.items()), body)
            self.send_response(wire.status)
            for key, value in wire.headers.items():
                self.send_header(key, value)
            self.send_header("transfer-encoding", "chunked")
            self.end_headers()
            for chunk in wire.chunks:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                self.wfile.flush()
            self.wfile.write(b"0\r\n\r\n")

        def log_message(self, format: str, *args: Any) -> None:  # quiet test output
            return

    return Handler


# -- ready-made SDK clients ------------------------------------------------------------
def openai_client(
    model: ScriptedModel, *, asynchronous: bool = False, module: ModuleType | None = None, **kwargs: Any
) -> Any:
    """An ``openai.OpenAI`` (or ``AsyncOpenAI``) client answered by ``model`` in-process."""
    import openai

    http = _http_client(model, asynchronous, module or _sdk_http_module(openai))
    cls = openai.AsyncOpenAI if asynchronous else openai.OpenAI
    return cls(api_key="scripted", base_url="http://scripted.invalid/v1", http_client=http, **kwargs)


def anthropic_client(
    model: ScriptedModel, *, asynchronous: bool = False, module: ModuleType | None = None, **kwargs: Any
) -> Any:
    """An ``anthropic.Anthropic`` (or ``AsyncAnthropic``) client answered by ``model`` in-process."""
    import anthropic

    http = _http_client(model, asynchronous, module or _sdk_http_module(anthropic))
    cls = anthropic.AsyncAnthropic if asynchronous else anthropic.Anthropic
    return cls(api_key="scripted", base_url="http://scripted.invalid", http_client=http, **kwargs)


def _sdk_http_module(sdk: ModuleType) -> ModuleType:
    """``httpx2`` for the current SDK majors, ``httpx`` for the previous ones."""
    default = getattr(sdk, "DefaultHttpxClient", None)
    roots = [c.__module__.split(".")[0] for c in getattr(default, "__mro__", ())]
    return importlib.import_module("httpx2" if "httpx2" in roots or not roots else "httpx")


def _http_client(model: ScriptedModel, asynchronous: bool, module: ModuleType) -> Any:
    factory = module.AsyncClient if asynchronous else module.Client
    return factory(transport=model.transport(module))
