"""Downloads of table pages: the response around `sakip.lib.xlsx` (Django glue, no rule)."""

from __future__ import annotations

from django.http import HttpResponse

from sakip.lib.xlsx import Kolom, Lembar, tulis, tulis_buku

__all__ = ["JENIS_XLSX", "Kolom", "Lembar", "xlsx", "xlsx_buku"]

JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _lampiran(nama_berkas: str, isi: bytes) -> HttpResponse:
    respons = HttpResponse(isi, content_type=JENIS_XLSX)
    respons["Content-Disposition"] = f'attachment; filename="{nama_berkas}"'
    return respons


def xlsx(nama_berkas: str, judul: str, kolom, baris, **kw) -> HttpResponse:
    """An attachment `nama_berkas` with the table written by `sakip.lib.xlsx.tulis`."""
    return _lampiran(nama_berkas, tulis(judul, kolom, baris, **kw))


def xlsx_buku(nama_berkas: str, lembar) -> HttpResponse:
    """An attachment of several sheets (`sakip.lib.xlsx.Lembar`)."""
    return _lampiran(nama_berkas, tulis_buku(lembar))
