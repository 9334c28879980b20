"""Chat chunks read without a full JSON parse, when their shape is certain.

In one OpenAI chat stream the usual chunk (one choice, a text delta, no
``finish_reason``) is the same bytes every time except for the delta's string:
``data: {"id":...,"choices":[{"index":0,"delta":{"content":"<text>"},...}]}``.
Parsing ~200 bytes of JSON to read one string is most of the cost of a chunk.

A ``ChunkTemplate`` is learned from one fully parsed chunk: the bytes before
the content's string literal (``head``) and after it (``tail``). A later event
``head + literal + tail``, where the literal is one complete JSON string, parses
to the learned chunk with only that string changed: JSON tokens outside a string
do not depend on its contents. Learning proves the literal's position by
parsing once more with a probe string there and comparing the whole object, so
a key repeated elsewhere, a nested look-alike or a duplicate key (the last one
wins in ``json.loads``) yields no template, and every event that does not match
goes through the full parse as before.

The rewritten bytes are the ones ``_streams._spliced`` produces for the same
event: the literal must be exactly ``json.dumps``-style escaping of its value
(either ASCII-escaped or not), and ``"content"`` occurs once in ``head`` and not
in ``tail``, so the splice has only one place it could go.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from json import decoder
from json.encoder import encode_basestring, encode_basestring_ascii
from typing import Any

Quote = Callable[[str], str]

# The string scanner json.loads itself uses (C, strict); typeshed does not list it.
scanstring: Callable[[str, int], tuple[str, int]] = decoder.scanstring  # type: ignore[attr-defined]

_KEY = b'"content"'
_PROBE = '\ue000safeguard probe \\ " \u2028\ue001'  # escapes of every kind, never in real text
_QUOTES: tuple[Quote, ...] = (encode_basestring, encode_basestring_ascii)  # the order _spliced tries


class ChunkTemplate:
    """The fixed bytes around a chat chunk's ``delta.content`` string (event terminator excluded)."""

    __slots__ = ("_empty", "_end", "data", "head", "index", "tail")

    def __init__(self, head: bytes, tail: bytes, data: dict[str, Any], index: int) -> None:
        self.head = head
        self.tail = tail
        self.data = data  # the chunk it was learned from (other fields are the same in every match)
        self.index = index  # the choice index (part of ``head``)
        self._end = tail + b"\n\n"
        self._empty = head + b'""' + self._end  # most chunks while a sentence is held back

    def read(self, event: bytes) -> tuple[str, Quote] | None:
        """``(content, quoting)`` of ``event`` when it has this shape, else ``None``.

        ``quoting`` is the escaping the vendor used (the one ``_spliced`` would pick);
        ``None`` too when the literal is valid JSON in an escaping of another kind.
        """
        start, end = len(self.head), len(event) - len(self.tail)
        if end - start < 2 or not event.startswith(self.head) or not event.endswith(self.tail):
            return None
        literal = event[start:end]
        text = literal.decode("utf-8", "replace")
        try:
            content, stop = scanstring(text, 1)  # strict, as json.loads: no raw control characters
        except ValueError:
            return None
        if stop != len(text) or text[0] != '"':
            return None
        if b"\\" not in literal and literal.isascii():
            # Nothing escaped and nothing to escape (quotes and control characters would
            # have ended or failed the scan): both escapings write exactly this literal.
            return content, encode_basestring
        for quote in _QUOTES:
            if json_string(quote, content) == literal:
                return content, quote
        return None

    def write(self, quote: Quote, content: str) -> bytes:
        """The event (with its blank line) carrying ``content`` instead."""
        if not content:
            return self._empty
        return b"".join((self.head, replacement(quote, content), self._end))


def json_string(quote: Quote, text: str) -> bytes | None:
    """``text`` as a JSON string literal escaped by ``quote``; ``None`` if UTF-8 cannot carry it.

    (A lone surrogate, from a vendor's ``\\ud800``: only ASCII escaping can write it.)
    """
    try:
        return quote(text).encode()
    except UnicodeEncodeError:
        return None


def replacement(quote: Quote, text: str) -> bytes:
    """``text`` as a literal in the escaping the vendor used, ASCII escaping if it cannot be."""
    return json_string(quote, text) or encode_basestring_ascii(text).encode()


def learn(event: bytes) -> ChunkTemplate | None:
    """The template of ``event`` (one ``data:`` line, no terminator), if it is a usual text chunk."""
    if not event.startswith(b"data:") or b"\n" in event or b"\r" in event:
        return None
    data = _load(event)
    content = _content(data)
    if content is None:
        return None
    for quote in _QUOTES:
        value = json_string(quote, content)
        if value is None:
            continue
        for colon in (b":", b": "):
            needle = _KEY + colon + value
            at = event.find(needle)
            if at >= 0 and event.find(needle, at + 1) < 0:
                literal_at = at + len(_KEY) + len(colon)
                return _proved(event[:literal_at], event[at + len(needle) :], data, content)
    return None


def _proved(head: bytes, tail: bytes, data: Any, content: str) -> ChunkTemplate | None:
    """The template, once a probe in the literal's place is shown to land in ``delta.content`` only."""
    if head.count(_KEY) != 1 or _KEY in b'"' + tail or tail.startswith(b":"):
        return None
    probe = _load(head + encode_basestring(_PROBE).encode() + tail)
    if _content(probe) != _PROBE:
        return None
    probe["choices"][0]["delta"]["content"] = content
    index = data["choices"][0].get("index", 0)
    if probe != data or type(index) is not int:  # an odd index: the full path judges it
        return None
    return ChunkTemplate(head, tail, data, index)


def _load(event: bytes) -> Any:
    """The event's JSON as ``SseGuard`` reads a one-line ``data:`` event; ``None`` if not JSON."""
    try:
        return json.loads(event[5:].decode("utf-8", "replace").removeprefix(" "))
    except ValueError:
        return None


def _content(data: Any) -> str | None:
    """``delta.content`` of a chunk with one choice and no ``finish_reason`` (the rewriter's fast case)."""
    if not isinstance(data, dict):
        return None
    choices = data.get("choices")
    if not isinstance(choices, list) or len(choices) != 1 or not isinstance(choices[0], dict):
        return None
    choice = choices[0]
    delta = choice.get("delta")
    if choice.get("finish_reason") or not isinstance(delta, dict):
        return None
    content = delta.get("content")
    return content if isinstance(content, str) else None
