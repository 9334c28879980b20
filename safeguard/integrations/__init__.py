"""Drop-in guarding of LLM clients: SDK clients, httpx/httpx2 transports, plain functions.

::

    client = guard.wrap(openai.OpenAI())              # or AsyncOpenAI, Anthropic, AsyncAnthropic
    http = httpx2.Client(transport=GuardTransport(guard))
    reply = guarded(guard)(my_local_model)(messages)

Per-request context: ``extra_headers={"X-Safeguard-Locale": "en-GB"}`` (stripped
before the vendor sees the request) or ``with safeguard.context(locale="en-GB"):``.
"""

from safeguard.integrations._clients import wrap, wrap_http_client
from safeguard.integrations._function import guarded
from safeguard.integrations._session import OutputSession
from safeguard.integrations._transport import AsyncGuardTransport, GuardTransport, transport_classes

__all__ = [
    "AsyncGuardTransport",
    "GuardTransport",
    "OutputSession",
    "guarded",
    "transport_classes",
    "wrap",
    "wrap_http_client",
]
