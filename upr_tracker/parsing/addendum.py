"""Parser of a State's addendum: its position on each recommendation of its review.

An addendum ("Views on conclusions and/or recommendations, voluntary commitments and replies
presented by the State under review", or a table "No. of recommendation / Position of the …
authorities") comes as text extracted from a PDF, in one of these shapes:

- a table extracted *without* layout: a column of numbers, then the texts, with the table header
  repeated on every page, numbers sometimes out of order, lost or run together;
- a table extracted *with* layout: the numbers at the left margin beside the text;
- prose under headings ("Accepted recommendations", "Recommendations that do not enjoy the
  support of …") that set the position of the numbers listed under them;
- mixed forms ("Rec. 18 — we consider this implemented…", "Recommendations 5 and 6 are accepted").

The parser reads blocks (numbers, then the text that answers them), cuts a block's text where a
second answer begins, and classifies each answer with `position_classifier`. When the Working
Group report is known (`known_recommendations`), it maps bare numbers to full labels, reports
labels left unanswered, and uses word overlap with the recommendation texts to place texts that
lost their numbers or answer two groups at once. It applies such a repair only when it is
unambiguous, and says so; otherwise it leaves a problem with the suggestion in its message.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping

from upr_tracker.domain.documents import DocumentKind
from upr_tracker.domain.labels import label_sort_key
from upr_tracker.parsing.addendum_answers import BlockReader
from upr_tracker.parsing.addendum_blocks import build_blocks, is_prose
from upr_tracker.parsing.addendum_identity import read_identity
from upr_tracker.parsing.addendum_lines import noise_lines, read_lines
from upr_tracker.parsing.addendum_report_words import (
    COUNT_IN_TITLE,
    LabelMapper,
    ReviewWords,
    concerned_paragraphs,
)
from upr_tracker.parsing.addendum_text import excerpt_of, written_labels
from upr_tracker.parsing.document_languages import unread_language, unread_language_message
from upr_tracker.parsing.parsed import (
    DocumentIdentity,
    ParsedDocument,
    ParsedResponse,
    Problem,
    ProblemKind,
)
from upr_tracker.parsing.position_classifier import UNCLEAR_BELOW, is_deferral


def parse_addendum(text: str, *, known_recommendations: Mapping[str, str] | None = None,
                   awaiting: Collection[str] | None = None) -> ParsedDocument:
    """Read an addendum's responses, one per group of labels, with the problems found.

    `known_recommendations` maps the full labels of the review ("97.1") to their texts.
    `awaiting` holds the full labels that await the State's answer (pending, "will be examined",
    or with no position yet): bare numbers are read in their paragraph, and each one the
    addendum leaves unanswered is a problem. Without it, the paragraphs the addendum answers
    stand for what it was expected to answer.

    Addenda in English, French, Spanish and Russian read alike; one in Arabic or Chinese is said
    to be unread.
    """
    language = unread_language(text)
    if language is not None:
        return ParsedDocument(kind=DocumentKind.ADDENDUM.value, identity=DocumentIdentity(), responses=[],
                              problems=[Problem(ProblemKind.UNREADABLE, unread_language_message(language))])
    lines = read_lines(text)
    identity = read_identity(lines)
    noise = noise_lines(lines)
    prose = is_prose(lines, noise)
    problems: list[Problem] = []
    blocks = build_blocks(lines, noise, problems, prose=prose)
    review = ReviewWords(known_recommendations or {})

    concerned = concerned_paragraphs(blocks, lines, review, problems, awaiting or ())
    labels = LabelMapper(review, concerned, problems,
                          ambiguity_reported=any(p.kind is ProblemKind.UNKNOWN_LABEL for p in problems))
    reader = BlockReader(review, labels, problems)
    for block in blocks:
        reader.read(block)
    reader.resolve_cross_references()
    reader.place_orphans()

    responses = reader.responses
    problems += _unknown_labels(responses, review)
    problems += _conflicting_positions(responses)
    problems += _unclear_positions(responses, reader.flagged)
    problems += _labels_without_response(responses, review, labels.concerned, identity, awaiting)
    problems.sort(key=lambda p: (p.line or 0, label_sort_key(p.labels[0] if p.labels else None)))
    return ParsedDocument(kind=DocumentKind.ADDENDUM.value, identity=identity, responses=responses, problems=problems)


# --- document-wide checks ------------------------------------------------------------------------


def _unknown_labels(responses: list[ParsedResponse], review: ReviewWords) -> list[Problem]:
    if not review:
        return []
    problems = []
    for response in responses:
        unknown = tuple(label for label in response.labels if "." in label and label not in review.texts)
        unknown += tuple(label for label in response.labels if "." not in label
                         and not any(f"{p}.{label}" in review.texts for p in review.by_paragraph))
        if unknown:
            problems.append(Problem(
                ProblemKind.UNKNOWN_LABEL,
                f"{written_labels(unknown)}: not a recommendation of the Working Group report.",
                labels=unknown, line=response.line, excerpt=excerpt_of(response.text),
            ))
    return problems


def _conflicting_positions(responses: list[ParsedResponse]) -> list[Problem]:
    by_label: dict[str, list[ParsedResponse]] = defaultdict(list)
    for response in responses:
        for label in response.labels:
            by_label[label].append(response)
    problems = []
    for label, answers in sorted(by_label.items(), key=lambda item: label_sort_key(item[0])):
        positions = {r.position for r in answers if r.position}
        if len(positions) > 1:
            where = "; ".join(f"line {r.line}: {r.position}" for r in answers if r.position)
            problems.append(Problem(
                ProblemKind.CONFLICTING_POSITIONS,
                f"{label} is answered more than once, with different positions ({where}).",
                labels=(label,), line=answers[-1].line,
            ))
    return problems


def _unclear_positions(responses: list[ParsedResponse], flagged: set[int]) -> list[Problem]:
    problems = []
    for response in responses:
        if response.position is not None and response.confidence >= UNCLEAR_BELOW or id(response) in flagged:
            continue
        if response.deciding_sentence and is_deferral(response.deciding_sentence):
            detail = (f"the State puts its position off (\"{excerpt_of(response.deciding_sentence, 100)}\"); "
                      "read as pending, though it may mean noted")
        elif response.deciding_sentence:
            detail = f"only a weak cue: \"{excerpt_of(response.deciding_sentence, 100)}\""
        else:
            detail = "no sentence accepts, refuses, notes or defers it"
        problems.append(Problem(
            ProblemKind.UNCLEAR_POSITION,
            f"No clear position for {written_labels(response.labels)}: {detail}.",
            labels=response.labels, line=response.line, excerpt=excerpt_of(response.text),
        ))
    return problems


def _labels_without_response(responses: list[ParsedResponse], review: ReviewWords, concerned: set[str],
                             identity: DocumentIdentity, awaiting: Collection[str] | None) -> list[Problem]:
    """A problem for each label the addendum was expected to answer and did not: never left
    silently pending."""
    answered = {label for r in responses for label in r.labels}
    if awaiting is not None:
        expected = list(awaiting)
        message = ("{label} awaited the State's answer and got none in this addendum: it stays pending, marked "
                   "for review, until checked against the document.")
    elif review:
        expected = [label for p in concerned for label in review.by_paragraph.get(p, ())]
        message = ("{label} got no response in this addendum, which answers the others of its paragraph: its "
                   "position stays as it was, marked for review, until checked against the document.")
    else:
        expected = _expected_from_title(identity, answered)
        message = ("{label} got no response in this addendum, though its title counts it among those answered: "
                   "marked for review until checked against the document.")
    missing = sorted(dict.fromkeys(label for label in expected if label not in answered), key=label_sort_key)
    return [Problem(ProblemKind.NO_RESPONSE, message.format(label=label), labels=(label,)) for label in missing]


def _expected_from_title(identity: DocumentIdentity, answered: set[str]) -> list[str]:
    """With no report at hand, "Position of Kazakhstan on the 26 recommendations" still says
    which bare numbers to expect: 1 to 26."""
    match = COUNT_IN_TITLE.search(identity.title or "")
    if not match or not answered or any("." in label for label in answered):
        return []
    return [str(n) for n in range(1, int(match.group("count")) + 1)]
