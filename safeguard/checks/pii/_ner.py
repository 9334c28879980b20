"""Optional spaCy NER for PERSON / LOCATION, only when the user installed a model.

Cost (typical figures, not measured here): loading ``en_core_web_sm`` takes about 1 s and
50 MB, ``en_core_web_lg`` about 3 s and 600 MB; each message then costs 2-20 ms. The model
is loaded once per process on first use. Nothing is downloaded: a missing model is a
``CheckError``, not a fetch.
"""

from __future__ import annotations

import threading
from typing import Any

from safeguard._errors import CheckError
from safeguard.checks.pii._span import Span

_LABELS = {"PERSON": "PERSON", "PER": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION", "FAC": "LOCATION"}
_LOCK = threading.Lock()
_MODELS: dict[str, Any] = {}
_SCORE = 0.85


def _load(name: str) -> Any:
    with _LOCK:
        if name not in _MODELS:
            import spacy

            try:
                _MODELS[name] = spacy.load(name, exclude=["lemmatizer", "parser", "tagger"])
            except OSError as exc:
                raise CheckError("pii", f"spaCy model {name!r} is not installed") from exc
        return _MODELS[name]


def ner_spans(model: str, text: str) -> list[Span]:
    """PERSON / LOCATION entities the spaCy pipeline ``model`` finds in ``text``."""
    doc = _load(model)(text)
    return [
        Span(_LABELS[ent.label_], ent.start_char, ent.end_char, _SCORE, "ner")
        for ent in doc.ents
        if ent.label_ in _LABELS
    ]
