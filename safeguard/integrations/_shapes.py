"""Vendor-shaped bodies and SSE events built from plain text.

Shared by the guard (a blocked request gets a successful vendor-shaped reply
carrying the safe text) and by ``safeguard.testing`` (the scripted fake model).
Each builder returns JSON-ready dicts; ``sse`` turns ``(event, data)`` pairs into
wire bytes.
"""

from __future__ import annotations

import json
import time
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

Event = tuple[str | None, Any]  # (SSE ``event:`` name or None, JSON data or the literal "[DONE]")


def _id(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:24]}"


def _usage_words(text: str) -> int:
    return max(1, len(text.split()))


def sse(events: Iterable[Event]) -> bytes:
    """Encode events as Server-Sent Events, one blank line after each."""
    out = []
    for name, data in events:
        payload = data if isinstance(data, str) else json.dumps(data, separators=(",", ":"))
        head = f"event: {name}\n" if name else ""
        out.append(f"{head}data: {payload}\n\n")
    return "".join(out).encode()


# -- OpenAI chat completions ---------------------------------------------------
def chat_completion(text: str, model: str) -> dict[str, Any]:
    """A ``chat.completion`` object with one choice."""
    return {
        "id": _id("chatcmpl"),
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": None},
                "finish_reason": "stop",
                "logprobs": None,
            }
        ],
        "usage": {
            "prompt_tokens": 1,
            "completion_tokens": _usage_words(text),
            "total_tokens": 1 + _usage_words(text),
        },
    }


def chat_chunks(deltas: Sequence[str], model: str) -> list[Event]:
    """``chat.completion.chunk`` events for ``deltas``, a finish chunk and ``[DONE]``."""
    base = {
        "id": _id("chatcmpl"),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
    }

    def chunk(delta: dict[str, Any], finish: str | None = None) -> Event:
        choice = {"index": 0, "delta": delta, "finish_reason": finish, "logprobs": None}
        return None, {**base, "choices": [choice]}

    events = [chunk({"role": "assistant", "content": ""})]
    events += [chunk({"content": d}) for d in deltas]
    events.append(chunk({}, "stop"))
    return [*events, (None, "[DONE]")]


# -- OpenAI Responses ------------------------------------------------------------
def _output_message(text: str, item_id: str, status: str = "completed") -> dict[str, Any]:
    part = {"type": "output_text", "text": text, "annotations": []}
    return {"id": item_id, "type": "message", "role": "assistant", "status": status, "content": [part]}


def response_object(
    text: str,
    model: str,
    *,
    response_id: str | None = None,
    item_id: str | None = None,
    status: str = "completed",
) -> dict[str, Any]:
    """A Responses API ``response`` object with one output message."""
    output = [_output_message(text, item_id or _id("msg"))] if status == "completed" else []
    words = _usage_words(text)
    return {
        "id": response_id or _id("resp"),
        "object": "response",
        "created_at": int(time.time()),
        "status": status,
        "model": model,
        "output": output,
        "parallel_tool_calls": True,
        "tool_choice": "auto",
        "tools": [],
        "usage": {
            "input_tokens": 1,
            "output_tokens": words,
            "total_tokens": 1 + words,
            "input_tokens_details": {"cached_tokens": 0},
            "output_tokens_details": {"reasoning_tokens": 0},
        },
    }


def response_events(deltas: Sequence[str], model: str) -> list[Event]:
    """The Responses streaming events for one output message made of ``deltas``."""
    rid, mid, text = _id("resp"), _id("msg"), "".join(deltas)
    seq = iter(range(10_000))

    def ev(kind: str, **data: Any) -> Event:
        return kind, {"type": kind, "sequence_number": next(seq), **data}

    where = {"item_id": mid, "output_index": 0, "content_index": 0}
    empty_part = {"type": "output_text", "text": "", "annotations": []}
    events = [
        ev("response.created", response=response_object("", model, response_id=rid, status="in_progress")),
        ev(
            "response.output_item.added",
            output_index=0,
            item=_output_message("", mid, "in_progress") | {"content": []},
        ),
        ev("response.content_part.added", part=empty_part, **where),
    ]
    events += [ev("response.output_text.delta", delta=d, logprobs=[], **where) for d in deltas]
    events += [
        ev("response.output_text.done", text=text, logprobs=[], **where),
        ev("response.content_part.done", part={**empty_part, "text": text}, **where),
        ev("response.output_item.done", output_index=0, item=_output_message(text, mid)),
        ev("response.completed", response=response_object(text, model, response_id=rid, item_id=mid)),
    ]
    return events


# -- Anthropic messages -------------------------------------------------------------
def anthropic_message(text: str, model: str) -> dict[str, Any]:
    """An Anthropic ``message`` object with one text block."""
    return {
        "id": _id("msg"),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [{"type": "text", "text": text}],
        "stop_reason": "end_turn",
        "stop_sequence": None,
        "usage": {"input_tokens": 1, "output_tokens": _usage_words(text)},
    }


def anthropic_events(deltas: Sequence[str], model: str) -> list[Event]:
    """The Anthropic streaming events (``message_start`` ... ``message_stop``) for ``deltas``."""
    start = anthropic_message("", model) | {"content": [], "stop_reason": None}
    text = "".join(deltas)
    events: list[Event] = [
        ("message_start", {"type": "message_start", "message": start}),
        (
            "content_block_start",
            {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}},
        ),
        ("ping", {"type": "ping"}),
    ]
    events += [
        (
            "content_block_delta",
            {"type": "content_block_delta", "index": 0, "delta": {"type": "text_delta", "text": d}},
        )
        for d in deltas
    ]
    events += [
        ("content_block_stop", {"type": "content_block_stop", "index": 0}),
        (
            "message_delta",
            {
                "type": "message_delta",
                "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                "usage": {"output_tokens": _usage_words(text)},
            },
        ),
        ("message_stop", {"type": "message_stop"}),
    ]
    return events


# -- errors ------------------------------------------------------------------------
def error_body(vendor: str, kind: str, message: str) -> dict[str, Any]:
    """A vendor-shaped error body (``kind`` is the vendor's error type string)."""
    if vendor == "anthropic":
        return {"type": "error", "error": {"type": kind, "message": message}}
    return {"error": {"message": message, "type": kind, "param": None, "code": None}}


def split_words(text: str) -> list[str]:
    """Split text into word-sized deltas that join back to exactly ``text``."""
    pieces: list[str] = []
    current = ""
    for char in text:
        current += char
        if char == " ":
            pieces.append(current)
            current = ""
    if current:
        pieces.append(current)
    return pieces
