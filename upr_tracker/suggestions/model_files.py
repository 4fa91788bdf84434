"""The suggestion model's files: suggestions.npz (arrays only, read without pickle) and
suggestions.json (version, what it was trained on, thresholds, metrics), plus issue_sdgs.json (which
Sustainable Development Goals each UPR Info issue serves: data, written from the SDG targets)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np

from upr_tracker.errors import UprTrackerError
from upr_tracker.suggestions.linear_model import (
    LinearScores, VerbFeatures, WordFeatures, pack_words, unpack_words,
)

ARRAYS_FILE = "suggestions.npz"
METADATA_FILE = "suggestions.json"
ISSUE_SDGS_FILE = "issue_sdgs.json"
FORMAT = 1


class ModelFileError(UprTrackerError):
    """The suggestion model's files are missing, damaged or of another format."""


@dataclass
class SuggestionModel:
    category_words: WordFeatures
    category_verbs: VerbFeatures
    category_scores: LinearScores
    issue_words: WordFeatures
    issue_scores: LinearScores
    metadata: dict[str, Any] = field(default_factory=dict)

    @property
    def version(self) -> str:
        return str(self.metadata.get("version", "unknown"))

    @property
    def thresholds(self) -> dict[str, float]:
        return dict(self.metadata.get("thresholds", {}))


def save_model(model: SuggestionModel, directory: Path, *, coefficient_dtype: type = np.float32) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    arrays: dict[str, Any] = {
        "category_vocabulary": pack_words(model.category_words.vocabulary),
        "category_idf": model.category_words.idf.astype(np.float32),
        "category_verbs": pack_words(model.category_verbs.vocabulary),
        "category_labels": pack_words(model.category_scores.labels),
        "category_coefficients": model.category_scores.coefficients.astype(coefficient_dtype),
        "category_intercepts": model.category_scores.intercepts.astype(np.float64),
        "issue_vocabulary": pack_words(model.issue_words.vocabulary),
        "issue_idf": model.issue_words.idf.astype(np.float32),
        "issue_stop_words": pack_words(model.issue_words.stop_words or []),
        "issue_labels": pack_words(model.issue_scores.labels),
        "issue_coefficients": model.issue_scores.coefficients.astype(coefficient_dtype),
        "issue_intercepts": model.issue_scores.intercepts.astype(np.float64),
    }
    np.savez_compressed(directory / ARRAYS_FILE, **arrays)
    metadata = {**model.metadata, "format": FORMAT,
                "category_ngram_max": model.category_words.ngram_max,
                "issue_ngram_max": model.issue_words.ngram_max}
    (directory / METADATA_FILE).write_text(json.dumps(metadata, indent=1, ensure_ascii=False) + "\n",
                                           encoding="utf-8")


def read_model(arrays_file: BinaryIO | Path, metadata_text: str, *, source: str = "") -> SuggestionModel:
    try:
        metadata = json.loads(metadata_text)
        if metadata.get("format") != FORMAT:
            raise ModelFileError(f"{source}: suggestion model of format {metadata.get('format')!r}, "
                                 f"this version reads format {FORMAT}")
        with np.load(arrays_file, allow_pickle=False) as data:
            arrays = {name: data[name] for name in data.files}
        category_words = WordFeatures(unpack_words(arrays["category_vocabulary"]),
                                      arrays["category_idf"].astype(np.float64),
                                      int(metadata["category_ngram_max"]), None)
        category_verbs = VerbFeatures(unpack_words(arrays["category_verbs"]))
        category_scores = LinearScores(unpack_words(arrays["category_labels"]),
                                       arrays["category_coefficients"], arrays["category_intercepts"], True)
        issue_words = WordFeatures(unpack_words(arrays["issue_vocabulary"]),
                                   arrays["issue_idf"].astype(np.float64),
                                   int(metadata["issue_ngram_max"]),
                                   unpack_words(arrays["issue_stop_words"]) or None)
        issue_scores = LinearScores(unpack_words(arrays["issue_labels"]),
                                    arrays["issue_coefficients"], arrays["issue_intercepts"], False)
    except ModelFileError:
        raise
    except (KeyError, ValueError, OSError) as error:
        raise ModelFileError(f"{source}: the suggestion model cannot be read ({error})") from error
    width = len(category_words.vocabulary) + len(category_verbs.vocabulary)
    if category_scores.coefficients.shape != (len(category_scores.labels), width) or \
            issue_scores.coefficients.shape != (len(issue_scores.labels), len(issue_words.vocabulary)):
        raise ModelFileError(f"{source}: the suggestion model's coefficients do not fit its vocabularies")
    return SuggestionModel(category_words, category_verbs, category_scores, issue_words, issue_scores, metadata)


def load_model(directory: Path) -> SuggestionModel:
    with open(directory / ARRAYS_FILE, "rb") as arrays:
        return read_model(arrays, (directory / METADATA_FILE).read_text(encoding="utf-8"),
                          source=str(directory))


def read_issue_sdgs(text: str, *, source: str = ISSUE_SDGS_FILE) -> dict[str, tuple[str, ...]]:
    """{issue: SDG codes} from issue_sdgs.json."""
    try:
        issues = json.loads(text)["issues"]
        return {name: tuple(str(code) for code in entry["sdgs"]) for name, entry in issues.items()}
    except (KeyError, TypeError, ValueError) as error:
        raise ModelFileError(f"{source}: not a mapping of issues to SDGs ({error})") from error
