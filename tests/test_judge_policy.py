"""A judge configured in the policy YAML (for apps that only have YAML: the proxy)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx2
import openai
import pytest

from safeguard import Guard, PolicyError, RiskLevel, parse_policy
from safeguard.serve import GuardProxy, ServeConfig
from safeguard.testing import ScriptedModel

HEAVY = [{"role": "user", "content": "everything is so heavy lately"}]
POLICY = """\
name: judged
checks:
  - type: self_harm
rules:
  - id: crisis
    when: {{check: self_harm, min_level: passive}}
    action: augment
second_opinion:
  vendor: openai
  model: judge-1
  base_url: {url}
  api_key_env: SG_JUDGE_KEY
{extra}"""


@pytest.fixture
def judge_model() -> Iterator[tuple[ScriptedModel, str]]:
    model = ScriptedModel(["ideation"])
    with model.serve() as url:
        yield model, url


def _policy(url: str, extra: str = "") -> str:
    return POLICY.format(url=url, extra=extra)


def test_the_policy_judge_raises_the_level_with_the_key_from_the_environment(
    judge_model: tuple[ScriptedModel, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, url = judge_model
    monkeypatch.setenv("SG_JUDGE_KEY", "sk-test-123")
    guard = Guard(parse_policy(_policy(url)))
    assert guard.check(HEAVY).self_harm.level == RiskLevel.IDEATION
    sent = model.requests[-1]
    assert sent.headers["authorization"] == "Bearer sk-test-123"
    assert sent.body["model"] == "judge-1"


def test_levels_all_asks_on_a_calm_turn_too(
    judge_model: tuple[ScriptedModel, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, url = judge_model
    monkeypatch.setenv("SG_JUDGE_KEY", "k")
    calm = [{"role": "user", "content": "what a nice day"}]
    assert Guard(parse_policy(_policy(url))).check(calm).self_harm.level == RiskLevel.NONE
    assert not model.requests  # none is not an ambiguous level: no call
    asked = Guard(parse_policy(_policy(url, "  levels: all\n"))).check(calm)
    assert asked.self_harm.level == RiskLevel.IDEATION
    assert len(model.requests) == 1


def test_a_missing_key_names_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SG_JUDGE_KEY", raising=False)
    with pytest.raises(PolicyError, match="api_key_env: the environment variable SG_JUDGE_KEY is not set"):
        Guard(parse_policy(_policy("http://127.0.0.1:9/v1")))


def test_a_bad_level_names_the_line_and_key(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(_policy("http://127.0.0.1:9/v1", "  levels: [sad]\n"), "utf-8")
    with pytest.raises(PolicyError) as caught:
        Guard(path)
    text = str(caught.value)
    assert "p.yaml:13:" in text
    assert "second_opinion.levels" in text


async def test_the_proxy_uses_the_policy_judge(
    judge_model: tuple[ScriptedModel, str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    model, url = judge_model
    monkeypatch.setenv("SG_JUDGE_KEY", "k")
    path = tmp_path / "judged.yaml"
    path.write_text(_policy(url), "utf-8")
    upstream = ScriptedModel(["That sounds like a lot to carry. What has today been like?"])
    config = ServeConfig(policy=str(path), reload_interval=0.0, handle_sighup=False,
                         openai_base_url="http://up.invalid/v1")  # fmt: skip
    proxy = GuardProxy(config, transport=upstream.transport(httpx2))
    http = httpx2.AsyncClient(transport=httpx2.ASGITransport(app=proxy))
    try:
        client = openai.AsyncOpenAI(base_url="http://proxy/v1", api_key="k", http_client=http, max_retries=0)
        reply = await client.chat.completions.create(model="m", messages=HEAVY)  # type: ignore[arg-type]
    finally:
        await http.aclose()
        await proxy.aclose()
    text = reply.choices[0].message.content or ""
    assert "That sounds like a lot to carry. What has today been like?" in text
    assert "thinking about suicide" in text  # the judge's ideation: a crisis note first
    assert model.requests  # the judge was asked
