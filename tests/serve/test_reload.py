"""Hot reload: a valid file replaces the policy whole; an invalid one never applies, even in part."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import httpx
import pytest

from safeguard._errors import PolicyError
from safeguard.serve import PolicyHolder
from tests.serve.conftest import POLICY, make_proxy, write_policy

# valid YAML with one good change (version) and one bad key: must not apply at all
HALF_VALID = POLICY.format(version="2") + "unknown_key: true\n"


def _touch_later(path: Path) -> None:
    # some filesystems have coarse mtimes: make the change visible whatever the clock says
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 2_000_000_000))


def test_valid_reload_swaps_the_whole_guard(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    old = holder.guard
    write_policy(policy_file, version="2")
    assert holder.reload() is True
    assert holder.guard is not old and holder.guard.policy.version == "2"
    assert holder.errors == [] and holder.reloads == 1


def test_half_valid_file_keeps_the_old_policy_and_reports(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    old = holder.guard
    policy_file.write_text(HALF_VALID, encoding="utf-8")
    assert holder.reload() is False
    assert holder.guard is old and holder.guard.policy.version == "1"
    assert any("unknown_key" in line for line in holder.errors)
    assert holder.status()["reload_errors"] == holder.errors


def test_unparseable_and_missing_files_keep_the_old_policy(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    policy_file.write_text("checks: [\n", encoding="utf-8")
    assert holder.reload() is False
    policy_file.unlink()
    assert holder.reload() is False
    assert holder.guard.policy.name == "serve-test" and holder.errors


def test_changed_notices_an_edit_once(policy_file: Path) -> None:
    holder = PolicyHolder(policy_file)
    assert holder.changed() is False
    write_policy(policy_file, version="3")
    _touch_later(policy_file)
    assert holder.reload_if_changed() is True
    assert holder.reload_if_changed() is False


def test_invalid_file_at_start_raises_without_a_fallback(tmp_path: Path, fake_registry: None) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(HALF_VALID, encoding="utf-8")
    with pytest.raises(PolicyError):
        PolicyHolder(bad)


def test_restarted_worker_uses_the_last_good_copy(policy_file: Path, tmp_path: Path) -> None:
    fallback = tmp_path / "last-good.yaml"
    PolicyHolder(policy_file, fallback=fallback)  # the first worker saves the good copy
    assert fallback.read_text(encoding="utf-8") == policy_file.read_text(encoding="utf-8")
    policy_file.write_text(HALF_VALID, encoding="utf-8")
    restarted = PolicyHolder(policy_file, fallback=fallback)
    assert restarted.guard.policy.version == "1" and restarted.errors
    assert "unknown_key" not in fallback.read_text(encoding="utf-8")


async def test_polling_reloads_and_health_reports_rejections(policy_file: Path) -> None:
    proxy = make_proxy(policy_file, reload_interval=0.02)
    proxy.start_reloading()
    try:
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=proxy), base_url="http://p") as http:
            write_policy(policy_file, version="2")
            _touch_later(policy_file)
            await _until(lambda: proxy.holder.guard.policy.version == "2")
            policy_file.write_text(HALF_VALID, encoding="utf-8")
            _touch_later(policy_file)
            await _until(lambda: bool(proxy.holder.errors))
            health = (await http.get("/healthz")).json()
    finally:
        await proxy.aclose()
    assert health["status"] == "degraded"
    assert health["policy"]["version"] == "2"
    assert any("unknown_key" in line for line in health["policy"]["reload_errors"])


@pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="no SIGHUP on this platform")
async def test_sighup_reloads(policy_file: Path) -> None:
    proxy = make_proxy(policy_file, handle_sighup=True)
    proxy.start_reloading()
    try:
        write_policy(policy_file, version="7")
        os.kill(os.getpid(), signal.SIGHUP)
        await _until(lambda: proxy.holder.guard.policy.version == "7")
    finally:
        await proxy.aclose()


async def _until(condition, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "condition not reached in time"
        await asyncio.sleep(0.01)
