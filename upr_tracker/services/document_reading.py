"""Recognising and reading a UN document file: which kind it is, and what it says.

No database here: this is what the GUI shows as a preview before anything is written, and what
the importer then writes.
"""

from __future__ import annotations

import enum
import hashlib
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import NoReturn

from upr_tracker.errors import InvalidValueError, UprTrackerError
from upr_tracker.parsing.addendum import parse_addendum
from upr_tracker.parsing.document_languages import OTHER_TITLES_PATTERN, unread_language, unread_language_message
from upr_tracker.parsing.ohchr_matrix import parse_ohchr_matrix
from upr_tracker.parsing.parsed import ParsedDocument, Problem, ProblemKind
from upr_tracker.parsing.text_encoding import EncodingUsed, encoding_title
from upr_tracker.parsing.text_input import read_document
from upr_tracker.parsing.wg_report import parse_working_group_report
from upr_tracker.parsing.wg_report_identity import TITLE_PATTERN


class ImportKind(enum.StrEnum):
    AUTO = "auto"
    WG_REPORT = "wg-report"
    ADDENDUM = "addendum"
    MATRIX = "matrix"


_ADDENDUM_SIGNS = re.compile(
    r"""/Add\.\s*1\b
      | \bAddendum\b
      | Views\s+on\s+conclusions
      | Position\s+of\s+.{2,80}?\s+on\s+the\s+\d+\s+recommendations
      | No\.\s+of\s+recommendation
      | responses?\s+to\s+(?:the\s+)?recommendations
      | \bAdditif\b | \bAdición\b | \bДобавление\b          # the addendum in French, Spanish, Russian
      | Observations\s+sur\s+les\s+conclusions | Opiniones\s+sobre\s+las\s+conclusiones
      | Мнения\s+(?:по|в\s+отношении)\s+вывод""",
    re.IGNORECASE | re.VERBOSE | re.DOTALL,
)
_REPORT_SIGNS = re.compile(f"{TITLE_PATTERN}|{OTHER_TITLES_PATTERN}", re.IGNORECASE)   # words run together or broken over lines too
_HEAD_CHARACTERS = 3000


def kind_of_text(text: str) -> ImportKind | None:
    """What the first page of a text says it is; None when it looks like neither."""
    head = text[:_HEAD_CHARACTERS]
    if _ADDENDUM_SIGNS.search(head):
        return ImportKind.ADDENDUM
    if _REPORT_SIGNS.search(head):
        return ImportKind.WG_REPORT
    return None


class ChoiceNeededError(UprTrackerError):
    """The document does not say what the import needs (its kind, its State or its cycle) and
    nothing else tells: the user chooses. `option` names what to choose ("kind", "state",
    "cycle"), `candidates` the likely values, `guesses` the best guess of each option known
    ({"kind": "wg-report", "state": "IRN", "cycle": 1})."""

    option = ""

    def __init__(self, message: str, candidates: Sequence[object] = (),
                 guesses: Mapping[str, object] | None = None) -> None:
        super().__init__(message)
        self.candidates = tuple(candidates)
        self.guesses = dict(guesses or {})


class KindNeededError(ChoiceNeededError):
    """The first page says neither report nor addendum, but the text reads like one of them."""

    option = "kind"


