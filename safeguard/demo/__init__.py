"""The demo conversation: a supportive chat in which the person's distress deepens."""

from safeguard.demo._seed import DEMO_LOCALE, Turn, load_seed, parse_transcript

__all__ = ["DEMO_LOCALE", "Turn", "load_seed", "parse_transcript"]
