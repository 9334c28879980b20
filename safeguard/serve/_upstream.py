"""Forwarding to the vendor: the ``Upstream`` interface and its httpx2 implementation.

Two implementations share one small interface (``open`` a response, read its
``chunks()`` or ``read()`` it whole, ``aclose`` the pool):

- ``AiohttpUpstream`` (``_upstream_aiohttp``), the default when aiohttp is installed
  (the ``serve`` extra): its C-accelerated response parser reads a 150-event stream
  at about a third of httpx2's CPU cost, which is most of the proxy's own cost per event;
- ``HttpxUpstream`` here: used when aiohttp is missing, or when an ``httpx2`` transport
  is given (tests and embedders use ``MockTransport`` and custom transports).

Timeouts: ``connect_timeout`` to open a connection, ``upstream_timeout`` for each read
(so a long stream is fine as long as the vendor keeps sending). A timeout before the
response starts becomes a 504 in the vendor's error shape; a timeout or a broken
connection in the middle of a stream ends that stream (the status line has gone out).
Both implementations raise the same ``ProxyError`` values.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Protocol

import httpx2

from safeguard.serve._config import ServeConfig, upstream_url
from safeguard.serve._errors import ProxyError, upstream_timeout, upstream_unreachable
from safeguard.serve._http import RawHeaders, upstream_request_headers
from safeguard.serve._routes import Route


class UpstreamResponse(Protocol):
    """A vendor response whose body has not been read yet."""

    @property
    def status(self) -> int:
        """The HTTP status code."""

    @property
    def raw_headers(self) -> RawHeaders:
        """The response headers as received (lower- or mixed-case names, latin-1 bytes)."""

    def chunks(self) -> AsyncIterator[bytes]:
        """The decoded body as it arrives; a timeout or broken connection raises ``ProxyError``."""

    async def read(self) -> bytes:
        """The whole decoded body; a timeout or broken connection raises ``ProxyError``."""


class Upstream(Protocol):
    """The vendors behind the proxy, reached through one connection pool per process."""

    def open(
        self, route: Route, headers: RawHeaders, body: bytes, query: bytes = b""
    ) -> AbstractAsyncContextManager[UpstreamResponse]:
        """Send the request; the response is closed when the context exits."""

    async def aclose(self) -> None:
        """Close every pooled connection."""


def target_url(config: ServeConfig, route: Route, query: bytes = b"") -> str:
    """The upstream URL for a route, with the client's query string kept (e.g. ``api-version``)."""
    base = config.anthropic_base_url if route.vendor == "anthropic" else config.openai_base_url
    url = upstream_url(base, route.path)
    return f"{url}?{query.decode('latin-1')}" if query else url


def mid_stream_timeout() -> ProxyError:
    """The vendor stopped sending in the middle of a stream."""
    return ProxyError(504, "upstream_timeout", "the upstream stopped sending mid-stream")


def mid_stream_broken() -> ProxyError:
    """The vendor's connection broke in the middle of a stream."""
    return ProxyError(502, "upstream_broken", "the upstream connection broke mid-stream")


def make_upstream(config: ServeConfig, transport: httpx2.AsyncBaseTransport | None = None) -> Upstream:
    """aiohttp when it is installed and no httpx2 transport is given; httpx2 otherwise."""
    if transport is None:
        try:
            from safeguard.serve._upstream_aiohttp import AiohttpUpstream
        except ImportError:
            pass
        else:
            return AiohttpUpstream(config)
    return HttpxUpstream(config, transport)


class _HttpxResponse:
    """``UpstreamResponse`` over an ``httpx2.Response`` opened with ``stream=True``."""

    def __init__(self, response: httpx2.Response, config: ServeConfig) -> None:
        self._response = response
        self._config = config
        self.status = response.status_code
        self.raw_headers: RawHeaders = list(response.headers.raw)

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_bytes():
                yield chunk
        except httpx2.TimeoutException:
            raise mid_stream_timeout() from None
        except httpx2.TransportError:
            raise mid_stream_broken() from None

    async def read(self) -> bytes:
        try:
            return await self._response.aread()
        except httpx2.TimeoutException:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except httpx2.TransportError:
            raise upstream_unreachable() from None


class HttpxUpstream:
    """``Upstream`` through one pooled ``httpx2.AsyncClient``.

    httpx2 rather than httpx: its connection pool (httpcore2) does linear work per
    request, where httpcore 1.0's is quadratic in the number of pooled connections.
    """

    def __init__(self, config: ServeConfig, transport: httpx2.AsyncBaseTransport | None = None) -> None:
        self._config = config
        self._client = httpx2.AsyncClient(
            transport=transport,
            timeout=httpx2.Timeout(config.upstream_timeout, connect=config.connect_timeout),
            limits=httpx2.Limits(max_connections=1000, max_keepalive_connections=200),
            # the guard must read replies as text: ask for them uncompressed
            headers={"accept-encoding": "identity"},
            follow_redirects=False,
            trust_env=False,
        )

    @asynccontextmanager
    async def open(
        self, route: Route, headers: RawHeaders, body: bytes, query: bytes = b""
    ) -> AsyncIterator[UpstreamResponse]:
        """Send the request and yield the response with its body not yet read; always closes it."""
        request = self._client.build_request(
            "POST",
            target_url(self._config, route, query),
            headers=upstream_request_headers(headers),
            content=body,
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx2.TimeoutException:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except httpx2.TransportError:
            raise upstream_unreachable() from None
        try:
            yield _HttpxResponse(response, self._config)
        finally:
            await response.aclose()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._client.aclose()
