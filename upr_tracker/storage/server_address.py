"""Where a database is: a file (SQLite) or a team server (a PostgreSQL URL).

`--db` and the window accept either. A server address never carries its password: the password
comes from `~/.pgpass`, `PGPASSWORD`, a prompt or the window's dialog, and is handed to the driver
alone, so that it shows in no command line, log, title or recent list.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from upr_tracker.errors import InvalidValueError

_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg://")
DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerAddress:
    """A PostgreSQL database on a server: host, port, database name and user (no password)."""

    host: str
    database: str
    user: str | None = None
    port: int = DEFAULT_PORT
    # Connection options of the URL's query (sslmode, sslrootcert…), kept as given.
    options: tuple[tuple[str, str], ...] = ()

    @property
    def name(self) -> str:
        """How the window and messages name it: `upr on db.example.org`."""
        where = self.host if self.port == DEFAULT_PORT else f"{self.host}:{self.port}"
        return f"{self.database} on {where}"

    def url(self, password: str | None = None) -> URL:
        """The SQLAlchemy URL for psycopg 3 (with `password` only when it is handed to the driver)."""
        return URL.create("postgresql+psycopg", username=self.user, password=password, host=self.host,
                          port=self.port, database=self.database, query=dict(self.options))

    def __str__(self) -> str:
        user = f"{self.user}@" if self.user else ""
        query = "&".join(f"{k}={v}" for k, v in self.options)
        return f"postgresql://{user}{self.host}:{self.port}/{self.database}" + (f"?{query}" if query else "")

    def with_database(self, database: str) -> ServerAddress:
        return ServerAddress(self.host, database, self.user, self.port, self.options)

    def with_user(self, user: str | None) -> ServerAddress:
        return ServerAddress(self.host, self.database, user, self.port, self.options)


def is_server_url(text: str) -> bool:
    return text.strip().lower().startswith(_SCHEMES)


def parse_server_url(text: str) -> tuple[ServerAddress, str | None]:
    """The address in `text`, and the password it holds, if any (InvalidValueError if malformed).
    A password in a URL is accepted, so that a pasted URL works, but the caller must not keep it."""
    try:
        url = make_url(text.strip().replace("postgres://", "postgresql://", 1))
    except ArgumentError:
        raise InvalidValueError(f"{text!r} is not a database address: write postgresql://USER@HOST:PORT/DATABASE") from None
    if url.get_backend_name() != "postgresql":
        raise InvalidValueError(f"{text!r}: only PostgreSQL servers are supported (postgresql://…)")
    if not url.database:
        raise InvalidValueError(f"{_shown(url)}: the database's name is missing (postgresql://USER@HOST:PORT/DATABASE)")
    options = tuple(sorted((k, v if isinstance(v, str) else v[0]) for k, v in url.query.items()))
    address = ServerAddress(url.host or "localhost", url.database, url.username, url.port or DEFAULT_PORT, options)
    return address, url.password


def _shown(url: URL) -> str:
    return url.render_as_string(hide_password=True)


DatabaseTarget = Path | ServerAddress


def database_target(text: str | Path) -> DatabaseTarget:
    """`--db`'s value: a server address for a postgresql:// URL, else a file path."""
    if isinstance(text, Path) or not is_server_url(text):
        return Path(text)
    address, password = parse_server_url(text)
    if password is not None:
        raise InvalidValueError(
            f"{address}: do not put the password in the address (other users and the shell's history would "
            "see it); it is read from ~/.pgpass or PGPASSWORD, or asked for")
    return address


def target_name(target: DatabaseTarget) -> str:
    return target.name
