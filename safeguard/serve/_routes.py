"""The three guarded endpoints and which vendor shape each speaks."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Vendor = Literal["openai", "anthropic"]
Api = Literal["chat", "responses", "messages"]


@dataclass(frozen=True, slots=True)
class Route:
    """One guarded endpoint: its path, vendor and API shape."""

    path: str
    vendor: Vendor
    api: Api


ROUTES: dict[str, Route] = {
    route.path: route
    for route in (
        Route("/v1/chat/completions", "openai", "chat"),
        Route("/v1/responses", "openai", "responses"),
        Route("/v1/messages", "anthropic", "messages"),
    )
}

HEALTH_PATHS = frozenset({"/healthz", "/health"})


def find(path: str) -> Route | None:
    """The route for a request path (a trailing slash is tolerated)."""
    return ROUTES.get(path.rstrip("/") or "/")
