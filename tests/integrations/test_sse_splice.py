"""The SSE rewriter swaps one JSON string in the vendor's bytes instead of re-encoding the event."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard.integrations._streams import _parse, _spliced, _split_event


def chunk(content: str) -> dict[str, Any]:
    delta = {"content": content}
    return {"id": "c1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta}]}


def with_content(data: dict[str, Any], content: str) -> dict[str, Any]:
    changed: dict[str, Any] = json.loads(json.dumps(data))
    changed["choices"][0]["delta"]["content"] = content
    return changed


ENCODINGS = [
    {"separators": (",", ":"), "ensure_ascii": False},
    {"separators": (",", ":"), "ensure_ascii": True},
    {"ensure_ascii": False},  # "key": "value", as Python's default spacing
    {"ensure_ascii": True},
]


@pytest.mark.parametrize("options", ENCODINGS)
def test_the_value_is_swapped_whatever_the_spacing_and_escaping(options: dict[str, Any]) -> None:
    raw = json.dumps(chunk("héllo \"you\"\n"), **options).encode()
    out = _spliced(raw, "content", "héllo \"you\"\n", "<PERSON_1> é")
    assert out is not None
    assert json.loads(out) == with_content(chunk(""), "<PERSON_1> é")


def test_a_value_found_twice_is_not_guessed() -> None:
    data = chunk("same")
    data["choices"].append({"index": 1, "delta": {"content": "same"}})
    assert _spliced(json.dumps(data).encode(), "content", "same", "other") is None


def test_an_escaping_we_do_not_produce_falls_back() -> None:
    raw = b'{"choices":[{"delta":{"content":"a\\/b"}}]}'  # "/" escaped: valid JSON, not json.dumps
    assert _spliced(raw, "content", "a/b", "x") is None


def test_a_key_inside_another_string_is_not_matched() -> None:
    data = chunk("x")
    data["note"] = '"content":"x"'
    out = _spliced(json.dumps(data).encode(), "content", "x", "y")
    assert out is not None
    expected = with_content(data, "y")
    assert json.loads(out) == expected


@given(old=st.text(max_size=30), new=st.text(max_size=30), options=st.sampled_from(ENCODINGS))
def test_a_splice_always_decodes_to_the_changed_event(old: str, new: str, options: dict[str, Any]) -> None:
    data = chunk(old)
    data["model"] = old  # the same text elsewhere, under another key, must stay
    out = _spliced(json.dumps(data, **options).encode(), "content", old, new)
    if out is not None:
        expected = with_content(data, new)
        assert json.loads(out) == expected


def test_the_usual_framing_splits_and_parses_without_line_splitting() -> None:
    raw = b'data: {"a":1}\n\ndata: [DONE]\n\n'
    split = _split_event(raw)
    assert split == (b'data: {"a":1}\n\n', b"data: [DONE]\n\n")
    assert _parse(split[0]) == (None, '{"a":1}', [])
    assert _parse(b"event: x\ndata: {}\n\n") == ("x", "{}", ["event: x"])


def test_carriage_return_framing_still_finds_the_first_event() -> None:
    assert _split_event(b"data: 1\r\n\r\ndata: 2\n\n") == (b"data: 1\r\n\r\n", b"data: 2\n\n")
    assert _split_event(b"data: 1\r\rdata: 2\n\n") == (b"data: 1\r\r", b"data: 2\n\n")
