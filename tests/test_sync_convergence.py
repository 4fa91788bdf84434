"""Three laptops and a server, driven at random (tests/sync_model.py): short here, long in
benchmarks/sync_convergence.py."""

from __future__ import annotations

from contextlib import nullcontext
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis.stateful import run_state_machine_as_test

from tests.sync_model import TeamModel


def _run(folder: Path, server_target, examples: int, steps: int) -> None:
    class Team(TeamModel):
        pass

    Team.folder = folder
    Team.server_target = staticmethod(server_target)
    run_state_machine_as_test(Team, settings=settings(max_examples=examples, stateful_step_count=steps,
                                                      deadline=None, derandomize=True,
                                                      suppress_health_check=list(HealthCheck)))


def test_three_laptops_and_a_file_server_converge(tmp_path: Path) -> None:
    _run(tmp_path, lambda: nullcontext(None), examples=12, steps=14)


def test_three_laptops_and_a_team_server_converge(tmp_path: Path, server) -> None:
    _run(tmp_path, server.fresh_database, examples=4, steps=12)
