"""The proxy mounted in a Starlette app, under a path prefix, served by uvicorn on a real socket.

``GuardProxy`` is a plain ASGI callable; a host app mounts it (``Mount("/guard", ...)``)
and hands it the lifespan (``lifespan=proxy.lifespan``). The real openai SDK then talks
to ``/guard/v1`` and gets exactly the guard it gets from the proxy on its own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import openai
import pytest
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount, Route

from safeguard.serve import GuardProxy, ServeConfig
from safeguard.serve._app import _route_path
from tests.serve.conftest import serve_in_thread, stop


async def _home(request: Request) -> PlainTextResponse:
    return PlainTextResponse("the host app")


@pytest.fixture
def mounted(policy_file: Path, upstream_url: str) -> Iterator[tuple[str, GuardProxy]]:
    config = ServeConfig(
        policy=str(policy_file), openai_base_url=upstream_url, reload_interval=0.0, handle_sighup=False
    )
    proxy = GuardProxy(config)
    host = Starlette(routes=[Route("/", _home), Mount("/guard", app=proxy)], lifespan=proxy.lifespan)
    running = serve_in_thread(host)  # type: ignore[arg-type]
    yield running.url, proxy
    stop(running)


def test_the_sdk_through_a_mounted_proxy_is_guarded(mounted: tuple[str, GuardProxy]) -> None:
    url, _ = mounted
    with openai.OpenAI(base_url=f"{url}/guard/v1", api_key="sk-test", max_retries=0) as client:
        text = (
            client.chat.completions.create(
                model="m", messages=[{"role": "user", "content": "I had a long day."}]
            )
            .choices[0]
            .message.content
        )
        stream = client.chat.completions.create(
            model="m", messages=[{"role": "user", "content": "I had a long day."}], stream=True
        )
        streamed = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text is not None and "always" not in text  # the promise was rewritten
    assert streamed == text


def test_the_host_keeps_its_routes_and_the_proxy_its_health(mounted: tuple[str, GuardProxy]) -> None:
    url, _ = mounted
    assert httpx.get(f"{url}/").text == "the host app"
    health = httpx.get(f"{url}/guard/healthz").json()
    assert health["status"] == "ok" and health["policy"]["name"] == "serve-test"
    missing = httpx.post(f"{url}/guard/v1/unknown", json={})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_the_host_lifespan_runs_the_proxys_startup_and_shutdown(policy_file: Path, upstream_url: str) -> None:
    config = ServeConfig(policy=str(policy_file), openai_base_url=upstream_url, reload_interval=0.05)
    proxy = GuardProxy(config)
    running = serve_in_thread(Starlette(routes=[Mount("/guard", app=proxy)], lifespan=proxy.lifespan))  # type: ignore[arg-type]
    assert proxy._poller is not None  # startup started the policy polling
    stop(running)
    assert proxy._poller is None  # shutdown stopped it


@pytest.mark.parametrize(
    ("path", "root", "expected"),
    [
        ("/v1/chat/completions", "", "/v1/chat/completions"),
        ("/guard/v1/messages", "/guard", "/v1/messages"),
        ("/guard/healthz", "/guard", "/healthz"),
        ("/guard", "/guard", "/"),
        ("/guardian/v1/messages", "/guard", "/guardian/v1/messages"),  # not below the mount point
    ],
)
def test_routes_are_read_below_the_root_path(path: str, root: str, expected: str) -> None:
    assert _route_path({"path": path, "root_path": root}) == expected
