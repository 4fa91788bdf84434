"""Training and measuring the suggestion model on UPR Info's database (scikit-learn does the learning).

One Working Group session is held out for the test; the thresholds are chosen on a validation session
taken from the others, never on the test session; the model shipped is then trained on every session
with those thresholds.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import sklearn
from scipy import sparse
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, precision_recall_fscore_support
from sklearn.multiclass import OneVsRestClassifier
from sklearn.preprocessing import MultiLabelBinarizer
from threadpoolctl import threadpool_limits

from upr_tracker.suggestions.linear_model import (
    WORD_TOKENS, LinearScores, VerbFeatures, WordFeatures, _identity, normalised_texts,
)
from upr_tracker.suggestions.model_files import SuggestionModel
from upr_tracker.suggestions.rules import rule_category
from upr_tracker.suggestions.suggester import MINIMUM_KNOWN_WORDS, Suggester
from upr_tracker.suggestions.text import first_verb_features

CATEGORY_C = 20.0
ISSUE_C = 30.0
MIN_DF = 2
# The action category is shown from the lowest confidence at which the validation session agrees
# with UPR Info this often.
TARGET_CATEGORY_AGREEMENT = 0.90
CATEGORY_GRID = tuple(round(x, 2) for x in np.arange(0.30, 0.96, 0.05))
ISSUE_GRID = tuple(round(x, 2) for x in np.arange(0.10, 0.71, 0.05))
# The most likely issue is shown below the threshold only if it reaches this.
TOP_THEME_FLOOR = 0.10
CHECK_TEXTS = (
    "Ratify the Second Optional Protocol to the International Covenant on Civil and Political Rights",
    "Continue its efforts to combat trafficking in human beings",
    "Consider ratifying the International Convention on the Protection of the Rights of All Migrant Workers",
    "Abolish the death penalty",
    "Share its best practices in the field of education with other countries",
    "Ensure that women enjoy equal access to employment",
)


@dataclass(frozen=True)
class Sample:
    text: str
    state: str
    session: int
    category: str | None      # "1".."5"
    issues: tuple[str, ...]


def deduplicated(samples: Sequence[Sample]) -> list[Sample]:
    """One sample per (State, text): UPR Info repeats a recommendation once per recommending State."""
    seen: dict[tuple[str, str], Sample] = {}
    for sample in samples:
        seen.setdefault((sample.state, " ".join(sample.text.split())), sample)
    return list(seen.values())


def spread_slice(samples: Sequence[Sample], limit: int | None) -> list[Sample]:
    """At most `limit` samples taken evenly through the list (so every session keeps a share)."""
    if not limit or limit >= len(samples):
        return list(samples)
    picks = np.linspace(0, len(samples) - 1, limit).round().astype(int)
    return [samples[i] for i in sorted(set(picks.tolist()))]


# ---------------------------------------------------------------- fitting

@dataclass
class Fitted:
    model: SuggestionModel
    sklearn_category: Callable[[list[str]], np.ndarray]   # scikit-learn's own probabilities, for checks
    sklearn_issues: Callable[[list[str]], np.ndarray]


def fit(samples: Sequence[Sample], thresholds: dict[str, float], metadata: dict[str, Any] | None = None) -> Fitted:
    with_category = [s for s in samples if s.category]
    normalised = normalised_texts([s.text for s in with_category])
    words = TfidfVectorizer(ngram_range=(1, 3), min_df=MIN_DF, sublinear_tf=True, token_pattern=WORD_TOKENS,
                            lowercase=False, preprocessor=_identity, dtype=np.float64)
    verbs = CountVectorizer(analyzer=first_verb_features, binary=True, lowercase=False, min_df=MIN_DF,
                            dtype=np.float64)
    x = sparse.hstack([words.fit_transform(normalised), verbs.fit_transform(normalised)], format="csr")
    category_model = LogisticRegression(C=CATEGORY_C, max_iter=3000)
    category_model.fit(x, [s.category for s in with_category])
    category_words = WordFeatures(list(words.get_feature_names_out()), words.idf_.copy(), 3, None)
    category_verbs = VerbFeatures(list(verbs.get_feature_names_out()))
    category_scores = LinearScores([str(c) for c in category_model.classes_], category_model.coef_.copy(),
                                   category_model.intercept_.copy(), True)

    with_issues = [s for s in samples if s.issues]
    counts: dict[str, int] = {}
    for sample in with_issues:
        for issue in set(sample.issues):
            counts[issue] = counts.get(issue, 0) + 1
    # An issue needs examples on both sides to be learnt.
    learnable = sorted(issue for issue, n in counts.items() if 2 <= n < len(with_issues))
    stop_words = sorted(ENGLISH_STOP_WORDS)
    issue_vectorizer = TfidfVectorizer(ngram_range=(1, 2), min_df=MIN_DF, sublinear_tf=True,
                                       token_pattern=WORD_TOKENS, lowercase=False, preprocessor=_identity,
                                       stop_words=stop_words, dtype=np.float64)
    issue_x = issue_vectorizer.fit_transform(normalised_texts([s.text for s in with_issues]))
    binarizer = MultiLabelBinarizer(classes=learnable)
    y = binarizer.fit_transform([[i for i in s.issues if i in learnable] for s in with_issues])
    issue_model = OneVsRestClassifier(LogisticRegression(C=ISSUE_C, max_iter=3000))
    issue_model.fit(issue_x, y)
    issue_words = WordFeatures(list(issue_vectorizer.get_feature_names_out()), issue_vectorizer.idf_.copy(), 2,
                               stop_words)
    issue_scores = LinearScores(list(learnable), np.vstack([e.coef_ for e in issue_model.estimators_]),
                                np.concatenate([e.intercept_ for e in issue_model.estimators_]), False)
    model = SuggestionModel(category_words, category_verbs, category_scores, issue_words, issue_scores,
                            {"thresholds": dict(thresholds), **(metadata or {})})

    def sklearn_category(texts: list[str]) -> np.ndarray:
        norm = normalised_texts(texts)
        scores: np.ndarray = category_model.predict_proba(
            sparse.hstack([words.transform(norm), verbs.transform(norm)], format="csr"))
        return scores

    def sklearn_issues(texts: list[str]) -> np.ndarray:
        scores: np.ndarray = issue_model.predict_proba(issue_vectorizer.transform(normalised_texts(texts)))
        return scores

    return Fitted(model, sklearn_category, sklearn_issues)


# ---------------------------------------------------------------- measuring

def shown_issues(probabilities: np.ndarray, threshold: float, floor: float = TOP_THEME_FLOOR) -> np.ndarray:
    """Which issues are shown: those at the threshold or above, and the most likely one if it reaches floor."""
    shown = probabilities >= threshold
    if probabilities.shape[1]:
        best = probabilities.argmax(axis=1)
        rows = np.arange(len(probabilities))
        shown[rows, best] |= probabilities[rows, best] >= floor
    return shown


def _issue_truth(samples: Sequence[Sample], labels: Sequence[str]) -> np.ndarray:
    truth: np.ndarray = MultiLabelBinarizer(classes=list(labels)).fit([]).transform(
        [[i for i in s.issues if i in labels] for s in samples])
    return truth


def choose_thresholds(fitted: Fitted, validation: Sequence[Sample]) -> tuple[dict[str, float], dict[str, Any]]:
    suggester = Suggester(fitted.model, {})
    with_category = [s for s in validation if s.category]
    scored = suggester.probabilities([s.text for s in with_category])
    labels = np.array(scored.categories)
    predicted = labels[scored.category.argmax(axis=1)]
    confidence = np.where(scored.known, scored.category.max(axis=1), 0.0)
    truth = np.array([s.category for s in with_category])
    curve = []
    chosen = CATEGORY_GRID[-1]
    for threshold in CATEGORY_GRID:
        covered = confidence >= threshold
        agreement = float((predicted[covered] == truth[covered]).mean()) if covered.any() else 0.0
        curve.append({"threshold": threshold, "agreement": round(agreement, 4),
                      "coverage": round(float(covered.mean()), 4)})
    for point in curve:
        if point["agreement"] >= TARGET_CATEGORY_AGREEMENT:
            chosen = point["threshold"]
            break
    with_issues = [s for s in validation if s.issues]
    issue_scored = suggester.probabilities([s.text for s in with_issues])
    issue_probabilities = np.where(issue_scored.known[:, None], issue_scored.issue, 0.0)
    truth_issues = _issue_truth(with_issues, scored.issues)
    issue_curve = []
    for threshold in ISSUE_GRID:
        f1 = f1_score(truth_issues, shown_issues(issue_probabilities, threshold), average="micro", zero_division=0)
        issue_curve.append({"threshold": threshold, "micro_f1": round(float(f1), 4)})
    best_issue = max(issue_curve, key=lambda point: point["micro_f1"])["threshold"]
    thresholds = {"action_category": float(chosen), "themes": float(best_issue), "top_theme_floor": TOP_THEME_FLOOR,
                  "known_words": MINIMUM_KNOWN_WORDS}
    return thresholds, {"action_category": curve, "themes": issue_curve}


def _per_category(truth: Sequence[str | None], predicted: Sequence[str | None]) -> dict[str, dict[str, float]]:
    labels = ["1", "2", "3", "4", "5"]
    precision, recall, f1, support = precision_recall_fscore_support(truth, predicted, labels=labels,
                                                                     zero_division=0)
    return {label: {"precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
                    "support": int(n)} for label, p, r, f, n in zip(labels, precision, recall, f1, support)}


def measure(fitted: Fitted, test: Sequence[Sample], thresholds: dict[str, float]) -> dict[str, Any]:
    suggester = Suggester(fitted.model, {})
    with_category = [s for s in test if s.category]
    truth = [s.category for s in with_category]
    rules = [str(rule_category(s.text) or "") for s in with_category]
    scored = suggester.probabilities([s.text for s in with_category])
    labels = np.array(scored.categories)
    predicted = labels[scored.category.argmax(axis=1)].tolist()
    confidence = scored.category.max(axis=1)
    covered = (confidence >= thresholds["action_category"]) & scored.known
    truth_array = np.array(truth)
    rules_answered = np.array([r != "" for r in rules])
    with_issues = [s for s in test if s.issues]
    issue_scored = suggester.probabilities([s.text for s in with_issues])
    issue_probabilities = np.where(issue_scored.known[:, None], issue_scored.issue, 0.0)
    # Issues the model never learnt (too few examples) still count: as issues it always misses.
    unlearnt = sorted({i for s in with_issues for i in s.issues} - set(scored.issues))
    issue_names = [*scored.issues, *unlearnt]
    truth_issues = _issue_truth(with_issues, issue_names)
    shown = shown_issues(issue_probabilities, thresholds["themes"], thresholds.get("top_theme_floor", TOP_THEME_FLOOR))
    shown = np.hstack([shown, np.zeros((len(shown), len(unlearnt)), dtype=bool)])
    per_issue = f1_score(truth_issues, shown, average=None, zero_division=0)
    support = truth_issues.sum(axis=0)
    worst = sorted(((float(f), issue_names[i], int(support[i])) for i, f in enumerate(per_issue) if support[i] >= 5))[:8]
    return {
        "texts_too_unknown": round(float(1 - scored.known.mean()), 4),
        "action_category": {
            "texts": len(with_category),
            "rules": {"agreement": round(float((np.array(rules) == truth_array).mean()), 4),
                      "answered": round(float(rules_answered.mean()), 4),
                      "agreement_where_answered": round(float(
                          (np.array(rules)[rules_answered] == truth_array[rules_answered]).mean()), 4)
                      if rules_answered.any() else 0.0,
                      "per_category": _per_category(truth, rules)},
            "model": {"agreement": round(float((np.array(predicted) == truth_array).mean()), 4),
                      "per_category": _per_category(truth, predicted)},
            "at_threshold": {"threshold": thresholds["action_category"],
                             "agreement": round(float((np.array(predicted)[covered] == truth_array[covered]).mean()), 4)
                             if covered.any() else 0.0,
                             "coverage": round(float(covered.mean()), 4)},
        },
        "themes": {
            "texts": len(with_issues),
            "threshold": thresholds["themes"],
            "micro_f1": round(float(f1_score(truth_issues, shown, average="micro", zero_division=0)), 4),
            "macro_f1": round(float(f1_score(truth_issues, shown, average="macro", zero_division=0)), 4),
            "shown_per_text": round(float(shown.sum(axis=1).mean()), 2),
            "true_per_text": round(float(truth_issues.sum(axis=1).mean()), 2),
            "worst": [{"issue": name, "f1": round(f, 4), "support": n} for f, name, n in worst],
            "not_learnt": unlearnt,
        },
        "sdgs": "derived from the suggested issues through issue_sdgs.json; not measured (the sample has no SDG labels)",
    }


def reproduction_checks(fitted: Fitted, texts: Sequence[str] = CHECK_TEXTS) -> list[dict[str, Any]]:
    """scikit-learn's probabilities for a few texts at training time, for the test that the portable
    model gives the same."""
    category = fitted.sklearn_category(list(texts))
    issues = fitted.sklearn_issues(list(texts))
    return [{"text": text, "categories": [round(float(p), 6) for p in category[i]],
             "issues": [round(float(p), 6) for p in issues[i]]} for i, text in enumerate(texts)]


# ---------------------------------------------------------------- the whole run

@dataclass
class TrainingResult:
    fitted: Fitted
    metrics: dict[str, Any]
    thresholds: dict[str, float]
    seconds: float


def train(samples: Sequence[Sample], *, test_session: int = 9, source: str = "",
          version: str | None = None, log: Callable[[str], None] = lambda _m: None) -> TrainingResult:
    # One BLAS thread: the solver's small products gain nothing from more, and threads that wait
    # for a busy core made training five times slower on a shared machine.
    with threadpool_limits(1):
        return _train(samples, test_session, source, version, log)


def _train(samples: Sequence[Sample], test_session: int, source: str, version: str | None,
           log: Callable[[str], None]) -> TrainingResult:
    started = time.perf_counter()
    samples = list(samples)
    sessions = sorted({s.session for s in samples})
    if test_session not in sessions or len(sessions) < 3:
        raise ValueError(f"the test session {test_session} must be one of at least three sessions; found {sessions}")
    rest = [s for s in sessions if s != test_session]
    validation_session = rest[-1]
    fitting = [s for s in samples if s.session in rest and s.session != validation_session]
    validation = [s for s in samples if s.session == validation_session]
    log(f"choosing thresholds: trained on sessions {[s for s in rest if s != validation_session]}, "
        f"validated on session {validation_session}")
    thresholds, curves = choose_thresholds(fit(fitting, {"action_category": 0.5, "themes": 0.3}), validation)
    log(f"measuring: trained on sessions {rest}, tested on session {test_session}")
    held_out = fit([s for s in samples if s.session in rest], thresholds)
    metrics = measure(held_out, [s for s in samples if s.session == test_session], thresholds)
    metrics["validation_curves"] = curves
    metrics["test_session"] = test_session
    metrics["validation_session"] = validation_session
    log(f"final model: trained on sessions {sessions}")
    version = version or dt.datetime.now(dt.UTC).strftime("%Y.%m") + "-1"
    metadata = {
        "version": version,
        "trained_on": {"source": source, "sessions": sessions, "texts": len(samples),
                       "rows_note": "one sample per (State, text)"},
        "trained_at": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "scikit_learn": sklearn.__version__,
        "settings": {"category": f"TF-IDF word 1-3grams (min_df={MIN_DF}, sublinear tf) + first-verb features, "
                                 f"LogisticRegression(C={CATEGORY_C})",
                     "themes": f"TF-IDF word 1-2grams without English stop words (min_df={MIN_DF}, sublinear tf), "
                               f"one-vs-rest LogisticRegression(C={ISSUE_C})",
                     "sdgs": "derived from the themes (issue_sdgs.json), not learnt"},
        "metrics": metrics,
    }
    final = fit(samples, thresholds, metadata)
    final.model.metadata["checks"] = reproduction_checks(final)
    return TrainingResult(final, metrics, thresholds, time.perf_counter() - started)


def metrics_report(metrics: dict[str, Any]) -> str:
    """The metrics as a table a person reads."""
    category = metrics["action_category"]
    lines = [f"Action category (test session {metrics['test_session']}, {category['texts']} texts; "
             f"thresholds chosen on session {metrics['validation_session']})",
             "category  rules P / R / F1        model P / R / F1        support"]
    for label in ("1", "2", "3", "4", "5"):
        r, m = category["rules"]["per_category"][label], category["model"]["per_category"][label]
        lines.append(f"{label:>8}  {r['precision']:.2f} / {r['recall']:.2f} / {r['f1']:.2f}      "
                     f"{m['precision']:.2f} / {m['recall']:.2f} / {m['f1']:.2f}      {m['support']}")
    at = category["at_threshold"]
    lines += [f"agreement with UPR Info: rules {category['rules']['agreement']:.3f} (the rule names a category for "
              f"{category['rules']['answered']:.1%} of texts), model {category['model']['agreement']:.3f}",
              f"model at confidence >= {at['threshold']:.2f}: agreement {at['agreement']:.3f}, coverage {at['coverage']:.3f}",
              ""]
    themes = metrics["themes"]
    lines += [f"Themes (UPR Info issues; {themes['texts']} texts): shown at probability >= {themes['threshold']:.2f} "
              f"plus the most likely one",
              f"micro-F1 {themes['micro_f1']:.3f}, macro-F1 {themes['macro_f1']:.3f}; "
              f"{themes['shown_per_text']} shown per text for {themes['true_per_text']} true",
              "worst issues (F1, support): " + "; ".join(f"{w['issue']} {w['f1']:.2f} ({w['support']})"
                                                         for w in themes["worst"])]
    if themes["not_learnt"]:
        lines.append("never suggested (too few examples): " + ", ".join(themes["not_learnt"]))
    lines += ["", f"Texts given no suggestion because the model knows under half of their words: "
                  f"{metrics['texts_too_unknown']:.1%}", "", "SDGs: " + metrics["sdgs"]]
    return "\n".join(lines)
