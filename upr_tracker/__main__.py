"""`python -m upr_tracker` is the same as the `upr-tracker` command."""

from upr_tracker.cli.main import main

raise SystemExit(main())
