"""The benchmark suite (outside the normal test run): ``python -m tests.benchmarks [NAME...] [--json]``."""
