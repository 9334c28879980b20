"""Guarding SSE streams: framing kept intact, text events rewritten through sessions.

``SseGuard.feed(bytes)`` returns the bytes the client may see now. Events are
buffered until their blank line (so a JSON payload is never cut), events the
guard does not change are passed on byte for byte, and changed events keep every
non-``data`` line (``event:``, ``id:``; Anthropic drops events without ``event:``).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from safeguard.integrations._chat_template import ChunkTemplate, json_string, load_event, replacement
from safeguard.integrations._chat_template import learn as learn_template
from safeguard.integrations._codecs import Api
from safeguard.integrations._session import OutputSession

SessionFactory = Callable[[], OutputSession]
Out = list[tuple[str | None, Any, bytes | None]]  # (event name, data, original bytes if unchanged)

_TERMINATORS = (b"\r\n\r\n", b"\n\n", b"\r\r")


def _split_event(buffer: bytes) -> tuple[bytes, bytes] | None:
    """``(event including its terminator, rest)`` for the first complete event, else ``None``."""
    if b"\r" not in buffer:  # the usual framing: only a blank line can end an event
        at = buffer.find(b"\n\n")
        return None if at < 0 else (buffer[: at + 2], buffer[at + 2 :])
    best: tuple[int, int] | None = None
    for term in _TERMINATORS:
        at = buffer.find(term)
        if at >= 0 and (best is None or at < best[0]):
            best = (at, len(term))
    if best is None:
        return None
    end = best[0] + best[1]
    return buffer[:end], buffer[end:]


def _parse(raw: bytes) -> tuple[str | None, str | None, list[str]]:
    """``(event name, data text, other lines)`` of one raw event."""
    if raw.startswith(b"data:") and raw.count(b"\n") == 2 and raw.endswith(b"\n\n") and b"\r" not in raw:
        # One data line and nothing else (OpenAI chat chunks): no line splitting needed.
        return None, raw[5:-2].decode("utf-8", "replace").removeprefix(" "), []
    name: str | None = None
    data: list[str] = []
    other: list[str] = []
    for line in raw.decode("utf-8", "replace").splitlines():
        if line.startswith("data:"):
            data.append(line[5:].removeprefix(" "))
        elif line.startswith("event:"):
            name = line[6:].strip()
            other.append(line)
        elif line:
            other.append(line)
    return name, ("\n".join(data) if data else None), other


_COMPACT = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)


_COMPACT_ASCII = json.JSONEncoder(separators=(",", ":"))


def _encode(other: list[str], data: Any) -> bytes:
    payload = data if isinstance(data, str) else _COMPACT.encode(data)
    try:
        return ("\n".join([*other, f"data: {payload}"]) + "\n\n").encode()
    except UnicodeEncodeError:  # a lone surrogate the vendor sent escaped: escape it again
        return _encode(other, _COMPACT_ASCII.encode(data))


def _spliced(raw: bytes, key: str, old: str, new: str) -> bytes | None:
    """``raw`` with the one JSON string ``"key": old`` replaced by ``new``; ``None`` if not unique.

    Re-encoding a whole chunk to change one string costs more than the rest of the
    rewrite; the vendor's bytes are kept and only that value is swapped. Whatever
    escaping or spacing the vendor used that this does not find, the caller
    re-encodes the event instead.
    """
    for quote in (encode_basestring, encode_basestring_ascii):  # JSON string literals, as json.dumps
        value = json_string(quote, old)
        if value is None:
            continue
        for colon in (b":", b": "):
            needle = b'"' + key.encode() + b'"' + colon + value
            at = raw.find(needle)
            if at >= 0 and raw.find(needle, at + 1) < 0:
                head = raw[: at + len(needle) - len(value)]
                return head + replacement(quote, new) + raw[at + len(needle) :]
    return None


def _synthetic(name: str | None, data: Any) -> bytes:
    return _encode([f"event: {name}"] if name else [], data)


class SseGuard:
    """Rewrites one SSE response of ``api``; one ``OutputSession`` per reply text."""

    def __init__(self, api: Api, new_session: SessionFactory) -> None:
        self._buffer = b""
        self._events = _EVENTS[api](new_session)
        # Chat chunks of a learned shape skip the full parse (see _chat_template).
        self._chat: _Chat | None = self._events if isinstance(self._events, _Chat) else None

    def feed(self, chunk: bytes) -> bytes:
        """Bytes in, releasable bytes out (complete events only)."""
        self._buffer += chunk
        if b"\r" not in self._buffer:  # the usual framing: one split finds every complete event
            *events, self._buffer = self._buffer.split(b"\n\n")
            if self._chat is None:
                return b"".join([self._event(event + b"\n\n") for event in events])
            if len(events) == 1:  # one event per network chunk, as vendors flush them
                return self._chat_event(events[0])
            return b"".join([self._chat_event(event) for event in events])
        out: list[bytes] = []
        while (split := _split_event(self._buffer)) is not None:
            raw, self._buffer = split
            out.append(self._event(raw))
        return b"".join(out)

    def close(self) -> bytes:
        """The vendor closed the stream: flush a last unterminated event and open sessions."""
        tail, self._buffer = self._buffer, b""
        out = self._event(tail + b"\n\n") if tail.strip() else b""
        return out + b"".join(_synthetic(n, d) for n, d in self._events.finish())

    def _chat_event(self, event: bytes) -> bytes:
        """One chat event (without its blank line): by its learned shape, else parsed in full."""
        chat = self._chat
        assert chat is not None
        out = chat.fast(event)
        if out is not None:
            return out
        out = self._event(event + b"\n\n")
        if chat.wants_template and chat.was_swap:
            chat.learn(event)
        return out

    def _event(self, raw: bytes) -> bytes:
        name, text, other = _parse(raw)
        if text is None:
            return raw
        try:
            data: Any = text if text == "[DONE]" else json.loads(text)
        except ValueError:
            return raw  # not ours to judge: pass on unchanged
        try:
            emitted = self._events.on_event(name, data)
        except (KeyError, TypeError, AttributeError):
            # An event of a shape we do not know: not text we can judge, and the SDK
            # will judge it for itself. Text deltas we can read are never passed raw.
            return raw
        if emitted is None:
            return raw
        return b"".join(self._emit(raw, other, n, d) for n, d in emitted)

    @staticmethod
    def _emit(raw: bytes, other: list[str], name: Any, data: Any) -> bytes:
        if name is _SWAP:
            changed, key, old, new = data
            return _spliced(raw, key, old, new) or _encode(other, changed)
        return _encode(other, data) if name is _SAME else _synthetic(name, data)


_SAME: Any = object()  # marks "the event itself, changed" in an emitted list
# Marks "the event itself, with one string changed": data is (changed event, key, old, new).
_SWAP: Any = object()
Emitted = list[tuple[Any, Any]]
_RELEARN = 3  # chat templates learned in a row without a match before learning stops


class _Chat:
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
            return [*self.finish(), (_SAME, "[DONE]")] if self._open() else None
        if not isinstance(data, dict) or not data.get("choices"):
            return None
        self._last, self._last_event = data, None
        choices = data["choices"]
        if len(choices) == 1 and not choices[0].get("finish_reason"):
            swapped = self._content_only(choices[0])
            if swapped is not None:
                self.was_swap = True
                return [(_SWAP, (data, "content", *swapped))]
        for choice in choices:
            self._choice(choice)
        return [(_SAME, data)]

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


class _Anthropic:
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
            return [(_SAME, data), *self._delta(index, first)]
        if kind == "content_block_delta" and (data.get("delta") or {}).get("type") == "text_delta":
            session = self._sessions.setdefault(index, self._new())
            old = data["delta"].get("text")
            data["delta"]["text"] = new = session.feed(old or "")
            return [(_SWAP, (data, "text", old, new))] if isinstance(old, str) else [(_SAME, data)]
        if kind == "content_block_stop" and index in self._sessions:
            return [*self._delta(index, self._sessions[index].close()), (_SAME, data)]
        return None

    def _delta(self, index: int, text: str) -> Emitted:
        if not text:
            return []
        data = {"type": "content_block_delta", "index": index, "delta": {"type": "text_delta", "text": text}}
        return [("content_block_delta", data)]

    def finish(self) -> list[tuple[Any, Any]]:
        return [e for i, s in self._sessions.items() for e in self._delta(i, s.close())]


class _Responses:
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
        return [(_SAME, data), *self._delta(self._key(data), first, data.get("sequence_number"))]

    def text_delta(self, data: dict[str, Any]) -> Emitted:
        old = data.get("delta")
        data["delta"] = new = self._session(data).feed(old or "")
        return [(_SWAP, (data, "delta", old, new))] if isinstance(old, str) else [(_SAME, data)]

    def text_done(self, data: dict[str, Any]) -> Emitted:
        session = self._session(data)
        tail = self._delta(self._key(data), session.close(), data.get("sequence_number"))
        data["text"] = session.text
        return [*tail, (_SAME, data)]

    def part_done(self, data: dict[str, Any]) -> Emitted | None:
        session = self._sessions.get(self._key(data))
        if session is None or not isinstance(data.get("part"), dict):
            return None
        data["part"]["text"] = session.text
        return [(_SAME, data)]

    def item_done(self, data: dict[str, Any]) -> Emitted | None:
        item = data.get("item") or {}
        self._write_item(data.get("output_index", 0), item)
        return [(_SAME, data)]

    def completed(self, data: dict[str, Any]) -> Emitted | None:
        response = data.get("response") or {}
        for output_index, item in enumerate(response.get("output") or []):
            self._write_item(output_index, item)
        return [(_SAME, data)]

    def _write_item(self, output_index: int, item: dict[str, Any]) -> None:
        for content_index, part in enumerate(item.get("content") or []):
            session = self._sessions.get((output_index, content_index))
            if session is not None and part.get("type") == "output_text":
                part["text"] = session.text

    def finish(self) -> list[tuple[Any, Any]]:
        return [e for k, s in self._sessions.items() for e in self._delta(k, s.close(), None)]


_RESPONSES_HANDLERS: dict[str, Callable[[_Responses, dict[str, Any]], Emitted | None]] = {
    "response.content_part.added": _Responses.part_added,
    "response.output_text.delta": _Responses.text_delta,
    "response.output_text.done": _Responses.text_done,
    "response.content_part.done": _Responses.part_done,
    "response.output_item.done": _Responses.item_done,
    "response.completed": _Responses.completed,
    "response.incomplete": _Responses.completed,
}

_EVENTS: dict[str, Callable[[SessionFactory], Any]] = {
    "chat": _Chat,
    "messages": _Anthropic,
    "responses": _Responses,
}

__all__ = ["SseGuard"]
