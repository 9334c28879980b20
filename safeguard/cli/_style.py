"""Tiny terminal styling: ANSI colours only on a TTY and never with NO_COLOR set."""

from __future__ import annotations

import difflib
import os
import re
import shutil
import sys
import textwrap
from typing import TextIO

_CODES = {
    "bold": "1",
    "dim": "2",
    "red": "31",
    "green": "32",
    "yellow": "33",
    "blue": "34",
    "magenta": "35",
    "cyan": "36",
    "under": "4",
}


class Style:
    """Colours text when the stream is a terminal that wants colour."""

    def __init__(self, stream: TextIO | None = None) -> None:
        stream = stream if stream is not None else sys.stdout
        self.color = stream.isatty() and "NO_COLOR" not in os.environ
        self.width = max(60, min(shutil.get_terminal_size((100, 24)).columns, 110))

    def __call__(self, text: str, *names: str) -> str:
        if not self.color or not names:
            return text
        codes = ";".join(_CODES[n] for n in names)
        return f"\x1b[{codes}m{text}\x1b[0m"

    def block(self, label: str, text: str, label_style: str = "bold") -> str:
        """``label`` in a left column, ``text`` wrapped beside it (paragraphs kept)."""
        indent = 13
        width = self.width - indent
        lines: list[str] = []
        for paragraph in text.split("\n"):
            lines.extend(textwrap.wrap(paragraph, width) or [""])
        head = self(label.ljust(indent - 1), label_style) + " "
        pad = " " * indent
        return "\n".join((head if i == 0 else pad) + line for i, line in enumerate(lines))


_WORD = re.compile(r"\S+")


def changed_ranges(before: str, after: str) -> list[tuple[int, int]]:
    """Character ranges of ``after`` whose words are not in ``before`` (word-level diff)."""
    old = _WORD.findall(before)
    spans = list(_WORD.finditer(after))
    matcher = difflib.SequenceMatcher(a=old, b=[m.group() for m in spans], autojunk=False)
    return [
        (spans[j1].start(), spans[j2 - 1].end())
        for tag, _, _, j1, j2 in matcher.get_opcodes()
        if tag != "equal" and j2 > j1
    ]


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` as ``(start, end)`` offsets, one per output line."""
    lines: list[tuple[int, int]] = []
    offset = 0
    for paragraph in text.split("\n"):
        start = end = -1
        for word in _WORD.finditer(paragraph):
            w_start, w_end = offset + word.start(), offset + word.end()
            if start < 0:
                start, end = w_start, w_end
            elif w_end - start > width:
                lines.append((start, end))
                start, end = w_start, w_end
            else:
                end = w_end
        lines.append((start, end) if start >= 0 else (offset, offset))
        offset += len(paragraph) + 1
    return lines


def highlighted_lines(before: str, after: str, width: int, style: Style) -> list[str]:
    """``after`` wrapped to ``width``, with what differs from ``before`` in green."""
    ranges = changed_ranges(before, after) if style.color else []
    out = []
    for start, end in wrap_spans(after, width):
        pieces, cursor = [], start
        for r_start, r_end in ranges:
            a, b = max(r_start, start), min(r_end, end)
            if a >= b:
                continue
            pieces += [after[cursor:a], style(after[a:b], "green")]
            cursor = b
        pieces.append(after[cursor:end])
        out.append("".join(pieces))
    return out
