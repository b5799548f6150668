"""The PDF: WeasyPrint lays out the same HTML as the preview with the print stylesheet."""

from __future__ import annotations

import gc
import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .html import html_cetak
from .susun import Dokumen

CSS_DOKUMEN = Path(__file__).parent / "static" / "laporan" / "dokumen.css"

_kunci_gc = threading.Lock()
_berjalan = 0  # documents being laid out with the cyclic collector paused
_gc_semula = True  # whether the collector was on when the first of them began


@contextmanager
def _satu_pengumpulan() -> Iterator[None]:
    """Python's cyclic garbage collector paused while WeasyPrint builds a document, and one
    collection of the young objects at the end. WeasyPrint's document (computed styles,
    boxes, text layouts: ~220,000 objects for the LKj) is reference cycles that all live
    until the PDF is written, so each automatic collection during the work traversed the
    growing tree and freed nothing (~0.5 s of the LKj's 2.3 s CPU); one pass at the end
    frees it all. Renders in other threads share the pause; the last one collects."""
    global _berjalan, _gc_semula
    with _kunci_gc:
        if _berjalan == 0:
            _gc_semula = gc.isenabled()
            gc.disable()
        _berjalan += 1
    try:
        yield
    finally:
        with _kunci_gc:
            _berjalan -= 1
            terakhir = _berjalan == 0
            if terakhir and _gc_semula:
                gc.enable()
        if terakhir and _gc_semula:
            gc.collect(0)  # nothing ran during the work: every new object is still young


def buat_pdf(dok: Dokumen) -> bytes:
    """PDF bytes of the document, A4, fonts embedded (subset) by WeasyPrint."""
    from weasyprint import CSS, HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with _satu_pengumpulan():
        html = HTML(string=html_cetak(dok), base_url=str(CSS_DOKUMEN.parent))
        return html.write_pdf(stylesheets=[CSS(filename=str(CSS_DOKUMEN))])
