"""Progress on stderr for the long commands (``kg build``, ``kg load``).

On a terminal: a tqdm bar with the total, percentage, rate and ETA, whose label says what is
happening ("loading the spaCy model" before the first article). Elsewhere (a log file, CI, a
pipe): a plain line now and then with the same figures (every ``every`` items, at most one each
``MIN_GAP`` seconds, and at least one each ``interval`` seconds while items come), the first
once the run has lasted ``FIRST_AFTER`` seconds and a last one at the end if any came before;
and a line for each stage that lasts more than ``STAGE_DELAY`` seconds. So a short run says
nothing but its result, and a command that fails at once says one line: its error. Off: nothing.
"""
from __future__ import annotations

import sys
import threading
import time
from typing import TextIO

from tqdm import tqdm

from .errors import UsageError

MODES = ("bar", "lines", "off")
STAGE_DELAY = 1.0
FIRST_AFTER = 5.0
MIN_GAP = 2.0


def choose_mode(progress: bool | str | None, stream: TextIO) -> str:
    """``None``: a bar on a terminal, lines elsewhere; ``True``: a bar; ``False``: off; or a
    name of ``MODES``."""
    if isinstance(progress, str):
        if progress not in MODES:
            raise UsageError(f"progress is one of {', '.join(MODES)}, got {progress!r}")
        return progress
    if progress is None:
        try:
            return "bar" if stream.isatty() else "lines"
        except (AttributeError, ValueError):
            return "lines"
    return "bar" if progress else "off"


def _clock(seconds: float) -> str:
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}" if hours else f"{rest // 60}:{rest % 60:02d}"


class Progress:
    """``update(n)`` as items are done, ``stage(text)`` to say what is happening, ``close()``."""

    def __init__(self, what: str, total: int | None, *, unit: str = "articles", mode: str = "lines",
                 stream: TextIO | None = None, every: int | None = None, interval: float = 15.0) -> None:
        self.what, self.total, self.unit, self.mode = what, total, unit, mode
        self.stream = stream if stream is not None else sys.stderr
        self.every = every or max(1, min(500, (total or 1000) // 20))
        self.interval = interval
        self.done = 0
        self.started = self.last_time = time.monotonic()
        self.last_done = 0
        self.lines = 0  # periodic lines printed
        self.bar = None
        self._timer: threading.Timer | None = None
        if mode == "bar":
            self.bar = tqdm(total=total, desc=what, unit=" " + unit[:3], file=self.stream)

    def stage(self, text: str) -> None:
        """What the command is doing now (loading the model, writing the files, ...)."""
        if self.mode == "bar" and self.bar is not None:
            self.bar.set_description_str(f"{self.what}: {text}")
        elif self.mode == "lines":
            self._quiet()
            self._timer = threading.Timer(STAGE_DELAY, self._say, (f"{self.what}: {text}",))
            self._timer.daemon = True
            self._timer.start()

    def _say(self, text: str) -> None:
        print(text, file=self.stream, flush=True)

    def _quiet(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None

    def working(self) -> None:
        """Back to counting after a ``stage``."""
        self._quiet()
        if self.bar is not None:
            self.bar.set_description_str(self.what)

    def update(self, n: int = 1) -> None:
        self.done += n
        if self.bar is not None:
            self.bar.update(n)
        elif self.mode == "lines":
            now = time.monotonic()
            if now - self.started < FIRST_AFTER or now - self.last_time < MIN_GAP:
                return
            if self.done - self.last_done >= self.every or now - self.last_time >= self.interval:
                self._line(now)

    def line(self) -> str:
        """The figures as one line: done of total, percentage, rate, elapsed and ETA."""
        elapsed = time.monotonic() - self.started
        rate = self.done / elapsed if elapsed > 0 else 0.0
        parts = [f"{self.done:,} of {self.total:,} {self.unit}" if self.total else f"{self.done:,} {self.unit}"]
        if self.total:
            parts.append(f"{100 * min(self.done, self.total) / self.total:.0f}%")
        parts.append(f"{rate:.1f}/s")
        parts.append(f"{_clock(elapsed)} elapsed")
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"about {_clock((self.total - self.done) / rate)} left")
        return f"{self.what}: " + ", ".join(parts)

    def _line(self, now: float) -> None:
        print(self.line(), file=self.stream, flush=True)
        self.last_time, self.last_done = now, self.done
        self.lines += 1

    def close(self) -> None:
        self._quiet()
        if self.bar is not None:
            if self.total is not None and self.bar.n != self.total:
                self.bar.total = self.bar.n  # an estimate that was off: end the bar at what was done
                self.bar.refresh()
            self.bar.close()
            self.bar = None
        elif self.mode == "lines" and self.lines and self.done != self.last_done:
            self._line(time.monotonic())

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
