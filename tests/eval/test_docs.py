"""The docs site: generated pages cover the code they describe, and the strict build passes."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOOKS = ROOT / "docs" / "hooks"


def _hook(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"docs_hook_{name}", HOOKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SYNTHETIC: dict[str, Any] = {
    "description": "A complete guard policy.",
    "properties": {
        "name": {"type": "string"},
        "fail": {"enum": ["open", "closed"], "default": "open", "description": "What errors do."},
        "checks": {
            "type": "array",
            "items": {
                "oneOf": [{"$ref": "#/$defs/AEntry"}],
                "discriminator": {"propertyName": "type", "mapping": {"a": "#/$defs/AEntry"}},
            },
        },
        "crisis": {"$ref": "#/$defs/Crisis"},
    },
    "required": ["name", "checks"],
    "$defs": {
        "AEntry": {
            "properties": {"type": {"const": "a"}, "options": {"$ref": "#/$defs/AOptions"}},
            "required": ["type"],
        },
        "AOptions": {
            "description": "Options of a.",
            "properties": {"threshold": {"type": "number", "default": 0.5, "minimum": 0, "maximum": 1}},
        },
        "Crisis": {"properties": {"include_secondary": {"type": "boolean", "default": False}}},
    },
}


def test_policy_reference_renders_every_key() -> None:
    page = _hook("policy_reference").render(SYNTHETIC)
    for needle in (
        "`name`",
        "**required**",
        '"open" \\| "closed"',
        "`type: a`",
        "AOptions",
        "`threshold`",
        ">= 0, <= 1",
        "## Shared definitions",
        "### Crisis",
        "`include_secondary`",
        "`false`",
    ):
        assert needle in page, needle


def _properties(schema: dict[str, Any]) -> set[str]:
    names = set(schema.get("properties", {}))
    for model in schema.get("$defs", {}).values():
        names |= set(model.get("properties", {}))
    return names


def test_policy_reference_covers_the_real_schema() -> None:
    try:
        from safeguard._schema import policy_schema

        schema = policy_schema()
    except (ImportError, KeyError) as exc:
        pytest.skip(f"policy_schema() cannot be built yet: {exc}")
    page = _hook("policy_reference").render(schema)
    missing = sorted(name for name in _properties(schema) if f"`{name}`" not in page)
    assert not missing
    for check_type in ("self_harm", "safe_messaging", "overpromise", "pii"):
        assert f"`type: {check_type}`" in page


def test_crisis_directory_page_shows_every_shown_channel() -> None:
    from safeguard.resources import load_directory

    directory = load_directory()
    page = _hook("crisis_directory").render(directory, dt.date(2026, 12, 1))
    for service in directory.entries():
        assert service.name in page
        for channel in service.shown_channels():
            assert f"`{channel.value}`" in page
    assert directory.fallback.directory in page


def test_site_uses_no_web_fonts() -> None:
    import yaml

    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    assert config["theme"]["font"] is False


@pytest.mark.skipif(
    shutil.which("mkdocs") is None and importlib.util.find_spec("mkdocs") is None,
    reason="mkdocs is not installed (the `docs` extra)",
)
def test_mkdocs_build_strict(tmp_path: Path) -> None:
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert (site / "policies" / "index.html").is_file()
    assert (site / "crisis-directory" / "index.html").is_file()
    html = "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))
    assert "fonts.googleapis" not in html and "fonts.gstatic" not in html
