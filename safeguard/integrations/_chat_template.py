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

OpenAI adds a random ``obfuscation`` string to every chunk by default; a
template learned from such a chunk leaves a second slot there for any JSON
string (proved by a second probe) and passes it on as the vendor wrote it.
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
_PADDING = b'"obfuscation"'
_PROBE = '\ue000safeguard probe \\ " \u2028\ue001'  # escapes of every kind, never in real text
_QUOTES: tuple[Quote, ...] = (encode_basestring, encode_basestring_ascii)  # the order _spliced tries


class ChunkTemplate:
    """The fixed bytes around a chat chunk's ``delta.content`` string (event terminator excluded).

    ``between``: OpenAI pads every chunk with a random top-level ``obfuscation``
    string by default. When the learned chunk has one, the template is
    ``head + content + between + <any JSON string> + tail`` and that string is
    passed on as the vendor wrote it.
    """

    __slots__ = ("_empty", "between", "data", "head", "index", "tail")

    def __init__(
        self, head: bytes, tail: bytes, data: dict[str, Any], index: int, between: bytes | None = None
    ) -> None:
        self.head = head
        self.tail = tail
        self.between = between
        self.data = data  # the chunk it was learned from
        self.index = index  # the choice index (part of ``head``)
        # Most chunks while a sentence is held back (no free string: always the same bytes).
        self._empty = head + b'""' + tail + b"\n\n" if between is None else None

    def read(self, event: bytes) -> tuple[str, Quote, int] | None:
        """``(content, quoting, end of the content literal)`` when ``event`` has this shape.

        ``quoting`` is the escaping the vendor used (the one ``_spliced`` would pick);
        ``None`` too when the literal is valid JSON in an escaping of another kind.
        """
        start, end = len(self.head), len(event) - len(self.tail)
        if end - start < 2 or not event.startswith(self.head) or not event.endswith(self.tail):
            return None
        literal = event[start:end]
        if self.between is not None:
            found = _padded(literal, self.between)
            if found is None:
                return None
            content, literal = found
        else:  # inline: this runs for nearly every chunk of a stream
            text = literal.decode("utf-8", "replace")
            try:
                content, stop = scanstring(text, 1)  # strict, as json.loads: no raw control characters
            except ValueError:
                return None
            if stop != len(text) or text[0] != '"':
                return None
        quote = _quoting(content, literal)
        return None if quote is None else (content, quote, start + len(literal))

    def write(self, quote: Quote, content: str, event: bytes, at: int) -> bytes:
        """``event`` (with its blank line) carrying ``content``; ``at`` as ``read`` returned it."""
        if not content and self._empty is not None:
            return self._empty
        return b"".join((self.head, replacement(quote, content), event[at:], b"\n\n"))


def _padded(middle: bytes, between: bytes) -> tuple[str, bytes] | None:
    """The content and its literal, when ``middle`` is ``content + between + <a JSON string>``."""
    found = _literal(middle)
    if found is None:
        return None
    rest = middle[len(found[1]) :]
    if not rest.startswith(between) or _literal(rest[len(between) :], whole=True) is None:
        return None
    return found


def _literal(data: bytes, whole: bool = False) -> tuple[str, bytes] | None:
    """``(value, its bytes)`` of the JSON string literal ``data`` starts with (``whole``: is)."""
    text = data.decode("utf-8", "replace")
    if not text.startswith('"'):
        return None
    try:
        value, stop = scanstring(text, 1)  # strict, as json.loads: no raw control characters
    except ValueError:
        return None
    if stop == len(text):
        return value, data
    if whole:
        return None
    # The literal's bytes: everything up to its closing quote, an ASCII byte, so the
    # prefix of the text and of the bytes end together.
    literal = text[:stop].encode()
    return (value, literal) if data.startswith(literal) else None


def _quoting(content: str, literal: bytes) -> Quote | None:
    """The ``json.dumps`` escaping that writes ``content`` as exactly ``literal``, if any."""
    if b"\\" not in literal and literal.isascii():
        # Nothing escaped and nothing to escape (quotes and control characters would
        # have ended or failed the scan): both escapings write exactly this literal.
        return encode_basestring
    for quote in _QUOTES:
        if json_string(quote, content) == literal:
            return quote
    return None


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
    data = load_event(event)
    content = _content(data)
    if content is None:
        return None
    found = _unique(event, _KEY, content)
    if found is None:
        return None
    head, tail = found
    between = None
    padding = data.get("obfuscation")
    if isinstance(padding, str):
        split = _unique(tail, _PADDING, padding)
        if split is None:
            return None
        between, tail = split
    return _proved(head, tail, between, data, content, padding)


def _unique(event: bytes, key: bytes, value: str) -> tuple[bytes, bytes] | None:
    """``(bytes up to the value's literal, bytes after it)`` for the one ``key: value`` in ``event``."""
    for quote in _QUOTES:
        literal = json_string(quote, value)
        if literal is None:
            continue
        for colon in (b":", b": "):
            needle = key + colon + literal
            at = event.find(needle)
            if at >= 0 and event.find(needle, at + 1) < 0:
                return event[: at + len(key) + len(colon)], event[at + len(needle) :]
    return None


def _proved(
    head: bytes, tail: bytes, between: bytes | None, data: Any, content: str, padding: Any
) -> ChunkTemplate | None:
    """The template, once probes in the literals' places are shown to land there and only there."""
    fixed = [tail] if between is None else [between, tail]
    # "content" once, and no other place the splice in _spliced could match (a fixed part
    # that follows a string literal would have to start with it).
    if head.count(_KEY) != 1 or any(_KEY in b'"' + part or part.startswith(b":") for part in fixed):
        return None
    probe_text = encode_basestring(_PROBE).encode()
    middle = (
        probe_text if between is None else probe_text + between + encode_basestring_ascii(_PROBE).encode()
    )
    probe = load_event(head + middle + tail)
    if _content(probe) != _PROBE or (between is not None and probe.get("obfuscation") != _PROBE):
        return None
    probe["choices"][0]["delta"]["content"] = content
    if between is not None:
        probe["obfuscation"] = padding
    index = data["choices"][0].get("index", 0)
    if probe != data or type(index) is not int:  # an odd index: the full path judges it
        return None
    return ChunkTemplate(head, tail, data, index, between)


def load_event(event: bytes) -> Any:
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
