"""Added latency of ``safeguard serve`` at 50 concurrent streams, against the fake upstream direct.

Run: ``python benchmarks/bench_serve.py [--quick] [--streams 50] [--rounds 4] [--runs 1]
[--history cold|warm] [--delay-ms 20]`` (``--policy FILE`` for another policy than the default).

Four processes, all on 127.0.0.1: a fake upstream (a tiny uvicorn app streaming a
150-word reply word by word, one chunk every ``--delay-ms``, like a model at ~50
tokens/s); two proxies in front of it (``safeguard serve``, one worker each): one with
the policy (default: the shipped default policy), one with a policy of no checks, so
the proxy's own plumbing cost is measured apart from the guard's; and this process as
the client (aiohttp by default: with httpx the client's own per-event parsing costs more
CPU than the proxy's on these two shared cores, and its event-loop backlog is counted in
every delivery time; ``--client httpx`` keeps the old instrument). Each round runs
``--streams`` concurrent streamed chat completions (starts spread over 0.5 s; 10-turn
conversations, 60-word user turns, new words in every turn of every request; ``--history warm``:
each chat goes on from its last request with one new exchange, as a live chat re-sends its
history) against one path; rounds rotate direct -> proxy -> plumbing so every path sees the
same machine load. Bounded:
``--rounds`` rounds per path and a wall-clock cap.

Figures (nearest-rank percentiles over every stream of a path):
- stream total (request sent -> last byte); ``added`` = proxied minus direct at the same percentile;
- first-content time: includes the guard's hold-back of the first sentence, by design;
- throughput through each proxy (streams/s, chunks/s) and its CPU time per stream;
- the same added latency for non-streamed calls (one round each), as a reference;
- with ``--runs N`` (N > 1): the timed rounds are repeated N times back to back and each run's
  added per-event p99 is reported with their median (a shared 2-core machine moves one run's
  p99 by milliseconds); the other figures pool every run.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from _figures import figure  # noqa: E402 - beside this file

VOCABULARY = (
    "today work felt long and my manager kept asking for more while I tried to keep up with "
    "everything at home where my sister needs help and the kids have school projects so I stay "
    "up late thinking about money rent plans friends weekend walk music coffee tired hopeful"
)
WORDS = VOCABULARY.split()
REPLY = (
    "That sounds like a really heavy week, and it makes sense that you feel stretched thin. "
    "You are carrying work, your sister and the kids all at once. "
    "It might help to pick one small thing for tomorrow that is only for you. "
    "What usually helps you feel a little more like yourself after a long day? "
    "Some people find a short walk or a call with a friend gives them a bit of space. "
    "You do not have to sort everything out tonight. "
    "If the money worries keep you awake, writing them down before bed can make them feel smaller. "
    "I am glad you told me about this, and I would like to hear how the rest of the week goes. "
    "Which part of all this feels the heaviest right now? "
    "We can take it one piece at a time, at whatever pace feels right for you."
)
STAMP_HOLE = b"T" + b"0" * 19  # CLOCK_MONOTONIC is one clock for every process of the machine
STAMP_KEY = '"obfuscation":"T'
PASSTHROUGH = "name: plumbing-only\nversion: bench\nchecks: []\n"
WALL_CAP_S = 300.0
# Real users do not start in lock-step; spreading starts over half a second also keeps the
# 50 streams' chunks from arriving in one synchronised burst every --delay-ms.
STAGGER_S = 0.5
SERVE = (
    "import argparse, sys; from safeguard.cli import _serve; "
    "p = argparse.ArgumentParser(); _serve.add_arguments(p); sys.exit(_serve.run(p.parse_args(sys.argv[1:])))"
)


# -- the fake upstream (runs in its own process) ----------------------------------------
def upstream_app(delay_s: float) -> Callable[..., Awaitable[None]]:
    """A minimal ASGI app answering chat completions, streamed (paced) or whole."""
    from safeguard.integrations import _shapes

    words = _shapes.split_words(REPLY)
    events = []
    for name, data in _shapes.chat_chunks(words, "fake-1"):
        if isinstance(data, dict):
            # Like OpenAI's streams: a fingerprint fixed for the stream, and a per-chunk random
            # `obfuscation` string (here it carries the send-time stamp the client reads back).
            data["system_fingerprint"] = "fp_bench"
            data["obfuscation"] = STAMP_HOLE.decode()
        events.append(_shapes.sse([(name, data)]))
    whole = json.dumps(_shapes.chat_completion(REPLY, "fake-1")).encode()

    async def send_all(send: Any, kind: bytes, chunks: list[bytes], delay: float) -> None:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", kind)]})
        for chunk in chunks:
            await asyncio.sleep(delay)
            stamped = chunk.replace(STAMP_HOLE, b"T%019d" % time.monotonic_ns(), 1)
            await send({"type": "http.response.body", "body": stamped, "more_body": True})
        await send({"type": "http.response.body", "body": b""})

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        if scope["method"] == "GET":  # readiness probe
            await send_all(send, b"text/plain", [b"ok"], 0.0)
            return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        if json.loads(body or b"{}").get("stream"):
            await send_all(send, b"text/event-stream", events, delay_s)
        else:  # the same generation time, in one piece
            await send_all(send, b"application/json", [whole], delay_s * len(words))

    return app


def run_upstream(port: int, delay_ms: float) -> None:
    import uvicorn

    app = upstream_app(delay_ms / 1000)
    uvicorn.run(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)


# -- process management ------------------------------------------------------------------
def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_processes(
    args: argparse.Namespace, workdir: Path
) -> tuple[list[subprocess.Popen[bytes]], dict[str, str]]:
    """The fake upstream, the proxy with the policy, and the proxy with no checks."""
    up_port = free_port()
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
    }
    role = ["--role", "upstream", "--port", str(up_port), "--delay-ms", str(args.delay_ms)]
    processes = [subprocess.Popen([sys.executable, __file__, *role], env=env)]
    urls = {"direct": f"http://127.0.0.1:{up_port}"}
    empty = workdir / "plumbing-only.yaml"
    empty.write_text(PASSTHROUGH, encoding="utf-8")
    for name, policy in (("proxy", args.policy), ("plumbing", str(empty))):
        port = free_port()
        serve = ["--port", str(port), "--openai-base-url", f"{urls['direct']}/v1", "--no-access-log"]
        serve += ["--log-level", "warning", "--reload-interval", "0", "--workers", str(args.workers)]
        if policy:
            serve += ["--policy", policy]
        processes.append(subprocess.Popen([sys.executable, "-c", SERVE, *serve], env=env))
        urls[name] = f"http://127.0.0.1:{port}"
    return processes, urls


def wait_ready(url: str, path: str, timeout: float = 60.0) -> None:
    import httpx

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(url + path, timeout=2)
            return
        except httpx.HTTPError:
            time.sleep(0.1)
    raise SystemExit(f"{url} did not come up")


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU of a process and its worker processes (Linux /proc), or None elsewhere."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return None
    own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return own + sum(cpu_seconds(int(child)) or 0.0 for child in children)


# -- the client ----------------------------------------------------------------------------
def _text(rng: random.Random, words: int) -> str:
    picked = [rng.choice(WORDS) for _ in range(words)]
    return " ".join(" ".join(picked[i : i + 12]).capitalize() + "." for i in range(0, words, 12))


def conversation(rng: random.Random) -> list[dict[str, str]]:
    """10 user turns of 60 words and 9 assistant turns of 40, new words every time."""
    messages: list[dict[str, str]] = []
    for turn in range(10):
        if turn:
            messages.append({"role": "assistant", "content": _text(rng, 40)})
        messages.append({"role": "user", "content": _text(rng, 60)})
    return messages


class Chats:
    """Requests for ``--history cold`` (every turn new) or ``warm`` (a live chat).

    Warm: each of the ``streams`` chats of a path goes on from its last request, as an app
    re-sends the history with one new exchange (a reply of 40 words and a user turn of 60),
    keeping the last 10 user turns; the proxy has read the earlier turns before.
    """

    def __init__(self, history: str, streams: int, seed: int = 7) -> None:
        self.history, self.streams, self.rng = history, streams, random.Random(seed)
        self.chats: dict[str, list[list[dict[str, str]]]] = {}

    def bodies(self, path: str, stream: bool) -> list[bytes]:
        if self.history == "cold":
            chats = [conversation(self.rng) for _ in range(self.streams)]
        else:
            chats = self.chats.setdefault(path, [conversation(self.rng) for _ in range(self.streams)])
            for chat in chats:
                chat += [{"role": "assistant", "content": _text(self.rng, 40)}]
                chat += [{"role": "user", "content": _text(self.rng, 60)}]
                del chat[:2]  # 10 user turns, 9 replies
        return [json.dumps({"model": "m", "stream": stream, "messages": chat}).encode() for chat in chats]


@dataclass
class Samples:
    total: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    events: list[float] = field(default_factory=list)  # upstream send -> client receipt, per event
    chunks: int = 0
    errors: int = 0

    def merge(self, other: Samples) -> None:
        """Add ``other``'s samples to these."""
        self.total += other.total
        self.first += other.first
        self.events += other.events
        self.chunks += other.chunks
        self.errors += other.errors


