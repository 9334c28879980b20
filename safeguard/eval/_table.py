"""The report as plain-text tables for people (``--json`` is for machines)."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence

from safeguard.eval._metrics import Ratio
from safeguard.eval._misses import KINDS, Miss
from safeguard.eval._score import GroupScores, Report

DASH = "–"
Row = Sequence[str]


def num(value: float | None, digits: int = 3) -> str:
    """A rate as ``0.873``; ``–`` when it cannot be measured."""
    return DASH if value is None else f"{value:.{digits}f}"


def share(r: Ratio) -> str:
    """``3.2% (5/156)``, or ``–`` when nothing was measurable."""
    return DASH if r.rate is None else f"{r.rate * 100:.1f}% ({r.count}/{r.n})"


def grid(header: Row, rows: Sequence[Row]) -> list[str]:
    """Left-aligned first column, right-aligned numbers, two spaces between columns."""
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]

    def line(row: Row) -> str:
        cells = [row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)]
        return "  ".join(cells).rstrip()

    return [line(header), *(line(r) for r in rows)]


def _groups(report: Report) -> Iterator[tuple[str, GroupScores]]:
    yield from report.sources.items()
    if len(report.sources) > 1:
        yield "overall", report.overall


def _section(title: str, header: Row, rows: list[Row]) -> list[str]:
    # an "overall" block that repeats the only source adds nothing
    names = [r[0] for r in rows if r[0]]
    if names.count("overall") and len(names) == 2:
        rows = rows[: next(i for i, r in enumerate(rows) if r[0] == "overall")]
    return ["", title, *grid(header, rows)] if rows else []


def self_harm_rows(report: Report) -> list[Row]:
    """One row per group that has self-harm labels."""
    rows: list[Row] = []
    for name, g in _groups(report):
        s = g.self_harm
        if s is None:
            continue
        b = s.binary
        rows.append(
            [
                name,
                str(s.labelled),
                num(b.precision),
                num(b.recall),
                num(b.f1),
                share(s.within_range),
                share(s.under_triage),
                share(s.over_triage),
                share(s.subject),
                share(s.method_seeking),
            ]
        )
    return rows


SELF_HARM_HEADER = [
    "source",
    "cases",
    "P",
    "R",
    "F1",
    "within range",
    "under-triage",
    "over-triage",
    "subject",
    "method-seeking",
]


def overpromise_rows(report: Report) -> tuple[Row, list[Row]]:
    """Header (with the kinds) and one row per group that has overpromise labels."""
    kinds: list[str] = []
    rows: list[Row] = []
    for name, g in _groups(report):
        o = g.overpromise
        if o is None:
            continue
        kinds = list(o.kind_recall)
        b = o.binary
        rows.append(
            [
                name,
                str(o.labelled),
                num(b.precision),
                num(b.recall),
                num(b.f1),
                *(share(r) for r in o.kind_recall.values()),
            ]
        )
    return ["source", "cases", "P", "R", "F1", *(f"R {k}" for k in kinds)], rows


def pii_rows(report: Report) -> list[Row]:
    """Per group: an ``all`` row (micro-average over the scored types), then one row per type."""
    rows: list[Row] = []
    for name, g in _groups(report):
        p = g.pii
        if p is None:
            continue
        for label, c in (("all scored", p.overall), *p.per_type.items()):
            rows.append(
                [
                    name if label == "all scored" else "",
                    label,
                    str(c.gold),
                    str(c.predicted),
                    num(c.precision),
                    num(c.recall),
                    num(c.f2),
                ]
            )
    return rows


PII_HEADER = ["source", "type", "gold", "predicted", "P", "R", "F2"]


def latency_rows(report: Report) -> list[Row]:
    """p50/p99 per group."""
    return [
        [name, str(g.latency.n), num(g.latency.p50, 2), num(g.latency.p99, 2)] for name, g in _groups(report)
    ]


def miss_lines(misses: Sequence[Miss]) -> list[str]:
    """The worst misses, grouped by kind."""
    lines: list[str] = []
    for kind in KINDS:
        chosen = [m for m in misses if m.kind == kind]
        if chosen:
            lines += ["", f"Worst misses: {kind}"]
            rows = [[m.id, m.source, m.check, m.gold, m.predicted, f'"{m.excerpt}"'] for m in chosen]
            lines += grid(["id", "source", "check", "gold", "predicted", "excerpt"], rows)
    return lines


def _pii_title(report: Report) -> str:
    scored = ", ".join(report.pii_types) if report.pii_types is not None else "every type seen"
    title = f"PII — span overlap, same type; scored types: {scored}"
    skipped = report.meta.get("pii_not_scored")
    if isinstance(skipped, Mapping) and skipped:
        listed = ", ".join(f"{t} ({n})" for t, n in skipped.items())
        title += f"\nnot scored (not claimed by the policy; gold spans): {listed}"
    return title


def render(report: Report) -> str:
    """The whole report as text."""
    meta: Mapping[str, object] = report.meta
    head = [f"safeguard eval — policy {meta.get('policy', '?')} — {report.overall.cases} cases"]
    if report.malformed:
        head.append(f"{len(report.malformed)} malformed line(s) skipped (listed on stderr)")
    op_header, op_rows = overpromise_rows(report)
    sections: list[Callable[[], list[str]]] = [
        lambda: _section(
            "Self-harm — binary (at risk = passive or above), graded",
            SELF_HARM_HEADER,
            self_harm_rows(report),
        ),
        lambda: _section("Overpromise — on the reply", op_header, op_rows),
        lambda: _section(_pii_title(report), PII_HEADER, pii_rows(report)),
        lambda: _section(
            "Latency — guard time per case (ms)", ["source", "cases", "p50", "p99"], latency_rows(report)
        ),
        lambda: miss_lines(report.worst),
    ]
    return "\n".join(head + [line for section in sections for line in section()]) + "\n"
