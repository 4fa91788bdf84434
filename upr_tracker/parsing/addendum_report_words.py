"""What the Working Group report tells the addendum parser: the labels of each paragraph, which
paragraph bare numbers belong to, and the words of each recommendation (to place texts that lost
their numbers)."""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping

from upr_tracker.domain.labels import label_sort_key
from upr_tracker.parsing.addendum_blocks import Block
from upr_tracker.parsing.addendum_lines import Line
from upr_tracker.parsing.addendum_segments import prose_mentions
from upr_tracker.parsing.parsed import (
    Problem,
    ProblemKind,
)

# Word overlap (idf-weighted cosine) with a recommendation: below the minimum it says nothing;
# a suggestion must beat the runner-up by the margin to count as unambiguous.
MIN_SIMILARITY = 0.08
CLEAR_MARGIN = 1.2


# --- what the Working Group report tells ---------------------------------------------------------

# Words too common to say what a text is about (with the words every recommendation uses).
_STOPWORDS = frozenset(
    """
    a about above after again against all also an and any are as at be been before being between
    both but by can could did do does done during each either for from further had has have
    having he her here his how if in including into is it its itself may might more most must no
    nor not of on once only or other our out over own same shall should so some such than that
    the their them then there these they this those through to too under until up upon very was
    we were what when where which while who whom why will with within without would
    recommendation recommendations state states country
    """.split()  # noqa: SIM905 - a word list reads better as text
)
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*[A-Za-z]")
_SUFFIXES = ("izations", "isations", "ization", "isation", "ations", "ation", "itions", "ition", "ments",
             "ment", "ings", "ing", "ities", "ity", "ions", "ion", "ers", "er", "ed", "es", "s", "ish",
             "ize", "ise", "al", "ly")


def _stem(word: str) -> str:
    """A crude stem, good enough for overlap: abolition/abolish → "abol", ratify/ratification →
    "ratific", penalties/penalty → "penalty"."""
    stem = word.lower().replace("’", "'").removesuffix("'s")
    if stem.endswith("ies"):
        stem = stem[:-3] + "y"
    for _round in range(2):
        for suffix in _SUFFIXES:
            if stem.endswith(suffix) and len(stem) - len(suffix) >= 4:
                stem = stem[: -len(suffix)]
                break
    if stem.endswith("ify"):
        stem = stem[:-1] + "ic"
    return stem[:7]


def word_stems(text: str) -> set[str]:
    return {_stem(w) for w in _WORD.findall(text) if w.lower() not in _STOPWORDS and len(w) > 2}


class ReviewWords:
    """The known recommendations of the review, by paragraph, and their words."""

    def __init__(self, known: Mapping[str, str]) -> None:
        self.texts = dict(known)
        self.by_paragraph: dict[str, set[str]] = defaultdict(set)
        for label in known:
            self.by_paragraph[label.split(".")[0]].add(label)
        self.stems = {label: word_stems(text) for label, text in known.items()}
        document_frequency = Counter(stem for stems in self.stems.values() for stem in stems)
        total = max(len(known), 1)
        self.idf = {stem: math.log(1 + total / count) for stem, count in document_frequency.items()}

    def __bool__(self) -> bool:
        return bool(self.texts)

    def weight(self, stems: Iterable[str]) -> float:
        return sum(self.idf.get(stem, 0.0) for stem in stems)

    def similarity(self, text_stems: set[str], labels: Iterable[str]) -> float:
        """Cosine of idf-weighted word sets: how much a text speaks of these recommendations."""
        label_stems = set().union(*(self.stems.get(label, set()) for label in labels))
        shared = text_stems & label_stems
        if not shared:
            return 0.0
        norm = math.sqrt(self._squares(text_stems) * self._squares(label_stems))
        return self._squares(shared) / norm if norm else 0.0

    def _squares(self, stems: Iterable[str]) -> float:
        return sum(self.idf.get(stem, 0.0) ** 2 for stem in stems)


COUNT_IN_TITLE = re.compile(r"\b(?:on|to)\s+(?:the\s+|all\s+)?(?P<count>\d{1,3})\s+recommendations\b", re.IGNORECASE)
_PARAGRAPH_REFERENCE = re.compile(r"\bparagraphs?\s+(?P<paragraph>\d{2,3})(?![.\d])", re.IGNORECASE)


