"""``GuardTransport`` / ``AsyncGuardTransport``: the guard as an httpx or httpx2 transport.

httpx and httpx2 share one API, so one factory builds the transport classes for
whichever module a client uses. Any client built on them can be guarded::

    client = httpx2.Client(transport=GuardTransport(guard, httpx2.HTTPTransport()))
    client = httpx.AsyncClient(transport=AsyncGuardTransport(guard, module=httpx))

Only the chat completions, Responses and Anthropic messages endpoints are
looked at; every other request passes through (``X-Safeguard-*`` headers are
stripped from all of them).
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Iterator
from functools import cache, partial
from types import ModuleType
from typing import TYPE_CHECKING, Any

from safeguard._context import HEADERS
from safeguard._errors import SafeguardError
from safeguard._second_opinion import awaited_check
from safeguard.integrations import _codecs, _core
from safeguard.integrations._core import GuardedCall, Plan
from safeguard.integrations._streams import SseGuard

if TYPE_CHECKING:
    from safeguard._guard import Guard


def _rebuild(module: ModuleType, request: Any, body: bytes) -> Any:
    headers = _core.request_headers(request.headers.multi_items())
    return module.Request(
        request.method, request.url, headers=headers, content=body, extensions=request.extensions
    )


_OURS = frozenset(name.encode() for name in HEADERS)
_DROP_RESPONSE = frozenset(name.encode() for name in _core.DROP_RESPONSE_HEADERS)


def _ours(headers: Any) -> dict[str, str]:
    """Our ``X-Safeguard-*`` headers (lower-cased names; repeats joined as httpx joins them).

    One pass over the raw byte pairs: ``multi_items()`` / ``get()`` decode or scan
    every header of the SDK's request, once per name.
    """
    found: dict[str, str] = {}
    for key, value in headers.raw:
        name = key.lower()
        if name in _OURS:
            text, label = value.decode(headers.encoding), name.decode()
            found[label] = f"{found[label]}, {text}" if label in found else text
    return found


def _without_ours(module: ModuleType, request: Any, ours: dict[str, str]) -> Any:
    """The same request (same body, URL, extensions) minus our headers, without re-encoding it.

    A shallow copy: the SDK's own request object keeps its headers (a retry plans again
    from it), and the body stream is shared, which is safe since it is already read.
    """
    # The encoding is passed on: a Headers without one re-detects it on every deletion.
    headers = module.Headers(request.headers, encoding=request.headers.encoding)
    for name in ours:
        del headers[name]
    clone = object.__new__(type(request))  # copy.copy, minus its generic machinery
    clone.__dict__.update(request.__dict__)
    clone.headers = headers
    clone.extensions = dict(request.extensions)
    return clone


def _is_event_stream(response: Any) -> bool:
    return "text/event-stream" in response.headers.get("content-type", "")


def _unencoded(response: Any) -> bool:
    """No ``Content-Encoding``: the raw stream is the body, without the decoding layers.

    ``iter_bytes`` stacks three generators and a decoder and chunker call on every
    chunk; ``close()`` still closes the response (and its connection) as before.
    """
    encodings = response.headers.get_list("content-encoding", split_commas=True)
    return all(e.strip().lower() == "identity" for e in encodings)


def _decoded_headers(response: Any) -> list[tuple[bytes, bytes]]:
    """Response headers for a body we decoded (and may have rewritten)."""
    return [(k, v) for k, v in response.headers.raw if k.lower() not in _DROP_RESPONSE]


def _replied(
    module: ModuleType,
    status: int,
    headers: list[tuple[str, str]] | list[tuple[bytes, bytes]],
    body: bytes,
    extensions: dict[str, Any] | None = None,
) -> Any:
    # No ``request=``: the client attaches the request it sent.
    return module.Response(status, headers=headers, content=body, extensions=extensions or {})


class _Shared:
    """What the sync and async transports share: everything but byte moving."""

    module: ModuleType

    def __init__(self, guard: Guard, transport: Any = None, *, owns: bool = True) -> None:
        self.guard = guard
        self.inner = transport if transport is not None else self._default_inner()
        self._owns = owns

    def _default_inner(self) -> Any:
        raise NotImplementedError

    def _outgoing(
        self, call: GuardedCall, request: Any, body: bytes | None, ours: dict[str, str]
    ) -> tuple[Plan | None, Any]:
        """The plan (``None``: not ours) and the request the vendor will see."""
        if body is None:  # not a guarded endpoint and nothing to strip: untouched
            return None, request
        plan = call.plan_for(request.method, request.url.path, ours, body)
        outgoing = plan.body if plan is not None else body
        if outgoing is not body:
            return plan, _rebuild(self.module, request, outgoing)
        if not ours:
            return plan, request  # nothing to change: the SDK's request goes as it is
        return plan, _without_ours(self.module, request, ours)

    def _failed(self, call: GuardedCall, request: Any, error: SafeguardError) -> Any:
        if call.standalone:
            raise error
        status, headers, body = _core.error_reply(request.url.path, error)
        return _replied(self.module, status, headers, body, {_core.ERROR_EXTENSION: error})

    def _blocked(self, plan: Plan, request: Any) -> Any:
        headers, body = _core.stand_in(plan)
        return _replied(self.module, 200, headers, body)

    def _json(self, plan: Plan, response: Any, data: bytes) -> Any:
        body = _core.guard_json(self.guard, plan, data)
        return _replied(
            self.module, response.status_code, _decoded_headers(response), body, dict(response.extensions)
        )

    def _wants_body(self, request: Any, ours: dict[str, str]) -> bool:
        return bool(ours) or _codecs.api_for(request.method, request.url.path) is not None

    def _streamed(self, call: GuardedCall, plan: Plan, response: Any, stream: Any) -> Any:
        call.streaming = True
        return self.module.Response(
            response.status_code,
            headers=_decoded_headers(response),
            stream=stream,
            extensions=dict(response.extensions),
        )

    def _passes(self, plan: Plan | None, response: Any) -> bool:
        return plan is None or response.status_code >= 300


@cache
def transport_classes(module: ModuleType) -> tuple[type[Any], type[Any]]:
    """``(GuardTransport, AsyncGuardTransport)`` classes for ``httpx`` or ``httpx2``."""

    class SyncStream(module.SyncByteStream):  # type: ignore[name-defined,misc]
        def __init__(self, response: Any, sse: SseGuard, call: GuardedCall) -> None:
            self._response, self._sse, self._call = response, sse, call

        def __iter__(self) -> Iterator[bytes]:
            feed = self._sse.feed
            response = self._response
            for chunk in response.stream if _unencoded(response) else response.iter_bytes():
                out = feed(chunk)
                if out:
                    yield out
            tail = self._sse.close()
            if tail:
                yield tail

        def close(self) -> None:
            try:
                self._response.close()
            finally:
                self._call.release()

    class AsyncStream(module.AsyncByteStream):  # type: ignore[name-defined,misc]
        def __init__(self, response: Any, sse: SseGuard, call: GuardedCall) -> None:
            self._response, self._sse, self._call = response, sse, call

        async def __aiter__(self) -> AsyncIterator[bytes]:
            feed = self._sse.feed
            response = self._response
            async for chunk in response.stream if _unencoded(response) else response.aiter_bytes():
                out = feed(chunk)
                if out:
                    yield out
            tail = self._sse.close()
            if tail:
                yield tail

        async def aclose(self) -> None:
            try:
                await self._response.aclose()
            finally:
                self._call.release()

    class SyncGuardTransport(_Shared, module.BaseTransport):  # type: ignore[name-defined,misc]
        """Guards requests through ``inner`` (default: a new ``HTTPTransport``)."""

        def _default_inner(self) -> Any:
            return module.HTTPTransport()

        def handle_request(self, request: Any) -> Any:
            call = _core.active_call(self.guard)
            ours = _ours(request.headers)
            body = request.read() if self._wants_body(request, ours) else None
            try:
                plan, outgoing = self._outgoing(call, request, body, ours)
            except SafeguardError as error:
                return self._failed(call, request, error)
            if plan is not None and plan.prior.blocked:
                return self._blocked(plan, request)
            if call.standalone and plan is not None:
                call.open_scope(plan.parsed.vendor, plan.parsed.model)
            try:
                return self._respond(call, plan, self.inner.handle_request(outgoing))
            except SafeguardError as error:  # a check that fails closed, on the reply
                return self._failed(call, request, error)
            finally:
                if call.standalone and not call.streaming:
                    call.release()

        def _respond(self, call: GuardedCall, plan: Plan | None, response: Any) -> Any:
            if plan is None or self._passes(plan, response):
                return response
            if _is_event_stream(response):
                stream = SyncStream(response, _core.stream_guard(self.guard, plan), call)
                return self._streamed(call, plan, response, stream)
            try:
                data = response.read()
            finally:
                response.close()
            return self._json(plan, response, data)

        def close(self) -> None:
            if self._owns:
                self.inner.close()

    class AsyncGuardTransport(_Shared, module.AsyncBaseTransport):  # type: ignore[name-defined,misc]
        """Guards requests through ``inner`` (default: a new ``AsyncHTTPTransport``)."""

        def _default_inner(self) -> Any:
            return module.AsyncHTTPTransport()

        async def handle_async_request(self, request: Any) -> Any:
            call = _core.active_call(self.guard)
            ours = _ours(request.headers)
            body = await request.aread() if self._wants_body(request, ours) else None
            try:
                outgoing_of = partial(self._outgoing, call, request, body, ours)
                plan, outgoing = await awaited_check(outgoing_of, self.guard.second_opinion is not None)
            except SafeguardError as error:
                return self._failed(call, request, error)
            if plan is not None and plan.prior.blocked:
                return self._blocked(plan, request)
            if call.standalone and plan is not None:
                call.open_scope(plan.parsed.vendor, plan.parsed.model)
            try:
                return await self._respond(call, plan, await self.inner.handle_async_request(outgoing))
            except SafeguardError as error:  # a check that fails closed, on the reply
                return self._failed(call, request, error)
            finally:
                if call.standalone and not call.streaming:
                    call.release()

        async def _respond(self, call: GuardedCall, plan: Plan | None, response: Any) -> Any:
            if plan is None or self._passes(plan, response):
                return response
            if _is_event_stream(response):
                stream = AsyncStream(response, _core.stream_guard(self.guard, plan), call)
                return self._streamed(call, plan, response, stream)
            try:
                data = await response.aread()
            finally:
                await response.aclose()
            return self._json(plan, response, data)

        async def aclose(self) -> None:
            if self._owns:
                await self.inner.aclose()

    SyncGuardTransport.module = module
    AsyncGuardTransport.module = module
    SyncGuardTransport.__name__ = SyncGuardTransport.__qualname__ = "GuardTransport"
    AsyncGuardTransport.__qualname__ = "AsyncGuardTransport"
    return SyncGuardTransport, AsyncGuardTransport


def _module_for(transport: Any, module: ModuleType | None) -> ModuleType:
    if module is not None:
        return module
    if transport is not None:
        root = type(transport).__module__.split(".")[0]
        if root in ("httpx", "httpx2"):
            return importlib.import_module(root)
        for base in type(transport).__mro__:  # a custom transport subclassing one of them
            if base.__module__.split(".")[0] in ("httpx", "httpx2"):
                return importlib.import_module(base.__module__.split(".")[0])
    return importlib.import_module("httpx2")


if TYPE_CHECKING:  # what type checkers see: a transport both httpx and httpx2 clients accept
    import httpx
    import httpx2

    class GuardTransport(httpx2.BaseTransport, httpx.BaseTransport):  # type: ignore[misc]
        """A sync transport that guards the requests it carries (httpx or httpx2)."""

        def __init__(
            self, guard: Guard, transport: Any = None, *, module: ModuleType | None = None, owns: bool = True
        ) -> None: ...

    class AsyncGuardTransport(httpx2.AsyncBaseTransport, httpx.AsyncBaseTransport):  # type: ignore[misc]
        """The async twin of :class:`GuardTransport`."""

        def __init__(
            self, guard: Guard, transport: Any = None, *, module: ModuleType | None = None, owns: bool = True
        ) -> None: ...

else:

    class GuardTransport:
        """A sync transport that guards the requests it carries (httpx or httpx2).

        ``GuardTransport(guard, inner=None, module=None)`` returns an instance of the
        transport class for ``module`` (default: the module ``inner`` comes from, else
        httpx2). ``inner`` defaults to that module's ``HTTPTransport()``.
        """

        def __new__(
            cls, guard: Guard, transport: Any = None, *, module: ModuleType | None = None, owns: bool = True
        ) -> Any:
            sync_cls, _ = transport_classes(_module_for(transport, module))
            return sync_cls(guard, transport, owns=owns)

    class AsyncGuardTransport:
        """The async twin of :class:`GuardTransport` (``httpx.AsyncClient`` / ``httpx2.AsyncClient``)."""

        def __new__(
            cls, guard: Guard, transport: Any = None, *, module: ModuleType | None = None, owns: bool = True
        ) -> Any:
            _, async_cls = transport_classes(_module_for(transport, module))
            return async_cls(guard, transport, owns=owns)
