"""What each vendor's stream events mean: which text deltas go to which output session.

One state machine per API, fed parsed events by ``SseGuard`` (``_streams``):

- ``ChatEvents``: OpenAI chat chunks, ``choices[i].delta.content``, one session per
  choice; the held-back tail goes out with ``finish_reason``. Chunks of a learned shape
  are read without a full parse (``_chat_template``);
- ``AnthropicEvents``: ``content_block_delta`` text deltas, one session per block;
- ``ResponsesEvents``: OpenAI Responses ``output_text`` deltas and their ``done`` events.

``on_event`` returns ``None`` for an event passed on unchanged, else the events to emit
in its place: ``(SAME, data)`` is the event itself with changed data, ``(SWAP, (data,
key, old, new))`` the event with one string replaced (spliced into its bytes when
possible), and ``(name, data)`` a new event.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from safeguard.integrations._chat_template import ChunkTemplate, load_event
from safeguard.integrations._chat_template import learn as learn_template
from safeguard.integrations._session import OutputSession

SessionFactory = Callable[[], OutputSession]

SAME: Any = object()  # marks "the event itself, changed" in an emitted list
# Marks "the event itself, with one string changed": data is (changed event, key, old, new).
SWAP: Any = object()
Emitted = list[tuple[Any, Any]]
_RELEARN = 3  # chat templates learned in a row without a match before learning stops


class ChatEvents:
    """OpenAI chat chunks: ``choices[i].delta.content``; the tail goes with ``finish_reason``."""

    def __init__(self, new_session: SessionFactory) -> None:
        self._new = new_session
        self._sessions: dict[int, OutputSession] = {}
        self._last: dict[str, Any] | None = None
        self._last_event: bytes | None = None  # the last chunk, when read by its template
        self._template: ChunkTemplate | None = None
        self._learning = _RELEARN  # templates that may still be learned before one is used
        self.was_swap = False  # the last fully parsed event was the usual text chunk

    def on_event(self, name: str | None, data: Any) -> Emitted | None:
        self.was_swap = False
        if data == "[DONE]":
            return [*self.finish(), (SAME, "[DONE]")] if self._open() else None
        if not isinstance(data, dict) or not data.get("choices"):
            return None
        self._last, self._last_event = data, None
        choices = data["choices"]
        if len(choices) == 1 and not choices[0].get("finish_reason"):
            swapped = self._content_only(choices[0])
            if swapped is not None:
                self.was_swap = True
                return [(SWAP, (data, "content", *swapped))]
        for choice in choices:
            self._choice(choice)
        return [(SAME, data)]

    # -- the learned shape ------------------------------------------------------------
    def fast(self, event: bytes) -> bytes | None:
        """``event`` rewritten without a full parse when it has the learned shape, else ``None``.

        The same state changes and bytes as ``on_event`` and ``_spliced`` for that event.
        """
        self.was_swap = False
        template = self._template
        found = template.read(event) if template is not None else None
        if found is None or template is None:
            return None
        content, quote, at = found
        self._learning = _RELEARN
        self._last, self._last_event = None, event
        try:
            released = self._session(template.index).feed(content)
        except (KeyError, TypeError, AttributeError):  # as SseGuard._event treats on_event's
            return event + b"\n\n"
        return template.write(quote, released, event, at)

    @property
    def wants_template(self) -> bool:
        """Learning a template may still pay (a stream whose chunks all differ stops trying)."""
        return self._learning > 0

    def learn(self, event: bytes) -> None:
        """Learn the shape of ``event``, a usual text chunk just handled in full."""
        self._learning -= 1
        self._template = learn_template(event) or self._template

    def _session(self, index: int) -> OutputSession:
        return self._sessions.get(index) or self._sessions.setdefault(index, self._new())

    def _content_only(self, choice: dict[str, Any]) -> tuple[str, str] | None:
        """The usual chunk, one choice with a text delta: ``(old, new)`` text (written in too)."""
        delta = choice.get("delta")
        content = delta.get("content") if isinstance(delta, dict) else None
        if not isinstance(content, str):
            return None
        delta["content"] = released = self._session(choice.get("index", 0)).feed(content)  # type: ignore[index]
        return content, released

    def _choice(self, choice: dict[str, Any]) -> None:
        index = choice.get("index", 0)
        delta = choice.get("delta") or {}
        content = delta.get("content")
        session = self._sessions.get(index)
        if isinstance(content, str):
            session = session or self._sessions.setdefault(index, self._new())
            delta["content"] = session.feed(content)
        if choice.get("finish_reason") and session is not None:
            choice["delta"] = delta
            delta["content"] = (delta.get("content") or "") + session.close()

    def _open(self) -> bool:
        return any(not s.closed for s in self._sessions.values())

    def finish(self) -> list[tuple[Any, Any]]:
        out = []
        last = self._last if self._last_event is None else load_event(self._last_event)
        for index, session in self._sessions.items():
            tail = session.close()
            if tail and last is not None:
                chunk = {k: v for k, v in last.items() if k not in ("choices", "usage")}
                chunk["choices"] = [{"index": index, "delta": {"content": tail}, "finish_reason": None}]
                out.append((None, chunk))
        return out


class AnthropicEvents:
    """Anthropic ``content_block_delta`` / ``text_delta`` events, one session per block."""

    def __init__(self, new_session: SessionFactory) -> None:
        self._new = new_session
        self._sessions: dict[int, OutputSession] = {}

    def on_event(self, name: str | None, data: Any) -> Emitted | None:
        kind = data.get("type") if isinstance(data, dict) else None
        index = data.get("index", 0) if isinstance(data, dict) else 0
        if kind == "content_block_start" and (data.get("content_block") or {}).get("type") == "text":
            first = self._sessions.setdefault(index, self._new()).feed(
                data["content_block"].get("text") or ""
            )
            data["content_block"]["text"] = ""
            return [(SAME, data), *self._delta(index, first)]
        if kind == "content_block_delta" and (data.get("delta") or {}).get("type") == "text_delta":
            session = self._sessions.setdefault(index, self._new())
            old = data["delta"].get("text")
            data["delta"]["text"] = new = session.feed(old or "")
            return [(SWAP, (data, "text", old, new))] if isinstance(old, str) else [(SAME, data)]
        if kind == "content_block_stop" and index in self._sessions:
            return [*self._delta(index, self._sessions[index].close()), (SAME, data)]
        return None

    def _delta(self, index: int, text: str) -> Emitted:
        if not text:
            return []
        data = {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": text}}
        return [("content_block_delta", data)]

    def finish(self) -> list[tuple[Any, Any]]:
        return [e for i, s in self._sessions.items() for e in self._delta(i, s.close())]


class ResponsesEvents:
    """Responses ``response.output_text.delta``; final texts written into every ``*.done`` event."""

    def __init__(self, new_session: SessionFactory) -> None:
        self._new = new_session
        self._sessions: dict[tuple[int, int], OutputSession] = {}
        self._where: dict[tuple[int, int], dict[str, Any]] = {}

    def on_event(self, name: str | None, data: Any) -> Emitted | None:
        kind = data.get("type") if isinstance(data, dict) else None
        handler = _RESPONSES_HANDLERS.get(kind or "")
        return handler(self, data) if handler is not None else None

    def _key(self, data: dict[str, Any]) -> tuple[int, int]:
        return data.get("output_index", 0), data.get("content_index", 0)

    def _session(self, data: dict[str, Any]) -> OutputSession:
        key = self._key(data)
        if key not in self._sessions:
            self._sessions[key] = self._new()
            self._where[key] = {k: data[k] for k in ("item_id", "output_index", "content_index") if k in data}
        return self._sessions[key]

    def _delta(self, key: tuple[int, int], text: str, seq: Any) -> Emitted:
        if not text:
            return []
        data = {"type": "response.output_text.delta", **self._where[key], "delta": text, "logprobs": []}
        if seq is not None:
            data["sequence_number"] = seq
        return [("response.output_text.delta", data)]

    def part_added(self, data: dict[str, Any]) -> Emitted | None:
        if (data.get("part") or {}).get("type") != "output_text":
            return None
        first = self._session(data).feed("")
        return [(SAME, data), *self._delta(self._key(data), first, data.get("sequence_number"))]

    def text_delta(self, data: dict[str, Any]) -> Emitted:
        old = data.get("delta")
        data["delta"] = new = self._session(data).feed(old or "")
        return [(SWAP, (data, "delta", old, new))] if isinstance(old, str) else [(SAME, data)]

    def text_done(self, data: dict[str, Any]) -> Emitted:
        session = self._session(data)
        tail = self._delta(self._key(data), session.close(), data.get("sequence_number"))
        data["text"] = session.text
        return [*tail, (SAME, data)]

    def part_done(self, data: dict[str, Any]) -> Emitted | None:
        session = self._sessions.get(self._key(data))
        if session is None or not isinstance(data.get("part"), dict):
            return None
        data["part"]["text"] = session.text
        return [(SAME, data)]

    def item_done(self, data: dict[str, Any]) -> Emitted | None:
        item = data.get("item") or {}
        self._write_item(data.get("output_index", 0), item)
        return [(SAME, data)]

    def completed(self, data: dict[str, Any]) -> Emitted | None:
        response = data.get("response") or {}
        for output_index, item in enumerate(response.get("output") or []):
            self._write_item(output_index, item)
        return [(SAME, data)]

    def _write_item(self, output_index: int, item: dict[str, Any]) -> None:
        for content_index, part in enumerate(item.get("content") or []):
            session = self._sessions.get((output_index, content_index))
            if session is not None and part.get("type") == "output_text":
                part["text"] = session.text

    def finish(self) -> list[tuple[Any, Any]]:
        return [e for k, s in self._sessions.items() for e in self._delta(k, s.close(), None)]


_RESPONSES_HANDLERS: dict[str, Callable[[ResponsesEvents, dict[str, Any]], Emitted | None]] = {
    "response.content_part.added": ResponsesEvents.part_added,
    "response.output_text.delta": ResponsesEvents.text_delta,
    "response.output_text.done": ResponsesEvents.text_done,
    "response.content_part.done": ResponsesEvents.part_done,
    "response.output_item.done": ResponsesEvents.item_done,
    "response.completed": ResponsesEvents.completed,
    "response.incomplete": ResponsesEvents.completed,
}


EVENTS: dict[str, Callable[[SessionFactory], Any]] = {
    "chat": ChatEvents,
    "messages": AnthropicEvents,
    "responses": ResponsesEvents,
}