def concerned_paragraphs(blocks: list[Block], lines: list[Line], review: ReviewWords,
                         problems: list[Problem], awaiting: Collection[str] = ()) -> set[str]:
    """The paragraphs of the Working Group report the addendum answers: those its full labels
    name, or for bare numbers the one paragraph that fits them (the one whose recommendations
    await an answer, named in the text, the count in the title, or by word overlap)."""
    written = [label for block in blocks for label in _labels_written_in(block)]
    concerned = {label.split(".")[0] for label in written if "." in label}
    bare = {label for label in written if "." not in label}
    if review:
        concerned &= set(review.by_paragraph)
    if not review or not bare:
        return concerned
    fitting = [p for p in review.by_paragraph
               if sum(f"{p}.{n}" in review.texts for n in bare) >= 0.8 * len(bare)]
    if len(fitting) <= 1:
        return concerned | set(fitting)
    waiting = _paragraphs_awaiting(bare, fitting, awaiting)
    if len(waiting) == 1:               # "will be examined" in the report: the addendum answers it
        return concerned | waiting
    text = "\n".join(line.text for line in lines)
    named = {m.group("paragraph") for m in _PARAGRAPH_REFERENCE.finditer(text)} & set(fitting)
    if len(named) == 1:                 # "the recommendations contained in paragraph 97"
        return concerned | named
    counted = _paragraphs_of_count(text, fitting, review)
    if len(counted) == 1:               # "Position of Kazakhstan on the 26 recommendations"
        return concerned | counted
    bare_labels = tuple(sorted(bare, key=label_sort_key))
    by_overlap = _paragraph_by_overlap(blocks, fitting, review)
    if by_overlap is not None:
        problems.append(Problem(
            ProblemKind.SUGGESTION_APPLIED,
            f"Bare numbers read as paragraph {by_overlap} of the report: their response texts share "
            f"most words with the recommendations of that paragraph (paragraphs {', '.join(sorted(fitting))} "
            "all have such numbers).",
            labels=bare_labels,
        ))
        return concerned | {by_overlap}
    problems.append(Problem(
        ProblemKind.UNKNOWN_LABEL,
        f"Cannot tell which paragraph of the report the bare numbers belong to: paragraphs "
        f"{', '.join(sorted(fitting))} all have them; numbers kept as written.",
        labels=bare_labels,
    ))
    return concerned


def _paragraphs_awaiting(bare: set[str], fitting: list[str], awaiting: Collection[str]) -> set[str]:
    """Of the paragraphs the bare numbers fit, those where they fit the recommendations that
    await an answer (pending, or with no position yet) as well as all the paragraph's."""
    if not awaiting:
        return set()
    waiting = set(awaiting)
    scores = {p: sum(f"{p}.{n}" in waiting for n in bare) for p in fitting}
    best = max(scores.values())
    if best < 0.8 * len(bare):
        return set()
    return {p for p, score in scores.items() if score == best}


def _labels_written_in(block: Block) -> list[str]:
    labels = list(block.labels)
    if not block.groups:
        labels += [label for mention in prose_mentions(block.text) for label in mention.labels]
    return labels


def _paragraphs_of_count(text: str, fitting: list[str], review: ReviewWords) -> set[str]:
    counts = {int(m.group("count")) for m in COUNT_IN_TITLE.finditer(text[:2000])}
    return {p for p in fitting if len(review.by_paragraph[p]) in counts}


def _paragraph_by_overlap(blocks: list[Block], fitting: list[str], review: ReviewWords) -> str | None:
    totals = {}
    for paragraph in fitting:
        totals[paragraph] = sum(
            review.similarity(word_stems(block.text), [f"{paragraph}.{n}" for n in block.labels if "." not in n])
            for block in blocks if block.groups and block.lines
        )
    ranked = sorted(totals.items(), key=lambda item: -item[1])
    if ranked and ranked[0][1] > 0 and ranked[0][1] >= 1.5 * ranked[1][1]:
        return ranked[0][0]
    return None


class LabelMapper:
    """Bare numbers to full labels, when exactly one concerned paragraph has the number."""

    def __init__(self, review: ReviewWords, concerned: set[str], problems: list[Problem], *,
                 ambiguity_reported: bool) -> None:
        self.review = review
        self.concerned = concerned
        self.problems = problems
        self.ambiguity_reported = ambiguity_reported  # once for the whole document, not per number
        self._reported: set[str] = set()

    def full(self, labels: Iterable[str], line: int | None) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self._one(label, line) for label in labels))

    def _one(self, label: str, line: int | None) -> str:
        if "." in label or not self.review:
            return label
        paragraphs = self.concerned or set(self.review.by_paragraph)
        candidates = sorted(p for p in paragraphs if f"{p}.{label}" in self.review.texts)
        if len(candidates) == 1:
            return f"{candidates[0]}.{label}"
        if len(candidates) > 1 and label not in self._reported and not self.ambiguity_reported:
            self._reported.add(label)
            self.problems.append(Problem(
                ProblemKind.UNKNOWN_LABEL,
                f"Number {label} could be " + " or ".join(f"{p}.{label}" for p in candidates)
                + "; kept as written.",
                labels=(label,), line=line,
            ))
        return label
