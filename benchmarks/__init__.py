"""Benchmarks of the server against the sandbox API served over HTTP on 127.0.0.1.

`python -m benchmarks` runs every part and prints the tables; `--quick` runs each briefly,
only to check that they work. Parts: overhead per tool call, start-up, throughput under
concurrency, token economy and the id layer's cost.
"""
