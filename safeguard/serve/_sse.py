"""The one SSE event the proxy writes itself: an error that ends a stream already under way."""

from __future__ import annotations

import json

from safeguard.serve._errors import ProxyError
from safeguard.serve._routes import Vendor


def error_event(vendor: Vendor, error: ProxyError) -> bytes:
    """An error event the vendor's SDK raises as an API error instead of ending quietly.

    Anthropic streams carry ``event: error``; OpenAI streams carry a ``data:`` chunk with
    an ``error`` object, which the openai SDK turns into ``APIError``.
    """
    body = error.body(vendor).decode()
    if vendor == "anthropic":
        return f"event: error\ndata: {body}\n\n".encode()
    return f"data: {json.dumps(json.loads(body))}\n\n".encode()
