"""``AiohttpUpstream``: the proxy's default way to the vendor (needs the ``serve`` extra).

Why aiohttp: measured on loopback, reading a 150-event stream event by event costs
about 18 ms of CPU through httpx2 (h11 in pure Python, anyio, several async layers
per event) and about 6 ms through aiohttp (3.5 ms on uvloop): the per-event cost of the
upstream read was the largest part of the proxy's own CPU time.

One ``ClientSession`` per event loop, created on first use (aiohttp binds a session to
the loop it was made in). Requests go out as the client sent them: no cookies, no
redirects, no proxy from the environment, no headers added besides ``Accept-Encoding:
identity`` (the guard reads replies as text) and the transport's own ``Host`` and
``Content-Length``.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import aiohttp
from multidict import CIMultiDict
from yarl import URL

from safeguard.serve._config import ServeConfig
from safeguard.serve._errors import upstream_timeout, upstream_unreachable
from safeguard.serve._http import RawHeaders, upstream_request_headers
from safeguard.serve._routes import Route
from safeguard.serve._upstream import UpstreamResponse, mid_stream_broken, mid_stream_timeout, target_url

# aiohttp would otherwise add these when the client left them out; a proxy should not
_NO_AUTO_HEADERS = frozenset({"Content-Type", "User-Agent"})


def _headers(raw: RawHeaders) -> CIMultiDict[str]:
    pairs = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in upstream_request_headers(raw)]
    pairs.append(("accept-encoding", "identity"))
    return CIMultiDict(pairs)


class _AiohttpResponse:
    """``UpstreamResponse`` over an ``aiohttp.ClientResponse``."""

    def __init__(self, response: aiohttp.ClientResponse, config: ServeConfig) -> None:
        self._response = response
        self._config = config
        self.status = response.status
        self.raw_headers: RawHeaders = list(response.raw_headers)

    async def chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.content.iter_any():
                yield chunk
        except TimeoutError:
            raise mid_stream_timeout() from None
        except aiohttp.ClientError:
            raise mid_stream_broken() from None

    async def read(self) -> bytes:
        try:
            return await self._response.read()
        except TimeoutError:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except aiohttp.ClientError:
            raise upstream_unreachable() from None

    def finish(self) -> None:
        """Back to the pool when the body was read to the end; otherwise drop the connection."""
        if self._response.content.at_eof():
            self._response.release()
        else:
            self._response.close()


class AiohttpUpstream:
    """``Upstream`` through one pooled ``aiohttp.ClientSession`` per event loop."""

    def __init__(self, config: ServeConfig) -> None:
        self._config = config
        self._session: aiohttp.ClientSession | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def _client(self) -> aiohttp.ClientSession:
        loop = asyncio.get_running_loop()
        if self._session is None or self._loop is not loop or self._session.closed:
            config = self._config
            self._loop = loop
            self._session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=1000, limit_per_host=0),
                timeout=aiohttp.ClientTimeout(
                    total=None, connect=config.connect_timeout, sock_read=config.upstream_timeout
                ),
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=True,
                trust_env=False,
            )
        return self._session

    @asynccontextmanager
    async def open(
        self, route: Route, headers: RawHeaders, body: bytes, query: bytes = b""
    ) -> AsyncIterator[UpstreamResponse]:
        """Send the request and yield the response with its body not yet read; always closes it."""
        url = URL(target_url(self._config, route, query), encoded=True)  # forwarded byte for byte
        try:
            response = await self._client().request(
                "POST", url, data=body, headers=_headers(headers),
                skip_auto_headers=_NO_AUTO_HEADERS, allow_redirects=False,
            )  # fmt: skip
        except TimeoutError:
            raise upstream_timeout(self._config.upstream_timeout) from None
        except aiohttp.ClientError:
            raise upstream_unreachable() from None
        wrapped = _AiohttpResponse(response, self._config)
        try:
            yield wrapped
        finally:
            wrapped.finish()

    async def aclose(self) -> None:
        """Close every pooled connection."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None
