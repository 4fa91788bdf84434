"""The one text normalisation shared by the suggestion model and the "recommended again" similarity,
and the "first verb" features the action-category model reads beside the words.

Normalisation is rapidfuzz's default_process (lower case, every character that is not a letter or a
digit becomes a space, ends trimmed): the similarity scores of recommended again were set on it, and
the model sees the same words.
"""

from __future__ import annotations

import re

from rapidfuzz import utils

# Words that may stand before the verb that decides the action category ("Further strengthen",
# "To fully implement", "Also consider"). "That" and "to" open the texts written as clauses.
LEADING_WORDS = frozenset({
    "to", "that", "further", "fully", "also", "effectively", "urgently", "promptly", "swiftly",
    "immediately", "expeditiously", "duly", "seriously", "actively", "strongly", "firmly", "genuinely",
    "progressively", "systematically", "continuously", "resolutely", "vigorously", "speedily",
    "rapidly", "quickly", "favourably", "favorably", "positively", "properly", "adequately", "still",
    "formally", "finally", "officially", "explicitly", "thoroughly", "independently", "then",
})
# Words skipped after "continue" to reach what is continued ("continue its efforts to", "continue
# to strengthen").
CONTINUE_FILLERS = frozenset({"to", "its", "their", "the", "with", "further", "efforts", "effort", "working",
                              "work", "on", "in", "and", "fully", "also", "actively"})
# Phrases that announce an example: a general action followed by a specific one is category 5.
EXAMPLE_CUES = {"including": "including", "such as": "such_as", "in particular": "in_particular",
                "inter alia": "inter_alia", "notably": "notably", "namely": "namely", "through": "through"}
_BY_GERUND = re.compile(r"\bby (\w+ing)\b")


def normalise_text(text: str) -> str:
    """Lower case, punctuation to spaces, ends trimmed (rapidfuzz's default_process)."""
    return utils.default_process(text or "")


def leading_verb_index(words: list[str]) -> int:
    """Where the verb that leads the text stands, once the adverbs and "to" before it are skipped."""
    index = 0
    while index < len(words) - 1 and index < 4 and words[index] in LEADING_WORDS:
        index += 1
    return index


def first_verb_features(normalised: str) -> list[str]:
    """Named features of how the text opens: its first word, the first word after adverbs, its
    first two words, what "continue" continues, and the cue words of an example or a means."""
    words = normalised.split()
    if not words:
        return []
    features = [f"first={words[0]}"]
    at = leading_verb_index(words)
    verb = words[at]
    features.append(f"verb={verb}")
    if len(words) > 1:
        features.append(f"first2={words[0]}_{words[1]}")
    if at + 1 < len(words):
        features.append(f"verb2={verb}_{words[at + 1]}")
    if verb.startswith("continu") or verb in ("maintain", "pursue", "keep", "persist", "sustain"):
        following = words[at + 1:at + 8]
        if following:
            features.append(f"continue_next={following[0]}")
        content = [w for w in following if w not in CONTINUE_FILLERS]
        if content:
            features.append(f"continue={content[0]}")
        if "and" in following[:3]:
            features.append("continue_and")
    padded = f" {normalised} "
    for phrase, name in EXAMPLE_CUES.items():
        if f" {phrase} " in padded:
            features.append(f"cue={name}")
    if " by " in padded:
        features.append("cue=by")
        gerund = _BY_GERUND.search(normalised)
        if gerund:
            features.append(f"by={gerund.group(1)}")
    return features
