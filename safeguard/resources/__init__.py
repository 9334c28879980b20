"""Verified crisis resources and the text the guard adds when a person may be at risk.

::

    from safeguard.resources import load_directory, crisis_appendix
    directory = load_directory()                 # shipped data, verified tier only (cached)
    directory.for_locale("en-GB")                # CountryResources for GB
    crisis_appendix(RiskLevel.PASSIVE, "en-GB")  # "... Samaritans (call 116 123, ...) ..."

Every number comes from ``safeguard/data/resources/crisis_lines.yaml``; an unknown locale
never gets a guessed number.
"""

from safeguard.resources._directory import Directory, load_directory
from safeguard.resources._locale import Locale, parse_locale
from safeguard.resources._model import (
    Channel,
    ChannelKind,
    CountryResources,
    EmergencyNumber,
    Fallback,
    Service,
    Tier,
)
from safeguard.resources._text import (
    augment_reply,
    crisis_appendix,
    crisis_preamble,
    crisis_reminder,
    mentions_resource,
    safe_reply,
)

__all__ = [
    "Channel",
    "ChannelKind",
    "CountryResources",
    "Directory",
    "EmergencyNumber",
    "Fallback",
    "Locale",
    "Service",
    "Tier",
    "augment_reply",
    "crisis_appendix",
    "crisis_preamble",
    "crisis_reminder",
    "load_directory",
    "mentions_resource",
    "parse_locale",
    "safe_reply",
]
