"""How a benchmark hands a figure to ``benchmarks/run.py``: one ``FIGURE {json}`` line.

Benchmarks print for people as they like; a line ``FIGURE {"name": ..., "value": ...,
"unit": ..., "target": ...}`` is also picked up by ``run.py`` for its summary table.
"""

from __future__ import annotations

import json

PREFIX = "FIGURE "


def figure(name: str, value: float | str, unit: str = "", target: str = "", note: str = "") -> None:
    """Print one figure for people and for ``run.py``."""
    shown = f"{value:.3f}".rstrip("0").rstrip(".") if isinstance(value, float) else str(value)
    extra = "  ".join(x for x in (f"target {target}" if target else "", note) if x)
    print(f"  {name:<46} {shown:>10} {unit:<6} {extra}".rstrip())
    record = {"name": name, "value": value, "unit": unit, "target": target, "note": note}
    print(PREFIX + json.dumps(record, ensure_ascii=False))


def parse(line: str) -> dict[str, object] | None:
    """The figure on a ``FIGURE`` line, or ``None`` for any other line."""
    if not line.startswith(PREFIX):
        return None
    try:
        record = json.loads(line[len(PREFIX) :])
    except json.JSONDecodeError:
        return None
    return record if isinstance(record, dict) else None
