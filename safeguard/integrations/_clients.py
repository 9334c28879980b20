"""``wrap(guard, client)``: the same client, guarded.

For an OpenAI or Anthropic SDK client the wrapped client is the SDK's own
``copy()``, whose HTTP client carries the guard's transport around the original
one (every mount too, so ``proxy=`` cannot bypass it). Everything the SDK offers
keeps working and returns the SDK's own types. The copy's class is a thin
subclass whose ``request()`` (the one funnel of every API method) makes the
SDK's retries one logical call, keeps the guard's call scope open around it
(until the end of a stream) and re-raises ``safeguard`` errors unwrapped.
"""

from __future__ import annotations

import copy
import inspect
import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, TypeVar

from safeguard._errors import SafeguardError
from safeguard.integrations import _core
from safeguard.integrations._transport import transport_classes

if TYPE_CHECKING:
    from safeguard._guard import Guard

T = TypeVar("T")


def _http_module(obj: Any) -> tuple[ModuleType, bool] | None:
    """``(httpx or httpx2, is_async)`` when ``obj`` is one of their clients."""
    for name in ("httpx2", "httpx"):
        module = sys.modules.get(name)
        if module is None:
            continue
        if isinstance(obj, module.Client):
            return module, False
        if isinstance(obj, module.AsyncClient):
            return module, True
    return None


def _unguarded(transport: Any) -> Any:
    """The transport under ours, so wrapping twice guards once."""
    while hasattr(transport, "_outgoing") and hasattr(transport, "inner"):
        transport = transport.inner
    return transport


def wrap_http_client(guard: Guard, http: T) -> T:
    """A shallow copy of an httpx / httpx2 client whose transports are guarded.

    The copy shares the original's connection pool; closing the copy leaves the
    original usable.
    """
    found = _http_module(http)
    if found is None:
        raise TypeError(f"not an httpx or httpx2 client: {type(http).__name__}")
    module, is_async = found
    transport_cls = transport_classes(module)[1 if is_async else 0]
    rehosted: Any = copy.copy(http)
    source: Any = http
    rehosted._transport = transport_cls(guard, _unguarded(source._transport), owns=False)
    rehosted._mounts = {
        pattern: None if t is None else transport_cls(guard, _unguarded(t), owns=False)
        for pattern, t in source._mounts.items()
    }
    return rehosted  # type: ignore[no-any-return]


def _guard_of(client: Any) -> Guard | None:
    transport = getattr(getattr(client, "_client", None), "_transport", None)
    return getattr(transport, "guard", None) if hasattr(transport, "_outgoing") else None


def _vendor(cls: type[Any]) -> str:
    return "anthropic" if cls.__module__.split(".")[0] == "anthropic" else "openai"


def _model_of(args: tuple[Any, ...], kwargs: dict[str, Any]) -> str | None:
    options = kwargs.get("options", args[1] if len(args) > 1 else None)
    data = getattr(options, "json_data", None)
    model = data.get("model") if isinstance(data, dict) else None
    return model if isinstance(model, str) else None


def _reraise(error: BaseException) -> None:
    """Raise the ``SafeguardError`` hidden in an SDK status error's response, if any."""
    response = getattr(error, "response", None)
    hidden = getattr(response, "extensions", {}).get(_core.ERROR_EXTENSION)
    if isinstance(hidden, SafeguardError):
        raise hidden from None


def _begin(client: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> _core.LogicalCall | None:
    """The logical call around one SDK request, or ``None`` when the client is not ours any more.

    (e.g. ``with_options(http_client=<another client>)``). Plain calls, not a
    generator context manager: this runs on every request.
    """
    guard = _guard_of(client)
    if guard is None:
        return None
    return _core.LogicalCall(guard, client._safeguard_vendor, _model_of(args, kwargs))


@cache
def guarded_class(cls: type[Any]) -> type[Any]:
    """The subclass of an SDK client class used by wrapped clients."""
    if inspect.iscoroutinefunction(cls.request):

        class AsyncGuarded(cls):  # type: ignore[misc]
            async def request(self, *args: Any, **kwargs: Any) -> Any:
                call = _begin(self, args, kwargs)
                if call is None:
                    return await super().request(*args, **kwargs)
                try:
                    return await super().request(*args, **kwargs)
                except Exception as error:
                    _reraise(error)
                    raise
                finally:
                    call.end()

        guarded: type[Any] = AsyncGuarded
    else:

        class SyncGuarded(cls):  # type: ignore[misc]
            def request(self, *args: Any, **kwargs: Any) -> Any:
                call = _begin(self, args, kwargs)
                if call is None:
                    return super().request(*args, **kwargs)
                try:
                    return super().request(*args, **kwargs)
                except Exception as error:
                    _reraise(error)
                    raise
                finally:
                    call.end()

        guarded = SyncGuarded
    guarded._safeguard_guarded = True
    guarded._safeguard_vendor = _vendor(cls)
    guarded.__name__ = guarded.__qualname__ = cls.__name__
    guarded.__module__ = cls.__module__
    return guarded


def wrap(guard: Guard, client: T) -> T:
    """Return ``client`` guarded by ``guard``: the same API and the same return types.

    Accepts ``openai.OpenAI`` / ``AsyncOpenAI``, ``anthropic.Anthropic`` /
    ``AsyncAnthropic`` (current and previous majors) and ``httpx`` / ``httpx2``
    clients. For any other callable that returns text, use ``guarded(guard)``.
    """
    if _http_module(client) is not None:
        return wrap_http_client(guard, client)
    http = getattr(client, "_client", None)
    if http is None or _http_module(http) is None or not hasattr(client, "copy"):
        raise TypeError(
            f"safeguard cannot wrap {type(client).__name__}: pass an OpenAI or Anthropic client, "
            "an httpx/httpx2 client, use GuardTransport, or decorate a function with guarded(guard)"
        )
    wrapped: Any = client.copy(http_client=wrap_http_client(guard, http))
    base = next(c for c in type(client).__mro__ if "_safeguard_guarded" not in vars(c))
    wrapped.__class__ = guarded_class(base)
    return wrapped  # type: ignore[no-any-return]
