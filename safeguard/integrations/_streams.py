"""Guarding SSE streams: framing kept intact, text events rewritten through sessions.

``SseGuard.feed(bytes)`` returns the bytes the client may see now. Events are
buffered until their blank line (so a JSON payload is never cut), events the
guard does not change are passed on byte for byte, and changed events keep every
non-``data`` line (``event:``, ``id:``; Anthropic drops events without ``event:``).
What each vendor's events mean is in ``_stream_events``.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

from safeguard.integrations._chat_template import json_string, replacement
from safeguard.integrations._codecs import Api
from safeguard.integrations._stream_events import EVENTS, SAME, SWAP, ChatEvents, SessionFactory

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
        self._events = EVENTS[api](new_session)
        # Chat chunks of a learned shape skip the full parse (see _chat_template).
        self._chat: ChatEvents | None = self._events if isinstance(self._events, ChatEvents) else None

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
        if name is SWAP:
            changed, key, old, new = data
            return _spliced(raw, key, old, new) or _encode(other, changed)
        return _encode(other, data) if name is SAME else _synthetic(name, data)


__all__ = ["SseGuard"]
