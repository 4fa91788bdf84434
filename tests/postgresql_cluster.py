"""A throwaway PostgreSQL cluster for the tests: made in a folder, on a free local port, removed after.

`.ci/run` starts one before the test command and removes it after (`start`/`stop` below); the
tests' own fixture starts one the same way when no server is given and PostgreSQL is installed.
`UPR_TRACKER_TEST_POSTGRESQL_URL` points the tests at a server of one's own instead: the URL of a
user who may create databases and roles (postgresql://postgres@localhost:5432/postgres).

    python3 tests/postgresql_cluster.py start DIR   # prints the URL
    python3 tests/postgresql_cluster.py stop DIR
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

URL_VARIABLE = "UPR_TRACKER_TEST_POSTGRESQL_URL"


def binaries() -> Path | None:
    """The folder of initdb and pg_ctl (Debian keeps them out of PATH), or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).resolve().parent  # (Debian links some of them into /usr/local/bin)
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(p.split("/")[4]))
    return Path(versions[-1]).parent if versions else None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _as_server_user(command: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` system user."""
    if os.geteuid() != 0:
        return command
    return ["runuser", "-u", "postgres", "--", *command]


def start(folder: Path) -> str:
    """Make and start a cluster in `folder` (trust authentication on 127.0.0.1 only); its URL."""
    bin_dir = binaries()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (apt-get install postgresql)")
    folder.mkdir(parents=True, exist_ok=True)
    data = folder / "data"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    subprocess.run(_as_server_user([str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                    "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]),
                   check=True, stdout=subprocess.DEVNULL, cwd="/")
    port = _free_port()
    options = (f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off"
               " -c full_page_writes=off -c max_connections=300")
    subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                                    "-l", str(folder / "server.log"), "-w", "start"]),
                   check=True, stdout=subprocess.DEVNULL, cwd="/")
    (folder / "port").write_text(str(port))
    url = f"postgresql://postgres@127.0.0.1:{port}/postgres"
    _wait_until_up(port, bin_dir)
    return url


def _wait_until_up(port: int, bin_dir: Path, seconds: float = 30) -> None:
    """Until the server accepts connections (pg_isready: no driver needed before pip has run)."""
    deadline = time.monotonic() + seconds
    while subprocess.run([str(bin_dir / "pg_isready"), "-q", "-h", "127.0.0.1", "-p", str(port)]).returncode:
        if time.monotonic() > deadline:
            raise RuntimeError(f"the test PostgreSQL server on port {port} did not start")
        time.sleep(0.2)


def stop(folder: Path) -> None:
    bin_dir = binaries()
    data = folder / "data"
    if bin_dir is not None and data.is_dir():
        subprocess.run(_as_server_user([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd="/")
    shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) != 3 or sys.argv[1] not in ("start", "stop"):
        sys.exit(__doc__)
    if sys.argv[1] == "start":
        print(start(Path(sys.argv[2]).resolve()))
    else:
        stop(Path(sys.argv[2]).resolve())
