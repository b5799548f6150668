"""Python's cyclic garbage collector paused during one big piece of work (one rule).

Importing a big budget file (two objects per row, kept for the messages) keeps a growing
mass of objects alive until the end. Every automatic collection during the work walked all
of it again and freed nothing: as much time as reading the file twice. The work creates no
garbage cycles worth collecting midway (reference counting frees the rest), so the
collector is paused for it. (Until the PDF moved to Typst, WeasyPrint's LKj used it too.)

Thread-safe: works in other threads share the pause; the last to finish turns the collector
back on. A collector the caller had already turned off is left off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_kunci = threading.Lock()
_berjalan = 0  # works running with the collector paused
_semula = True  # whether the collector was on when the first of them began


@contextmanager
def jeda_pengumpul() -> Iterator[None]:
    global _berjalan, _semula
    with _kunci:
        if _berjalan == 0:
            _semula = gc.isenabled()
            gc.disable()
        _berjalan += 1
    try:
        yield
    finally:
        with _kunci:
            _berjalan -= 1
            terakhir = _berjalan == 0
            if terakhir and _semula:
                gc.enable()
