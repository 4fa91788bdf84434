"""The baselines the app is measured against, in the same run: bare sqlite3 writes of the rows the
dataset import writes, and bare writers of the rows the exports write (see README.md)."""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import uuid
from pathlib import Path
from typing import Any

# --- The dataset import's rows, written by bare sqlite3 executemany ------------------------------

BASELINE_COLUMNS = {
    "review": ("id", "state_id", "cycle", "session", "created_at", "updated_at"),
    "recommendation": ("id", "review_id", "label", "label_sort", "text", "text_key", "recommended_by",
                       "action_category", "current_position", "considered_implemented", "needs_review",
                       "last_activity_at", "created_at", "updated_at"),
    "recommending_state": ("recommendation_id", "state_id"),
    "recommendation_term": ("recommendation_id", "term_id"),
    "response": ("id", "review_id", "position", "considered_implemented", "needs_review", "created_at", "updated_at"),
    "response_recommendation": ("response_id", "recommendation_id"),
}


def prepare_baseline_rows(connection: sqlite3.Connection, path: Path) -> dict[str, list[tuple]]:
    """Rows as SQLAlchemy would store them (UUIDs as 32 hex digits, naive UTC datetimes as text),
    one recommendation per (State, session, text) as the UPR Info rows merge."""
    from upr_tracker.domain.cycles import cycle_of_session
    from upr_tracker.services.recommendations import text_key

    states = dict(connection.execute("SELECT name, id FROM state"))
    themes = dict(connection.execute("SELECT name, id FROM term WHERE vocabulary = 'themes'"))
    now = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(sep=" ")
    merged: dict[tuple[str, int, str], dict[str, Any]] = {}
    with path.open(encoding="utf-8", newline="") as stream:
        for line in csv.DictReader(stream):
            key = (line["To"], int(line["Session"]), line["Text"].strip())
            item = merged.setdefault(key, {"from": [], "line": line})
            item["from"].append(line["From"])
    rows: dict[str, list[tuple]] = {table: [] for table in BASELINE_COLUMNS}
    reviews: dict[tuple[str, int], str] = {}
    for (state, session, text), item in merged.items():
        line, cycle = item["line"], cycle_of_session(session)
        if (state, cycle) not in reviews:
            reviews[(state, cycle)] = uuid.uuid4().hex
            rows["review"].append((reviews[(state, cycle)], states[state], cycle, session, now, now))
        review_id, rec_id, response_id = reviews[(state, cycle)], uuid.uuid4().hex, uuid.uuid4().hex
        position = "supported" if line["Response"] == "Accepted" else "noted"
        rows["recommendation"].append((rec_id, review_id, None, "~", text, text_key(text), ", ".join(item["from"]),
                                       int(line["Action"]), position, 0, 0, now, now, now))
        rows["recommending_state"].extend((rec_id, states[name]) for name in dict.fromkeys(item["from"]))
        rows["recommendation_term"].extend((rec_id, themes[name]) for name in dict.fromkeys(line["Issue"].split(",")))
        rows["response"].append((response_id, review_id, position, 0, 0, now, now))
        rows["response_recommendation"].append((response_id, rec_id))
    return rows


def write_baseline_rows(connection: sqlite3.Connection, rows: dict[str, list[tuple]]) -> None:
    for pragma in ("busy_timeout = 15000", "foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
        connection.execute(f"PRAGMA {pragma}")
    connection.execute("BEGIN IMMEDIATE")
    for table, columns in BASELINE_COLUMNS.items():
        marks = ", ".join("?" * len(columns))
        connection.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows[table])
    connection.execute("COMMIT")


# --- The exports' rows: one SQL statement on a raw sqlite3 connection, written by the bare library ---
#
# Lists joined with group_concat, the current position picked by a subquery in the app's order.

# The columns of export_tables.COLUMNS, in that order.
_STAGE = ("CASE d.kind WHEN 'working_group_report' THEN 0 WHEN 'database_export' THEN 1 "
          "WHEN 'addendum' THEN 2 ELSE 3 END")
_TERMS = ("(SELECT group_concat(name, '; ') FROM (SELECT t.name FROM recommendation_term x JOIN term t"
          " ON t.id = x.term_id WHERE x.recommendation_id = r.id AND t.vocabulary = '{}' ORDER BY t.name))")
