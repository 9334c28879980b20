"""A story told about a character: a pass over one message's signals.

"in my story she wrote goodbye letters to her kids and set a date", "my character in the
play says goodbye to everyone and that it's time for her to go": a finality or decision
phrase without a person of its own reads as the writer's, though the message tells what a
character does. The message rules put a story frame only on phrases that are not plainly
the writer's; these phrases are, by their words alone.

A signal of the writer's is the story's (subject ``other``, frame ``fiction``) when a story
word (class ``story_word``: "story", "novel", "character", "protagonist") comes before it
in the message and no word of the writer (class ``self_subj``: "i", "my", "me") stands
between that story word and the end of the signal's sentence ("my character wants to die
and so do i"). "in my novel the hero dies. honestly i set a
date too" and "the story of my life: i set a date" stay the writer's, and so do means,
methods, places and acts (kinds ``_ASKED``, families of the classes ``story_kept_cue``,
``act_cue``, ``place_cue``): after the writer's distress the conversation rules read them.
A scene set "in" the story ("in the story im overdosing now", "in my roleplay i'm
jumping tonight": rec20) is the story's in the rest of its sentence whatever person it is
told in: the writer plays the character. "the story of my life: i'm overdosing now" sets
no scene and stays the writer's.
Work per message: the two word classes' positions, found once, and a binary search per
signal; messages without a story word pay one set test.
"""

from __future__ import annotations

import bisect

from safeguard.checks.self_harm._reading import Signal, make_signal
from safeguard.checks.self_harm._sentences import Sentences, family

# Means and method questions in a story frame are left to the conversation rules, which
# read them as the writer's after their distress ("everything feels pointless" ... "for my
# screenplay, how long does a car in a closed garage take").
_ASKED = frozenset({"method", "means", "location", "howto"})


def story_signals(msg: Sentences, signals: tuple[Signal, ...]) -> tuple[Signal, ...]:
    """``signals`` with the writer's phrases inside a story about a character made the story's."""
    if not msg.mentions("story_word"):
        return signals  # most messages: no story word at all
    return tuple(_told(s) if _in_story(msg, s) else s for s in signals)


def _told(sig: Signal) -> Signal:
    told = (sig.cue, sig.start, sig.end, sig.level, "other", sig.method_seeking, sig.negated, "fiction")
    return make_signal(told)


def _kept(msg: Sentences) -> frozenset[str]:
    words = msg.cues.words
    return words("story_kept_cue") | words("act_cue") | words("place_cue")


def _in_story(msg: Sentences, sig: Signal) -> bool:
    if sig.subject != "self" or sig.negated or sig.method_seeking or sig.cue.kind in _ASKED:
        return False
    if family(sig.cue.id) in _kept(msg):
        return False
    at = msg.place(sig)
    stories = msg.positions("story_word")
    before = bisect.bisect_left(stories, at.first)
    if before == 0:
        return False  # no story word before the phrase
    story = stories[before - 1]
    if _scene_set(msg, story) and msg.sentence_at(story) == at.sentence:
        return True  # "in the story im overdosing now": the character's words
    selves = msg.positions("self_subj")
    mine = bisect.bisect_right(selves, story)
    return mine == len(selves) or selves[mine] >= at.high


_SCENE_DET = frozenset({"the", "my", "this", "our", "a"})


def _scene_set(msg: Sentences, story: int) -> bool:
    """The story word closes an "in (the|my|this|our|a)" opener ("in the story", "in my
    roleplay")."""
    keys = msg.keys
    if story >= 1 and keys[story - 1] == "in":
        return True
    return story >= 2 and keys[story - 1] in _SCENE_DET and keys[story - 2] == "in"
