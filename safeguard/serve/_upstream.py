"""Forwarding to the vendor: one pooled ``httpx2.AsyncClient`` per process, streamed responses.

Timeouts: ``connect_timeout`` to open a connection, ``upstream_timeout`` for each read
(so a long stream is fine as long as the vendor keeps sending).

httpx2 rather than httpx: its connection pool (httpcore2) does linear work per request,
where httpcore 1.0's is quadratic in the number of pooled connections, which at 50
concurrent streams cost milliseconds of event-loop time per request. A timeout before the
response starts becomes a 504 in the vendor's error shape; a timeout in the middle of
a stream ends that stream (the status line has already gone out).
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx2

from safeguard.serve._config import ServeConfig, upstream_url
from safeguard.serve._errors import upstream_timeout, upstream_unreachable
from safeguard.serve._http import RawHeaders, upstream_request_headers
from safeguard.serve._routes import Route


class Upstream:
    """The vendors behind the proxy, reached through one connection pool."""

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

    def base_url(self, route: Route) -> str:
        """The configured base URL for the route's vendor."""
        config = self._config
        return config.anthropic_base_url if route.vendor == "anthropic" else config.openai_base_url

    def url(self, route: Route, query: bytes = b"") -> str:
        """The upstream URL for a route, with the client's query string kept (e.g. ``api-version``)."""
        url = upstream_url(self.base_url(route), route.path)
        return f"{url}?{query.decode('latin-1')}" if query else url

    @asynccontextmanager
    async def open(
        self, route: Route, headers: RawHeaders, body: bytes, query: bytes = b""
    ) -> AsyncIterator[httpx2.Response]:
        """Send the request and yield the response with its body not yet read; always closes it."""
        request = self._client.build_request(
            "POST", self.url(route, query), headers=upstream_request_headers(headers), content=body
        )
        try:
            response = await self._client.send(request, stream=True)
        except httpx2.TimeoutException:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except httpx2.TransportError:
            raise upstream_unreachable() from None
        try:
            yield response
        finally:
            await response.aclose()

    async def read(self, response: httpx2.Response) -> bytes:
        """The whole (decoded) body; a read timeout becomes a 504."""
        try:
            return await response.aread()
        except httpx2.TimeoutException:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except httpx2.TransportError:
            raise upstream_unreachable() from None

    async def aclose(self) -> None:
        """Close every pooled connection."""
        await self._client.aclose()