BARE_TABLE_ROWS = f"""
SELECT s.iso3, v.cycle, v.session, r.label, r.text,
  (SELECT group_concat(name, '; ') FROM (SELECT st.name FROM recommending_state x JOIN state st
     ON st.id = x.state_id WHERE x.recommendation_id = r.id ORDER BY st.name)),
  r.current_position,
  CASE WHEN r.considered_implemented THEN 'yes' ELSE 'no' END,
  CASE WHEN r.needs_review THEN 'yes' ELSE 'no' END,
  (SELECT group_concat(p.review_reason, '; ') FROM response_recommendation x JOIN response p ON p.id = x.response_id
     WHERE x.recommendation_id = r.id AND p.needs_review AND p.review_reason IS NOT NULL),
  cp.response_text,
  nullif(trim(coalesce(cd.symbol, cd.title, '') || coalesce(', para. ' || cp.source_paragraph, ''), ', '), ''),
  {_TERMS.format('themes')}, {_TERMS.format('sdgs')}, {_TERMS.format('affected_persons')},
  {_TERMS.format('ohchr_themes')},
  r.action_category, r.implementation_level, r.last_activity_at,
  nullif(trim(coalesce(sd.symbol, '') || coalesce(', para. ' || r.source_paragraph, ''), ', '), ''),
  r.id, r.response_ids
FROM (SELECT r.*,
        (SELECT p.id FROM response_recommendation x JOIN response p ON p.id = x.response_id
           LEFT JOIN document d ON d.id = p.source_document_id WHERE x.recommendation_id = r.id
           ORDER BY {_STAGE} DESC, coalesce(p.responded_on, '') DESC, p.created_at DESC LIMIT 1) AS current_id,
        {{response_ids}} AS response_ids
      FROM recommendation r) AS r
JOIN review v ON v.id = r.review_id
JOIN state s ON s.id = v.state_id
LEFT JOIN document sd ON sd.id = r.source_document_id
LEFT JOIN response cp ON cp.id = r.current_id
LEFT JOIN document cd ON cd.id = cp.source_document_id
ORDER BY r.sort_key, r.id
"""
# The responses' ids in the order they were given (JSON only).
_RESPONSE_IDS = (f"(SELECT group_concat(id, ' ') FROM (SELECT p.id FROM response_recommendation x JOIN response p"
                 f" ON p.id = x.response_id LEFT JOIN document d ON d.id = p.source_document_id"
                 f" WHERE x.recommendation_id = r.id ORDER BY {_STAGE}, coalesce(p.responded_on, ''), p.created_at))")
BARE_RESPONSE_ROWS = """
SELECT p.id, p.position, p.considered_implemented, p.response_text, p.deciding_sentence,
  nullif(trim(coalesce(d.symbol, d.title, '') || coalesce(', para. ' || p.source_paragraph, ''), ', '), ''),
  p.source_document_id, p.source_paragraph, p.responded_on, p.needs_review, p.review_reason,
  (SELECT group_concat(coalesce(label, ''), '; ') FROM (SELECT r.label FROM response_recommendation x
     JOIN recommendation r ON r.id = x.recommendation_id WHERE x.response_id = p.id ORDER BY r.label_sort)),
  (SELECT group_concat(id, ' ') FROM (SELECT r.id FROM response_recommendation x
     JOIN recommendation r ON r.id = x.recommendation_id WHERE x.response_id = p.id ORDER BY r.label_sort)),
  p.created_at, p.updated_at
FROM response p LEFT JOIN document d ON d.id = p.source_document_id
"""
RESPONSE_FIELDS = ("id", "position", "considered_implemented", "response_text", "deciding_sentence", "source",
                   "source_document_id", "source_paragraph", "responded_on", "needs_review", "review_reason",
                   "labels", "recommendation_ids", "created_at", "updated_at")


def bare_table_rows(connection: sqlite3.Connection, with_responses: bool = False) -> Any:
    return connection.execute(BARE_TABLE_ROWS.format(response_ids=_RESPONSE_IDS if with_responses else "NULL"))


def write_bare_csv(connection: sqlite3.Connection, out: Path) -> int:
    """The table export's rows through csv.writer; the number of rows."""
    from upr_tracker.services.export_tables import COLUMNS

    count = 0
    with out.open("w", encoding="utf-8", newline="") as stream:
        stream.write("\ufeff")
        writer = csv.writer(stream, lineterminator="\r\n")
        writer.writerow(COLUMNS)
        for row in bare_table_rows(connection):
            writer.writerow(row[:-1])
            count += 1
    return count


def write_bare_xlsx(connection: sqlite3.Connection, out: Path) -> int:
    """The table export's rows through openpyxl in write-only mode; the number of rows."""
    from openpyxl import Workbook

    from upr_tracker.services.export_tables import COLUMNS

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Recommendations")
    sheet.append(COLUMNS)
    count = 0
    for row in bare_table_rows(connection):
        sheet.append(row[:-1])
        count += 1
    workbook.save(out)
    return count


def write_bare_json(connection: sqlite3.Connection, out: Path) -> int:
    """The recommendations (the table's columns, lists as lists, and the ids of their responses),
    then each response once, one json.dumps a line."""
    from upr_tracker.services.export_tables import COLUMNS

    lists = {"recommending_states", "themes", "sdgs", "affected_persons", "ohchr_themes"}
    count = 0
    with out.open("w", encoding="utf-8") as stream:
        stream.write('{"format": "bare", "recommendations": [\n')
        for row in bare_table_rows(connection, with_responses=True):
            record = {column: (value.split("; ") if column in lists and value else value)
                      for column, value in zip(COLUMNS, row, strict=False)}
            record["responses"] = row[-1].split(" ") if row[-1] else []
            stream.write((",\n" if count else "") + json.dumps(record, ensure_ascii=False))
            count += 1
        stream.write('\n],\n"responses": [\n')
        for index, row in enumerate(connection.execute(BARE_RESPONSE_ROWS)):
            record = dict(zip(RESPONSE_FIELDS, row, strict=True))
            record["labels"] = record["labels"].split("; ") if record["labels"] else []
            record["recommendation_ids"] = record["recommendation_ids"].split(" ")
            stream.write((",\n" if index else "") + json.dumps(record, ensure_ascii=False))
        stream.write("\n]}\n")
    return count
