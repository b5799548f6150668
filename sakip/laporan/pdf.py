"""The PDF: WeasyPrint lays out the same HTML as the preview with the print stylesheet."""

from __future__ import annotations

import logging
from pathlib import Path

from sakip.lib.pengumpul import jeda_pengumpul

from .html import html_cetak
from .susun import Dokumen

CSS_DOKUMEN = Path(__file__).parent / "static" / "laporan" / "dokumen.css"


def buat_pdf(dok: Dokumen) -> bytes:
    """PDF bytes of the document, A4, fonts embedded (subset) by WeasyPrint."""
    from weasyprint import CSS, HTML

    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    with jeda_pengumpul(kumpulkan_di_akhir=True):  # WeasyPrint's tree is cycles
        html = HTML(string=html_cetak(dok), base_url=str(CSS_DOKUMEN.parent))
        return html.write_pdf(stylesheets=[CSS(filename=str(CSS_DOKUMEN))])
