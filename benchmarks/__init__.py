"""Province-scale benchmarks (issue 7): a deterministic data generator and a timing runner.

Not run by CI, not tests. ``python -m benchmarks.generate --out FILE`` then
``python -m benchmarks.run --db FILE``; results in ``benchmarks/RESULTS.md``.
"""