class DocumentText:
    """A file read once; parsed as the kind it is (or is said to be)."""

    def __init__(self, path: Path, kind: ImportKind = ImportKind.AUTO, *, encoding: str | None = None) -> None:
        self.path = Path(path)
        self.given_encoding: str | None = encoding   # forces a text file's encoding
        self.encoding: EncodingUsed | None = None   # the encoding a text file was read in
        try:
            self.sha256: str | None = hashlib.sha256(self.path.read_bytes()).hexdigest()
        except OSError as exc:
            raise InvalidValueError(f"{self.path}: cannot read the file ({exc.strerror})") from exc
        self.kind, self.text, self.matrix = self._read(kind)

    @classmethod
    def from_stored_text(cls, name: str, text: str, kind: ImportKind, sha256: str | None) -> DocumentText:
        """A document read earlier, from the text kept in the database."""
        document = cls.__new__(cls)
        document.path, document.sha256 = Path(name), sha256
        document.kind, document.text, document.matrix = kind, text, None
        document.given_encoding = document.encoding = None
        return document

    def _read(self, kind: ImportKind) -> tuple[ImportKind, str | None, ParsedDocument | None]:
        is_word = self.path.suffix.lower() == ".docx"
        if kind is ImportKind.MATRIX or (kind is ImportKind.AUTO and is_word):
            try:
                return ImportKind.MATRIX, None, parse_ohchr_matrix(self.path)
            except InvalidValueError:
                if kind is ImportKind.MATRIX:
                    raise
        read = read_document(self.path, encoding=self.given_encoding)
        text, self.encoding = read.text, read.encoding
        language = unread_language(text)
        if language is not None:   # an Arabic or Chinese version: said so, not read wrong
            raise InvalidValueError(f"{self.path.name}: {unread_language_message(language)}")
        if kind is ImportKind.AUTO:
            detected = kind_of_text(text)
            if detected is None:
                self._refuse_unknown_kind(text)
            kind = detected
        return kind, text, None

    def _refuse_unknown_kind(self, text: str) -> NoReturn:
        """A text whose first page says nothing: a KindNeededError when it reads like a report
        or an addendum all the same (with that guess), else it is no document of ours."""
        what = ("no Working Group report title, addendum heading or OHCHR matrix table was found on its first "
                "page")
        if parse_working_group_report(text).recommendations:
            raise KindNeededError(f"{self.path.name}: {what}, but it reads like a Working Group report (numbered "
                                  "recommendations, each with its recommending States); give --kind wg-report",
                                  (ImportKind.WG_REPORT.value, ImportKind.ADDENDUM.value),
                                  {"kind": ImportKind.WG_REPORT.value})
        if any(response.position for response in parse_addendum(text).responses):
            raise KindNeededError(f"{self.path.name}: {what}, but it reads like an addendum (positions on numbered "
                                  "recommendations); give --kind addendum",
                                  (ImportKind.ADDENDUM.value, ImportKind.WG_REPORT.value),
                                  {"kind": ImportKind.ADDENDUM.value})
        raise InvalidValueError(f"{self.path.name}: this is not a document UPR Tracker can import: {what} "
                                "(give --kind if it is one)")

    def parse(self, known_recommendations: Mapping[str, str] | None = None, *,
              awaiting: Sequence[str] | None = None) -> ParsedDocument:
        """The parsed document; an addendum uses the review's known recommendations to map labels,
        and the labels awaiting an answer to say which it leaves unanswered. When the text file's
        encoding was a guess, the texts it may have misread are a problem."""
        parsed = self._parse(known_recommendations, awaiting)
        if self.encoding is not None and self.encoding.uncertain:
            problem = encoding_problem(parsed, self.encoding)
            if problem is not None:
                parsed.problems.append(problem)
        return parsed

    def _parse(self, known_recommendations: Mapping[str, str] | None,
               awaiting: Sequence[str] | None) -> ParsedDocument:
        if self.matrix is not None:
            return self.matrix
        assert self.text is not None
        if self.kind is ImportKind.ADDENDUM:
            return parse_addendum(self.text, known_recommendations=known_recommendations or None, awaiting=awaiting)
        parsed = parse_working_group_report(self.text)
        if not parsed.recommendations:
            raise InvalidValueError(
                f"{self.path.name}: no numbered recommendations were found in this Working Group report"
            )
        return parsed


def encoding_problem(parsed: ParsedDocument, encoding: EncodingUsed) -> Problem | None:
    """The texts a guessed encoding may have misread: those with letters beyond ASCII (None if none)."""
    labels: dict[str, None] = {}
    for recommendation in parsed.recommendations:
        if not recommendation.text.isascii():
            labels[recommendation.label] = None
    for response in parsed.responses:
        if not response.text.isascii():
            labels.update(dict.fromkeys(response.labels))
    if not labels:
        return None
    others = " or ".join(encoding_title(codec) for codec in encoding.alternatives)
    return Problem(
        ProblemKind.ENCODING_GUESSED,
        f"The file's encoding was a guess: it was read as {encoding.title}" + (f", but it may be {others}" if others
                                                                               else "")
        + ". Check the accented letters of these texts; if they are wrong, import the file again in its "
        "encoding (--encoding, or “Read as” in the import dialog)",
        labels=tuple(labels), excerpt=encoding.sample or None,
    )
