"""Reading the blocks of an addendum into responses: one per group of labels, with the problems
met (merged groups, mixed answers, orphans, cross-references)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from dataclasses import dataclass

from upr_tracker.domain.labels import label_sort_key
from upr_tracker.domain.positions import Position
from upr_tracker.parsing.addendum_blocks import Block, line_at
from upr_tracker.parsing.addendum_report_words import (
    CLEAR_MARGIN,
    MIN_SIMILARITY,
    LabelMapper,
    ReviewWords,
    word_stems,
)
from upr_tracker.parsing.addendum_segments import (
    Segment,
    answer_segments,
    first_of_each_sense,
    first_opposite_pair,
    is_plural,
    pointer_in,
    prose_items,
    without_sentences_naming,
)
from upr_tracker.parsing.addendum_text import (
    clean_text,
    excerpt_of,
    flatten,
    written_labels,
)
from upr_tracker.parsing.label_ranges import (
    cross_reference_target,
)
from upr_tracker.parsing.parsed import (
    ParsedResponse,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.position_classifier import (
    UNCLEAR_BELOW,
    ResponseClassification,
    accepts_and_refuses_parts,
    decide,
    opens_with_verdict,
    position_statements,
    split_sentences,
)

# --- reading the blocks --------------------------------------------------------------------------


# The reading of an answer whose problem (merged, mixed, conflicting) is reported where it was read.
ALREADY_FLAGGED = ResponseClassification(None, False, None, 0.2)
# How sure a partial reading is when it may instead share out whole answers among several labels
# (above UNCLEAR_BELOW: its own problem says what is doubtful; below what an import trusts).
UNSURE_PARTS = 0.55
# What an entry's reading loses when it contradicts the heading it stands under.
_CONTRADICTED_HEADING = 0.2



@dataclass
class Orphan:
    text: str
    line: int
    reading: ResponseClassification
    plural: bool | None


class BlockReader:
    def __init__(self, review: ReviewWords, labels: LabelMapper, problems: list[Problem]) -> None:
        self.review = review
        self.labels = labels
        self.problems = problems
        self.responses: list[ParsedResponse] = []
        self.orphans: list[Orphan] = []
        self.cross_references: list[tuple[ParsedResponse, tuple[str, ...]]] = []
        self.flagged: set[int] = set()   # ids of responses whose problem is already reported
        self.seen_labels = False

    # -- one block --

    def read(self, block: Block) -> None:
        if block.groups:
            self.seen_labels = True
            self._read_numbered(block)
        elif block.lines:
            self._read_prose(block)

    def _read_numbered(self, block: Block) -> None:
        text = block.text
        groups = [self.labels.full(g.labels, g.line) for g in block.groups]
        target = cross_reference_target(text) if text else None
        if target is not None:
            self._cross_reference(block, tuple(label for group in groups for label in group), text, target)
            return
        if not text.strip():
            self._from_default(block, groups)
            return
        segments = answer_segments(text)
        if len(segments) == 1:
            self._one_segment(block, groups, segments[0])
        else:
            self._several_segments(block, groups, segments)

    def _one_segment(self, block: Block, groups: list[tuple[str, ...]], segment: Segment) -> None:
        text = block.text
        all_labels = flatten(groups)
        if segment.mixed:
            if len(groups) >= 2 and self._split_merged(block, groups, segment):
                return
            if len(all_labels) > 1 or segment.reading().position is not Position.PARTIALLY_SUPPORTED:
                self._mixed(block, groups, segment)
                return
            # One recommendation, accepted in one part and refused in another: partially supported.
        reading = self._with_default(block, segment.reading(), all_labels)
        if len(all_labels) > 1 and _in_parts(segment):
            reading = self._parts_for_several(block, all_labels, reading)
        if len(groups) >= 2:
            self.problems.append(Problem(
                ProblemKind.MERGED_GROUPS,
                f"One text follows {len(groups)} separate groups of numbers "
                f"({'; '.join(written_labels(g) for g in groups)}); read as one answer to all of them.",
                labels=all_labels, line=block.first_line, excerpt=excerpt_of(text),
            ))
        self._add(all_labels, reading, clean_text(text), block.first_line, block)

    def _parts_for_several(self, block: Block, labels: tuple[str, ...],
                           reading: ResponseClassification) -> ResponseClassification:
        """One answer to several recommendations that accepts one thing and refuses another may
        answer each recommendation whole: read as partially supported for all, and flagged."""
        self.problems.append(Problem(
            ProblemKind.UNCLEAR_POSITION,
            f"The one answer to {written_labels(labels)} accepts one thing and refuses another "
            f"(\"{excerpt_of(reading.deciding_sentence, 120)}\"): read as partially supported for each, but "
            "some may be supported and the others noted.",
            labels=labels, line=block.first_line, excerpt=excerpt_of(block.text),
        ))
        return reading._replace(confidence=min(reading.confidence, UNSURE_PARTS))

    def _several_segments(self, block: Block, groups: list[tuple[str, ...]], segments: list[Segment]) -> None:
        """A block whose text holds more answers than it has groups of numbers: the extra ones
        lost their numbers (or a column of numbers was run together)."""
        text = block.text
        if self._cells_pair_in_order(block, segments):
            return
        cells = [self.labels.full(cell, group.line) for group in block.groups for cell in group.cells]
        if len(groups) == 1 and len(cells) > 1 and self._known(cells) and not any(is_plural(s) for s in segments):
            # More cells than answers, or fewer, none for "these recommendations": the
            # recommendations' words may still confirm the order (flagged as a repair below), else
            # nothing is shared out.
            groups = cells
        if len(groups) == 1 and len(groups[0]) > 1 and not any(is_plural(s) for s in segments):
            # "14 15", then singular answers: a column of numbers run together with its texts.
            if len(groups[0]) != len(segments):
                self._unpaired(block, groups, segments)
                return
            groups = [(label,) for label in groups[0]]
        paired = min(len(groups), len(segments))
        confirmed = False
        if len(groups) > 1:
            readings = [segments[i].reading() for i in range(paired)]
            confirmed = self._pairing_confirmed(groups[:paired], segments[:paired], text)
            if len({r.position for r in readings}) > 1 and not confirmed:
                self._unpaired(block, groups, segments)
                return
            if len(groups) > len(segments):
                groups = groups[: paired - 1] + [flatten(groups[paired - 1:])]
        for group, segment in zip(groups, segments):
            piece = text[segment.start:segment.end]
            self._add(group, self._with_default(block, segment.reading(), group), clean_text(piece),
                      line_at(block, segment.start), block)
        if len(groups) > 1:
            ran_together = f"The texts after the numbers {'; '.join(written_labels(g) for g in groups)} ran together; "
            if confirmed:
                kind = ProblemKind.SUGGESTION_APPLIED
                message = (ran_together + "each group was given the answer in the order written, as the words of "
                           "each answer match its group's recommendations. Check against the document.")
            else:
                kind = ProblemKind.MERGED_GROUPS
                message = (ran_together + "each group was given the answer in the order written. They all take "
                           "the same position, but check which text answers which.")
            self.problems.append(Problem(kind, message, labels=flatten(groups), line=block.first_line,
                                         excerpt=excerpt_of(text)))
        for segment in segments[paired:]:
            piece = text[segment.start:segment.end]
            plural = next((s.plural for s in segment.statements if s.strong), None)
            self.orphans.append(Orphan(clean_text(piece), line_at(block, segment.start), segment.reading(), plural))

    def _cells_pair_in_order(self, block: Block, segments: list[Segment]) -> bool:
        """A table extracted without layout: a column of number cells ("1", "2, 3", "4"), then as
        many answers, each opening its line with a verdict ("Accepted.", "Not accepted."). The
        extraction keeps the rows' order, so the n-th cell gets the n-th answer, unless the
        recommendations' words say an answer speaks of another cell."""
        cells = [self.labels.full(cell, group.line) for group in block.groups for cell in group.cells]
        text = block.text
        if len(cells) < 2 or len(cells) != len(segments):
            return False
        for segment in segments:
            if segment.start and text[segment.start - 1] != "\n":
                return False
            if not opens_with_verdict(text[segment.start:segment.end]):
                return False
        if self._known(cells):
            # Misplaced answers show as a swap: each speaks of the other's recommendation rather
            # than its own (a word shared by chance with one other row is no evidence).
            stems = [word_stems(text[segment.start:segment.end]) for segment in segments]
            for i, j in combinations(range(len(cells)), 2):
                if (self._speaks_of(stems[i], cells[j], rather_than=cells[i])
                        and self._speaks_of(stems[j], cells[i], rather_than=cells[j])):
                    return False
        for cell, segment in zip(cells, segments):
            piece = text[segment.start:segment.end]
            self._add(cell, self._with_default(block, segment.reading(), cell), clean_text(piece),
                      line_at(block, segment.start), block)
        return True

    def _unpaired(self, block: Block, groups: list[tuple[str, ...]], segments: list[Segment]) -> None:
        """Several answers after the numbers, and no sure way to tell which answers which. When
        they all take one position, that position is certain all the same."""
        text = block.text
        readings = [segment.reading() for segment in segments]
        in_order = "; ".join(
            f"{written_labels(g)}: {r.position.label if r.position else 'unclear'} (line {line_at(block, s.start)})"
            for g, s, r in zip(groups, segments, readings)
        )
        answers = f"{len(segments)} answers follow the numbers {'; '.join(written_labels(g) for g in groups)}"
        common = {r.position for r in readings}
        if len(common) == 1 and None not in common:
            message = f"{answers}; they all take the same position, but which text answers which is not certain."
            reading = decide([s for segment in segments for s in segment.statements])
        else:
            message = f"{answers} and which answers which is not certain. In the order written: {in_order}."
            reading = ALREADY_FLAGGED
        self.problems.append(Problem(ProblemKind.MERGED_GROUPS, message, labels=flatten(groups),
                                     line=block.first_line, excerpt=excerpt_of(text)))
        response = self._add(flatten(groups), reading, clean_text(text), block.first_line, block)
        self.flagged.add(id(response))

    def _mixed(self, block: Block, groups: list[tuple[str, ...]], segment: Segment) -> None:
        """One answer that both accepts and refuses, with no way to tell who gets which."""
        text = block.text
        all_labels = flatten(groups)
        accepts, refuses = first_of_each_sense(segment.statements)
        if len(all_labels) == 1:
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"The answer to {all_labels[0]} both accepts (\"{excerpt_of(accepts.sentence.text, 80)}\") and "
                f"refuses (\"{excerpt_of(refuses.sentence.text, 80)}\"): perhaps partially supported, or two answers run together.",
                labels=all_labels, line=block.first_line, excerpt=excerpt_of(text),
            ))
        else:
            self.problems.append(Problem(
                ProblemKind.MERGED_GROUPS,
                "One text seems to answer two groups: it accepts "
                f"(line {line_at(block, accepts.sentence.start)}: \"{excerpt_of(accepts.sentence.text, 80)}\") and refuses "
                f"(line {line_at(block, refuses.sentence.start)}: \"{excerpt_of(refuses.sentence.text, 80)}\"); "
                f"the numbers {'; '.join(written_labels(g) for g in groups)} cannot be shared out with certainty."
                + self._split_hint(block, groups, segment),
                labels=all_labels, line=block.first_line, excerpt=excerpt_of(text),
            ))
        self._add(all_labels, ALREADY_FLAGGED, clean_text(text), block.first_line, block)

    def _split_hint(self, block: Block, groups: list[tuple[str, ...]], segment: Segment) -> str:
        if len(groups) != 2:
            return ""
        first, second = first_opposite_pair(segment.statements)
        return (f" In the order written: {written_labels(groups[0])} would be {first.position.label.lower()} "
                f"and {written_labels(groups[1])} {second.position.label.lower()}.")

    # -- merged groups, split by word overlap --

    def _split_merged(self, block: Block, groups: list[tuple[str, ...]], segment: Segment) -> bool:
        """Two groups, one text that accepts and refuses: cut it where the words change from one
        group's recommendations to the other's, when the overlap makes the cut unambiguous."""
        if len(groups) != 2 or not self._known(groups):
            return False
        text = block.text
        first, second = first_opposite_pair(segment.statements)
        cuts = [s.start for s in split_sentences(text) if first.sentence.start < s.start <= second.sentence.start]
        if not cuts:
            return False
        own = [self._group_stems(groups[0]) - self._group_stems(groups[1]),
               self._group_stems(groups[1]) - self._group_stems(groups[0])]
        cut = max(cuts, key=lambda c: (self._cut_score(text, c, own[0], own[1]), c))
        before, after = word_stems(text[:cut]), word_stems(text[cut:])
        if not (self._speaks_of(before, groups[0], rather_than=groups[1])
                and self._speaks_of(after, groups[1], rather_than=groups[0])):
            return False
        parts = [(groups[0], segment.start, cut), (groups[1], cut, segment.end)]
        summary = []
        for group, start, end in parts:
            piece = text[start:end]
            reading = decide(position_statements(piece))
            line = line_at(block, start)
            self._add(group, reading, clean_text(piece), line, block)
            summary.append(f"{written_labels(group)}: {reading.position.label if reading.position else 'unclear'} (from line {line})")
        self.problems.append(Problem(
            ProblemKind.SUGGESTION_APPLIED,
            f"One text (lines {block.lines[0][0]}–{block.lines[-1][0]}) followed two groups of numbers and both "
            f"accepts and refuses; it was split at line {line_at(block, cut)}, where its words turn from the "
            f"recommendations of the first group to those of the second: {'; '.join(summary)}. Check against the document.",
            labels=flatten(groups), line=line_at(block, cut), excerpt=excerpt_of(text[cut:]),
        ))
        return True

    def _cut_score(self, text: str, cut: int, first_own: set[str], second_own: set[str]) -> float:
        """How well a cut sends the words only the first group's recommendations use before it,
        and those only the second's use after it (idf-weighted)."""
        before, after = word_stems(text[:cut]), word_stems(text[cut:])
        return (self.review.weight(before & first_own) + self.review.weight(after & second_own)
                - self.review.weight(before & second_own) - self.review.weight(after & first_own))

    def _pairing_confirmed(self, groups: list[tuple[str, ...]], segments: list[Segment], text: str) -> bool:
        """Does each answer speak more of its own group (in the order written) than of any other?"""
        if not self._known(groups):
            return False
        return all(
            self._speaks_of(word_stems(text[segment.start:segment.end]), groups[i], rather_than=other)
            for i, segment in enumerate(segments)
            for j, other in enumerate(groups) if j != i
        )

    def _speaks_of(self, stems: set[str], group: tuple[str, ...], *, rather_than: tuple[str, ...]) -> bool:
        """Is some recommendation of `group` clearly closer to these words than any of the other?
        (One recommendation at a time: a group of nine does not win by its sheer vocabulary.)"""
        own = max(self.review.similarity(stems, [label]) for label in group)
        other = max(self.review.similarity(stems, [label]) for label in rather_than)
        return own >= MIN_SIMILARITY and own >= CLEAR_MARGIN * other

    def _group_stems(self, group: tuple[str, ...]) -> set[str]:
        return set().union(*(self.review.stems.get(label, set()) for label in group))

    def _known(self, groups: Iterable[tuple[str, ...]]) -> bool:
        return bool(self.review) and all(label in self.review.texts for g in groups for label in g)

    # -- headings, lead-ins, cross-references --

    def _with_default(self, block: Block, reading: ResponseClassification,
                      labels: tuple[str, ...]) -> ResponseClassification:
        """A heading's (or lead-in's) position is the default for entries whose text states none.
        An entry's own explicit position wins over it; when the two disagree the entry keeps its
        own, with less confidence, and the contradiction is flagged."""
        default = block.default
        if default is None or default.position is None:
            return reading
        if reading.position is None or reading.confidence < UNCLEAR_BELOW:
            return ResponseClassification(default.position, default.considered_implemented or reading.considered_implemented,
                                          default.text, 0.9)
        if reading.position is default.position:
            return reading._replace(considered_implemented=reading.considered_implemented or default.considered_implemented)
        self.problems.append(Problem(
            ProblemKind.CONFLICTING_POSITIONS,
            f"The entry for {written_labels(labels)} contradicts its heading: listed under \"{default.text}\" "
            f"(line {default.line}, {default.position.label.lower()}) but its own text says "
            f"\"{excerpt_of(reading.deciding_sentence or '', 100)}\" ({reading.position.label.lower()}); "
            "the text's position was kept. Check against the document.",
            labels=labels, line=block.first_line, excerpt=excerpt_of(block.text),
        ))
        # Still above UNCLEAR_BELOW: the one problem above says what is doubtful.
        return reading._replace(confidence=round(max(UNCLEAR_BELOW, reading.confidence - _CONTRADICTED_HEADING), 2))

    def _from_default(self, block: Block, groups: list[tuple[str, ...]]) -> None:
        labels = flatten(groups)
        default = block.default
        if default is None:
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"The numbers {written_labels(labels)} stand with no text and under no heading that gives a position.",
                labels=labels, line=block.first_line,
            ))
            self._add(labels, ALREADY_FLAGGED, "", block.first_line, block)
            return
        reading = ResponseClassification(default.position, default.considered_implemented, default.text,
                                         0.9 if default.position else 0.0)
        self._add(labels, reading, "", block.first_line, block)

    def _cross_reference(self, block: Block, labels: tuple[str, ...], text: str, target: tuple[str, ...]) -> None:
        response = self._add(labels, ResponseClassification(None, False, None, 0.0), clean_text(text), block.first_line, block)
        self.cross_references.append((response, self.labels.full(target, block.first_line)))

    def resolve_cross_references(self) -> None:
        """ "See recommendation 24": the same position as the answer to 24 (which may itself
        point further: "25: see 24", "24: see 23")."""
        pending = list(self.cross_references)
        while pending:
            unresolved = [(response, target) for response, target in pending if not self._follow(response, target)]
            if len(unresolved) == len(pending):
                break
            pending = unresolved
        for response, target in pending:
            answers = [r for r in self.responses if set(target) & set(r.labels) and r is not response]
            self.flagged.add(id(response))
            self.problems.append(Problem(
                ProblemKind.UNCLEAR_POSITION,
                f"{written_labels(response.labels)} refers to the answer to {written_labels(target)}, "
                + ("which gives no single position." if answers else "which the document does not contain."),
                labels=response.labels, line=response.line, excerpt=response.text,
            ))

    def _follow(self, response: ParsedResponse, target: tuple[str, ...]) -> bool:
        answers = [r for r in self.responses if set(target) & set(r.labels) and r is not response]
        positions = {(r.position, r.considered_implemented) for r in answers if r.position}
        if len(positions) != 1:
            return False
        source = next(r for r in answers if r.position)
        self.responses[self.responses.index(response)] = ParsedResponse(
            labels=response.labels, position=source.position,
            considered_implemented=source.considered_implemented, text=response.text,
            deciding_sentence=response.text, confidence=min(source.confidence, 0.9),
            line=response.line, paragraph=response.paragraph,
        )
        return True

    # -- prose --

    def _read_prose(self, block: Block) -> None:
        """A paragraph that names its recommendations in sentences ("Kazakhstan accepts
        recommendations 97.1 and 97.5"), or none (then it may be an answer that lost its numbers)."""
        text = block.text
        items = list(prose_items(text))
        if not items:
            self._unlabelled_paragraph(block)
            return
        self.seen_labels = True
        paragraph_cue = decide([s for s in position_statements(without_sentences_naming(text)) if s.strong])
        single = len(items) == 1
        for labels_written, statement, sentence in items:
            line = line_at(block, sentence.start)
            labels = self.labels.full(labels_written, line)
            target = pointer_in(sentence.text) if statement is None else None
            if target is not None:
                # "Recommendation 24: see recommendation 23." inside a paragraph: 23's answer.
                response = self._add(labels, ResponseClassification(None, False, None, 0.0),
                                     clean_text(text) if single else sentence.text, line, block)
                self.cross_references.append((response, self.labels.full(target, line)))
                continue
            if statement is not None:
                reading = decide([statement])
                reading = reading._replace(deciding_sentence=sentence.text)
            elif paragraph_cue.position is not None:
                reading = paragraph_cue
            else:
                reading = ResponseClassification(None, False, None, 0.0)
            reading = self._with_default(block, reading, labels)
            self._add(labels, reading, clean_text(text) if single else sentence.text, line_at(block, sentence.start), block)

    def _unlabelled_paragraph(self, block: Block) -> None:
        if not self.seen_labels or block.text.rstrip().endswith(":"):
            return  # the introduction, or a lead-in to a list
        strong = [s for s in position_statements(block.text) if s.strong]
        if strong:
            reading = decide(strong)
            self.orphans.append(Orphan(clean_text(block.text), block.first_line, reading, strong[0].plural))

    # -- orphans --

    def place_orphans(self) -> None:
        """Suggest, by word overlap, which unanswered labels an orphan text answers; apply the
        suggestion when it is unambiguous."""
        answered = {label for r in self.responses for label in r.labels}
        unanswered = sorted(
            (label for p in self.labels.concerned for label in self.review.by_paragraph.get(p, ())
             if label not in answered),
            key=label_sort_key,
        )
        suggestions = [self._suggest(orphan, unanswered) for orphan in self.orphans]
        claimed = Counter(label for labels, _sure in suggestions for label in labels)
        for orphan, (labels, sure) in zip(self.orphans, suggestions):
            position = orphan.reading.position.label.lower() if orphan.reading.position else "no clear position"
            if sure and all(claimed[label] == 1 for label in labels):
                self._add(labels, orphan.reading, orphan.text, orphan.line, None)
                self.problems.append(Problem(
                    ProblemKind.SUGGESTION_APPLIED,
                    f"A response text at line {orphan.line} had lost its numbers; its words match "
                    f"{written_labels(labels)}, which had no response, so it was read as their answer ({position}). "
                    "Check against the document.",
                    labels=labels, line=orphan.line, excerpt=excerpt_of(orphan.text),
                ))
                continue
            hint = ""
            if labels:
                which = "one of " if orphan.plural is False and len(labels) > 1 else ""
                hint = f" By word overlap it may answer {which}{written_labels(labels)}, which had no response."
            self.problems.append(Problem(
                ProblemKind.ORPHAN_TEXT,
                f"A response text at line {orphan.line} has no recommendation numbers (it reads as {position}).{hint}",
                labels=labels, line=orphan.line, excerpt=excerpt_of(orphan.text),
            ))

    def _suggest(self, orphan: Orphan, unanswered: list[str]) -> tuple[tuple[str, ...], bool]:
        """The unanswered labels whose texts the orphan's words match, and whether the match is
        unambiguous: "the recommendation" must fit exactly one, "these recommendations" several."""
        if not self.review or not unanswered:
            return (), False
        stems = word_stems(orphan.text)
        scores = {label: self.review.similarity(stems, [label]) for label in unanswered}
        best = max(scores.values())
        if best < MIN_SIMILARITY:
            return (), False
        close = tuple(label for label in unanswered if scores[label] >= 0.5 * best)
        sure = len(close) == 1 if orphan.plural is False else len(close) >= 2 if orphan.plural else len(close) == 1
        return close, sure

    # -- output --

    def _add(self, labels: tuple[str, ...], reading: ResponseClassification, text: str, line: int,
             block: Block | None) -> ParsedResponse:
        response = ParsedResponse(
            labels=tuple(labels),
            position=reading.position.value if reading.position else None,
            considered_implemented=reading.considered_implemented,
            text=text,
            deciding_sentence=reading.deciding_sentence,
            confidence=reading.confidence,
            line=line,
            paragraph=block.paragraph if block else None,
        )
        self.responses.append(response)
        if reading is ALREADY_FLAGGED:
            self.flagged.add(id(response))
        return response


def _in_parts(segment: Segment) -> bool:
    """Does the answer accept one thing and refuse another (in one sentence or two)?"""
    return (any(s.accepts_and_refuses for s in segment.statements if s.strong)
            or accepts_and_refuses_parts(segment.statements) is not None)
