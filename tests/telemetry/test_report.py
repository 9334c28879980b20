"""``safeguard report``: exact yearly counts from an audit log, and the published protocol."""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

import pytest
import yaml

from safeguard._policy import Policy
from safeguard.cli import _report
from safeguard.resources import load_directory
from safeguard.telemetry._protocol import render_protocol

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]


def _run(argv: list[str]) -> int:
    # The same wiring as safeguard.cli.main for a module with add_arguments/run.
    parser = argparse.ArgumentParser(prog="safeguard report")
    _report.add_arguments(parser)
    return _report.run(parser.parse_args(argv))


def _counts(
    capsys: pytest.CaptureFixture[str], year: int, path: Path = DATA / "audit.jsonl"
) -> dict[str, object]:
    assert _run(["counts", str(path), "--year", str(year)]) == 0
    result: dict[str, object] = json.loads(capsys.readouterr().out)
    return result


def test_counts_for_2026_are_exact(capsys: pytest.CaptureFixture[str]) -> None:
    result = _counts(capsys, 2026)
    assert result == {
        "year": 2026,
        "period": {"start": "2026-01-01", "end": "2026-12-31", "timezone": "UTC"},
        "crisis_referral_notifications": 5,
        "referrals_by_risk_level": {
            "none": 0, "distress": 0, "passive": 2, "ideation": 1, "intent": 1, "imminent": 1,
        },
        "decisions_logged": 7,
        "policies": ["default@2026.11", "default@2026.12"],
    }


@pytest.mark.parametrize(("year", "referrals"), [(2025, 1), (2027, 1), (2024, 0)])
def test_calendar_year_boundaries(capsys: pytest.CaptureFixture[str], year: int, referrals: int) -> None:
    assert _counts(capsys, year)["crisis_referral_notifications"] == referrals


def test_counts_hold_no_identifiers(capsys: pytest.CaptureFixture[str]) -> None:
    out = json.dumps(_counts(capsys, 2026))
    assert "0f1e2d3c4b5a69788796a5b4c3d2e1f0" not in out
    assert "conversation" not in out


def test_malformed_lines_are_reported_and_the_rest_counted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = (DATA / "audit.jsonl").read_text().splitlines()
    path = tmp_path / "audit.jsonl"
    path.write_text("\n".join([good[1], "{not json", '["a list"]', good[2]]) + "\n")
    assert _run(["counts", str(path), "--year", "2026"]) == 1
    captured = capsys.readouterr()
    assert "line 2: not JSON" in captured.err
    assert "line 3: not a JSON object" in captured.err
    assert json.loads(captured.out)["crisis_referral_notifications"] == 2


def test_missing_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(["counts", str(tmp_path / "nope.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def _default_policy() -> Policy:
    return Policy.model_validate(yaml.safe_load((REPO / "policies" / "default.yaml").read_text()))


def test_protocol_names_the_policy_and_every_country_line() -> None:
    policy = _default_policy()
    directory = load_directory()
    text = render_protocol(policy, directory)
    assert "Policy **default**, version 2026.11" in text
    for country in directory.countries():
        assert f"### {country.name} ({country.code})" in text
        for service in country.services:
            assert service.name in text
            assert service.source_url in text
            for channel in service.shown_channels():
                assert channel.value in text
            for channel in service.channels:
                if not channel.display:
                    assert f"{channel.kind} {channel.value}" not in text  # legacy numbers stay hidden
    for rule in policy.rules:
        assert f"`{rule.id}`" in text


def test_protocol_has_no_placeholders_left() -> None:
    text = render_protocol(_default_policy(), load_directory())
    assert not re.search(r"\{[a-z_]+\}", text)
    assert "None" not in text


def test_protocol_follows_the_policy_telemetry_settings() -> None:
    base = _default_policy()
    unhashed = base.telemetry.model_copy(update={"hash_conversation_ids": False})
    raw = base.model_copy(update={"telemetry": unhashed})
    assert "hashing is turned off" in render_protocol(raw, load_directory())
    assert "keyed hashes" in render_protocol(base, load_directory())


def test_protocol_cli_writes_markdown(tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "name: tiny\nversion: '7'\nchecks:\n  - type: pii\n"
        "rules:\n  - id: pii-to-vendor\n    when: {check: pii, where: input}\n    action: redact\n"
    )
    out = tmp_path / "protocol.md"
    assert _run(["protocol", "--policy", str(policy), "--output", str(out)]) == 0
    text = out.read_text()
    assert text.startswith("# Suicide and self-harm protocol")
    assert "Policy **tiny**, version 7" in text


def test_protocol_cli_reports_a_bad_policy(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("name: broken\nchecks: []\nsurprise: 1\n")
    assert _run(["protocol", "--policy", str(policy)]) == 2
    assert "surprise" in capsys.readouterr().err
