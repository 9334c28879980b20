"""Vendor request and response bodies <-> conversations and reply text (no I/O).

Three APIs are understood: OpenAI chat completions (``chat``), OpenAI Responses
(``responses``) and Anthropic messages (``messages``). Anything else passes
through the guard untouched.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from safeguard._conversation import Conversation, Message
from safeguard._convert import from_anthropic, from_messages, from_responses
from safeguard._errors import AdapterError
from safeguard._findings import Finding
from safeguard.integrations import _shapes

Api = Literal["chat", "responses", "messages"]
Slot = tuple[MutableMapping[str, Any], str]  # container[key] holds one piece of reply text


@dataclass(frozen=True, slots=True)
class ParsedRequest:
    """A guarded request: which API, its JSON body, the conversation and where it starts."""

    api: Api
    body: dict[str, Any]
    conversation: Conversation
    offset: int
    model: str | None
    stream: bool

    @property
    def vendor(self) -> str:
        """``openai`` or ``anthropic``."""
        return "anthropic" if self.api == "messages" else "openai"


def api_for(method: str, path: str) -> Api | None:
    """Which API a request path is, or ``None`` when the guard does not look at it."""
    if method.upper() != "POST":
        return None
    route = path.rstrip("/")
    if route.endswith("/chat/completions"):
        return "chat"
    if route.endswith("/responses"):
        return "responses"
    if route.endswith("/messages"):
        return "messages"
    return None


# Every call re-sends the whole conversation: earlier turns are the same text each
# time, so their (immutable) ``Message`` objects are reused instead of rebuilt.
# Bounded by clearing when full; only plain ``{"role": str, "content": str}`` items.
_MESSAGES: dict[tuple[str, str], Message] = {}
_MESSAGES_MAX = 8192


def _cached_message(item: object) -> Message | None:
    """The ``Message`` of a plain-text chat item (cached), ``None`` for any other shape."""
    if type(item) is not dict:
        return None
    role, content = item.get("role"), item.get("content")
    if type(role) is not str or type(content) is not str:
        return None
    key = (role, content)
    message = _MESSAGES.get(key)
    if message is None:
        message = from_messages([item]).messages[0]  # the one converter decides (and raises)
        if len(_MESSAGES) >= _MESSAGES_MAX:
            _MESSAGES.clear()
        _MESSAGES[key] = message
    return message


def conversation_of(messages: object) -> Conversation:
    """``from_messages(messages)``, reusing the messages of texts seen before."""
    if type(messages) is not list:
        return from_messages(messages)  # type: ignore[arg-type]  # it raises the right error
    converted = []
    for item in messages:
        message = _cached_message(item)
        if message is None:  # parts, tool calls, odd shapes: the converter handles the whole list
            return from_messages(messages)
        converted.append(message)
    return Conversation(tuple(converted))


def _anthropic(system: object, messages: object) -> tuple[Conversation, int]:
    convo = conversation_of(messages)
    if not system:
        return convo, 0
    head, offset = from_anthropic(system, [])
    return convo.with_messages((*head.messages, *convo.messages)), offset


def parse_request(api: Api, body: dict[str, Any]) -> ParsedRequest:
    """Read the conversation out of a request body; ``AdapterError`` on an unusable shape."""
    if api == "chat":
        convo, offset = conversation_of(body.get("messages") or []), 0
    elif api == "messages":
        convo, offset = _anthropic(body.get("system"), body.get("messages") or [])
    else:
        convo, offset = from_responses(body.get("input") or [], body.get("instructions"))
    model = body.get("model")
    return ParsedRequest(
        api, body, convo, offset, model if isinstance(model, str) else None, bool(body.get("stream"))
    )


# -- writing redacted user text back -------------------------------------------------
def _content_slot(parsed: ParsedRequest, index: int) -> Slot:
    body = parsed.body
    if parsed.api == "responses" and isinstance(body.get("input"), str):
        return body, "input"
    key = "input" if parsed.api == "responses" else "messages"
    item = body[key][index - parsed.offset]
    if isinstance(item, str):  # a bare string item of a Responses input list
        return body[key], index - parsed.offset  # type: ignore[return-value]
    return item, "content"


def _shift(finding: Finding, by: int) -> Finding:
    return Finding(
        finding.check,
        finding.category,
        finding.where,
        finding.message,
        finding.start - by,
        finding.end - by,
        finding.score,
        finding.detail,
    )


def redact_request(
    parsed: ParsedRequest,
    by_message: Mapping[int, Sequence[Finding]],
    redact: Callable[[str, Sequence[Finding]], str],
) -> None:
    """Replace each message's findings in ``parsed.body`` (in place) with ``redact``'s output."""
    for index, findings in by_message.items():
        message = parsed.conversation.messages[index]
        container, key = _content_slot(parsed, index)
        content = container[key]
        if isinstance(content, str):
            container[key] = redact(content, findings)
        elif isinstance(content, list):
            _redact_parts(message, content, findings, redact)


def _redact_parts(
    message: Message,
    content: list[Any],
    findings: Sequence[Finding],
    redact: Callable[[str, Sequence[Finding]], str],
) -> None:
    per_part: dict[int, list[Finding]] = {}
    for f in findings:
        part = next((p for p in message.parts if p.start <= f.start and f.end <= p.start + p.length), None)
        if part is not None:  # a span across two parts cannot be written back; it is rare
            per_part.setdefault(part.index, []).append(_shift(f, part.start))
    for index, part_findings in per_part.items():
        item = content[index]
        if isinstance(item, str):
            content[index] = redact(item, part_findings)
        else:
            item["text"] = redact(item["text"], part_findings)


# -- reply text in JSON responses ----------------------------------------------------------
def reply_groups(api: Api, obj: Any) -> list[list[Slot]]:
    """The slots holding reply text, grouped by reply (one group per chat choice)."""
    if not isinstance(obj, dict):
        raise AdapterError("the vendor response is not a JSON object")
    if api == "chat":
        return [
            [(c["message"], "content")]
            for c in obj.get("choices") or []
            if isinstance(c.get("message"), dict) and isinstance(c["message"].get("content"), str)
        ]
    if api == "messages":
        slots = [(b, "text") for b in obj.get("content") or [] if b.get("type") == "text"]
        return [slots] if slots else []
    slots = [
        (part, "text")
        for item in obj.get("output") or []
        if item.get("type") == "message"
        for part in item.get("content") or []
        if part.get("type") == "output_text"
    ]
    return [slots] if slots else []


def write_group(slots: Sequence[Slot], text: str) -> None:
    """Put the guarded text in the group's first slot and empty the others."""
    for number, (container, key) in enumerate(slots):
        container[key] = text if number == 0 else ""


def read_group(slots: Sequence[Slot]) -> str:
    """The reply text of one group, parts joined as the vendor's SDK joins them."""
    return "".join(str(container[key]) for container, key in slots)


# -- a whole vendor-shaped reply from text (a blocked request) -------------------------------------
def synthetic_json(api: Api, text: str, model: str) -> dict[str, Any]:
    """A successful, complete response of ``api`` carrying ``text``."""
    if api == "chat":
        return _shapes.chat_completion(text, model)
    if api == "messages":
        return _shapes.anthropic_message(text, model)
    return _shapes.response_object(text, model)


def synthetic_stream(api: Api, text: str, model: str) -> bytes:
    """The same, as the API's SSE stream (the text in one delta)."""
    if api == "chat":
        return _shapes.sse(_shapes.chat_chunks([text], model))
    if api == "messages":
        return _shapes.sse(_shapes.anthropic_events([text], model))
    return _shapes.sse(_shapes.response_events([text], model))
