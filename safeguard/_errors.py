"""The exception tree.

::

    SafeguardError
    ├── PolicyError      a policy file or object is invalid (nothing was applied)
    ├── CheckError       a check crashed or ran out of its time budget (fail: closed)
    ├── AdapterError     a vendor request or response could not be understood
    └── Blocked          the policy blocked a request (fail closed, or a ``block`` rule)
"""

from __future__ import annotations


class SafeguardError(Exception):
    """Base class of every error safeguard raises on purpose."""


class PolicyError(SafeguardError):
    """A policy is invalid. ``errors`` holds one line per problem."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


class CheckError(SafeguardError):
    """A check failed and its policy entry says ``fail: closed``."""

    def __init__(self, check: str, reason: str) -> None:
        self.check = check
        self.reason = reason
        super().__init__(f"check {check!r} failed: {reason}")


class AdapterError(SafeguardError):
    """A vendor request or response had a shape the adapter cannot handle."""


class Blocked(SafeguardError):
    """The guard blocked a call. ``reply`` is the supportive text a user may be shown."""

    def __init__(self, reason: str, reply: str | None = None) -> None:
        self.reason = reason
        self.reply = reply
        super().__init__(reason)
