"""Options of the PII check, as a policy writes them."""

from __future__ import annotations

from pydantic import Field

from safeguard.checks._base import CheckOptions

# The entities found by patterns alone (the ones measured against the F2 >= 0.90 target).
PATTERN_ENTITIES: tuple[str, ...] = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "IBAN_CODE",
    "URL",
)
DEFAULT_ENTITIES: tuple[str, ...] = (*PATTERN_ENTITIES, "CRYPTO", "PERSON", "LOCATION", "DATE_TIME")

# A bare date ("since 2018", "on 7/30") is everyday chat; only a date with birth context
# ("born on ...", "DOB: ...") scores past 0.75, so DATE_TIME means "date of birth" by default.
DEFAULT_THRESHOLDS: dict[str, float] = {"DATE_TIME": 0.75}


class PiiOptions(CheckOptions):
    """What the PII check looks for and how sure it must be.

    ``entities`` are Presidio entity names. ``threshold`` is the minimum score for a finding,
    ``thresholds`` overrides it per entity (DATE_TIME defaults to 0.75: dates of birth only;
    set ``thresholds: {DATE_TIME: 0.5}`` to report every date). ``allow_list`` holds values
    that are never PII (for example a helpline number the assistant gives out).
    ``gazetteer`` turns the first-name / place lists on or off.

    ``ner_model`` names an installed spaCy pipeline or a pipeline directory (e.g.
    ``en_core_web_sm``) whose NER adds PERSON / LOCATION on top of the built-in context
    rules. It is off by default because of its cost (typical figures, not measured here, as
    no model is installed in CI): a one-off load of about 1 s and 50 MB for ``sm`` or 3 s and
    600 MB for ``lg``, then 2-20 ms per message.
    """

    entities: list[str] = Field(default_factory=lambda: list(DEFAULT_ENTITIES))
    threshold: float = Field(default=0.5, ge=0.0, le=1.0)
    thresholds: dict[str, float] = Field(default_factory=dict)
    ner_model: str | None = None
    language: str = "en"
    allow_list: list[str] = Field(default_factory=list)
    gazetteer: bool = True

    def threshold_for(self, entity: str) -> float:
        """The minimum score for ``entity``: ``thresholds``, built-in defaults, ``threshold``."""
        if entity in self.thresholds:
            return self.thresholds[entity]
        return DEFAULT_THRESHOLDS.get(entity, self.threshold)
