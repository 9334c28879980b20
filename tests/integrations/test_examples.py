"""The examples run against the scripted model when no API key is set."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


@pytest.fixture(autouse=True)
def no_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in ("OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(key, raising=False)


@pytest.mark.parametrize(
    ("name", "expected", "absent"),
    [
        ("openai_chat", "What has been the hardest part?", "I'll always be here for you"),
        ("openai_responses_stream", "116 123", "ending it all"),
        ("anthropic_stream", "What's on your mind?", "I'll never leave you"),
        ("llm_judge", "116 123", "I'm always here"),
    ],
)
def test_example_runs_without_a_key(
    capsys: pytest.CaptureFixture[str], name: str, expected: str, absent: str
) -> None:
    runpy.run_path(str(EXAMPLES / f"{name}.py"), run_name="__main__")
    out = capsys.readouterr().out
    assert expected in out
    assert absent not in out


def test_fastapi_example() -> None:
    pytest.importorskip("fastapi")
    from starlette.testclient import TestClient

    app = runpy.run_path(str(EXAMPLES / "fastapi_chatbot.py"))["app"]
    with TestClient(app) as http:
        body = {"messages": [{"role": "user", "content": "hi"}], "locale": "en-GB"}
        assert "What would help most" in http.post("/chat", json=body).json()["reply"]
        assert "What would help most" in http.post("/chat/stream", json=body).text
