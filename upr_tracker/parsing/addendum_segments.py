"""Cutting a response text into answers, and reading the labels prose names."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise

from upr_tracker.domain.positions import Position
from upr_tracker.parsing.addendum_text import flatten
from upr_tracker.parsing.document_languages import RECOMMENDATIONS_WORD
from upr_tracker.parsing.label_ranges import (
    LIST_PATTERN,
    LabelMention,
    cross_reference_target,
    expand_list,
    find_label_mentions,
)
from upr_tracker.parsing.position_classifier import (
    PositionStatement,
    ResponseClassification,
    Sentence,
    decide,
    position_statements,
    read_sentence,
    split_sentences,
)

_FLAGS = re.IGNORECASE | re.VERBOSE


@dataclass
class Segment:
    """A stretch of a block's text that reads as one answer."""

    start: int                 # offsets in the block's text
    end: int
    statements: list[PositionStatement]

    def reading(self) -> ResponseClassification:
        return decide(self.statements)

    @property
    def mixed(self) -> bool:
        strong = {s.position for s in self.statements if s.strong}
        return {Position.SUPPORTED, Position.NOTED} <= strong


# --- cutting a text into answers -----------------------------------------------------------------


def answer_segments(text: str) -> list[Segment]:
    """Cut where a new answer opens: a statement that names the recommendation, does not
    conclude ("therefore", "thus"), and comes after the current answer already took a position."""
    statements = position_statements(text)
    segments = [Segment(0, len(text), [])]
    for statement in statements:
        current = segments[-1]
        has_position = any(s.strong for s in current.statements)
        if statement.strong and not statement.concluding and has_position and _opens_answer(current, statement, text):
            current.end = statement.sentence.start
            segments.append(Segment(statement.sentence.start, len(text), [statement]))
        else:
            current.statements.append(statement)
    return segments


def _opens_answer(segment: Segment, statement: PositionStatement, text: str) -> bool:
    """Another position, or another number ("these recommendations" after "the recommendation"),
    opens a new answer. So does the same statement again, when it begins a line after a finished
    sentence, as a table row does; within a paragraph it only restates the answer."""
    if statement.position is Position.PENDING:
        return False  # "…and the matter remains under consideration" qualifies, it does not answer
    first = next(s for s in segment.statements if s.strong)
    if statement.contrasting or (statement.of_a_part and first.of_a_part):
        return False  # "However, it cannot accept the recommendation on Y": the other part of one answer
    other_number = None not in (statement.plural, first.plural) and statement.plural != first.plural
    if first.position is not statement.position or other_number:
        return True
    start = statement.sentence.start
    return text[start - 1:start] == "\n" and text[:start].rstrip().endswith((".", "!", "?", "”", '"'))


def is_plural(segment: Segment) -> bool:
    return any(s.strong and s.plural for s in segment.statements)


def first_of_each_sense(statements: list[PositionStatement]) -> tuple[PositionStatement, PositionStatement]:
    accepts = next(s for s in statements if s.strong and s.position is Position.SUPPORTED)
    refuses = next(s for s in statements if s.strong and s.position is Position.NOTED)
    return accepts, refuses


def first_opposite_pair(statements: list[PositionStatement]) -> tuple[PositionStatement, PositionStatement]:
    strong = [s for s in statements if s.strong and s.position in (Position.SUPPORTED, Position.NOTED)]
    first = strong[0]
    second = next(s for s in strong if s.position is not first.position)
    return first, second


# --- prose mentions ------------------------------------------------------------------------------

