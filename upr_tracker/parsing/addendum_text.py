"""Small helpers on response texts and labels: joining lines, excerpts, labels as a reader writes them."""

from __future__ import annotations

from collections.abc import Iterable

from upr_tracker.domain.labels import label_sort_key

# --- small helpers ---------------------------------------------------------------------------------


def flatten(groups: Iterable[Iterable[str]]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(label for group in groups for label in group))


def clean_text(text: str) -> str:
    """Join the lines of extracted text; keep a break only where a sentence ended."""
    out = ""
    for line in (" ".join(raw.split()) for raw in text.split("\n")):
        if not line:
            continue
        if out:
            out += "\n" if out.endswith((".", ":", ";", "!", "?", "”", '"')) else " "
        out += line
    return out


def excerpt_of(text: str | None, limit: int = 160) -> str:
    text = text or ""
    # The excerpt of the start only: a response may be a whole file of another kind, excerpted
    # for each of its problems. (The start's words are the start of all the words.)
    head = text[: limit * 4]
    flat = " ".join(head.split())
    if len(flat) <= limit and len(head) < len(text):   # mostly blank: read on
        flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def written_labels(labels: Iterable[str]) -> str:
    """97.11, 97.13, 97.20–97.26: labels as a reader writes them, runs collapsed."""
    ordered = sorted(dict.fromkeys(labels), key=label_sort_key)
    runs: list[list[str]] = []
    for label in ordered:
        if runs and _follows(runs[-1][-1], label):
            runs[-1].append(label)
        else:
            runs.append([label])
    return ", ".join(", ".join(run) if len(run) < 3 else f"{run[0]}–{run[-1]}" for run in runs)


def _follows(previous: str, label: str) -> bool:
    head, _, number = previous.rpartition(".")
    next_head, _, next_number = label.rpartition(".")
    return head == next_head and number.isdigit() and next_number.isdigit() and int(next_number) == int(number) + 1
