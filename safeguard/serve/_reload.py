"""The live policy: loaded whole or not at all, reloaded on ``SIGHUP`` or when the file changes.

A reload builds a complete new ``Guard`` first and swaps one reference only when that
succeeded, so a request sees either the old policy or the new one, never a mix. Each
request takes ``holder.guard`` once and keeps it to the end of its stream. An invalid
file leaves the old policy in place; its errors are logged and shown on ``/healthz``.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from pathlib import Path

from safeguard import _builtin
from safeguard._errors import PolicyError
from safeguard._guard import Guard

log = logging.getLogger("safeguard.serve")

GuardFactory = Callable[[Path], Guard]
Signature = tuple[int, int, int]


def _signature(path: Path) -> Signature | None:
    try:
        stat = path.stat()
    except OSError:
        return None
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class PolicyHolder:
    """Holds the current ``Guard`` for one policy file and replaces it only with a valid one."""

    def __init__(
        self,
        path: str | Path | None,
        *,
        fallback: str | Path | None = None,
        factory: GuardFactory | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else _builtin.policy_path()
        self.fallback = Path(fallback) if fallback is not None else None
        self._factory: GuardFactory = factory or Guard.from_yaml
        self.errors: list[str] = []
        self.reloads = 0
        self.loaded_at = time.time()
        self._seen = _signature(self.path)
        self.guard = self._first_guard()

    def _first_guard(self) -> Guard:
        try:
            guard = self._factory(self.path)
        except PolicyError as exc:
            if self.fallback is None or not self.fallback.is_file():
                raise
            # a restarted worker (uvicorn restarts workers on SIGHUP) must not die on a bad edit
            self._record_failure(exc)
            return self._factory(self.fallback)
        self._save_fallback()
        return guard

    def changed(self) -> bool:
        """Whether the file's mtime, size or inode differ from the last load attempt."""
        return _signature(self.path) != self._seen

    def reload(self) -> bool:
        """Load the file again; swap the guard only if the whole policy is valid."""
        self._seen = _signature(self.path)
        try:
            guard = self._factory(self.path)
        except PolicyError as exc:
            self._record_failure(exc)
            return False
        self.guard = guard
        self.errors = []
        self.reloads += 1
        self.loaded_at = time.time()
        self._save_fallback()
        log.info("policy reloaded: %s version %s", guard.policy.name, guard.policy.version)
        return True

    def reload_if_changed(self) -> bool:
        """``reload()`` when the file changed since the last attempt; ``False`` otherwise."""
        return self.reload() if self.changed() else False

    def _record_failure(self, exc: PolicyError) -> None:
        self.errors = list(exc.errors)
        log.error("policy reload rejected, keeping the previous policy:\n%s", "\n".join(self.errors))

    def _save_fallback(self) -> None:
        if self.fallback is None:
            return
        # write-then-rename: another worker reading the fallback never sees half a file
        temp = self.fallback.with_name(f".{self.fallback.name}.{os.getpid()}.tmp")
        try:
            temp.write_bytes(self.path.read_bytes())
            os.replace(temp, self.fallback)
        except OSError:
            log.warning("could not update the last-good policy copy at %s", self.fallback)

    def status(self) -> dict[str, object]:
        """What ``/healthz`` shows about the policy (no file contents)."""
        policy = self.guard.policy
        return {
            "name": policy.name,
            "version": policy.version,
            "file": str(self.path),
            "loaded_at": round(self.loaded_at, 3),
            "reloads": self.reloads,
            "reload_errors": list(self.errors),
        }
