"""PII: Presidio offline and fast, names without a model, reversible per-conversation redaction.

``import safeguard`` never imports Presidio; it loads on the first text that passes a
recognizer's pre-filter.
"""

from safeguard.checks.pii._check import PiiCheck
from safeguard.checks.pii._options import PiiOptions

__all__ = ["PiiCheck", "PiiOptions"]
