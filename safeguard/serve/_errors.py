"""Errors the proxy itself produces, in the calling vendor's own error shape.

The SDKs parse these bodies into their usual exception types (``BadRequestError``,
``APIStatusError`` ...), so an app sees a proxy problem the way it sees a vendor one.
Errors from the upstream are never rewritten: they pass through unchanged.
"""

from __future__ import annotations

import json

from safeguard.serve._routes import Vendor

# status -> (openai type, anthropic type); the Anthropic names are its documented ones.
_TYPES: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "invalid_request_error"),
    404: ("invalid_request_error", "not_found_error"),
    405: ("invalid_request_error", "invalid_request_error"),
    413: ("invalid_request_error", "request_too_large"),
    502: ("server_error", "api_error"),
    503: ("server_error", "overloaded_error"),
    504: ("server_error", "timeout_error"),
}


class ProxyError(Exception):
    """A request the proxy answers itself: an HTTP status, a code and a safe message.

    ``message`` never contains request text or credentials: only fixed wording.
    """

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message

    def body(self, vendor: Vendor) -> bytes:
        """The JSON error body in ``vendor``'s shape."""
        openai_type, anthropic_type = _TYPES.get(self.status, ("server_error", "api_error"))
        if vendor == "anthropic":
            payload: dict[str, object] = {
                "type": "error",
                "error": {"type": anthropic_type, "message": self.message},
            }
        else:
            payload = {
                "error": {"message": self.message, "type": openai_type, "param": None, "code": self.code}
            }
        return json.dumps(payload).encode()


def too_large(limit: int) -> ProxyError:
    """The request body is over ``--max-body-bytes``."""
    return ProxyError(413, "request_too_large", f"request body exceeds the proxy limit of {limit} bytes")


def malformed(reason: str) -> ProxyError:
    """The body is not the JSON object this endpoint expects (``reason`` is fixed wording)."""
    return ProxyError(400, "invalid_json", f"request body is not valid JSON for this endpoint: {reason}")


def upstream_timeout(seconds: float) -> ProxyError:
    """The upstream did not answer within ``--upstream-timeout``."""
    return ProxyError(504, "upstream_timeout", f"the upstream did not respond within {seconds:g} s")


def upstream_unreachable() -> ProxyError:
    """The upstream could not be reached at all (connection refused, DNS ...)."""
    return ProxyError(502, "upstream_unreachable", "the upstream could not be reached")


def not_found(path: str) -> ProxyError:
    """A path the proxy does not serve."""
    return ProxyError(404, "not_found", f"safeguard serve does not handle {path[:100]!r}")


def method_not_allowed() -> ProxyError:
    """A guarded endpoint called with a method other than POST."""
    return ProxyError(405, "method_not_allowed", "use POST for this endpoint")


def guard_failed() -> ProxyError:
    """The guard raised and the policy says ``fail: closed``: nothing unguarded goes out."""
    return ProxyError(503, "guard_unavailable", "the guard could not check this request (fail closed)")
