"""The policy's ``second_opinion:`` section made into a judge (for YAML-only apps: the proxy).

The key is read from the environment when the guard is built, never from the policy
file, so a policy can be committed and shared without a secret in it.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

from safeguard._errors import PolicyError
from safeguard._judge import anthropic_judge, openai_judge
from safeguard._levels import RiskLevel
from safeguard._policy import JudgeSettings
from safeguard._second_opinion import SecondOpinionSettings

_KEY_ENV = {"openai": "OPENAI_API_KEY", "anthropic": "ANTHROPIC_API_KEY"}
_CLIENT = {"openai": "OpenAI", "anthropic": "Anthropic"}


def judge_settings(settings: JudgeSettings) -> SecondOpinionSettings:
    """The second opinion the section describes; ``PolicyError`` naming the key when
    the vendor's SDK is not installed or the key's environment variable is not set."""
    judge = openai_judge if settings.vendor == "openai" else anthropic_judge
    made = judge(
        _client(settings),
        settings.model,
        timeout_s=settings.timeout_s,
        max_turns=settings.max_turns,
        redact=settings.redact,
    )
    levels = None if settings.levels == "all" else frozenset(map(RiskLevel.parse, settings.levels))
    return SecondOpinionSettings(made, levels=levels, timeout_s=settings.timeout_s, fail=settings.fail)


def _client(settings: JudgeSettings) -> Any:
    vendor = settings.vendor
    try:
        sdk = importlib.import_module(vendor)
    except ImportError:
        raise PolicyError(
            [f"second_opinion: vendor: {vendor} needs its SDK: pip install 'safeguard[{vendor}]'"]
        ) from None
    env = settings.api_key_env or _KEY_ENV[vendor]
    key = os.environ.get(env)
    if not key:
        raise PolicyError([f"second_opinion: api_key_env: the environment variable {env} is not set"])
    # the guard's own timeout and fail mode decide; the SDK must not retry behind them
    return getattr(sdk, _CLIENT[vendor])(api_key=key, base_url=settings.base_url, max_retries=0)
