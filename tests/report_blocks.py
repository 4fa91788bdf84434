"""Reading a composed report's blocks in tests: a section, and the theme groups of a brief."""

from __future__ import annotations

import itertools

from upr_tracker.reports.document import Block, Heading, PageBreak, Report, Table


def section(report: Report, title: str) -> list[Block]:
    """The blocks from the level-1 heading `title` to the next level-1 heading."""
    blocks = list(report.blocks)
    start = next(i for i, b in enumerate(blocks) if isinstance(b, Heading) and b.level == 1 and b.text == title)
    end = next((i for i in range(start + 1, len(blocks))
                if isinstance(blocks[i], Heading) and blocks[i].level == 1), len(blocks))
    return [b for b in blocks[start:end] if not isinstance(b, PageBreak)]


def theme_groups(report: Report) -> dict[str, list[tuple[str, ...]]]:
    """Theme heading (without its count) -> the rows of the table under it."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for heading, table in itertools.pairwise(section(report, "Recommendations by theme")):
        if isinstance(heading, Heading) and heading.level == 2:
            assert isinstance(table, Table)
            name, _, count = heading.text.rpartition(" (")
            assert int(count.rstrip(")")) == len(table.rows)
            groups[name] = list(table.rows)
    return groups
