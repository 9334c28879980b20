"""Converters from vendor shapes keep indexes aligned and offsets mappable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from safeguard._convert import from_anthropic, from_case, from_messages, from_responses
from safeguard._errors import AdapterError


def test_openai_chat_strings_and_parts() -> None:
    convo = from_messages(
        [
            {"role": "developer", "content": "be kind"},
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "hello"},
                    {"type": "image_url", "image_url": {"url": "data:..."}},
                    {"type": "text", "text": "my email is a@b.co"},
                ],
            },
            {"role": "assistant", "content": None, "tool_calls": [{"id": "t1"}]},
        ],
        locale="en-GB",
    )
    assert [m.role for m in convo.messages] == ["system", "user", "assistant"]
    user = convo.messages[1]
    assert user.text == "hello\nmy email is a@b.co"
    at = user.text.index("a@b.co")
    assert user.locate(at) == (2, "my email is ".__len__())
    assert convo.messages[2].text == ""
    assert convo.locale == "en-GB"


def test_anthropic_system_is_prepended_with_offset() -> None:
    convo, offset = from_anthropic(
        [{"type": "text", "text": "sys"}],
        [
            {
                "role": "user",
                "content": [
                    {"type": "text", "text": "hi"},
                    {"type": "tool_result", "tool_use_id": "x", "content": "42"},
                ],
            }
        ],
    )
    assert offset == 1
    assert [m.role for m in convo.messages] == ["system", "user"]
    assert convo.messages[1].text == "hi"


def test_anthropic_without_system() -> None:
    convo, offset = from_anthropic(None, [{"role": "user", "content": "hi"}])
    assert offset == 0 and convo.messages[0].text == "hi"


def test_responses_input_string_and_items() -> None:
    convo, offset = from_responses("hello", instructions="be brief")
    assert offset == 1 and [m.text for m in convo.messages] == ["be brief", "hello"]
    convo, offset = from_responses(
        [
            {"role": "user", "content": [{"type": "input_text", "text": "a"}]},
            {"type": "function_call_output", "call_id": "c", "output": "x"},
            {"type": "message", "role": "assistant", "content": [{"type": "output_text", "text": "b"}]},
        ]
    )
    assert offset == 0 and [(m.role, m.text) for m in convo.messages] == [
        ("user", "a"),
        ("tool", ""),
        ("assistant", "b"),
    ]


@pytest.mark.parametrize(
    "bad",
    [
        "not a list",
        [{"content": "no role"}],
        [{"role": "wizard", "content": "x"}],
        [{"role": "user", "content": 5}],
    ],
)
def test_malformed_messages_raise_adapter_error(bad: object) -> None:
    with pytest.raises(AdapterError):
        from_messages(bad)  # type: ignore[arg-type]


def test_case_reply_and_locale_types_are_checked() -> None:
    with pytest.raises(AdapterError):
        from_case({"messages": [], "reply": 3})
    with pytest.raises(AdapterError):
        from_case({"reply": "x"})
    convo, reply = from_case(
        {"messages": [{"role": "user", "content": "x"}], "reply": "y", "locale": "de-DE"}
    )
    assert reply == "y" and convo.locale == "de-DE"


@given(st.lists(st.text(max_size=30), min_size=1, max_size=5))
def test_flattened_offsets_map_back_into_each_part(texts: list[str]) -> None:
    parts = [{"type": "text", "text": t} for t in texts]
    message = from_messages([{"role": "user", "content": parts}]).messages[0]
    for part in message.parts:
        original = texts[part.index]
        assert message.text[part.start : part.start + part.length] == original
