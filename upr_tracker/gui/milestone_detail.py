"""The selected milestone's detail as the milestones page shows it (HTML): its kind, title, date,
State, plan, description, items, source, attached file and the recommendations it concerns; and
what the page says when none is selected."""

from __future__ import annotations

import datetime as dt
import html
from typing import Any

from PySide6.QtCore import QDate, QLocale, QUrl

from upr_tracker.domain.milestones import DatePrecision, MilestoneKind
from upr_tracker.gui.display import position_text
from upr_tracker.gui.milestone_dialog import kind_label, size_text
from upr_tracker.gui.milestone_table_model import kind_colour, partial_date, precision_text, undated_text
from upr_tracker.i18n.catalogs import fill, translate
from upr_tracker.services.values import MilestoneInfo, RecommendationRow

def _e(value: Any) -> str:
    return html.escape(str(value)) if value is not None else ""


def due_day_text(day: dt.date) -> str:
    """A due day with its month's name ("31 January 2013"), in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              translate("MilestoneDetail", "d MMMM yyyy", "date format: a day with the month's name"))


def no_selection_html(loaded: bool, any_milestone: bool, any_shown: bool) -> str:
    if not loaded:
        return ""
    if not any_milestone:
        return ("<h3>" + _e(translate("MilestoneDetail", "No milestones yet")) + "</h3><p>"
                + translate("MilestoneDetail",
                            "Milestones are the dated events of implementation: a law adopted, a plan of action and "
                            "its items, a moratorium, a ratification, a visit, a setback. Record one with "
                            "<b>New milestone…</b>, with its source, then link it to the recommendations it concerns "
                            "(in the recommendations table: <i>Link to milestone…</i>).")
                + "</p>")
    if not any_shown:
        return "<p style='color:#80868b'>" + _e(translate("MilestoneDetail", "No milestone matches the filters.")) \
            + "</p>"
    return ("<p style='color:#80868b'>"
            + _e(translate("MilestoneDetail",
                           "Select a milestone in the list or on the timeline to see its description, "
                                             "source and the recommendations it concerns.")) + "</p>")


def detail_html(m: MilestoneInfo, attachment: tuple[str, str, int] | None, recommendations: list[RecommendationRow],
                *, state: str, plan: MilestoneInfo | None, items: list[MilestoneInfo], loading: bool = False) -> str:
    """The detail of milestone `m` of `state` (a name); `plan` is the plan it is an item of, `items`
    a plan's items in their order."""
    colour = kind_colour(m.kind).darker(135).name()
    when = partial_date(m)
    dot = " &nbsp;·&nbsp; "
    line = _e(m.when_display or undated_text())
    if when and when.precision is not DatePrecision.DAY:
        line += f" <i>({_e(precision_text(when.precision))})</i>"
    line += dot + _e(state)
    if m.due_on:
        due = fill(translate("MilestoneDetail", "due %1", "a milestone is due on a day"), due_day_text(m.due_on))
        line += dot + "<b>" + _e(due) + "</b>"
    parts = [
        (f"<p style='margin:0'><span style='color:{colour}; font-weight:600'>"
         f"{_e(kind_label(m.kind).upper())}</span></p>"),
        f"<h2 style='margin-top:2px'>{_e(m.title)}</h2>",
        f"<p style='color:#5f6368'>{line}</p>",
    ]
    if m.plan_id is not None:
        plan_title = plan.title if plan else translate("MilestoneDetail", "a plan")
        link = f"<a href='milestone:{m.plan_id}'>{_e(plan_title)}</a>"
        if m.item_number:
            sentence = fill(_e(translate("MilestoneDetail", "Item %1 of %2", "an item number of a plan")),
                            _e(m.item_number), link)
        else:
            sentence = fill(_e(translate("MilestoneDetail", "An item of %1", "of a plan")), link)
        parts.append(f"<p>{sentence}</p>")
    if m.description:
        parts.append("".join(f"<p>{_e(p)}</p>" for p in m.description.split("\n") if p.strip()))
    if m.kind == MilestoneKind.PLAN.value:
        parts.append("<h4>" + _e(fill(translate("MilestoneDetail", "Items of the plan (%1)"), len(items))) + "</h4>")
        if items:
            parts.append("<table cellspacing='0' cellpadding='3'>")
            for item in items:
                parts.append(f"<tr><td style='color:#5f6368'>{_e(item.item_number or '•')}</td>"
                             f"<td><a href='milestone:{item.id}'>{_e(item.title)}</a></td>"
                             f"<td style='color:#5f6368'>{_e(item.when_display or '')}</td></tr>")
            parts.append("</table>")
        else:
            parts.append("<p style='color:#80868b'>"
                         + translate("MilestoneDetail", "None yet: add them with <b>New item…</b>.") + "</p>")
    if m.source_citation or m.source_url:
        parts.append("<h4>" + _e(translate("MilestoneDetail", "Source")) + "</h4><p>")
        if m.source_citation:
            parts.append(_e(m.source_citation))
        if m.source_url:
            url = QUrl(m.source_url)
            if url.scheme().lower() in ("http", "https", "ftp", "file"):
                parts.append(("<br>" if m.source_citation else "")
                             + f"<a href='{_e(url.toString())}'>{_e(m.source_url)}</a>")
            else:
                parts.append(("<br>" if m.source_citation else "") + _e(m.source_url))
        parts.append("</p>")
    if attachment is not None:
        name, _media, size = attachment
        parts.append("<h4>" + _e(translate("MilestoneDetail", "Attached file"))
                     + f"</h4><p>{_e(name)} <span style='color:#80868b'>({_e(size_text(size))})</span></p>")
    count = len(m.recommendation_ids)
    parts.append("<h4>" + _e(fill(translate("MilestoneDetail", "Linked recommendations (%1)"), count)) + "</h4>")
    if loading and count:
        parts.append("<p style='color:#80868b'>" + _e(translate("MilestoneDetail", "Loading…")) + "</p>")
    elif not count:
        parts.append("<p style='color:#80868b'>"
                     + translate("MilestoneDetail", "Not linked to any recommendation yet. Select recommendations in "
                                                    "the table and choose <i>Link to milestone…</i>") + "</p>")
    else:
        parts.append("<table cellspacing='0' cellpadding='3' width='100%'>")
        for row in recommendations:
            text = row.text if len(row.text) <= 220 else row.text[:217].rstrip() + "…"
            parts.append(
                f"<tr><td valign='top' style='white-space:nowrap'><a href='recommendation:{row.id}'>"
                f"{_e(row.label or '—')}</a></td><td valign='top'>{_e(text)}"
                f"<br><span style='color:#5f6368'>{_e(', '.join(row.recommending_states))}"
                f"{' · ' if row.recommending_states else ''}"
                f"{_e(position_text(row.position, row.considered_implemented))}"
                "</span></td></tr>")
        parts.append("</table>")
    return "".join(parts)
