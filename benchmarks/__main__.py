"""``python -m benchmarks``: the govtext benchmark suite (see benchmarks/run.py)."""

from benchmarks.run import main

raise SystemExit(main())
