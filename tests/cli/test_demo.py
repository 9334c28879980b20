"""`safeguard demo`: the seed conversation through a wrapped OpenAI client, no network."""

from __future__ import annotations

import json

import pytest

from safeguard.cli import main
from safeguard.demo import load_seed


def test_demo_json_shows_every_turn_with_its_verdict(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    turns = load_seed()
    assert [r["model_said"] for r in records] == [t.assistant for t in turns]
    levels = [r["verdict"]["self_harm"]["level"] for r in records]
    assert levels[0] in {"none", "distress"}
    assert levels[2] in {"passive", "ideation"}
    third = records[2]
    assert "This difficult period will pass" not in third["user_sees"]
    assert "988" in third["user_sees"]
    assert {a["type"] for a in third["verdict"]["actions"]} >= {"rewrite", "augment"}
    fifth = records[4]
    assert "I'm always here" in fifth["model_said"] and "I'm always here" not in fifth["user_sees"]


def test_demo_terminal_output_is_readable(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["demo"]) == 0
    out = capsys.readouterr().out
    assert out.count("── Turn") == len(load_seed())
    for label in ("Person", "Model said", "Guard found", "Person sees"):
        assert label in out
    assert "\x1b[" not in out  # not a terminal: no colour codes


def test_changed_words_are_wrapped_and_coloured_line_by_line() -> None:
    from safeguard.cli._style import Style, highlighted_lines

    style = Style()
    style.color = True
    before = "one two three four five six"
    after = "one two THREE four five six\n\nsee 988 now"
    lines = highlighted_lines(before, after, 12, style)
    plain = [line.replace("\x1b[32m", "").replace("\x1b[0m", "") for line in lines]
    assert plain == ["one two", "THREE four", "five six", "", "see 988 now"]
    assert lines[1] == "\x1b[32mTHREE\x1b[0m four"
    assert all(line.count("\x1b[32m") == line.count("\x1b[0m") for line in lines)
