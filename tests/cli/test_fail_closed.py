"""A check the policy makes fail closed: `check` and `eval` stop with one line and status 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from safeguard.cli import main
from safeguard.testing import ScriptedModel

JUDGED = """\
{base}
second_opinion:
  vendor: openai
  model: judge-1
  base_url: {url}
  api_key_env: SG_JUDGE_KEY
  levels: all
  fail: closed
"""
CASE = {"id": "c1", "source": "t", "messages": [{"role": "user", "content": "hi"}],
        "labels": {"self_harm": {"min": "none", "max": "none"}}}  # fmt: skip


@pytest.fixture
def judged_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, ScriptedModel]:
    monkeypatch.setenv("SG_JUDGE_KEY", "k")
    model = ScriptedModel(["I'd rather not say."])  # not a level word: the judge fails
    return tmp_path / "judged.yaml", model


@pytest.mark.parametrize("command", ["check", "eval"])
def test_a_failed_closed_check_is_one_line_and_status_2(
    judged_policy: tuple[Path, ScriptedModel],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    path, model = judged_policy
    cases = tmp_path / "cases.jsonl"
    cases.write_text(json.dumps(CASE) + "\n", "utf-8")
    with model.serve() as url:
        base = Path("policies/default.yaml").read_text("utf-8")
        path.write_text(JUDGED.format(base=base, url=url), "utf-8")
        status = main([command, "--policy", str(path), str(cases)])
    out, err = capsys.readouterr()
    assert status == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert lines[-1].startswith(f"safeguard {command}: check 'self_harm' failed: second opinion raised")
    assert "fails closed" in lines[-1]
    assert "Traceback" not in err
