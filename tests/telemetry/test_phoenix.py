"""End to end: guard spans exported over OTLP/HTTP arrive in a real Arize Phoenix server.

Phoenix lives in its own virtualenv (it pins anthropic<2); ``bash .ci/phoenix.sh``
creates it at ``$PHOENIX_VENV`` (default ``/tmp/safeguard-phoenix-venv``). The test
skips only when that venv is absent and ``SAFEGUARD_REQUIRE_PHOENIX`` is unset, so in
CI (which sets it) a missing Phoenix is a failure. Phoenix runs on 127.0.0.1 with
free ports, its data in a temporary directory, and its own telemetry and external
resources turned off.
"""

from __future__ import annotations

import os
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.telemetry._support import make_guard, make_policy

VENV = Path(os.environ.get("PHOENIX_VENV", "/tmp/safeguard-phoenix-venv"))
PROJECT = "safeguard-e2e"
STARTUP_SECONDS = 180.0


def _phoenix_python() -> Path:
    python = VENV / "bin" / "python"
    if python.exists():
        return python
    message = f"Phoenix venv not found at {VENV}; run `bash .ci/phoenix.sh`"
    if os.environ.get("SAFEGUARD_REQUIRE_PHOENIX"):
        pytest.fail(message)
    pytest.skip(message)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _environment(port: int, grpc_port: int, workdir: Path) -> dict[str, str]:
    # Start from a clean slate: inherited OTEL_* settings would make Phoenix trace itself.
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OTEL_", "PHOENIX_"))}
    env.update(
        PHOENIX_HOST="127.0.0.1",
        PHOENIX_PORT=str(port),
        PHOENIX_GRPC_PORT=str(grpc_port),
        PHOENIX_WORKING_DIR=str(workdir),
        PHOENIX_TELEMETRY_ENABLED="false",
        PHOENIX_ALLOW_EXTERNAL_RESOURCES="false",
        PHOENIX_DISABLE_AGENT_ASSISTANT="true",
    )
    return env


def _wait_healthy(base: str, proc: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"Phoenix exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base}/healthz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    pytest.fail(f"Phoenix not healthy after {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="module")
def phoenix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    python = _phoenix_python()
    workdir = tmp_path_factory.mktemp("phoenix")
    port, grpc_port = _free_port(), _free_port()
    log = workdir / "phoenix.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [str(python), "-m", "phoenix.server.main", "serve"],
            env=_environment(port, grpc_port, workdir),
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(base, proc, log)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _export_one_guarded_call(base: str) -> None:
    from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
    from opentelemetry.sdk.resources import Resource
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import SimpleSpanProcessor

    from safeguard.telemetry import OTelObserver

    resource = Resource.create({"service.name": "safeguard-test", "openinference.project.name": PROJECT})
    provider = TracerProvider(resource=resource)
    provider.add_span_processor(SimpleSpanProcessor(OTLPSpanExporter(endpoint=f"{base}/v1/traces")))
    policy = make_policy()
    guard = make_guard(policy, OTelObserver(policy, tracer_provider=provider))
    messages = [{"role": "user", "content": "I want to die"}]
    with guard.call_scope(vendor="anthropic", model="claude-test"):
        convo = guard.conversation(messages, locale="en-US", conversation_id="c-42")
        prior = guard.check_input(convo)
        with provider.get_tracer("vendor-sdk").start_as_current_span("anthropic.messages.create"):
            pass
        guard.check_output(convo, "Thank you for telling me.", prior)
    provider.shutdown()


def _spans(base: str, expected: int) -> list[dict[str, Any]]:
    deadline = time.monotonic() + 30
    spans: list[dict[str, Any]] = []
    while time.monotonic() < deadline:
        response = httpx.get(f"{base}/v1/projects/{PROJECT}/spans", params={"limit": 100}, timeout=5)
        if response.status_code == 200:
            spans = response.json()["data"]
            if len(spans) >= expected:
                return spans
        time.sleep(0.5)
    return spans


def test_guard_spans_arrive_in_phoenix_as_guardrails(phoenix: str) -> None:
    _export_one_guarded_call(phoenix)
    # one guard span, 3 checks x 2 stages, one vendor span
    spans = _spans(phoenix, expected=8)
    by_name: dict[str, list[dict[str, Any]]] = {}
    for span in spans:
        by_name.setdefault(span["name"], []).append(span)
    (guard,) = by_name["safeguard.guard"]
    assert guard["span_kind"] == "GUARDRAIL"
    attrs = guard["attributes"]
    assert attrs["safeguard.risk.level"] == "passive"
    assert attrs["gen_ai.security.verdict.type"] == "modify"
    assert attrs["gen_ai.security.action.type"] == "augment"
    assert attrs["gen_ai.security.policy.rule.id"] == "crisis-resources"
    assert attrs["safeguard.referral"] is True
    assert attrs["gen_ai.request.model"] == "claude-test"
    assert attrs["gen_ai.conversation.id"] != "c-42"
    guard_id = guard["context"]["span_id"]
    checks = [s for name, group in by_name.items() if name.startswith("safeguard.check ") for s in group]
    assert len(checks) == 6
    for check in checks:
        assert check["span_kind"] == "GUARDRAIL"
        assert check["parent_id"] == guard_id
    (vendor,) = by_name["anthropic.messages.create"]
    assert vendor["parent_id"] == guard_id
