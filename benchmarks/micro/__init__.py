"""pytest-benchmark micro-benchmarks of govtext's hot functions (not in the default test run)."""
