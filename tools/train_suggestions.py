"""Train the suggestion model on a UPR Info database export and write its files.

    python tools/train_suggestions.py --csv uprinfo_export_sessions_6-9_macroman.csv --out resources/models

Holds out one Working Group session for the test (default 9), chooses the thresholds on the last of
the other sessions, prints the metrics (the rule of the first verb beside the model), then trains
the model shipped on every session and writes suggestions.npz, suggestions.json and
suggestions_metrics.txt into --out (issue_sdgs.json is copied there if missing).
"""

from __future__ import annotations

import argparse
import csv
import io
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from upr_tracker.parsing.text_input import decode_bytes  # noqa: E402
from upr_tracker.suggestions.model_files import ISSUE_SDGS_FILE, save_model  # noqa: E402
from upr_tracker.suggestions.training import Sample, deduplicated, metrics_report, spread_slice, train  # noqa: E402

COLUMNS = ("To", "Text", "Action", "Issue", "Session")


def read_export(path: Path) -> list[Sample]:
    """The rows of a UPR Info export (any of its encodings and line ends) as samples."""
    text = decode_bytes(path.read_bytes(), source=str(path)).text
    reader = csv.DictReader(io.StringIO(text, newline=""))
    missing = [c for c in COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise SystemExit(f"{path}: missing column(s) {', '.join(missing)}")
    samples = []
    for row in reader:
        line = reader.line_num
        text = (row["Text"] or "").strip()
        if not text:
            continue
        try:
            session = int(row["Session"])
        except (TypeError, ValueError):
            raise SystemExit(
                f"{path}: line {line}, field Session: {row['Session']!r} is not a session number") from None
        category = (row["Action"] or "").strip()
        if category and category not in ("1", "2", "3", "4", "5"):
            raise SystemExit(f"{path}: line {line}, field Action: {category!r} is not an action category 1-5")
        issues = tuple(i.strip() for i in (row["Issue"] or "").split(",") if i.strip())
        samples.append(Sample(text, (row["To"] or "").strip(), session, category or None, issues))
    return samples


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=ROOT / "tests" / "fixtures" / "uprinfo_export_sessions_6-9_macroman.csv")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--test-session", type=int, default=9)
    parser.add_argument("--limit", type=int, default=None, help="train on at most this many texts (a quick run)")
    parser.add_argument("--version", default=None, help="the model's version (default: YYYY.MM-1)")
    options = parser.parse_args(argv)
    samples = spread_slice(deduplicated(read_export(options.csv)), options.limit)
    print(f"{len(samples)} texts (one per State and text) from {options.csv.name}", flush=True)
    result = train(samples, test_session=options.test_session, source=options.csv.name, version=options.version,
                   log=lambda message: print(message, flush=True))
    report = metrics_report(result.metrics)
    print()
    print(report)
    print(f"\ntrained in {result.seconds:.0f} s")
    save_model(result.fitted.model, options.out)
    (options.out / "suggestions_metrics.txt").write_text(
        f"Suggestion model {result.fitted.model.version}, trained on {options.csv.name} "
        f"({len(samples)} texts)\n\n{report}\n", encoding="utf-8")
    mapping = ROOT / "resources" / "models" / ISSUE_SDGS_FILE
    if not (options.out / ISSUE_SDGS_FILE).exists():
        shutil.copyfile(mapping, options.out / ISSUE_SDGS_FILE)
    print(f"written to {options.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
