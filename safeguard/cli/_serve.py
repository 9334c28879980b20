"""``safeguard serve``: run the guard proxy (OpenAI- and Anthropic-compatible) under uvicorn.

The policy is validated before the server starts: an invalid file exits with status 2
and every problem on standard error, so a deployment never starts half-configured.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from safeguard._errors import PolicyError
from safeguard._policy_load import load_policy

_DEFAULTS = {"host": "127.0.0.1", "port": 8000}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Register the command's arguments."""
    from safeguard.serve._config import ANTHROPIC_BASE_URL, OPENAI_BASE_URL, ServeConfig

    defaults = ServeConfig()
    add = parser.add_argument
    add("--policy", metavar="FILE", help="policy YAML (default: the shipped default policy)")
    add("--host", default=_DEFAULTS["host"], help="interface to listen on (default: %(default)s)")
    add("--port", type=int, default=_DEFAULTS["port"], help="port (default: %(default)s)")
    add("--openai-base-url", default=OPENAI_BASE_URL, metavar="URL", help="default: %(default)s")
    add("--anthropic-base-url", default=ANTHROPIC_BASE_URL, metavar="URL", help="default: %(default)s")
    add("--workers", type=int, default=1, help="worker processes (default: %(default)s)")
    add("--max-body-bytes", type=int, default=defaults.max_body_bytes, metavar="N",
        help="largest request body accepted; larger ones get 413 (default: %(default)s)")  # fmt: skip
    add("--upstream-timeout", type=float, default=defaults.upstream_timeout, metavar="SECONDS",
        help="wait this long for each read from the vendor; then 504 (default: %(default)s)")  # fmt: skip
    add("--reload-interval", type=float, default=defaults.reload_interval, metavar="SECONDS",
        help="poll the policy file this often; 0 = only on SIGHUP (default: %(default)s)")  # fmt: skip
    add("--shutdown-timeout", type=float, default=30.0, metavar="SECONDS",
        help="on SIGTERM, let in-flight streams finish for this long (default: %(default)s)")  # fmt: skip
    add("--no-access-log", action="store_true", help="turn off uvicorn's per-request access log")
    add("--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"])


def _check_policy(path: str | None) -> str | None:
    """Every problem of the policy file, or ``None`` when it is valid."""
    if path is None:
        return None
    try:
        load_policy(path)
    except PolicyError as exc:
        return "\n".join(exc.errors)
    return None


def _fallback_copy(path: str | None) -> str | None:
    """A last-good copy of the policy, so restarted workers survive a bad edit of the file."""
    if path is None:
        return None
    folder = Path(tempfile.mkdtemp(prefix="safeguard-serve-"))
    copy = folder / "last-good-policy.yaml"
    copy.write_bytes(Path(path).read_bytes())
    return str(copy)


def run(args: argparse.Namespace) -> int:
    """Validate the policy, then serve until SIGINT / SIGTERM. Exit status 2 on a bad policy."""
    problems = _check_policy(args.policy)
    if problems is not None:
        print(f"safeguard serve: the policy is invalid, not starting:\n{problems}", file=sys.stderr)
        return 2
    try:
        import uvicorn

        from safeguard.serve import GuardProxy, ServeConfig
    except ImportError as exc:
        print(
            f"safeguard serve needs the serve extra (pip install 'safeguard[serve]'): {exc}", file=sys.stderr
        )
        return 2
    config = ServeConfig(
        policy=args.policy,
        openai_base_url=args.openai_base_url,
        anthropic_base_url=args.anthropic_base_url,
        max_body_bytes=args.max_body_bytes,
        upstream_timeout=args.upstream_timeout,
        reload_interval=args.reload_interval,
        fallback_policy=_fallback_copy(args.policy) if args.workers > 1 else None,
    )
    common = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "access_log": not args.no_access_log,
        "timeout_graceful_shutdown": int(args.shutdown_timeout),
        "server_header": False,
    }
    if args.workers <= 1:
        uvicorn.run(GuardProxy(config), **common)
        return 0
    # workers are fresh processes: they import the app factory and read the config from env
    os.environ["SAFEGUARD_SERVE_CONFIG"] = config.to_env()
    try:
        uvicorn.run("safeguard.serve:create_app", factory=True, workers=args.workers, **common)
    finally:
        if config.fallback_policy is not None:
            shutil.rmtree(Path(config.fallback_policy).parent, ignore_errors=True)
    return 0
