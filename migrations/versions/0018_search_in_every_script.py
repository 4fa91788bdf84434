"""Search in every script: Arabic found with or without its marks and whatever the form of alef,
alef maqsura or ta marbuta; a Chinese or Japanese word found inside a run of characters on SQLite.

SQLite: the FTS5 table gets a third column, `folded`, filled by the triggers (through the function
upr_search_fold every connection registers) only for text that folding changes: Arabic folded,
Chinese and Japanese runs as their pairs of characters (upr_tracker.storage.search_folding). The
index is rebuilt from the records. PostgreSQL: upr_search_words folds Arabic as it turns
punctuation into spaces, and the words of every document are computed again (Chinese and Japanese
are already found as substrings there, 0013).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06 23:59:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

INDEXED_TABLES = {
    # table: (title expression, body expression), as in 0001
    "recommendation": ("coalesce(NEW.label, '') || ' ' || coalesce(NEW.recommended_by, '')", "NEW.text"),
    "response": ("coalesce(NEW.position, '')", "coalesce(NEW.response_text, '')"),
    "milestone": ("NEW.title", "coalesce(NEW.description, '') || ' ' || coalesce(NEW.source_citation, '')"),
    "note": ("NEW.author", "NEW.body"),
}

# The Arabic folding as this revision defines it (the package's search_folding says the same; a
# test compares them): marks and tatweel dropped; alef forms, alef maqsura, ta marbuta rewritten.
ARABIC_DROPPED = ("".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
                  + "".join(chr(c) for c in [*range(0x06D6, 0x06DD), *range(0x06DF, 0x06E9), *range(0x06EA, 0x06EE)]))
ARABIC_FROM = "\u0622\u0623\u0625\u0671\u0672\u0673\u0649\u0629"
ARABIC_TO = "\u0627\u0627\u0627\u0627\u0627\u0627\u064a\u0647"
# unicode61 takes Arabic marks for separators ("حَععه" would be "ح" and "ععه", found by "ععه"): they
# are made part of the word in the title and body, which the folded column then finds without them.
TOKENIZER = ("tokenize = \"unicode61 remove_diacritics 2 tokenchars '" + ARABIC_DROPPED.replace("\u0640", "")
             + "'\"")
PREVIOUS_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"

# As in 0013: punctuation and spaces turned into spaces before PostgreSQL's parser sees the text.
SEPARATORS = (
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
    "\u00a0\u00a1\u00a7\u00ab\u00b0\u00b6\u00b7\u00bb\u00bf\u00d7\u00f7"
    "\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u200b\u202f\u205f"
    "\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f"
    "\u2022\u2026\u2032\u2033\u2039\u203a"
    "\u3000\u3001\u3002\u3008\u3009\u300a\u300b\u300c\u300d\u300e\u300f\u3010\u3011\u30fb"
    "\uff01\uff08\uff09\uff0c\uff1a\uff1b\uff1f\uff5e"
    "\u060c\u061b\u061f\u066a"
)
WORDS = ("to_tsvector('upr_search'::regconfig, upr_search_words(title) || ' ' || upr_search_words(body))")


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _execute(statement: str) -> None:
    op.execute(text(statement.replace(":", "\\:")))


def _create_triggers(folded: bool) -> None:
    """The three triggers of each indexed table (`folded`: they fill the folded column too)."""
    for table, (title, body) in INDEXED_TABLES.items():
        columns, values, changes = "title, body", f"{title}, {body}", f"title = {title}, body = {body}"
        if folded:
            columns += ", folded"
            values += f", upr_search_fold({title}, {body})"
            changes += f", folded = upr_search_fold({title}, {body})"
        document = f"(SELECT id FROM search_document WHERE kind = '{table}' AND ref_id = {{row}}.id)"
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS fts_{table}_{event}")
        op.execute(
            f"CREATE TRIGGER fts_{table}_insert AFTER INSERT ON {table} BEGIN"
            f" INSERT INTO search_document (kind, ref_id) VALUES ('{table}', NEW.id);"
            f" INSERT INTO search_text (rowid, {columns}) VALUES (last_insert_rowid(), {values});"
            " END"
        )
        op.execute(
            f"CREATE TRIGGER fts_{table}_update AFTER UPDATE ON {table} BEGIN"
            f" UPDATE search_text SET {changes} WHERE rowid = {document.format(row='NEW')};"
            " END"
        )
        op.execute(
            f"CREATE TRIGGER fts_{table}_delete AFTER DELETE ON {table} BEGIN"
            f" DELETE FROM search_text WHERE rowid = {document.format(row='OLD')};"
            f" DELETE FROM search_document WHERE kind = '{table}' AND ref_id = OLD.id;"
            " END"
        )


def _rebuild_sqlite_index(folded: bool) -> None:
    """A new FTS5 table (with or without the folded column), filled from the records themselves."""
    for table in INDEXED_TABLES:
        for event in ("insert", "update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS fts_{table}_{event}")
    op.execute("DROP TABLE search_text")
    op.execute(f"CREATE VIRTUAL TABLE search_text USING fts5(title, body{', folded' if folded else ''},"
               f" {TOKENIZER if folded else PREVIOUS_TOKENIZER})")
    for table, (title, body) in INDEXED_TABLES.items():
        title, body = title.replace("NEW.", "t."), body.replace("NEW.", "t.")
        columns, values = ("title, body, folded", f"{title}, {body}, upr_search_fold({title}, {body})") if folded \
            else ("title, body", f"{title}, {body}")
        op.execute(
            f"INSERT INTO search_text (rowid, {columns}) SELECT d.id, {values} FROM {table} AS t"
            f" JOIN search_document AS d ON d.kind = '{table}' AND d.ref_id = t.id"
        )
    _create_triggers(folded)


def _rebuild_postgresql_words(arabic_folded: bool) -> None:
    """upr_search_words as asked, and the words of every document computed again through it."""
    source, target = SEPARATORS, " " * len(SEPARATORS)
    if arabic_folded:
        source, target = source + ARABIC_FROM + ARABIC_DROPPED, target + ARABIC_TO
    # The stored words depend on the function: they go while it changes, and come back computed by it.
    _execute("ALTER TABLE search_document DROP COLUMN words")
    _execute(
        "CREATE OR REPLACE FUNCTION upr_search_words(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE"
        f" RETURN translate(value, {_literal(source)}, {_literal(target)})"
    )
    _execute(f"ALTER TABLE search_document ADD COLUMN words tsvector GENERATED ALWAYS AS ({WORDS}) STORED")
    _execute("CREATE INDEX ix_search_document_words ON search_document USING gin (words)")
    _execute("ANALYZE search_document")


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild_postgresql_words(arabic_folded=True)
    else:
        _rebuild_sqlite_index(folded=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _rebuild_postgresql_words(arabic_folded=False)
    else:
        _rebuild_sqlite_index(folded=False)
