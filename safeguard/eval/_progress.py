"""A plain progress bar on standard error, drawn only when a person is watching (a TTY)."""

from __future__ import annotations

import sys
import time
from typing import TextIO

WIDTH = 30
EVERY_S = 0.1  # redraw at most ten times a second: drawing costs more than a check


class Progress:
    """``update()`` once per case; ``close()`` clears the line. Silent when not a TTY."""

    def __init__(self, total: int, stream: TextIO | None = None, label: str = "") -> None:
        self.total = total
        self.done = 0
        self.label = label
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = total > 0 and _isatty(self.stream)
        self._drawn = 0.0

    def update(self, label: str | None = None) -> None:
        """One more case done."""
        self.done += 1
        if label is not None:
            self.label = label
        now = time.monotonic()
        if self.enabled and (now - self._drawn >= EVERY_S or self.done == self.total):
            self._drawn = now
            self.stream.write("\r" + self.line())
            self.stream.flush()

    def line(self) -> str:
        """``[#####.....]  123/450  xstest``."""
        filled = WIDTH * self.done // self.total if self.total else WIDTH
        bar = "#" * filled + "." * (WIDTH - filled)
        return f"[{bar}] {self.done:>{len(str(self.total))}}/{self.total}  {self.label}"[:100]

    def close(self) -> None:
        """Erase the bar so the report starts on a clean line."""
        if self.enabled:
            self.stream.write("\r" + " " * 100 + "\r")
            self.stream.flush()


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or unusual streams
        return False
