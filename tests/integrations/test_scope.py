"""The guard's call scope spans one logical call: retries included, streams until they end."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import httpx2

from safeguard._guard import Guard
from safeguard._verdict import Verdict
from safeguard.testing import ScriptedModel, anthropic_client, openai_client

USER = [{"role": "user", "content": "hello"}]


class ScopeObserver:
    """Records scope entries and exits, and which stages ran inside a scope."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.open = 0

    def __call__(self, verdict: Verdict, stage: str) -> None:
        self.events.append(f"{stage}:{'in' if self.open else 'out'}")

    @contextmanager
    def scope(self, vendor: str, model: str | None) -> Iterator[None]:
        self.events.append(f"enter:{vendor}:{model}")
        self.open += 1
        try:
            yield
        finally:
            self.open -= 1
            self.events.append("exit")


def test_retries_share_one_scope(fake_guard: Guard) -> None:
    observer = ScopeObserver()
    fake_guard.add_observer(observer)
    model = ScriptedModel(["Hi there."], fail_first=2)
    client = fake_guard.wrap(openai_client(model, max_retries=3))
    client.chat.completions.create(model="gpt-x", messages=USER)
    assert len(model.requests) == 3
    assert observer.events == ["enter:openai:gpt-x", "input:in", "output:in", "exit"]


def test_stream_scope_stays_open_until_the_stream_ends(fake_guard: Guard) -> None:
    observer = ScopeObserver()
    fake_guard.add_observer(observer)
    client = fake_guard.wrap(anthropic_client(ScriptedModel(["One. Two. Three."])))
    stream = client.messages.create(model="claude-x", max_tokens=9, messages=USER, stream=True)
    assert observer.open == 1  # the call returned, the stream is still being read
    list(stream)
    assert observer.open == 0
    assert observer.events == ["enter:anthropic:claude-x", "input:in", "output:in", "exit"]


def test_abandoned_stream_closes_the_scope(fake_guard: Guard) -> None:
    observer = ScopeObserver()
    fake_guard.add_observer(observer)
    client = fake_guard.wrap(openai_client(ScriptedModel(["One. Two. Three. Four."])))
    with client.chat.completions.create(model="m", messages=USER, stream=True) as stream:
        next(iter(stream))
    assert observer.open == 0


def test_mounted_transports_are_guarded_too(fake_guard: Guard) -> None:
    model = ScriptedModel(["I'll be fine. I will always be here for you."])
    http = httpx2.Client(mounts={"http://": model.transport(httpx2)})
    client: Any = fake_guard.wrap(openai_client(model)).with_options(http_client=fake_guard.wrap(http))
    reply = client.chat.completions.create(
        model="m", messages=USER, extra_headers={"X-Safeguard-Locale": "fr"}
    )
    assert "always be here" not in reply.choices[0].message.content
    assert "x-safeguard-locale" not in model.requests[0].headers