HEADERS = {"content-type": "application/json", "authorization": "Bearer bench"}


async def one_stream(http: Any, base: str, body: bytes, out: Samples) -> None:
    start = time.perf_counter()
    first = None
    chunks = 0
    async with http.stream("POST", base + "/v1/chat/completions", content=body, headers=HEADERS) as response:
        if response.status_code != 200:
            out.errors += 1
            await response.aread()
            return
        async for line in response.aiter_lines():
            first, chunks = _on_line(line, start, first, chunks, out)
    _finish(start, first, chunks, out)


async def one_stream_aiohttp(http: Any, base: str, body: bytes, out: Samples) -> None:
    start = time.perf_counter()
    first = None
    chunks = 0
    async with http.post(base + "/v1/chat/completions", data=body, headers=HEADERS) as response:
        if response.status != 200:
            out.errors += 1
            await response.read()
            return
        async for raw in response.content:
            first, chunks = _on_line(raw.decode(), start, first, chunks, out)
    _finish(start, first, chunks, out)


def _on_line(
    line: str, start: float, first: float | None, chunks: int, out: Samples
) -> tuple[float | None, int]:
    """Count an SSE data line, record its delivery time, note the first content."""
    if not line.startswith("data: {"):
        return first, chunks
    at = line.find(STAMP_KEY)
    if at >= 0:
        sent = int(line[at + len(STAMP_KEY) : at + len(STAMP_KEY) + 19])
        out.events.append((time.monotonic_ns() - sent) / 1e6)
    if first is None and '"content":"' in line and '"content":""' not in line:
        first = time.perf_counter() - start
    return first, chunks + 1


