"""safeguard: guardrail middleware for supportive and companion chatbots."""

from safeguard._conversation import Conversation, Message, Part
from safeguard._errors import AdapterError, Blocked, CheckError, PolicyError, SafeguardError
from safeguard._findings import CheckResult, Finding, SelfHarmState
from safeguard._levels import RiskLevel

__version__ = "0.1.0"

__all__ = [
    "AdapterError",
    "Blocked",
    "CheckError",
    "CheckResult",
    "Conversation",
    "Finding",
    "Message",
    "Part",
    "PolicyError",
    "RiskLevel",
    "SafeguardError",
    "SelfHarmState",
    "__version__",
]
