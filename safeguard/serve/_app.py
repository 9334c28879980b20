"""``GuardProxy``: the pure ASGI application behind ``safeguard serve``.

The app object holds only what lives as long as the process (configuration, the
policy holder, the upstream connection pool, the reload task). Everything about one
request lives in an ``Exchange`` created for that request.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
from collections.abc import AsyncIterator
from urllib.parse import urlsplit, urlunsplit

import httpx2

from safeguard.serve._config import ServeConfig
from safeguard.serve._errors import method_not_allowed, not_found
from safeguard.serve._exchange import Exchange
from safeguard.serve._http import Receive, Scope, Send, send_bytes, send_error
from safeguard.serve._offload import off_loop, prefer_event_loop
from safeguard.serve._prepare import prepare
from safeguard.serve._reload import PolicyHolder
from safeguard.serve._routes import HEALTH_PATHS, find
from safeguard.serve._upstream import make_upstream

log = logging.getLogger("safeguard.serve")


def _public_url(url: str) -> str:
    """A base URL without user info or query: /healthz must never show a secret."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def _route_path(scope: Scope) -> str:
    """The path below the app's mount point: ASGI's ``path`` includes ``root_path``
    (a Starlette ``Mount("/guard", app=proxy)``, or ``uvicorn --root-path``)."""
    path: str = scope["path"]
    root: str = scope.get("root_path") or ""
    if root and path.startswith(root) and path[len(root) : len(root) + 1] in ("", "/"):
        return path[len(root) :] or "/"
    return path


class GuardProxy:
    """An OpenAI- and Anthropic-compatible proxy that guards every call with one policy.

    >>> app = GuardProxy(ServeConfig(policy="policies/default.yaml"))   # doctest: +SKIP
    >>> uvicorn.run(app, host="127.0.0.1", port=8000)                 # doctest: +SKIP

    A plain ASGI callable rather than a Starlette app: Starlette's streaming response adds
    a task group and a disconnect listener to every stream, and the proxy's per-event cost
    is the whole of its latency budget. It mounts under Starlette (or any ASGI router) as is:
    ``Starlette(routes=[Mount("/guard", app=proxy)])`` serves ``/guard/v1/chat/completions``.
    Mounted, the app gets no lifespan events of its own: pass ``lifespan=proxy.lifespan``
    to the host app for the startup warm-up, hot reload and a clean close of the pool.
    """

    def __init__(
        self,
        config: ServeConfig | None = None,
        *,
        holder: PolicyHolder | None = None,
        transport: httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        self.config = config or ServeConfig()
        self.holder = holder or PolicyHolder(self.config.policy, fallback=self.config.fallback_policy)
        self.upstream = make_upstream(self.config, transport)
        self._poller: asyncio.Task[None] | None = None
        self._sighup = False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "lifespan":
            await self._lifespan(receive, send)
        elif kind == "http":
            await self._http(scope, receive, send)
        # websockets are not part of either vendor API: not accepting them closes them

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = _route_path(scope)
        if path in HEALTH_PATHS:
            await send_bytes(send, 200, self.health(), [(b"content-type", b"application/json")])
            return
        route = find(path)
        vendor = route.vendor if route else ("anthropic" if path.endswith("/messages") else "openai")
        if route is None:
            await send_error(send, not_found(path), vendor)
        elif scope["method"] != "POST":
            await send_error(send, method_not_allowed(), vendor)
        else:
            await Exchange(self.holder.guard, self.upstream, self.config, route, scope, receive, send).run()

    def health(self) -> bytes:
        """The ``/healthz`` body: policy, reload state and upstreams; never credentials."""
        status = self.holder.status()
        body = {
            "status": "degraded" if status["reload_errors"] else "ok",
            "policy": status,
            "upstreams": {
                "openai": _public_url(self.config.openai_base_url),
                "anthropic": _public_url(self.config.anthropic_base_url),
            },
            "limits": {
                "max_body_bytes": self.config.max_body_bytes,
                "upstream_timeout": self.config.upstream_timeout,
            },
        }
        return json.dumps(body).encode()

    # -- lifespan: policy reload and a clean close of the pool -----------------------------
    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await self.startup()
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.aclose()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def startup(self) -> None:
        """What the app does before serving: load every check's data, start reloading."""
        prefer_event_loop(self.config.switch_interval)
        await off_loop(prepare, self.holder.guard)
        self.start_reloading()

    @contextlib.asynccontextmanager
    async def lifespan(self, _app: object = None) -> AsyncIterator[None]:
        """The app's startup and shutdown for a host that owns the lifespan, e.g.
        ``Starlette(routes=[Mount("/guard", app=proxy)], lifespan=proxy.lifespan)``."""
        await self.startup()
        try:
            yield
        finally:
            await self.aclose()

    def start_reloading(self) -> None:
        """Start mtime polling and the ``SIGHUP`` handler (where the platform allows)."""
        loop = asyncio.get_running_loop()
        if self.config.reload_interval > 0 and self._poller is None:
            self._poller = loop.create_task(self._poll(self.config.reload_interval))
        if self.config.handle_sighup and hasattr(signal, "SIGHUP"):
            # only the main thread may own signals; embedded (thread) servers rely on polling
            with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
                loop.add_signal_handler(signal.SIGHUP, self._on_sighup)
                self._sighup = True

    def _on_sighup(self) -> None:
        log.info("SIGHUP: reloading the policy")
        asyncio.get_running_loop().create_task(self.reload())

    async def reload(self) -> bool:
        """Reload the policy off the event loop; ``False`` (old policy kept) if it is invalid."""
        if not await asyncio.to_thread(self.holder.reload):
            return False
        await off_loop(prepare, self.holder.guard)
        return True

    async def _poll(self, interval: float) -> None:
        while True:
            await asyncio.sleep(interval)
            if self.holder.changed():
                await self.reload()

    async def aclose(self) -> None:
        """Stop reloading and close upstream connections (in-flight requests have finished)."""
        if self._poller is not None:
            self._poller.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._poller
            self._poller = None
        if self._sighup:
            asyncio.get_running_loop().remove_signal_handler(signal.SIGHUP)
            self._sighup = False
        await self.upstream.aclose()
