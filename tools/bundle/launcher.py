"""The bundle's program: the same commands as the installed `upr-tracker` (no command opens the window)."""

import multiprocessing
import sys

from upr_tracker.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # scikit-learn's joblib may start workers in a frozen app
    sys.exit(main())
