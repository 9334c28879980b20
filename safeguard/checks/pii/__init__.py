"""PII: Presidio offline and fast, names without a model, reversible per-conversation redaction.

``import safeguard`` never imports Presidio; it loads on the first text that passes a
recognizer's pre-filter.

Typical flow (the engine and adapters do this for you)::

    check = PiiCheck()
    vault = VaultStore().get(conversation_id)
    findings = check.find(user_text, "input", 0)
    to_vendor = vault.redact(user_text, findings)        # "<PERSON_1> at <EMAIL_ADDRESS_1>"
    shown = vault.restore(model_reply)                   # originals back for the user
"""

from safeguard.checks.pii._check import PiiCheck
from safeguard.checks.pii._options import DEFAULT_ENTITIES, PATTERN_ENTITIES, PiiOptions
from safeguard.checks.pii._placeholders import PLACEHOLDER
from safeguard.checks.pii._stream import StreamRestorer, StreamScanner
from safeguard.checks.pii._vault import Vault, VaultStore, pii_token, redact_labels

__all__ = [
    "DEFAULT_ENTITIES",
    "PATTERN_ENTITIES",
    "PLACEHOLDER",
    "PiiCheck",
    "PiiOptions",
    "StreamRestorer",
    "StreamScanner",
    "Vault",
    "VaultStore",
    "pii_token",
    "redact_labels",
]
