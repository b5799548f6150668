"""Reading generated documents back: PDF text per page, DOCX paragraphs and tables."""

import io
import re


def teks_pdf(data: bytes) -> list[str]:
    """Text of each page of a PDF."""
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(io.BytesIO(data)).pages]


def isi_docx(data: bytes):
    """The python-docx Document of some bytes."""
    import docx

    return docx.Document(io.BytesIO(data))


def paragraf_docx(doc) -> list[str]:
    return [p.text for p in doc.paragraphs]


def tabel_docx(doc) -> list[list[list[str]]]:
    """Every table as rows of cell texts (a merged cell repeats its text, as python-docx reads)."""
    return [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]


def rapat(teks: str) -> str:
    """Whitespace (including no-break spaces and line breaks) folded to single spaces."""
    return re.sub(r"\s+", " ", teks.replace("\u00a0", " "))
