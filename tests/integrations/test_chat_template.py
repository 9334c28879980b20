"""Chat chunks read by their learned shape give exactly what the full parse gives."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from safeguard.integrations._chat_template import ChunkTemplate, learn
from safeguard.integrations._streams import SseGuard


class Echo:
    """A stand-in session: releases text changed in ways that need escaping, holds some back."""

    def __init__(self, log: list[str]) -> None:
        self._log = log
        self._held = ""
        self.closed = False

    def feed(self, delta: str) -> str:
        self._log.append(delta)
        self._held += delta
        if len(self._held) < 3:
            return ""
        out, self._held = self._held.replace("a", 'é"\\').replace("b", "\u2028"), ""
        return out

    def close(self) -> str:
        self.closed = True
        out, self._held = self._held, ""
        return out


def run(payload: bytes, cuts: list[int], fast: bool) -> tuple[bytes, list[str]]:
    log: list[str] = []
    sse = SseGuard("chat", lambda: Echo(log))  # type: ignore[arg-type,return-value]
    if not fast:
        sse._chat = None  # the full parse for every event, as before the template
    out, at = [], 0
    for cut in sorted(cuts):
        out.append(sse.feed(payload[at:cut]))
        at = cut
    out.append(sse.feed(payload[at:]))
    out.append(sse.close())
    return b"".join(out), log


BASE = {"id": "chatcmpl-1", "object": "chat.completion.chunk", "created": 1, "model": "m"}
ENCODINGS = [
    {"separators": (",", ":"), "ensure_ascii": False},
    {"separators": (",", ":"), "ensure_ascii": True},
    {"ensure_ascii": False},
    {"ensure_ascii": True},
]


def chunk(delta: dict[str, Any], finish: str | None = None, index: int = 0, **extra: Any) -> dict[str, Any]:
    choice = {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}
    return {**BASE, "choices": [choice], **extra}


texts = st.text(alphabet=st.characters(codec="utf-8"), max_size=12)
usual = st.one_of(
    texts.map(lambda t: chunk({"content": t})),
    # OpenAI's default: a random top-level "obfuscation" string on every chunk.
    st.tuples(texts, texts).map(lambda t: chunk({"content": t[0]}, obfuscation=t[1])),
)
odd = st.one_of(
    texts.map(lambda t: chunk({"role": "assistant", "content": t})),
    texts.map(lambda t: chunk({"content": t}, index=1)),
    texts.map(lambda t: chunk({"content": t}, finish="stop")),
    texts.map(lambda t: {**BASE, "choices": [chunk({"content": t})["choices"][0]] * 2}),
    texts.map(lambda t: chunk({"refusal": t})),
    texts.map(lambda t: chunk({"tool_calls": [{"index": 0, "function": {"arguments": t}}]})),
    texts.map(lambda t: chunk({"content": t}, logprobs={"content": [{"token": t, "logprob": -1.0}]})),
    texts.map(lambda t: chunk({"content": t}, id=t)),  # another shape: the template misses
    texts.map(lambda t: chunk({"content": t}, system_fingerprint=t)),
    st.just(chunk({}, finish="stop")),
)


def encode(item: Any, options: dict[str, Any]) -> bytes:
    if isinstance(item, bytes):
        return item
    return b"data: " + json.dumps(item, **options).encode() + b"\n\n"


raw_events = st.sampled_from(
    [
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"a\\/b"}}]}\n\n',  # "/" escaped
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"\\u00e9"}}]}\n\n',
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"x","content":"y"}}]}\n\n',
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"br\xffoken"}}]}\n\n',
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"tab\there"}}]}\n\n',
        b'data: {"id":"chatcmpl-1","choices":[{"index":0,"delta":{"content":"lone \\ud800 half"}}]}\n\n',
        b"data: {not json\n\n",
        b": keep-alive\n\n",
    ]
)


@settings(max_examples=300)
@given(
    items=st.lists(st.one_of(*[usual] * 6, odd, raw_events), min_size=2, max_size=30),
    options=st.sampled_from(ENCODINGS),
    cuts=st.lists(st.integers(min_value=0, max_value=4000), max_size=6),
    done=st.booleans(),
)
def test_the_learned_shape_and_the_full_parse_agree_byte_for_byte(
    items: list[Any], options: dict[str, Any], cuts: list[int], done: bool
) -> None:
    payload = b"".join(encode(i, options) for i in items) + (b"data: [DONE]\n\n" if done else b"")
    cuts = [c for c in cuts if c <= len(payload)]
    assert run(payload, cuts, fast=True) == run(payload, cuts, fast=False)


@settings(max_examples=200)
@given(
    contents=st.lists(st.tuples(texts, texts), min_size=2, max_size=20),
    options=st.sampled_from(ENCODINGS),
    padded=st.booleans(),
)
def test_usual_chunks_after_the_first_are_read_by_their_shape(
    contents: list[tuple[str, str]], options: dict[str, Any], padded: bool
) -> None:
    extra = [{"obfuscation": pad} if padded else {} for _, pad in contents]
    payload = b"".join(
        encode(chunk({"content": c}, **x), options) for (c, _), x in zip(contents, extra, strict=True)
    )
    read: list[bool] = []
    original = SseGuard._event

    def full(self: SseGuard, raw: bytes) -> bytes:
        read.append(True)
        return original(self, raw)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(SseGuard, "_event", full)
        fast = run(payload, [], fast=True)
    assert len(read) == 1  # only the first one: every later chunk matched the learned shape
    assert fast == run(payload, [], fast=False)


def usual_event(content: str, **options: Any) -> bytes:
    return encode(chunk({"content": content}), options or ENCODINGS[0])[:-2]


def test_a_usual_chunk_is_learned_and_read() -> None:
    template = learn(usual_event("hello"))
    assert isinstance(template, ChunkTemplate)
    assert template.index == 0
    found = template.read(usual_event('sé "q" \\ \u2028'))
    assert found is not None and found[0] == 'sé "q" \\ \u2028'
    assert template.read(usual_event("x", ensure_ascii=True, separators=(",", ":"))) is not None
    assert template.read(usual_event("x") + b"") is not None


def test_a_padded_chunk_keeps_its_own_padding() -> None:
    def padded(content: str, pad: str) -> bytes:
        return encode(chunk({"content": content}, obfuscation=pad), ENCODINGS[0])[:-2]

    template = learn(padded("hello", "xY"))
    assert template is not None and template.between is not None
    event = padded("sé", 'q"\\u2028')
    found = template.read(event)
    assert found is not None and found[0] == "sé"
    out = template.write(found[1], "other", event, found[2])
    assert json.loads(out[5:]) == chunk({"content": "other"}, obfuscation='q"\\u2028')
    assert template.read(padded("x", "a") + b"}") is None


@pytest.mark.parametrize(
    "event",
    [
        b'data: {"choices":[{"delta":{"content":"x","content":"y"}}]}',  # duplicate key: the last wins
        b'data: {"choices":[{"delta":{"content":"x"}}],"note":{"content":"x"}}',
        b'data: {"choices":[{"delta":{"content":"x"},"finish_reason":"stop"}]}',
        b'data: {"choices":[{"delta":{"content":"x"}},{"delta":{"content":"y"}}]}',
        b'data: {"choices":[{"index":"0","delta":{"content":"x"}}]}',
        b'event: x\ndata: {"choices":[{"delta":{"content":"x"}}]}',
        b'data: {"choices":[{"delta":{"content":"a\\/b"}}]}',
    ],
)
def test_shapes_that_are_not_certain_are_not_learned(event: bytes) -> None:
    assert learn(event) is None


@pytest.mark.parametrize(
    "literal",
    [b'"a\\/b"', b'"x" ', b'"x","content":"y"', b'"tab\there"', b'"open', b"x", b'""x', b'"\\u00E9"'],
)
def test_literals_of_another_kind_are_left_to_the_full_parse(literal: bytes) -> None:
    template = learn(usual_event("hello"))
    assert template is not None
    assert template.read(template.head + literal + template.tail) is None


def test_a_lone_surrogate_from_the_vendor_is_passed_on_escaped() -> None:
    lone = usual_event("lone \ud800 half", ensure_ascii=True, separators=(",", ":")) + b"\n\n"
    for fast in (True, False):
        out, log = run(usual_event("ab") + b"\n\n" + lone, [], fast)
        assert log == ["ab", "lone \ud800 half"]
        events = [json.loads(e[5:]) for e in out.split(b"\n\n") if e]
        assert "".join(e["choices"][0]["delta"]["content"] for e in events) == 'é"\\\u2028lone \ud800 hé"\\lf'
