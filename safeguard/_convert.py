"""Friendly vendor shapes turned into the one internal ``Conversation`` at the boundary.

Non-text content (images, tool calls, tool results) is never changed: it is simply
not read, and message indexes stay aligned with what the caller passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from safeguard._conversation import ROLES, Conversation, Message, flatten
from safeguard._errors import AdapterError

_ROLE_ALIASES = {"developer": "system", "function": "tool", "model": "assistant", "human": "user"}
_TEXT_TYPES = frozenset({"text", "input_text", "output_text"})


def _role(raw: object) -> str:
    role = _ROLE_ALIASES.get(str(raw), str(raw))
    if role not in ROLES:
        raise AdapterError(f"unknown message role {raw!r}")
    return role


def _text_parts(content: Sequence[Any]) -> Iterable[tuple[int, str]]:
    for index, part in enumerate(content):
        if isinstance(part, str):
            yield index, part
        elif isinstance(part, Mapping) and part.get("type") in _TEXT_TYPES:
            text = part.get("text")
            if isinstance(text, str):
                yield index, text


def message_from(role: str, content: object) -> Message:
    """One message from a role and string-or-parts content."""
    if content is None:
        return Message(role=role, text="")
    if isinstance(content, str):
        return Message(role=role, text=content)
    if isinstance(content, Sequence):
        return flatten(_text_parts(content), role)
    raise AdapterError(f"message content must be a string or a list of parts, not {type(content).__name__}")


def from_messages(
    messages: Sequence[Mapping[str, Any]],
    *,
    locale: str | None = None,
    conversation_id: str | None = None,
    age_band: str | None = None,
) -> Conversation:
    """From the OpenAI chat shape, which is also the case format of FORMAT.md."""
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise AdapterError("messages must be a list of {role, content} objects")
    converted = []
    for index, item in enumerate(messages):
        if not isinstance(item, Mapping) or "role" not in item:
            raise AdapterError(f"messages[{index}] must be an object with a role")
        converted.append(message_from(_role(item["role"]), item.get("content")))
    return Conversation(tuple(converted), locale, conversation_id, age_band)


def from_anthropic(
    system: object,
    messages: Sequence[Mapping[str, Any]],
    *,
    locale: str | None = None,
    conversation_id: str | None = None,
) -> tuple[Conversation, int]:
    """From Anthropic's ``system`` plus ``messages``.

    Returns the conversation and the offset of ``messages[0]`` in it (1 when a
    system prompt was given, placed first, else 0).
    """
    convo = from_messages(messages, locale=locale, conversation_id=conversation_id)
    if not system:
        return convo, 0
    head = message_from("system", system)
    return convo.with_messages((head, *convo.messages)), 1


def _responses_item(item: object) -> Message:
    if isinstance(item, str):
        return Message(role="user", text=item)
    if not isinstance(item, Mapping):
        raise AdapterError("Responses input items must be objects or strings")
    if "role" in item and item.get("type", "message") == "message":
        return message_from(_role(item["role"]), item.get("content"))
    # function calls, their outputs, reasoning items...: kept as empty tool turns
    return Message(role="tool", text="")


def from_responses(
    input: object,
    instructions: str | None = None,
    *,
    locale: str | None = None,
    conversation_id: str | None = None,
) -> tuple[Conversation, int]:
    """From the OpenAI Responses ``input`` (a string or a list of items) and ``instructions``.

    Returns the conversation and the offset of the first input item in it.
    """
    items: list[Message]
    if isinstance(input, str):
        items = [Message(role="user", text=input)]
    elif isinstance(input, Sequence):
        items = [_responses_item(item) for item in input]
    else:
        raise AdapterError("Responses input must be a string or a list")
    head = [Message(role="system", text=instructions)] if instructions else []
    return Conversation(tuple(head + items), locale, conversation_id), len(head)


def from_case(case: Mapping[str, Any]) -> tuple[Conversation, str | None]:
    """From a labelled case (``id``, ``messages``, ``reply``, ``locale``); returns the reply too."""
    reply = case.get("reply")
    if reply is not None and not isinstance(reply, str):
        raise AdapterError("reply must be a string or null")
    locale = case.get("locale")
    if locale is not None and not isinstance(locale, str):
        raise AdapterError("locale must be a string or null")
    messages = case.get("messages")
    if messages is None:
        raise AdapterError("a case needs `messages`")
    return from_messages(messages, locale=locale), reply
