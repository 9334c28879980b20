"""safeguard: guardrail middleware for supportive and companion chatbots.

Wrap the LLM client you already use; safeguard checks what the person wrote and
what the model answered, and changes what the person sees::

    import safeguard
    guard = safeguard.Guard()                      # the shipped default policy
    client = guard.wrap(openai.OpenAI())
    verdict = guard.check(messages, reply="...")   # the same verdict as `safeguard check`

Importing this package is cheap: the policy machinery (pydantic models) loads on
first use of ``Guard`` and friends, and Presidio and spaCy load only when the PII
check first runs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from safeguard._context import RequestContext, context
from safeguard._conversation import Conversation, Message, Part
from safeguard._errors import AdapterError, Blocked, CheckError, PolicyError, SafeguardError
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._judge import JudgeAnswerError, LLMJudge, anthropic_judge, openai_judge
from safeguard._levels import RiskLevel
from safeguard._second_opinion import SecondOpinionSettings
from safeguard._verdict import ActionRecord, CheckFailure, CheckTiming, Verdict

if TYPE_CHECKING:
    from safeguard._guard import Guard, Observer
    from safeguard._policy import Policy
    from safeguard._policy_load import load_policy, parse_policy
    from safeguard.checks._base import BaseCheck, Check, CheckOptions, Rewriter

__version__ = "0.1.0"

# Names whose modules build pydantic models at import: loaded on first attribute access.
_LAZY = {
    "BaseCheck": "safeguard.checks._base",
    "Check": "safeguard.checks._base",
    "CheckOptions": "safeguard.checks._base",
    "Guard": "safeguard._guard",
    "Observer": "safeguard._guard",
    "Policy": "safeguard._policy",
    "Rewriter": "safeguard.checks._base",
    "load_policy": "safeguard._policy_load",
    "parse_policy": "safeguard._policy_load",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'safeguard' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


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
    "JudgeAnswerError",
    "LLMJudge",
    "Message",
    "Observer",
    "Part",
    "Policy",
    "PolicyError",
    "RequestContext",
    "Rewriter",
    "RiskLevel",
    "SafeguardError",
    "SecondOpinionSettings",
    "SelfHarmState",
    "Verdict",
    "__version__",
    "anthropic_judge",
    "context",
    "load_policy",
    "openai_judge",
    "parse_policy",
]
