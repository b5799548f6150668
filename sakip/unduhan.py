"""Downloads of table pages: the response around `sakip.lib.xlsx` (Django glue, no rule)."""

from __future__ import annotations

from django.http import HttpResponse

from sakip.lib.xlsx import Kolom, tulis

__all__ = ["JENIS_XLSX", "Kolom", "xlsx"]

JENIS_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def xlsx(nama_berkas: str, judul: str, kolom, baris, **kw) -> HttpResponse:
    """An attachment `nama_berkas` with the table written by `sakip.lib.xlsx.tulis`."""
    respons = HttpResponse(tulis(judul, kolom, baris, **kw), content_type=JENIS_XLSX)
    respons["Content-Disposition"] = f'attachment; filename="{nama_berkas}"'
    return respons
