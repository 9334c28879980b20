"""safeguard: guardrail middleware for supportive and companion chatbots.

Wrap the LLM client you already use; safeguard checks what the person wrote and
what the model answered, and changes what the person sees::

    import safeguard
    guard = safeguard.Guard()                      # the shipped default policy
    client = guard.wrap(openai.OpenAI())
    verdict = guard.check(messages, reply="...")   # the same verdict as `safeguard check`

Importing this package loads neither Presidio nor spaCy: the PII check loads
them on first use.
"""

from safeguard._context import RequestContext, context
from safeguard._conversation import Conversation, Message, Part
from safeguard._errors import AdapterError, Blocked, CheckError, PolicyError, SafeguardError
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._guard import Guard, Observer
from safeguard._levels import RiskLevel
from safeguard._policy import Policy
from safeguard._policy_load import load_policy, parse_policy
from safeguard._verdict import ActionRecord, CheckFailure, CheckTiming, Verdict
from safeguard.checks._base import BaseCheck, Check, CheckOptions, Rewriter

__version__ = "0.1.0"

__all__ = [
    "ActionRecord",
    "AdapterError",
    "BaseCheck",
    "Blocked",
    "Check",
    "CheckError",
    "CheckFailure",
    "CheckOptions",
    "CheckResult",
    "CheckTiming",
    "Conversation",
    "Finding",
    "Guard",
    "Message",
    "Observer",
    "Part",
    "Policy",
    "PolicyError",
    "RequestContext",
    "Rewriter",
    "RiskLevel",
    "SafeguardError",
    "SelfHarmState",
    "Verdict",
    "__version__",
    "context",
    "load_policy",
    "parse_policy",
]
