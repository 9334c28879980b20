"""Small ASGI helpers: read a bounded body, send a whole response, filter headers."""

from __future__ import annotations

import hashlib
from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from safeguard._context import CONVERSATION_HEADER
from safeguard._context import HEADERS as CONTEXT_HEADERS
from safeguard.serve._errors import ProxyError, too_large

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
RawHeaders = list[tuple[bytes, bytes]]

# Hop-by-hop headers (RFC 9110 §7.6.1) and those the proxy recomputes. ``accept-encoding``
# is dropped so the upstream answers uncompressed: the guard has to read the text.
_REQUEST_DROP = frozenset(
    {
        b"host", b"content-length", b"transfer-encoding", b"connection", b"keep-alive",
        b"proxy-connection", b"te", b"trailer", b"upgrade", b"accept-encoding", b"expect",
        *(name.encode() for name in CONTEXT_HEADERS),
    }
)  # fmt: skip
_RESPONSE_DROP = frozenset(
    {
        b"content-length", b"transfer-encoding", b"connection", b"keep-alive", b"content-encoding",
        b"trailer", b"upgrade", b"server", b"date",
    }
)  # fmt: skip


class Disconnected(Exception):
    """The client went away while its request body was being read."""


async def read_body(scope: Scope, receive: Receive, limit: int) -> bytes:
    """The whole request body, refusing (413) as soon as it is known to exceed ``limit``."""
    declared = header(scope, b"content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise too_large(limit)
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise Disconnected
        chunk: bytes = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise too_large(limit)
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


def header(scope: Scope, name: bytes) -> str | None:
    """The first value of a request header (``name`` lower-case), decoded as latin-1."""
    for key, value in scope["headers"]:
        if key.lower() == name:
            return str(value.decode("latin-1"))
    return None


def context_headers(scope: Scope) -> dict[str, str]:
    """The ``X-Safeguard-*`` request headers, with the conversation id scoped to the caller.

    PII vaults are keyed by conversation id. Behind one proxy, two apps (two API keys)
    may both call a conversation ``"1"``; prefixing the id with a fingerprint of the
    credential keeps one app's placeholders from ever being restored in the other's
    replies. The fingerprint is a truncated SHA-256 of a high-entropy key: it does not
    reveal the key, and it is the same in every worker, so telemetry can still
    correlate a conversation's requests.
    """
    wanted = {name.encode() for name in CONTEXT_HEADERS}
    found = {k.lower().decode(): v.decode("latin-1") for k, v in scope["headers"] if k.lower() in wanted}
    conversation = found.get(CONVERSATION_HEADER)
    if conversation:
        found[CONVERSATION_HEADER] = f"{caller_fingerprint(scope)}:{conversation}"
    return found


def caller_fingerprint(scope: Scope) -> str:
    """A short, stable, non-reversible tag of the request's credential (``anonymous`` without one)."""
    secret = header(scope, b"authorization") or header(scope, b"x-api-key") or header(scope, b"api-key")
    if not secret:
        return "anonymous"
    return hashlib.sha256(secret.encode("latin-1")).hexdigest()[:16]


def upstream_request_headers(raw: Iterable[tuple[bytes, bytes]]) -> RawHeaders:
    """Client headers to forward: credentials and vendor headers kept, hop-by-hop and X-Safeguard dropped."""
    return [(k, v) for k, v in raw if k.lower() not in _REQUEST_DROP]


def client_response_headers(raw: Iterable[tuple[bytes, bytes]]) -> RawHeaders:
    """Upstream response headers to return; lengths and encodings are recomputed by the server."""
    return [(k, v) for k, v in raw if k.lower() not in _RESPONSE_DROP]


async def send_bytes(send: Send, status: int, body: bytes, headers: RawHeaders | None = None) -> None:
    """Send a complete response with an exact ``content-length``."""
    out = [(k, v) for k, v in headers or [] if k.lower() != b"content-length"]
    out.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": out})
    await send({"type": "http.response.body", "body": body, "more_body": False})


async def send_error(send: Send, error: ProxyError, vendor: Any) -> None:
    """Answer with ``error`` in the vendor's JSON error shape (no retry for client errors)."""
    headers: RawHeaders = [(b"content-type", b"application/json")]
    if error.status < 500:
        headers.append((b"x-should-retry", b"false"))
    await send_bytes(send, error.status, error.body(vendor), headers)
