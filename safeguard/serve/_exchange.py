"""``Exchange``: one guarded request, from the client's body to the last byte of the reply.

Created per request (no request state on the app). The status line is held back until
it is decided: a proxy error, an upstream error passed through unchanged, or a
guarded reply. Once the response has started, a failure can only end the stream, so
it ends with an error event in the vendor's SSE shape instead of a silent truncation.
"""

from __future__ import annotations

import asyncio
import logging

from safeguard._guard import Guard
from safeguard.serve._config import ServeConfig
from safeguard.serve._errors import ProxyError
from safeguard.serve._guarded import GuardRefused, ProxyCall, Reply, StreamRewriter, parse_payload
from safeguard.serve._http import (
    Disconnected,
    Message,
    RawHeaders,
    Receive,
    Scope,
    Send,
    client_response_headers,
    context_headers,
    read_body,
    send_bytes,
    send_error,
)
from safeguard.serve._offload import off_loop
from safeguard.serve._read_ahead import read_ahead
from safeguard.serve._routes import Route
from safeguard.serve._sse import error_event
from safeguard.serve._upstream import Upstream, UpstreamResponse

log = logging.getLogger("safeguard.serve")


def _is_event_stream(response: UpstreamResponse) -> bool:
    for name, value in response.raw_headers:
        if name.lower() == b"content-type":
            return value.lower().startswith(b"text/event-stream")
    return False


class Exchange:
    """One request through the proxy. ``run()`` never raises for expected failures."""

    def __init__(
        self, guard: Guard, upstream: Upstream, config: ServeConfig, route: Route,
        scope: Scope, receive: Receive, send: Send,
    ) -> None:  # fmt: skip
        self.guard = guard  # taken once: a reload mid-request does not change this request's policy
        self.upstream = upstream
        self.config = config
        self.route = route
        self.scope = scope
        self.receive = receive
        self._send = send
        self.started = False

    async def send(self, message: Message) -> None:
        """Forward an ASGI message, remembering whether the status line has gone out."""
        if message["type"] == "http.response.start":
            self.started = True
        await self._send(message)

    async def run(self) -> None:
        """Serve the request; proxy errors become vendor-shaped error responses."""
        try:
            await self._run()
        except Disconnected:
            return
        except GuardRefused as refused:
            await self._reply(refused.reply)
        except ProxyError as error:
            if not self.started:
                await send_error(self.send, error, self.route.vendor)
            else:
                await self._end_with_error(error)

    async def _run(self) -> None:
        body = await read_body(self.scope, self.receive, self.config.max_body_bytes)
        payload = parse_payload(body)
        model = payload.get("model")
        with self.guard.call_scope(vendor=self.route.vendor, model=model if isinstance(model, str) else None):
            # whole-text checks run in the guard's thread pool (context variables, e.g. the
            # tracing span, go with them), so a long conversation does not stall other streams
            headers = context_headers(self.scope)
            await read_ahead(self.guard, self.route, payload)
            judged = self.guard.second_opinion is not None
            call = await off_loop(ProxyCall.begin, self.guard, self.route, body, headers, waits=judged)
            stand_in = call.stand_in
            if stand_in is not None:  # blocked input: answered without calling the vendor
                await self._reply(stand_in)
                return
            query = self.scope.get("query_string", b"")
            async with self.upstream.open(self.route, self.scope["headers"], call.body, query) as response:
                await self._respond(call, response)

    async def _reply(self, reply: Reply) -> None:
        status, headers, body = reply
        await send_bytes(self.send, status, body, headers)

    async def _respond(self, call: ProxyCall, response: UpstreamResponse) -> None:
        headers = client_response_headers(response.raw_headers)
        if response.status >= 300:
            await self._pass_through(response, headers)
        elif _is_event_stream(response):
            await self._stream(call.stream_rewriter(), response, headers)
        else:
            body = await off_loop(call.guard_body, await response.read())
            await send_bytes(self.send, response.status, body, headers)

    async def _pass_through(self, response: UpstreamResponse, headers: RawHeaders) -> None:
        """Upstream errors (and any non-200) go back unchanged: status, headers, body."""
        body = await response.read()
        await send_bytes(self.send, response.status, body, headers)

    async def _stream(
        self, rewriter: StreamRewriter, response: UpstreamResponse, headers: RawHeaders
    ) -> None:
        await self.send({"type": "http.response.start", "status": response.status, "headers": headers})
        # after the request body is read, receive() only returns on disconnect: a cheap watch
        gone = asyncio.ensure_future(self.receive())
        try:
            async for chunk in response.chunks():
                out = rewriter.feed(chunk)
                if out:
                    await self.send({"type": "http.response.body", "body": out, "more_body": True})
                if gone.done():
                    return  # the client left: stop reading the vendor (the context closes it)
            tail = rewriter.close()
            await self.send({"type": "http.response.body", "body": tail, "more_body": False})
        finally:
            gone.cancel()

    async def _end_with_error(self, error: ProxyError) -> None:
        log.warning("stream on %s ended early: %s", self.route.path, error.code)  # fixed codes only
        body = error_event(self.route.vendor, error)
        await self.send({"type": "http.response.body", "body": body, "more_body": False})
