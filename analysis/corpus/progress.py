"""Progress: articles done, rate and time left, as one line a callback gets."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

__all__ = ["ProgressTracker", "describe_seconds"]


@dataclass
class ProgressTracker:
    """Counts what a corpus run did and reports it at most every ``every`` s."""

    total: int = 0  # an estimate of the inputs (0: unknown)
    report: Callable[[str], None] = lambda line: None
    every: float = 1.0
    analysed: int = 0
    up_to_date: int = 0
    problems: int = 0
    started: float = field(default_factory=time.monotonic)
    _last: float = 0.0

    @property
    def done(self) -> int:
        """Inputs finished (analysed, up to date or a problem)."""
        return self.analysed + self.up_to_date + self.problems

    def add(self, analysed: int = 0, up_to_date: int = 0, problems: int = 0) -> None:
        """Count finished inputs and report when it is time."""
        self.analysed += analysed
        self.up_to_date += up_to_date
        self.problems += problems
        now = time.monotonic()
        if now - self._last >= self.every:
            self._last = now
            self.report(self.line())

    def seconds(self) -> float:
        """Seconds since the run started."""
        return time.monotonic() - self.started

    def rate(self) -> float:
        """Articles analysed per second so far."""
        return self.analysed / max(self.seconds(), 1e-9)

    def line(self) -> str:
        """``"120/1,000 articles (100 analysed, 15 up to date, 5 problems),
        12.5 articles/s, about 1m10s left"``."""
        total = max(self.total, self.done)
        shown = f"{self.done:,}/{total:,}" if self.total else f"{self.done:,}"
        rate = self.rate()
        parts = [f"{self.analysed:,} analysed", f"{self.up_to_date:,} up to date"]
        parts.append(f"{self.problems:,} problem{'s' if self.problems != 1 else ''}")
        line = f"{shown} articles ({', '.join(parts)}), {rate:,.1f} articles/s"
        if self.total and rate > 0 and total > self.done:
            line += f", about {describe_seconds((total - self.done) / rate)} left"
        return line


def describe_seconds(seconds: float) -> str:
    """Seconds in short words.

    >>> describe_seconds(5.2), describe_seconds(70), describe_seconds(3725)
    ('5s', '1m10s', '1h02m')
    """
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
