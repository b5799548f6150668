"""Open a budget file (XLSX or CSV), tell the template from a SAKTI report, and read it."""

from __future__ import annotations

import csv
import io
import time
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
# Limits against a crafted workbook (a "zip bomb": 1 MB that unpacks to gigabytes), checked
# before reading (the sizes the archive declares, which zipfile never reads past) and while
# reading (rows, cells, seconds). The demo's largest real import, 100.008 rows, is far below.
MAKS_TERURAI = 300 * 1024 * 1024  # bytes unpacked, all members together
MAKS_RASIO = 200  # unpacked / packed, per member larger than 1 MB unpacked
MAKS_ANGGOTA = 2000  # files in the archive
MAKS_BARIS = 1_000_000  # rows, all sheets together
MAKS_SEL = 20_000_000  # cells, all sheets together
MAKS_DETIK = 180.0  # seconds spent reading
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0"  # the old binary .xls format


def _mb(ukuran: int) -> str:
    return f"{ukuran / (1024 * 1024):.1f}".replace(".", ",") + " MB"


def _angka(n: int) -> str:
    return f"{n:,}".replace(",", ".")


class BatasTerlampaui(Exception):
    """Reading stopped at a limit; the message says which one."""


class _Penghitung:
    """Counts rows and cells across every sheet of one read, and the time spent."""

    def __init__(self):
        self.baris = 0
        self.sel = 0
        self.batas_waktu = time.monotonic() + MAKS_DETIK

    def hitung(self, baris: tuple) -> tuple:
        self.baris += 1
        self.sel += len(baris)
        if self.baris > MAKS_BARIS:
            raise BatasTerlampaui(f"lebih dari {_angka(MAKS_BARIS)} baris; pisahkan berkasnya")
        if self.sel > MAKS_SEL:
            raise BatasTerlampaui(f"lebih dari {_angka(MAKS_SEL)} sel; pisahkan berkasnya")
        if self.baris % 256 == 0 and time.monotonic() > self.batas_waktu:
            raise BatasTerlampaui(
                f"pembacaan melebihi {_angka(int(MAKS_DETIK))} detik; pisahkan berkasnya"
            )
        return baris


def periksa_arsip(data: bytes) -> str | None:
    """Why this XLSX archive is refused before it is unpacked (None when it may be read)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as arsip:
            anggota = arsip.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return None  # the reader reports a broken archive in its own words
    if len(anggota) > MAKS_ANGGOTA:
        return f"arsip XLSX berisi {_angka(len(anggota))} berkas (paling banyak {_angka(MAKS_ANGGOTA)})"
    total = sum(a.file_size for a in anggota)
    if total > MAKS_TERURAI:
        return (
            f"isi XLSX terurai menjadi {_mb(total)}, melebihi batas {_mb(MAKS_TERURAI)} "
            "(berkas terlalu besar atau dibuat untuk membebani server)"
        )
    for a in anggota:
        if a.file_size > 1024 * 1024 and a.file_size > MAKS_RASIO * max(a.compress_size, 1):
            return (
                f"bagian {a.filename} XLSX termampatkan {_angka(a.file_size // max(a.compress_size, 1))} "
                f"kali (paling banyak {MAKS_RASIO} kali): berkas dibuat untuk membebani server"
            )
    return None


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
        alasan = periksa_arsip(data)
        if alasan:
            salah.append(Kesalahan(nama, None, None, alasan))
            return hasil
        return _baca_xlsx(nama, data)
    if data.startswith(_OLE):
        salah.append(
            Kesalahan(
                nama, None, None, "format .xls lama tidak didukung; simpan ulang sebagai .xlsx"
            )
        )
        return hasil
    if akhiran in (".xlsx", ".xlsm"):
        salah.append(
            Kesalahan(
                nama, None, None, "berkas bukan lembar kerja XLSX yang sah (rusak atau bukan XLSX)"
            )
        )
        return hasil
    if b"\x00" in data:
        letak = data.index(b"\x00")
        salah.append(
            Kesalahan(
                nama,
                data[:letak].count(b"\n") + 1,
                None,
                "berkas CSV memuat karakter NUL (data biner); simpan ulang sebagai CSV UTF-8 "
                "atau XLSX",
            )
        )
        return hasil
    try:
        return _baca_csv(nama, data)
    except BatasTerlampaui as exc:
        return HasilBaca(kesalahan=[Kesalahan(nama, None, None, f"berkas CSV {exc}")])


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
    except BatasTerlampaui as exc:
        return HasilBaca(kesalahan=[Kesalahan(nama, None, None, f"lembar kerja {exc}")])
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        return HasilBaca(
            kesalahan=[Kesalahan(nama, None, None, f"lembar kerja XLSX rusak ({exc})")]
        )
    finally:
        wb.close()


def _baris_lembar(ws, penghitung: _Penghitung) -> Iterator[tuple]:
    ws.reset_dimensions()  # some writers store a wrong size; read what is really there
    for baris in ws.iter_rows(values_only=True):
        yield penghitung.hitung(baris)


def _baca_buku(nama: str, wb) -> HasilBaca:
    penghitung = _Penghitung()
    for ws in wb.worksheets:
        baris = _baris_lembar(ws, penghitung)
        awal = [next(baris, ()) for _ in range(3)]
        if adalah_sakti(awal):
            return baca_sakti(ws.title, chain(awal, baris))
    hasil = HasilBaca()
    dikenali = False
    for ws in wb.worksheets:
        satu = baca_lembar(ws.title, _baris_lembar(ws, penghitung))
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
    penghitung = _Penghitung()
    baris = (penghitung.hitung(tuple(b)) for b in pembaca)
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
