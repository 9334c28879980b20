"""The `safeguard check` contract: fields, JSONL with malformed lines, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard.cli import main

CASE = {
    "id": "c1",
    "messages": [{"role": "user", "content": "i wish i could go to sleep and not wake up"}],
    "reply": "I'm always here for you.",
    "locale": "en-US",
}
FIELDS = {"id", "self_harm", "findings", "actions", "reply", "elapsed_ms"}


def run(capsys: pytest.CaptureFixture[str], args: list[str]) -> tuple[int, str, str]:
    status = main(["check", *args])
    out, err = capsys.readouterr()
    return status, out, err


def test_single_case_has_exactly_the_contract_fields(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "case.json"
    path.write_text(json.dumps(CASE))
    status, out, _ = run(capsys, [str(path)])
    verdict = json.loads(out)
    assert status == 0
    assert set(verdict) == FIELDS
    assert verdict["id"] == "c1"
    assert verdict["self_harm"]["level"] in {"passive", "ideation"}
    assert set(verdict["self_harm"]) == {"level", "subject", "method_seeking"}
    for finding in verdict["findings"]:
        assert set(finding) == {"check", "category", "where", "message", "start", "end", "score"}
    assert {a["type"] for a in verdict["actions"]} >= {"augment", "rewrite"}
    assert "988" in verdict["reply"]
    assert "always here" not in verdict["reply"]
    assert verdict["elapsed_ms"] >= 0


def test_jsonl_reports_malformed_lines_and_checks_the_rest(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        json.dumps({**CASE, "id": "a"}),
        "{not json",
        "",
        json.dumps({"id": "bad-shape", "messages": "nope"}),
        json.dumps({"id": "b", "messages": [{"role": "user", "content": "hello"}], "reply": None}),
    ]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(lines) + "\n")
    status, out, err = run(capsys, ["--jsonl", str(path)])
    results = [json.loads(line) for line in out.splitlines()]
    assert status == 1
    assert [r.get("id") for r in results] == ["a", None, "bad-shape", "b"]
    assert set(results[1]) == {"id", "error"} and set(results[2]) == {"id", "error"}
    assert results[3]["reply"] is None and results[3]["self_harm"]["level"] == "none"
    assert "line 2:" in err and "line 4:" in err


def test_stdin_is_read_when_no_file(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(CASE)))
    status, out, _ = run(capsys, [])
    assert status == 0 and json.loads(out)["id"] == "c1"


@pytest.mark.parametrize(("content", "reason"), [("{broken", "not JSON"), ('{"id": 1}', "messages")])
def test_unusable_input_exits_2_with_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str, reason: str
) -> None:
    path = tmp_path / "x.json"
    path.write_text(content)
    status, out, err = run(capsys, [str(path)])
    assert status == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and reason in err


def test_missing_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, err = run(capsys, ["/no/such/file.json"])
    assert status == 2 and out == "" and "no such file" in err


def test_bad_policy_exits_2_naming_the_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    policy = tmp_path / "p.yaml"
    policy.write_text("name: p\nchecks:\n  - type: nope\n")
    status, _, err = run(capsys, ["--policy", str(policy), "/dev/null"])
    assert status == 2 and f"{policy}:3: checks.0.type" in err


def test_validate_and_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "policies/default.yaml", "policies/companion.yaml"]) == 0
    assert "ok" in capsys.readouterr().out
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "safeguard policy"
    assert "checks" in schema["properties"]


def test_validate_reports_and_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nchecks:\n  - type: pii\n    budget_ms: -1\n")
    assert main(["validate", str(bad)]) == 1
    assert f"{bad}:4: checks.0.budget_ms:" in capsys.readouterr().err
