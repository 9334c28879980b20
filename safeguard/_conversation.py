"""The vendor-neutral conversation: frozen messages with offsets back into the original."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

Role = Literal["system", "user", "assistant", "tool"]
ROLES: frozenset[str] = frozenset({"system", "user", "assistant", "tool"})


@dataclass(frozen=True, slots=True)
class Part:
    """Where one text part of a multi-part message sits in the flattened text.

    ``index`` is the part's position in the vendor's content list, ``start`` its
    offset in ``Message.text``. A finding at flattened offset ``o`` inside this
    part is at ``o - start`` in the part's own text.
    """

    index: int
    start: int
    length: int


@dataclass(frozen=True, slots=True)
class Message:
    """One turn. ``text`` is the flattened text of every text part, joined by newlines.

    ``parts`` is empty when the vendor content was a plain string, so offsets into
    ``text`` are offsets into the original string.
    """

    role: str
    text: str
    parts: tuple[Part, ...] = ()

    def locate(self, offset: int) -> tuple[int | None, int]:
        """Map a flattened offset to ``(part index or None, offset in that part)``."""
        for part in self.parts:
            if part.start <= offset <= part.start + part.length:
                return part.index, offset - part.start
        return None, offset


def flatten(texts: Iterable[tuple[int, str]], role: str) -> Message:
    """Build a multi-part ``Message`` from ``(part index, text)`` pairs."""
    parts: list[Part] = []
    chunks: list[str] = []
    cursor = 0
    for index, text in texts:
        if chunks:
            chunks.append("\n")
            cursor += 1
        parts.append(Part(index=index, start=cursor, length=len(text)))
        chunks.append(text)
        cursor += len(text)
    return Message(role=role, text="".join(chunks), parts=tuple(parts))


@dataclass(frozen=True, slots=True)
class Conversation:
    """The conversation so far, oldest first, plus per-request context.

    ``messages`` indexes match the caller's message list (system messages
    included), so a finding's ``message`` index points at what the caller gave.
    """

    messages: tuple[Message, ...]
    locale: str | None = None
    conversation_id: str | None = None
    age_band: str | None = None
    metadata: tuple[tuple[str, str], ...] = field(default=())

    def indexed(self, role: str) -> list[tuple[int, Message]]:
        """``(index, message)`` for every message with ``role``, oldest first."""
        return [(i, m) for i, m in enumerate(self.messages) if m.role == role]

    def user_turns(self) -> list[tuple[int, Message]]:
        """The user messages with their indexes."""
        return self.indexed("user")

    def with_messages(self, messages: Sequence[Message]) -> Conversation:
        """A copy with other messages and the same context."""
        return Conversation(
            messages=tuple(messages),
            locale=self.locale,
            conversation_id=self.conversation_id,
            age_band=self.age_band,
            metadata=self.metadata,
        )
