"""On PostgreSQL: the full-text index (SQLite's is FTS5, made by 0001). Nothing changes on SQLite.

`search_document` holds one row per recommendation, response, milestone and note: its title and
body (the same expressions as 0001's), a tsvector of them (GIN index) and, only for text with
Chinese or Japanese characters, the text itself for substring matching (pg_trgm GIN index: such
text has no spaces between words). Triggers keep it in step, as SQLite's triggers keep FTS5.

The configuration `upr_search` folds case and accents (unaccent) and does not stem, as FTS5's
unicode61 with remove_diacritics does not. Punctuation is turned into spaces first
(upr_search_words), so that "A/HRC/14/10", "97.3" or "death-penalty" are words apart, as on SQLite,
not one path, number or hyphenated word.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 18:00:00
"""

from __future__ import annotations

from alembic import op
from sqlalchemy import text

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

INDEXED_TABLES = {
    # table: (title expression, body expression), as in 0001
    "recommendation": ("coalesce(NEW.label, '') || ' ' || coalesce(NEW.recommended_by, '')", "NEW.text"),
    "response": ("coalesce(NEW.position, '')", "coalesce(NEW.response_text, '')"),
    "milestone": ("NEW.title", "coalesce(NEW.description, '') || ' ' || coalesce(NEW.source_citation, '')"),
    "note": ("NEW.author", "NEW.body"),
}

# Separators turned into spaces before the parser sees the text: all ASCII punctuation, and the
# common non-ASCII punctuation and spaces (which a server in the plain C locale would otherwise
# take for letters).
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

# Chinese and Japanese characters (scripts written without spaces between words).
CJK_CLASS = ("[\\u2e80-\\u2fdf\\u3040-\\u30ff\\u3100-\\u312f\\u31f0-\\u31ff\\u3400-\\u4dbf"
             "\\u4e00-\\u9fff\\uf900-\\ufaff\\uff66-\\uff9f\\U00020000-\\U0003134f]")


LEXEMES = "phraseto_tsquery('upr_search'::regconfig, upr_search_words(term))"


def _literal(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _execute(statement: str) -> None:
    op.execute(text(statement.replace(":", "\\:")))


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # Both are trusted extensions: the database's owner may create them.
    _execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    _execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    _execute("CREATE TEXT SEARCH CONFIGURATION upr_search (COPY = simple)")
    _execute(
        "ALTER TEXT SEARCH CONFIGURATION upr_search ALTER MAPPING FOR asciiword, word, numword, asciihword,"
        " hword, numhword, hword_asciipart, hword_part, hword_numpart, email, url, host, file, sfloat, float,"
        " int, uint, version, url_path WITH unaccent, simple"
    )
    _execute(
        "CREATE FUNCTION upr_search_words(value text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE"
        f" RETURN translate(value, {_literal(SEPARATORS)}, {_literal(' ' * len(SEPARATORS))})"
    )
    # One term of a search as a tsquery: its words in a row (a phrase), the last one a prefix if
    # asked; a term without a word matches nothing (as on SQLite), rather than vanishing.
    _execute(
        "CREATE FUNCTION upr_search_term(term text, prefix boolean) RETURNS tsquery"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN CASE"
        f" WHEN numnode({LEXEMES}) = 0 THEN $q$' '$q$::tsquery"
        f" WHEN prefix THEN ({LEXEMES}::text || ':*')::tsquery ELSE {LEXEMES} END"
    )
    # A whole search as one tsquery, built as text and read once (linear, however many terms):
    # the alternatives of each group (groups[i] >= 0) joined by |, the groups by &, then
    # & !(…) of the exclusions (group -1).
    _execute(
        "CREATE FUNCTION upr_search_query(terms text[], prefixes boolean[], groups integer[]) RETURNS tsquery"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURN ("
        " SELECT concat_ws(' & ', string_agg(alternatives, ' & ') FILTER (WHERE grp >= 0),"
        "  '!' || min(alternatives) FILTER (WHERE grp < 0))::tsquery"
        " FROM (SELECT grp, '(' || string_agg('(' || upr_search_term(term, prefix)::text || ')', ' | ') || ')'"
        "  AS alternatives FROM unnest(terms, prefixes, groups) AS given(term, prefix, grp) GROUP BY grp) AS grouped)"
    )
    _execute(
        "CREATE TABLE search_document ("
        " id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,"
        " kind varchar(20) NOT NULL,"
        " ref_id uuid NOT NULL,"
        " title text NOT NULL,"
        " body text NOT NULL,"
        " words tsvector GENERATED ALWAYS AS (to_tsvector('upr_search'::regconfig,"
        "  upr_search_words(title) || ' ' || upr_search_words(body))) STORED,"
        f" cjk_text text GENERATED ALWAYS AS (CASE WHEN title ~ '{CJK_CLASS}' OR body ~ '{CJK_CLASS}'"
        "  THEN title || ' ' || body END) STORED,"
        " CONSTRAINT uq_search_document_ref UNIQUE (kind, ref_id))"
    )
    for table, (title, body) in INDEXED_TABLES.items():
        _execute(
            f"CREATE FUNCTION upr_search_index_{table}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
            "  IF TG_OP = 'DELETE' THEN"
            f"   DELETE FROM search_document WHERE kind = '{table}' AND ref_id = OLD.id; RETURN NULL;"
            "  END IF;"
            "  INSERT INTO search_document AS d (kind, ref_id, title, body)"
            f"  VALUES ('{table}', NEW.id, coalesce({title}, ''), coalesce({body}, ''))"
            "  ON CONFLICT (kind, ref_id) DO UPDATE SET title = EXCLUDED.title, body = EXCLUDED.body"
            "  WHERE (d.title, d.body) IS DISTINCT FROM (EXCLUDED.title, EXCLUDED.body);"
            "  RETURN NULL;"
            " END $$"
        )
        _execute(
            f"CREATE TRIGGER search_index AFTER INSERT OR UPDATE OR DELETE ON {table}"
            f" FOR EACH ROW EXECUTE FUNCTION upr_search_index_{table}()"
        )
        _execute(
            f"INSERT INTO search_document (kind, ref_id, title, body) SELECT '{table}', id,"
            f" coalesce({title.replace('NEW.', '')}, ''), coalesce({body.replace('NEW.', '')}, '') FROM {table}"
        )
    _execute("CREATE INDEX ix_search_document_words ON search_document USING gin (words)")
    _execute("CREATE INDEX ix_search_document_cjk_text ON search_document USING gin (cjk_text gin_trgm_ops)")
    _execute("ANALYZE search_document")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for table in INDEXED_TABLES:
        _execute(f"DROP TRIGGER IF EXISTS search_index ON {table}")
        _execute(f"DROP FUNCTION IF EXISTS upr_search_index_{table}()")
    _execute("DROP TABLE IF EXISTS search_document")
    _execute("DROP FUNCTION IF EXISTS upr_search_query(text[], boolean[], integer[])")
    _execute("DROP FUNCTION IF EXISTS upr_search_term(text, boolean)")
    _execute("DROP FUNCTION IF EXISTS upr_search_words(text)")
    _execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS upr_search")
