"""Progress lines: articles done, rate and time left."""

from __future__ import annotations

import time

from analysis.corpus.progress import ProgressTracker


def test_line_gives_done_rate_and_time_left():
    tracker = ProgressTracker(total=1000, every=3600)
    tracker.started = time.monotonic() - 10.0  # 10 s ago
    tracker.add(analysed=100, up_to_date=20, problems=1)
    line = tracker.line()
    assert line.startswith("121/1,000 articles (100 analysed, 20 up to date, 1 problem), ")
    assert "10.0 articles/s" in line
    # 879 inputs left at 10 articles/s: about 88 s
    assert line.endswith("about 1m28s left")


def test_reports_at_most_once_per_interval():
    lines = []
    tracker = ProgressTracker(total=10, report=lines.append, every=3600)
    for _ in range(5):
        tracker.add(analysed=1)
    assert len(lines) == 1 and lines[0].startswith("1/10 articles")
