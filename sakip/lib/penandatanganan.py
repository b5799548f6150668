"""When a document of a year may be signed: the date guard of the LKj and the PK.

    nilai = nilai_tanggal(date(2031, 1, 5), 2023, "lkj", hari_ini=date(2026, 12, 1))
    nilai.galat               # 'Tanggal ... belum tiba ...': refused whatever is confirmed
    nilai.perlu_konfirmasi    # a sentence to confirm, or ""

Decisions (no regulation fixes a window):
- a date after today is refused: nobody signs in the future;
- the LKj reports a finished year: signed on or after 31 December of the year and at most a
  year later (31 December of the next year); outside that window it needs an explicit
  confirmation;
- the PK is signed at the start of its year: from 1 December of the year before to 31
  December of the year; outside that it needs an explicit confirmation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .angka import format_tanggal


@dataclass(frozen=True)
class NilaiTanggal:
    galat: str = ""
    perlu_konfirmasi: str = ""


def jendela_tanggal(tahun: int, dokumen: str) -> tuple[date, date]:
    """The usual signing window (first day, last day) of the document of the year."""
    if dokumen == "pk":
        return date(tahun - 1, 12, 1), date(tahun, 12, 31)
    return date(tahun, 12, 31), date(tahun + 1, 12, 31)


def nilai_tanggal(tanggal: date, tahun: int, dokumen: str, hari_ini: date) -> NilaiTanggal:
    """Judge a signing date: an error (refused), a sentence to confirm, or neither."""
    nama = "Perjanjian Kinerja" if dokumen == "pk" else "Laporan Kinerja"
    if tanggal > hari_ini:
        return NilaiTanggal(
            galat=f"Tanggal penandatanganan {format_tanggal(tanggal)} belum tiba (hari ini "
            f"{format_tanggal(hari_ini)}): {nama} tidak dapat ditandatangani pada tanggal "
            "yang akan datang."
        )
    awal, akhir = jendela_tanggal(tahun, dokumen)
    if tanggal < awal:
        if dokumen == "pk":
            alasan = f"lebih awal dari {format_tanggal(awal)}, sebelum tahun {tahun} dimulai"
        else:
            alasan = f"sebelum tahun {tahun} berakhir ({format_tanggal(awal)})"
    elif tanggal > akhir:
        alasan = f"lebih dari setahun setelah tahun {tahun} berakhir ({format_tanggal(akhir)})"
    else:
        return NilaiTanggal()
    return NilaiTanggal(
        perlu_konfirmasi=f"Tanggal penandatanganan {nama} {tahun}, {format_tanggal(tanggal)}, "
        f"{alasan}. Centang konfirmasi bila tanggal ini memang benar."
    )
