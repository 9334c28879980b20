"""Fixtures: a policy built from fake checks, a scripted upstream, the proxy in-process and on a socket."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import httpx2
import pytest
import uvicorn

from safeguard.serve import GuardProxy, ServeConfig
from safeguard.testing import ScriptedModel

# fake_risk flags "hopeless" at passive (crisis text added); fake_promise rewrites "always"
POLICY = """\
name: serve-test
version: "{version}"
checks:
  - type: fake_risk
  - type: fake_promise
rules:
  - id: crisis
    when: {{check: fake_risk, min_level: passive}}
    action: augment
  - id: honest
    when: {{check: fake_promise, where: output}}
    action: rewrite
"""


def write_policy(path: Path, version: str = "1") -> Path:
    """Write the test policy with a given version string."""
    path.write_text(POLICY.format(version=version), encoding="utf-8")
    return path


@pytest.fixture
def policy_file(tmp_path: Path, fake_registry: None) -> Path:
    return write_policy(tmp_path / "policy.yaml")


@pytest.fixture
def model() -> ScriptedModel:
    return ScriptedModel(["I will always be here for you. Tell me more."])


def make_proxy(
    policy: Path, transport: httpx2.AsyncBaseTransport | None = None, **config: object
) -> GuardProxy:
    """A proxy whose upstream is ``transport`` (no network), with polling off unless asked."""
    base = "http://upstream.invalid"
    settings: dict[str, object] = {
        "reload_interval": 0.0, "handle_sighup": False, "openai_base_url": base, "anthropic_base_url": base,
        **config,
    }  # fmt: skip
    cfg = ServeConfig(policy=str(policy), **settings)  # type: ignore[arg-type]
    return GuardProxy(cfg, transport=transport)


@pytest.fixture
def proxy(policy_file: Path, model: ScriptedModel) -> GuardProxy:
    return make_proxy(policy_file, model.transport(httpx2))


@pytest.fixture
async def client(proxy: GuardProxy) -> AsyncIterator[httpx.AsyncClient]:
    transport = httpx.ASGITransport(app=proxy)
    async with httpx.AsyncClient(transport=transport, base_url="http://proxy.test") as http:
        yield http
    await proxy.aclose()


@dataclass
class Running:
    """A proxy served by uvicorn on 127.0.0.1 in a background thread."""

    url: str
    server: uvicorn.Server
    thread: threading.Thread


def serve_in_thread(app: GuardProxy, **options: object) -> Running:
    """Start uvicorn on a free loopback port and wait until it accepts connections."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, log_level="warning", lifespan="on", **options)  # type: ignore[arg-type]
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.01)
    return Running(f"http://127.0.0.1:{port}", server, thread)


def stop(running: Running) -> None:
    running.server.should_exit = True
    running.thread.join(timeout=10)


@pytest.fixture
def upstream_url(model: ScriptedModel) -> Iterator[str]:
    with model.serve() as url:
        yield url


@pytest.fixture
def served(policy_file: Path, upstream_url: str) -> Iterator[str]:
    """The proxy on a real socket in front of the scripted model on a real socket."""
    cfg = ServeConfig(
        policy=str(policy_file),
        openai_base_url=upstream_url,
        anthropic_base_url=upstream_url.removesuffix("/v1"),
        reload_interval=0.0,
        handle_sighup=False,
    )
    running = serve_in_thread(GuardProxy(cfg))
    yield running.url
    stop(running)
