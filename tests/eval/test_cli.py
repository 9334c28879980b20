"""``safeguard eval`` on a tiny fixture with malformed lines: exit 1, the rest still scored."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from safeguard._errors import AdapterError
from safeguard.cli import _eval
from safeguard.cli._eval import add_arguments, run

TINY = Path(__file__).parent / "data" / "tiny.jsonl"


class FakeGuard:
    """Stands in for ``Guard``: the CLI only needs ``policy.name`` and ``policy.checks``."""

    def __init__(self, policy: object = None) -> None:
        self.policy = SimpleNamespace(name="fake", checks=[])


def fake_check_case(guard: object, raw: dict[str, Any]) -> dict[str, object]:
    """A rule-of-thumb guard, deterministic, with the real one's refusal of unknown roles."""
    text = " ".join(m["content"] for m in raw["messages"])
    if any(m["role"] not in ("system", "user", "assistant") for m in raw["messages"]):
        raise AdapterError("unknown message role")
    findings = []
    if "always" in (raw.get("reply") or ""):
        findings.append(
            {
                "check": "overpromise",
                "category": "availability",
                "where": "output",
                "message": "reply",
                "start": 0,
                "end": 5,
                "score": 1.0,
            }
        )
    if "@" in text:
        findings.append(
            {
                "check": "pii",
                "category": "EMAIL_ADDRESS",
                "where": "input",
                "message": 0,
                "start": text.index("@") - 3,
                "end": text.index("@") + 3,
                "score": 1.0,
            }
        )
    level = "ideation" if "killing myself" in text else "none"
    return {
        "id": raw.get("id"),
        "self_harm": {"level": level, "subject": "self", "method_seeking": False},
        "findings": findings,
        "actions": [],
        "reply": raw.get("reply"),
        "elapsed_ms": 1.5,
    }


def _run(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    import argparse

    monkeypatch.setattr(_eval, "Guard", FakeGuard)
    monkeypatch.setattr(_eval, "check_case", fake_check_case)
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return run(parser.parse_args(argv))


def test_malformed_lines_exit_1_and_the_rest_is_scored(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run([str(TINY), "--json"], monkeypatch) == 1
    out, err = capsys.readouterr()
    for line in (3, 5, 7, 8):
        assert f"tiny.jsonl:{line}:" in err
    doc = json.loads(out)
    assert [m["line"] for m in doc["malformed"]] == [3, 5, 7, 8]
    assert doc["overall"]["cases"] == 4
    assert set(doc["sources"]) == {"tiny", "other", "pii"}
    sh = doc["overall"]["self_harm"]
    assert sh["within_range"] == {"count": 2, "n": 2, "rate": 1.0}
    assert doc["overall"]["overpromise"]["binary"]["tp"] == 1
    assert doc["overall"]["pii"]["overall"]["gold_found"] == 1
    assert doc["policy"] == "fake"


def test_table_output(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run([str(TINY), "--worst", "3"], monkeypatch) == 1
    out = capsys.readouterr().out
    assert "4 malformed line(s) skipped" in out
    assert "Self-harm" in out and "Overpromise" in out and "PII" in out and "Latency" in out


def test_limit_and_pii_types(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    clean = tmp_path / "clean.jsonl"
    clean.write_text(
        "".join(line for line in TINY.read_text().splitlines(True) if '"t-1"' in line or '"t-8"' in line)
    )
    assert (
        _run([str(clean), "--json", "--limit", "1", "--pii-types", "PERSON, EMAIL_ADDRESS"], monkeypatch) == 0
    )
    doc = json.loads(capsys.readouterr().out)
    assert doc["overall"]["cases"] == 1 and doc["limit"] == 1
    assert doc["pii_types"] == ["EMAIL_ADDRESS", "PERSON"]


def test_missing_file_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    assert _run([str(tmp_path / "nope.jsonl")], monkeypatch) == 2
    assert "cannot read" in capsys.readouterr().err


def test_real_guard_end_to_end(capsys: pytest.CaptureFixture[str]) -> None:
    """Through ``safeguard`` itself, with the shipped default policy (skips until the checks exist)."""
    from safeguard.cli import COMMANDS, main

    if "eval" not in COMMANDS:
        pytest.skip("`eval` is not registered in safeguard.cli.COMMANDS yet")
    try:
        from safeguard._guard import Guard

        Guard()
    except ImportError as exc:
        pytest.skip(f"the guard cannot be built yet: {exc}")
    assert main(["eval", str(TINY), "--json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["overall"]["cases"] == 4
    assert doc["overall"]["latency"]["n"] == 4
