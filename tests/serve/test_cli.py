"""``safeguard serve`` as a process: refuses an invalid policy, reloads on SIGHUP, stops on SIGTERM."""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import pytest

from safeguard.cli import _serve

REPO = Path(__file__).resolve().parents[2]
POLICY = """\
name: cli-serve
version: "{version}"
checks:
  - type: pii
rules:
  - id: pii-in
    when: {{check: pii, where: input}}
    action: redact
"""
# the lead registers the command in safeguard.cli; this runs the module the same way
RUN = (
    "import argparse, sys; from safeguard.cli import _serve; "
    "p = argparse.ArgumentParser(); _serve.add_arguments(p); sys.exit(_serve.run(p.parse_args(sys.argv[1:])))"
)


def _parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    _serve.add_arguments(parser)
    return parser.parse_args(argv)


def test_defaults_match_the_contract() -> None:
    args = _parse()
    assert (args.host, args.port, args.policy) == ("127.0.0.1", 8000, None)
    assert args.openai_base_url == "https://api.openai.com"
    assert args.anthropic_base_url == "https://api.anthropic.com"


def test_an_invalid_policy_exits_2_with_every_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nchecks: []\nbogus: 1\nrules: nope\n", encoding="utf-8")
    assert _serve.run(_parse("--policy", str(bad))) == 2
    err = capsys.readouterr().err
    assert "not starting" in err and "bogus" in err and "rules" in err


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_health(url: str, want: dict[str, object], timeout: float = 20.0) -> dict[str, object]:
    deadline = time.monotonic() + timeout
    last: dict[str, object] = {}
    while time.monotonic() < deadline:
        try:
            last = httpx.get(url, timeout=1).json()
        except httpx.HTTPError:
            time.sleep(0.1)
            continue
        policy = last["policy"]
        assert isinstance(policy, dict)
        if all(policy.get(k) == v or last.get(k) == v for k, v in want.items()):
            return last
        time.sleep(0.05)
    raise AssertionError(f"health never showed {want}: {last}")


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="needs POSIX signals")
def test_process_reloads_on_sighup_keeps_old_on_bad_file_and_stops_on_sigterm(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.format(version="1"), encoding="utf-8")
    port = _free_port()
    argv = ["--policy", str(policy), "--port", str(port), "--reload-interval", "0", "--log-level", "warning"]
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-c", RUN, *argv], cwd=tmp_path, env=env, stderr=subprocess.PIPE)
    health = f"http://127.0.0.1:{port}/healthz"
    try:
        _wait_health(health, {"version": "1", "status": "ok"})
        policy.write_text(POLICY.format(version="2"), encoding="utf-8")
        proc.send_signal(signal.SIGHUP)
        _wait_health(health, {"version": "2"})
        policy.write_text(POLICY.format(version="3") + "surprise: true\n", encoding="utf-8")
        proc.send_signal(signal.SIGHUP)
        degraded = _wait_health(health, {"status": "degraded"})
        assert degraded["policy"]["version"] == "2"  # type: ignore[index]
        proc.send_signal(signal.SIGTERM)
        # uvicorn shuts down gracefully, then re-raises the signal so the exit reads "terminated"
        assert proc.wait(timeout=20) in (0, -signal.SIGTERM)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.stderr is not None
    log = proc.stderr.read().decode()
    assert "surprise" in log  # the rejected reload is logged with its problem


def test_two_workers_serve_the_sdk_and_keep_a_last_good_copy(tmp_path: Path) -> None:
    import openai

    from safeguard.testing import ScriptedModel

    policy = tmp_path / "policy.yaml"
    policy.write_text(POLICY.format(version="1"), encoding="utf-8")
    model = ScriptedModel(["Hello there. How was your day?"])
    port = _free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with model.serve() as upstream:
        argv = ["--policy", str(policy), "--port", str(port), "--workers", "2", "--openai-base-url", upstream]
        proc = subprocess.Popen(
            [sys.executable, "-c", RUN, *argv, "--log-level", "warning"], cwd=tmp_path, env=env
        )
        try:
            _wait_health(f"http://127.0.0.1:{port}/healthz", {"version": "1"})
            with openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="k", max_retries=0) as client:
                for _ in range(4):  # spread over both workers
                    reply = client.chat.completions.create(
                        model="m", messages=[{"role": "user", "content": "hi"}]
                    )
                    assert reply.choices[0].message.content == "Hello there. How was your day?"
            copies = list(Path(tempfile.gettempdir()).glob("safeguard-serve-*/last-good-policy.yaml"))
            assert any(c.read_text(encoding="utf-8") == policy.read_text(encoding="utf-8") for c in copies)
            proc.send_signal(signal.SIGTERM)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
