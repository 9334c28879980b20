"""The docs site in a real browser: it renders offline, and its generated pages show real data.

Headless Chromium loads the built site from disk with the network closed. The test
skips when no Chromium is installed, unless ``SAFEGUARD_REQUIRE_BROWSER`` is set
(CI sets it and installs Debian's ``chromium``), so a missing browser fails in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    # the site must work offline: any request to a remote host fails
    "--host-resolver-rules=MAP * ~NOTFOUND",
]


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None:
        if os.environ.get("SAFEGUARD_REQUIRE_BROWSER"):
            pytest.fail("SAFEGUARD_REQUIRE_BROWSER is set but no chromium is installed")
        pytest.skip("chromium is not installed")
    return found


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("mkdocs")
    out = tmp_path_factory.mktemp("site")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(out)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, env=env)
    return out


def _render(browser: str, page: Path, tmp_path: Path) -> str:
    profile = tmp_path / "profile"
    cmd = [browser, *FLAGS, f"--user-data-dir={profile}", "--dump-dom", page.as_uri()]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=True)
    return done.stdout


def test_home_page_renders_with_navigation(site: Path, tmp_path: Path) -> None:
    dom = _render(_browser(), site / "index.html", tmp_path)
    assert "safeguard" in dom
    for page in ("Getting started", "Checks", "Telemetry", "Evaluation"):
        assert page in dom, page


def test_generated_policy_reference_lists_every_check(site: Path, tmp_path: Path) -> None:
    dom = _render(_browser(), site / "policies" / "index.html", tmp_path)
    for check in ("self_harm", "safe_messaging", "overpromise", "pii"):
        assert f"type: {check}" in dom, check


def test_crisis_directory_page_shows_verified_lines_with_sources(site: Path, tmp_path: Path) -> None:
    pages = list(site.glob("crisis-directory*/index.html")) or list(site.glob("**/crisis-directory*.html"))
    assert pages, "the crisis directory page was not built"
    dom = _render(_browser(), pages[0], tmp_path)
    assert "988" in dom and "116 123" in dom
    assert "2026-08-15" in dom


def test_the_built_site_references_no_remote_fonts_or_scripts(site: Path) -> None:
    for html in site.rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert "fonts.googleapis.com" not in text, html
        assert '<script src="http' not in text, html
