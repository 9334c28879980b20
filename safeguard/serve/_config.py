"""``ServeConfig``: everything the proxy needs to know, in one frozen value.

Workers started by uvicorn (``--workers N``) are separate processes that import the
app by name, so the configuration also travels as JSON in one environment variable.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields

OPENAI_BASE_URL = "https://api.openai.com"
ANTHROPIC_BASE_URL = "https://api.anthropic.com"
ENV_VAR = "SAFEGUARD_SERVE_CONFIG"


@dataclass(frozen=True, slots=True)
class ServeConfig:
    """Settings of one proxy process.

    ``policy`` is a YAML path (``None``: the shipped default policy).
    ``openai_base_url`` / ``anthropic_base_url`` may end in ``/v1`` or not, as in the
    vendors' SDKs; the proxy appends the request path (``/v1/...``) without doubling it.
    ``reload_interval`` is how often (seconds) the policy file's mtime is polled; 0 turns
    polling off (``SIGHUP`` still reloads). ``fallback_policy`` is a last-known-good copy
    used when a freshly started worker finds the live file invalid.
    ``switch_interval`` (seconds) is set as the process's GIL switch interval when the app
    starts, so the event loop waits at most that long for a guard thread (0: leave it).
    """

    policy: str | None = None
    openai_base_url: str = OPENAI_BASE_URL
    anthropic_base_url: str = ANTHROPIC_BASE_URL
    max_body_bytes: int = 16 * 1024 * 1024
    upstream_timeout: float = 120.0
    connect_timeout: float = 10.0
    reload_interval: float = 2.0
    fallback_policy: str | None = None
    handle_sighup: bool = True
    switch_interval: float = 0.001

    def to_env(self) -> str:
        """The configuration as JSON, for ``SAFEGUARD_SERVE_CONFIG``."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> ServeConfig:
        """Read ``SAFEGUARD_SERVE_CONFIG``; unknown keys are ignored, missing ones defaulted."""
        raw = (os.environ if environ is None else environ).get(ENV_VAR)
        if not raw:
            return cls()
        data = json.loads(raw)
        known = {f.name for f in fields(cls)}
        return cls(**{key: value for key, value in data.items() if key in known})


def upstream_url(base_url: str, path: str) -> str:
    """Join a vendor base URL and a ``/v1/...`` request path.

    >>> upstream_url("https://api.openai.com/v1", "/v1/chat/completions")
    'https://api.openai.com/v1/chat/completions'
    >>> upstream_url("http://127.0.0.1:9000", "/v1/messages")
    'http://127.0.0.1:9000/v1/messages'
    """
    base = base_url.rstrip("/")
    if base.endswith("/v1") and path.startswith("/v1/"):
        base = base[: -len("/v1")]
    return base + path
