"""Conversation ids for telemetry: a keyed BLAKE2b hash, never the id itself.

The key (salt) comes from ``SAFEGUARD_TELEMETRY_SALT`` when the operator sets it, so the
same conversation hashes to the same value across restarts and replicas and traces can
be correlated. Without it a random per-process key is drawn on first use: ids still
correlate within one process, and nobody (the operator included) can reverse them or
match them against a list of known ids.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from functools import cache

SALT_ENV = "SAFEGUARD_TELEMETRY_SALT"
_DIGEST_BYTES = 16


@cache
def _process_key() -> bytes:
    return secrets.token_bytes(32)


def telemetry_key(salt: str | bytes | None = None) -> bytes:
    """The hashing key: ``salt`` if given, else ``$SAFEGUARD_TELEMETRY_SALT``, else per process.

    BLAKE2b keys are at most 64 bytes, so a longer salt is first hashed down to 32.
    """
    if salt is None:
        salt = os.environ.get(SALT_ENV) or None
    if salt is None:
        return _process_key()
    raw = salt.encode() if isinstance(salt, str) else salt
    return raw if len(raw) <= 64 else hashlib.blake2b(raw, digest_size=32).digest()


def hash_id(value: str, key: bytes) -> str:
    """A 32-hex-digit keyed BLAKE2b digest of ``value``."""
    return hashlib.blake2b(value.encode(), key=key, digest_size=_DIGEST_BYTES).hexdigest()
