"""Write the onboarding workbook: the empty template, or an office's rows (ekspor_rencana)."""

from __future__ import annotations

import datetime
from decimal import Decimal
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from . import rekaman as r
from .baca import NAMA_AGREGASI
from .lembar import LEMBAR, Lembar

BARIS_PILIHAN = 2000  # rows offered the drop-down lists of choice columns

PETUNJUK = [
    "Buku kerja awal sakip: profil kantor, unit, pegawai, pengguna, Renstra, sasaran, indikator, "
    "target, Perjanjian Kinerja dan realisasi tahun-tahun lalu.",
    "",
    "Judul kolom di baris 1 setiap lembar; satu baris data per baris berikutnya. Lembar bertanda "
    "(tidak wajib) boleh dihapus.",
    "Semua baris diperiksa lebih dahulu; bila ada satu kesalahan, tidak ada yang disimpan dan "
    "semua kesalahan dilaporkan dengan lembar, baris, kolom dan alasannya.",
    "Baris dicocokkan dengan kuncinya (kode kantor, kode unit, nama pegawai, username, tahun awal "
    "Renstra, nomor sasaran, nomor indikator, tahun dan triwulan target, tahun dan perubahan PK): "
    "mengimpor berkas yang sama dua kali tidak mengubah apa pun, dan tidak ada yang dihapus.",
    "Angka boleh polos (1234567.5) atau cara Indonesia (1.234.567,50).",
    "",
]


def _sel(nilai: Any) -> Any:
    if isinstance(nilai, bool):
        return "ya" if nilai else "tidak"
    if isinstance(nilai, Decimal):
        n = nilai.normalize()
        return int(n) if n == n.to_integral_value() else float(n)
    if isinstance(nilai, r.Nilai):
        return nilai.huruf if nilai.huruf else _sel(nilai.angka)
    if isinstance(nilai, datetime.date | int | float | str) or nilai is None:
        return nilai
    return str(nilai)


def _baris_renstra(rs: r.Renstra) -> list[tuple]:
    hasil = [("tahun_awal", None, rs.tahun_awal), ("tahun_akhir", None, rs.tahun_akhir)]
    if rs.dasar_hukum:
        hasil.append(("dasar_hukum", None, rs.dasar_hukum))
    hasil.append(("visi", None, rs.visi))
    hasil += [("misi", n, u) for n, u in sorted(rs.misi.items())]
    hasil += [("tujuan", n, u) for n, u in sorted(rs.tujuan.items())]
    return hasil


def _baris(spec: Lembar, bk: r.BukuKerja) -> list[tuple]:
    if spec.nama == "renstra":
        return _baris_renstra(bk.renstra) if bk.renstra else []
    daftar = ([bk.profil] if bk.profil else []) if spec.nama == "profil" else getattr(bk, spec.nama)
    hasil = []
    for rek in daftar:
        baris = []
        for k in spec.nama_kolom:
            nilai = getattr(rek, k)
            if spec.nama == "indikator" and k == "agregasi":
                nilai = NAMA_AGREGASI.get(nilai, nilai)
            baris.append(nilai)
        hasil.append(tuple(baris))
    return hasil


def tulis_buku_kerja(tujuan: str | BinaryIO, bk: r.BukuKerja | None = None) -> None:
    """Write the workbook (the empty template when bk is None) to a path or a binary stream."""
    bk = bk or r.BukuKerja()
    wb = Workbook(write_only=True)
    petunjuk = wb.create_sheet("petunjuk")
    petunjuk.column_dimensions["A"].width = 22
    petunjuk.column_dimensions["B"].width = 100
    for teks in PETUNJUK:
        petunjuk.append([teks])
    tebal = Font(bold=True)
    for spec in LEMBAR:
        judul = WriteOnlyCell(petunjuk, value=spec.nama + ("" if spec.wajib else " (tidak wajib)"))
        judul.font = tebal
        petunjuk.append([judul, spec.petunjuk])
        for k in spec.kolom:
            petunjuk.append([f"  {k.nama}" + (" *" if k.wajib else ""), k.petunjuk])
    petunjuk.append(["", "* kolom wajib diisi"])
    for spec in LEMBAR:
        ws = wb.create_sheet(spec.nama)
        for i, k in enumerate(spec.kolom, start=1):
            ws.column_dimensions[get_column_letter(i)].width = k.lebar
        sel_judul = []
        for k in spec.kolom:
            sel = WriteOnlyCell(ws, value=k.nama)
            sel.font = tebal
            sel_judul.append(sel)
        ws.append(sel_judul)
        for i, k in enumerate(spec.kolom, start=1):
            if k.pilihan:
                dv = DataValidation(
                    type="list",
                    formula1='"' + ",".join(k.pilihan) + '"',
                    allow_blank=True,
                    showErrorMessage=False,
                )
                huruf = get_column_letter(i)
                dv.add(f"{huruf}2:{huruf}{BARIS_PILIHAN}")
                ws.data_validations.append(dv)
        for baris in _baris(spec, bk):
            ws.append([_sel(v) for v in baris])
    wb.save(tujuan)