# "The following recommendations enjoy the support of X: 88.1, 88.2 and 88.5–88.9."
_COLON_LIST = re.compile(rf":\s*(?P<list>{LIST_PATTERN})\s*[.;]?\s*$", re.IGNORECASE)
# Full labels right after the verb that answers them ("…and supports 26.4, 26.7 and 26.12.") or
# the words that introduce them ("With respect to 26.15, the matter is…"). Bare numbers never:
# "accepts 3 of them".
_VERB_THEN_LABELS = re.compile(
    rf"""\b(?:supports?|accepts?|notes?|rejects?|takes?\s+note\s+of|(?:does|do)\s+not\s+(?:support|accept)
            |with\s+(?:respect|regard)\s+to|regarding|concerning|as\s+(?:regards|for)   # "With respect to 26.15, …"
            |accepte|appuie|rejette|prend\s+note\s+de(?:s|\s+la)?|n['’]accepte\s+pas|en\s+ce\s+qui\s+concerne(?:\s+la)?
            |s['’]agissant\s+de(?:\s+la)?|acepta|apoya|rechaza|toma\s+nota\s+de(?:\s+la)?|no\s+acepta
            |en\s+cuanto\s+a(?:\s+la)?|con\s+respecto\s+a(?:\s+la)?|поддерживает|принимает|отклоняет
            |в\s+отношении|что\s+касается)
         \s+(?P<list>{LIST_PATTERN})""",
    _FLAGS,
)
# Where one clause ends and the next begins, between two mentions of labels.
_CLAUSE_BREAK = re.compile(
    r"""
      ;
    | ,?\s+(?:but|while|whereas)\s+
    | ,?\s+and\s+(?=(?:\w+\s+){0,2}                      # "… and (it) takes note of …"
                   (?:takes?|notes?|accepts?|supports?|rejects?|does|cannot|considers?)\b)
    """,
    _FLAGS,
)


def prose_mentions(text: str) -> list[LabelMention]:
    mentions = [m for m in find_label_mentions(text) if not m.cross_reference]
    for sentence in split_sentences(text):
        colon = _COLON_LIST.search(sentence.text)
        if colon and re.search(RECOMMENDATIONS_WORD, sentence.text, re.IGNORECASE):
            labels = expand_list(colon.group("list"))
            if labels and not any(set(labels) <= set(m.labels) for m in mentions):
                start = sentence.start + colon.start("list")
                mentions.append(LabelMention(labels, colon.group("list"), start, sentence.end))
    for verb in _VERB_THEN_LABELS.finditer(text):
        labels = expand_list(verb.group("list"))
        if (labels and all("." in label for label in labels)
                and not any(m.start <= verb.start("list") < m.end for m in mentions)):
            mentions.append(LabelMention(labels, verb.group("list"), verb.start("list"), verb.end("list")))
    return sorted(mentions, key=lambda m: m.start)


def prose_items(text: str) -> Iterable[tuple[tuple[str, ...], PositionStatement | None, Sentence]]:
    """(labels, the statement about them or None, the sentence) for each mention group."""
    mentions = prose_mentions(text)
    for sentence in split_sentences(text):
        inside = [m for m in mentions if sentence.start <= m.start < sentence.end]
        if not inside:
            continue
        whole = read_sentence(sentence)
        if len(inside) == 1 or whole is None:
            yield flatten([m.labels for m in inside]), whole, sentence
            continue
        for mention, clause in zip(inside, _clauses(text, sentence, inside)):
            yield mention.labels, read_sentence(clause) or whole, sentence


def _clauses(text: str, sentence: Sentence, mentions: list[LabelMention]) -> list[Sentence]:
    """Cut a sentence between its mentions at "; ", ", but", " and takes note of"…"""
    bounds = [sentence.start]
    for before, after in pairwise(mentions):
        breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, before.end, after.start)]
        bounds.append(breaks[-1] if breaks else after.start)
    bounds.append(sentence.end)
    return [Sentence(" ".join(text[a:b].split()), a, b) for a, b in pairwise(bounds)]


def pointer_in(sentence: str) -> tuple[str, ...] | None:
    """The labels a sentence only points to after naming its own: "Recommendation 24: see
    recommendation 23." → ("23",); None when it says anything more."""
    own = [m for m in find_label_mentions(sentence) if not m.cross_reference]
    if not own:
        return None
    return cross_reference_target(sentence[own[-1].end:].lstrip(" :;,.—–-"))


def without_sentences_naming(text: str) -> str:
    """The sentences of a paragraph that name no labels: where its general position may stand."""
    mentions = prose_mentions(text)
    kept = [s.text for s in split_sentences(text) if not any(s.start <= m.start < s.end for m in mentions)]
    return " ".join(kept)