def _finish(start: float, first: float | None, chunks: int, out: Samples) -> None:
    end = time.perf_counter()
    out.total.append((end - start) * 1000)
    out.first.append((first if first is not None else end - start) * 1000)
    out.chunks += chunks


async def one_call(http: Any, base: str, body: bytes, out: Samples) -> None:
    start = time.perf_counter()
    if hasattr(http, "ws_connect"):  # aiohttp
        async with http.post(base + "/v1/chat/completions", data=body, headers=HEADERS) as response:
            await response.read()
            status = response.status
    else:
        status = (await http.post(base + "/v1/chat/completions", content=body, headers=HEADERS)).status_code
    if status != 200:
        out.errors += 1
        return
    out.total.append((time.perf_counter() - start) * 1000)


async def round_of(http: Any, base: str, bodies: list[bytes], out: Samples, stream: bool) -> None:
    """All requests of a round concurrently, their starts spread over ``STAGGER_S`` (seeded)."""
    call = (one_stream_aiohttp if hasattr(http, "ws_connect") else one_stream) if stream else one_call
    rng = random.Random(len(bodies))  # the same offsets for every path

    async def later(body: bytes, delay: float) -> None:
        await asyncio.sleep(delay)
        await call(http, base, body, out)

    await asyncio.gather(*(later(body, rng.uniform(0, STAGGER_S)) for body in bodies))


def pct(values: list[float], q: float) -> float:
    """Nearest-rank percentile (a value that was observed)."""
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


async def client(args: argparse.Namespace, urls: dict[str, str], pids: dict[str, int]) -> None:
    async with _http_client(args) as http:
        await _rounds(args, http, urls, pids)


@contextlib.asynccontextmanager
async def _http_client(args: argparse.Namespace) -> AsyncIterator[Any]:
    if args.client == "aiohttp":
        import aiohttp

        connector = aiohttp.TCPConnector(limit=args.streams * 2)
        async with aiohttp.ClientSession(
            connector=connector, timeout=aiohttp.ClientTimeout(total=300)
        ) as http:
            yield http
    else:
        import httpx

        limits = httpx.Limits(max_connections=args.streams * 2, max_keepalive_connections=args.streams * 2)
        async with httpx.AsyncClient(timeout=300, limits=limits) as http:
            yield http


async def _rounds(args: argparse.Namespace, http: Any, urls: dict[str, str], pids: dict[str, int]) -> None:
    chats = Chats(args.history, args.streams)

    for name, url in urls.items():  # warm-up every path (the first check loads the PII engine)
        await round_of(http, url, chats.bodies(name, True), Samples(), True)
    streams = {name: Samples() for name in urls}
    walls = dict.fromkeys(urls, 0.0)
    per_run: dict[str, list[float]] = {name: [] for name in urls if name != "direct"}
    cpu_before = {name: cpu_seconds(pid) for name, pid in pids.items()}
    began = time.monotonic()
    for _ in range(args.runs):
        run = {name: Samples() for name in urls}
        for _ in range(args.rounds):
            if time.monotonic() - began > WALL_CAP_S * args.runs:
                print("  wall-clock cap reached; stopping early")
                break
            for name, url in urls.items():
                t0 = time.perf_counter()
                await round_of(http, url, chats.bodies(name, True), run[name], True)
                walls[name] += time.perf_counter() - t0
        for name, samples in run.items():
            streams[name].merge(samples)
            if name in per_run and samples.events and run["direct"].events:
                per_run[name].append(pct(samples.events, 99) - pct(run["direct"].events, 99))
    cpu = {name: _delta(cpu_seconds(pid), cpu_before[name]) for name, pid in pids.items()}
    whole = {name: Samples() for name in urls}
    for name, url in urls.items():
        await round_of(http, url, chats.bodies(name, False), whole[name], False)
    print(f"\nuvicorn speedups importable here: uvloop {_has('uvloop')}, httptools {_has('httptools')}")
    print(
        f"{args.streams} concurrent streams per round, {len(streams['direct'].total)} streams per path, "
        f"history {args.history}; "
        f"{os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} (machine shared with other work)"
    )
    for name, label in (("proxy", args.policy or "default policy"), ("plumbing", "no checks")):
        report(f"serve[{label}]", args, streams["direct"], streams[name], walls[name], cpu[name])
        added_whole(f"serve[{label}]", whole["direct"], whole[name])
        spread(f"serve[{label}]", per_run[name])
    errors = sum(s.errors for s in (*streams.values(), *whole.values()))
    figure("serve: errors", float(errors), "")


