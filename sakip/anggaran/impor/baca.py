"""Open a budget file (XLSX or CSV), tell the template from a SAKTI report, and read it."""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
from collections.abc import Iterator, Sequence
from itertools import chain
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from .rekaman import HasilBaca, Kesalahan
from .sakti import adalah_sakti, baca_sakti
from .template import LEMBAR, baca_lembar, periksa_silang

MAKS_UKURAN = 20 * 1024 * 1024
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


def _mb(ukuran: int) -> str:
    return f"{ukuran / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def baca_berkas(nama: str, data: bytes, maks_ukuran: int = MAKS_UKURAN) -> HasilBaca:
    """Read one uploaded file into validated rows and every error found; writes nothing."""
    return baca_banyak([(nama, data)], maks_ukuran)


def baca_banyak(berkas: Sequence[tuple[str, bytes]], maks_ukuran: int = MAKS_UKURAN) -> HasilBaca:
    """Read several files as one import (e.g. one CSV per sheet); a SAKTI report must come alone."""
    if not berkas:
        return HasilBaca(kesalahan=[Kesalahan(None, None, None, "tidak ada berkas")])
    if len(berkas) == 1:
        hasil = _baca_satu(*berkas[0], maks_ukuran=maks_ukuran)
    else:
        hasil = HasilBaca()
        for nama, data in berkas:
            satu = _baca_satu(nama, data, maks_ukuran=maks_ukuran)
            if satu.format == "sakti":
                hasil.kesalahan.append(
                    Kesalahan(
                        nama, None, None, "laporan SAKTI diimpor sendiri, satu berkas per impor"
                    )
                )
            hasil.gabung(satu)
    if hasil.format == "template":
        periksa_silang(hasil)
        if hasil.kosong and not hasil.kesalahan:
            hasil.kesalahan.append(
                Kesalahan(None, None, None, "berkas tidak berisi baris data (hanya judul kolom)")
            )
    return hasil


def _baca_satu(nama: str, data: bytes, maks_ukuran: int) -> HasilBaca:
    hasil = HasilBaca()
    salah = hasil.kesalahan
    if len(data) > maks_ukuran:
        salah.append(
            Kesalahan(
                nama,
                None,
                None,
                f"berkas {_mb(len(data))} melebihi batas {_mb(maks_ukuran)}",
            )
        )
        return hasil
    if not data.strip():
        salah.append(Kesalahan(nama, None, None, "berkas kosong"))
        return hasil
    akhiran = Path(nama).suffix.lower()
    if data.startswith(_ZIP):
        return _baca_xlsx(nama, data)
    if data.startswith(_OLE):
        salah.append(
            Kesalahan(
                nama, None, None, "format .xls lama tidak didukung; simpan ulang sebagai .xlsx"
            )
        )
        return hasil
    if akhiran in (".xlsx", ".xlsm") or b"\x00" in data[:4096]:
        salah.append(
            Kesalahan(
                nama, None, None, "berkas bukan lembar kerja XLSX yang sah (rusak atau bukan XLSX)"
            )
        )
        return hasil
    return _baca_csv(nama, data)


def _baca_xlsx(nama: str, data: bytes) -> HasilBaca:
    try:
        with warnings.catch_warnings():
            # SAKTI exports carry no default style; openpyxl warns and applies its own.
            warnings.simplefilter("ignore", UserWarning)
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError, EOFError):
        return HasilBaca(
            kesalahan=[
                Kesalahan(
                    nama,
                    None,
                    None,
                    "berkas bukan lembar kerja XLSX yang sah (rusak atau bukan XLSX)",
                )
            ]
        )
    try:
        return _baca_buku(nama, wb)
    finally:
        wb.close()


def _baris_lembar(ws) -> Iterator[tuple]:
    ws.reset_dimensions()  # some writers store a wrong size; read what is really there
    yield from ws.iter_rows(values_only=True)


def _baca_buku(nama: str, wb) -> HasilBaca:
    for ws in wb.worksheets:
        baris = _baris_lembar(ws)
        awal = [next(baris, ()) for _ in range(3)]
        if adalah_sakti(awal):
            return baca_sakti(ws.title, chain(awal, baris))
    hasil = HasilBaca()
    dikenali = False
    for ws in wb.worksheets:
        satu = baca_lembar(ws.title, _baris_lembar(ws))
        if satu is not None:
            dikenali = True
            hasil.gabung(satu)
    if not dikenali:
        hasil.kesalahan.append(
            Kesalahan(
                nama,
                None,
                None,
                "tidak ada lembar yang dikenali; lembar template: "
                + ", ".join(LEMBAR)
                + " (atau laporan SAKTI GLP039 Laporan Ketersediaan Dana Detail)",
            )
        )
    return hasil


def _baca_csv(nama: str, data: bytes) -> HasilBaca:
    try:
        teks = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        teks = data.decode("cp1252", errors="replace")
    baris_pertama = teks.splitlines()[0] if teks.splitlines() else ""
    # Indonesian Excel writes ';' because ',' is the decimal comma.
    pemisah = max((";", ",", "\t"), key=baris_pertama.count)
    pembaca = csv.reader(io.StringIO(teks), delimiter=pemisah)
    lembar = Path(nama).stem
    baris = (tuple(b) for b in pembaca)
    hasil = baca_lembar(lembar, baris)
    if hasil is None:
        return HasilBaca(
            kesalahan=[
                Kesalahan(
                    nama,
                    1,
                    None,
                    "judul kolom CSV tidak dikenali; beri nama berkas sesuai lembar ("
                    + ", ".join(LEMBAR)
                    + ") atau gunakan judul kolom template",
                )
            ]
        )
    return hasil
