"""Reversible redaction: per-conversation placeholders, restored in the reply the user sees.

One ``Vault`` per conversation, never shared: a placeholder minted in conversation A means
nothing in conversation B (a single global vault, as in LLM Guard, lets one user's
``<PERSON_1>`` be restored with another user's name). Every method takes the vault's lock for
a few dictionary operations and never awaits, so a vault is safe from threads and from
asyncio tasks alike.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Sequence

from safeguard._findings import Finding
from safeguard.checks.pii._placeholders import PLACEHOLDER, make

Clock = Callable[[], float]


def _ordered(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings inside ``text``, by start, without overlaps (the earlier, longer one wins)."""
    kept: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, -f.end)):
        if 0 <= f.start < f.end <= len(text) and (not kept or f.start >= kept[-1].end):
            kept.append(f)
    return kept


def replace_spans(text: str, findings: Sequence[Finding], label: Callable[[Finding, str], str]) -> str:
    """``text`` with each finding's span replaced by ``label(finding, original value)``."""
    pieces: list[str] = []
    cursor = 0
    for f in _ordered(text, findings):
        pieces += [text[cursor : f.start], label(f, text[f.start : f.end])]
        cursor = f.end
    pieces.append(text[cursor:])
    return "".join(pieces)


def redact_labels(text: str, findings: Sequence[Finding]) -> str:
    """Irreversible redaction: each span becomes ``[ENTITY]`` (for PII the model leaks)."""
    return replace_spans(text, findings, lambda f, _value: f"[{f.category}]")


class Vault:
    """Placeholders for one conversation: the same value always gets the same placeholder.

    The mapping is forgotten ``ttl_seconds`` after its last use.
    """

    def __init__(self, ttl_seconds: float = 3600, clock: Clock = time.monotonic) -> None:
        self._ttl = ttl_seconds
        self._clock = clock
        self._lock = threading.Lock()
        self._by_value: dict[tuple[str, str], str] = {}
        self._by_placeholder: dict[str, str] = {}
        self._counts: dict[str, int] = {}
        self._last_used = clock()

    def redact(self, text: str, findings: Sequence[Finding]) -> str:
        """``text`` with every finding (offsets into ``text``) replaced by its placeholder."""
        with self._lock:
            self._touch()
            return replace_spans(text, findings, self._placeholder)

    def restore(self, text: str) -> str:
        """``text`` with this vault's placeholders replaced by the original values."""
        if "<" not in text:
            return text
        with self._lock:
            self._touch()
            return PLACEHOLDER.sub(lambda m: self._by_placeholder.get(m.group(), m.group()), text)

    def expired(self, now: float | None = None) -> bool:
        """Unused for longer than the TTL."""
        current = self._clock() if now is None else now
        return current - self._last_used > self._ttl

    def __len__(self) -> int:
        return len(self._by_placeholder)

    def _touch(self) -> None:
        if self.expired():
            self._by_value.clear()
            self._by_placeholder.clear()
            self._counts.clear()
        self._last_used = self._clock()

    def _placeholder(self, finding: Finding, value: str) -> str:
        key = (finding.category, value)
        existing = self._by_value.get(key)
        if existing is not None:
            return existing
        number = self._counts.get(finding.category, 0) + 1
        self._counts[finding.category] = number
        placeholder = make(finding.category, number)
        self._by_value[key] = placeholder
        self._by_placeholder[placeholder] = value
        return placeholder


class VaultStore:
    """Conversation id -> its own ``Vault``; least recently used first out, TTL expiry."""

    def __init__(
        self, ttl_seconds: float = 3600, max_conversations: int = 10000, clock: Clock = time.monotonic
    ) -> None:
        self._ttl = ttl_seconds
        self._max = max_conversations
        self._clock = clock
        self._lock = threading.Lock()
        self._vaults: OrderedDict[str, Vault] = OrderedDict()

    def get(self, conversation_id: str | None) -> Vault:
        """The vault of ``conversation_id``; ``None`` gets a fresh vault nobody else sees."""
        if conversation_id is None:
            return Vault(self._ttl, self._clock)
        with self._lock:
            self._sweep()
            vault = self._vaults.pop(conversation_id, None)
            if vault is None or vault.expired():
                vault = Vault(self._ttl, self._clock)
            self._vaults[conversation_id] = vault
            while len(self._vaults) > self._max:
                self._vaults.popitem(last=False)
            return vault

    def __len__(self) -> int:
        return len(self._vaults)

    def _sweep(self) -> None:
        """Drop expired vaults from the least recently used end (cheap: stops at a live one)."""
        now = self._clock()
        while self._vaults:
            oldest = next(iter(self._vaults.values()))
            if not oldest.expired(now):
                return
            self._vaults.popitem(last=False)


def pii_token(value: str, salt: bytes) -> str:
    """A keyed BLAKE2b digest of ``value`` for telemetry: joinable, never reversible.

    ``salt`` must be a secret of the deployment (at least 16 bytes); without it a phone
    number could be found again by hashing every phone number.
    """
    if len(salt) < 16:
        raise ValueError("pii_token needs a secret salt of at least 16 bytes")
    key = salt if len(salt) <= 64 else hashlib.blake2b(salt).digest()
    return hashlib.blake2b(value.encode("utf-8"), key=key, digest_size=16).hexdigest()