def _has(module: str) -> bool:
    import importlib.util

    return importlib.util.find_spec(module) is not None


def _delta(after: float | None, before: float | None) -> float | None:
    return None if after is None or before is None else after - before


def report(
    tag: str, args: argparse.Namespace, d: Samples, p: Samples, wall: float, cpu: float | None
) -> None:
    n = len(p.total)
    if not n or not d.total:
        return
    note = f"{args.streams} concurrent streams"
    if p.events and d.events:
        for q in (50, 99):
            figure(f"{tag} event delivery p{q} direct", pct(d.events, q), "ms")
            figure(f"{tag} event delivery p{q} proxied", pct(p.events, q), "ms")
        figure(f"{tag} added per-event latency p50", pct(p.events, 50) - pct(d.events, 50), "ms")
        figure(
            f"{tag} added per-event latency p99", pct(p.events, 99) - pct(d.events, 99), "ms", "<= 5", note
        )
    figure(f"{tag} added stream total p50", pct(p.total, 50) - pct(d.total, 50), "ms")
    figure(f"{tag} added stream total p99", pct(p.total, 99) - pct(d.total, 99), "ms")
    hold = "includes the first sentence's hold-back (by design)"
    figure(f"{tag} added first-content time p50", pct(p.first, 50) - pct(d.first, 50), "ms", "", hold)
    figure(f"{tag} added first-content time p99", pct(p.first, 99) - pct(d.first, 99), "ms")
    figure(f"{tag} streams per second", n / wall, "1/s")
    figure(f"{tag} chunks per second", p.chunks / wall, "1/s")
    if cpu is not None:
        figure(f"{tag} proxy CPU per stream", cpu * 1000 / n, "ms", "", "user+system from /proc")


def spread(tag: str, values: list[float]) -> None:
    """Added per-event p99 of each run (same processes, runs back to back) and their median."""
    if len(values) < 2:
        return
    shown = ", ".join(f"{v:.1f}" for v in values)
    note = f"runs: {shown}; met in {sum(v <= 5 for v in values)} of {len(values)}"
    figure(f"{tag} added per-event p99, median of runs", statistics.median(values), "ms", "<= 5", note)


def added_whole(tag: str, d: Samples, p: Samples) -> None:
    if d.total and p.total:
        figure(f"{tag} added non-streamed latency p50", pct(p.total, 50) - pct(d.total, 50), "ms")
        figure(f"{tag} added non-streamed latency p99", pct(p.total, 99) - pct(d.total, 99), "ms")


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--role", choices=["client", "upstream"], default="client")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--streams", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--runs",
        type=int,
        default=1,
        help="repeat the timed rounds N times; report each run's p99 and the median",
    )
    parser.add_argument("--delay-ms", type=float, default=20.0)
    parser.add_argument(
        "--history",
        choices=["cold", "warm"],
        default="cold",
        help="cold: every turn of every request is new (default); warm: chats go on, one new turn a request",
    )
    parser.add_argument("--policy", default=None)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--client", choices=["aiohttp", "httpx"], default="aiohttp")
    parser.add_argument("--workers", type=int, default=1, help="uvicorn worker processes per proxy")
    args = parser.parse_args()
    if args.role == "upstream":
        run_upstream(args.port, args.delay_ms)
        return 0
    if args.quick or os.environ.get("SAFEGUARD_BENCH_QUICK"):
        args.rounds = 1
    workdir = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    processes, urls = start_processes(args, workdir)
    try:
        for name, url in urls.items():
            wait_ready(url, "/" if name == "direct" else "/healthz")
        asyncio.run(client(args, urls, {"proxy": processes[1].pid, "plumbing": processes[2].pid}))
    finally:
        for proc in processes:
            proc.send_signal(signal.SIGTERM)
        for proc in processes:
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
