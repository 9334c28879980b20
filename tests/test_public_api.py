"""The flat public API: one sorted ``__all__``, and no heavy imports at ``import safeguard``."""

from __future__ import annotations

import subprocess
import sys

import safeguard


def test_all_is_sorted_and_complete() -> None:
    assert safeguard.__all__ == sorted(safeguard.__all__)
    for name in safeguard.__all__:
        assert hasattr(safeguard, name), name


def test_import_loads_neither_presidio_nor_spacy() -> None:
    heavy = "{'presidio_analyzer', 'spacy', 'tldextract'}"
    code = f"import sys, safeguard; print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_context_is_per_block_and_nested() -> None:
    assert safeguard._context.current().locale is None
    with safeguard.context(locale="en-GB", conversation_id="a"):
        with safeguard.context(locale="fr-FR"):
            inner = safeguard._context.current()
            assert (inner.locale, inner.conversation_id) == ("fr-FR", "a")
        assert safeguard._context.current().locale == "en-GB"
    assert safeguard._context.current().locale is None
