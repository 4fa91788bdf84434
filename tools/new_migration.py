"""Write a new Alembic migration by comparing the models with a scratch database at the head.

    python tools/new_migration.py "add milestone ends_on"

Read the generated file before committing it: autogenerate misses full-text triggers, data moves
and renames, and a migration that recreates a table in batch mode must recreate its triggers.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from alembic import command  # noqa: E402

from upr_tracker.storage.engine import create_sqlite_engine  # noqa: E402
from upr_tracker.storage.schema_upgrade import alembic_config, upgrade_to_head  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("message")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        engine = create_sqlite_engine(Path(scratch) / "scratch.sqlite3")
        upgrade_to_head(engine, None)
        with engine.connect() as connection:
            command.revision(alembic_config(connection), message=args.message, autogenerate=True)
        engine.dispose()


if __name__ == "__main__":
    main()
