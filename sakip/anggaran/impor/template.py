"""The sakip budget template: sheets (or CSV files) pagu, volume_ro, realisasi, realisasi_volume, rpd."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from itertools import chain
from typing import Any, BinaryIO

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from sakip.lib.anggaran import (
    DIGIT_VOLUME,
    NAMA_BULAN,
    NAMA_TINGKAT,
    TINGKAT,
    KodeAnggaran,
    KodeError,
    gabung_kode,
    gabung_kode_ro,
    parse_bulan,
    parse_jenis_belanja,
    parse_kode_ro,
    parse_segmen,
    uang,
)
from sakip.lib.angka import AngkaError, format_angka, parse_angka, periksa_digit

from .rekaman import (
    BarisPagu,
    BarisRealisasi,
    BarisRealisasiVolume,
    BarisRevisi,
    BarisRpd,
    BarisVolumeRO,
    HasilBaca,
    Kesalahan,
    Letak,
    Subtotal,
)

LEMBAR = ("pagu", "volume_ro", "realisasi", "realisasi_volume", "rpd", "revisi")

# Columns of each sheet as written in the template; "kode"/"kode_ro" may instead be one
# column per level (ba, eselon, program, kegiatan, kro, ro, komponen, subkomponen, akun).
KOLOM: dict[str, tuple[str, ...]] = {
    "pagu": ("kode", "uraian", "pagu"),
    "volume_ro": ("kode_ro", "uraian", "target", "satuan"),
    "realisasi": ("kode", "bulan", "realisasi"),
    "realisasi_volume": ("kode_ro", "bulan", "volume"),
    "rpd": ("jenis_belanja", "bulan", "rencana"),
    "revisi": ("revisi", "tanggal", "catatan"),
}
# Optional columns beyond KOLOM: 'revisi' in pagu carries several revisions in one sheet.
_OPSIONAL = {"pagu": ("revisi",)}
_WAJIB: dict[str, tuple[str, ...]] = {
    "pagu": ("pagu",),
    "volume_ro": ("target",),
    "realisasi": ("bulan", "realisasi"),
    "realisasi_volume": ("bulan", "volume"),
    "rpd": ("jenis_belanja", "bulan", "rencana"),
    "revisi": ("revisi",),
}
_ALIAS_JUDUL: dict[str, str] = {
    "kode_lengkap": "kode",
    "kode_anggaran": "kode",
    "kode_rincian_output": "kode_ro",
    "bagian_anggaran": "ba",
    "kode_ba": "ba",
    "eselon_i": "eselon",
    "kode_eselon": "eselon",
    "unit_organisasi": "eselon",
    "kode_program": "program",
    "kode_kegiatan": "kegiatan",
    "kode_kro": "kro",
    "kode_komponen": "komponen",
    "sub_komponen": "subkomponen",
    "kode_subkomponen": "subkomponen",
    "kode_sub_komponen": "subkomponen",
    "kode_akun": "akun",
    "nama": "uraian",
    "keterangan": "uraian",
    "uraian_ro": "uraian",
    "nama_ro": "uraian",
    "pagu_revisi": "pagu",
    "anggaran": "pagu",
    "nilai_pagu": "pagu",
    "tvro": "target",
    "target_volume": "target",
    "volume_target": "target",
    "satuan_volume": "satuan",
    "nilai_realisasi": "realisasi",
    "jumlah_realisasi": "realisasi",
    "rvro": "volume",
    "volume_realisasi": "volume",
    "realisasi_volume": "volume",
    "jenis": "jenis_belanja",
    "rpd": "rencana",
    "nilai_rencana": "rencana",
    "rencana_penarikan": "rencana",
    "nomor": "revisi",
    "revisi_ke": "revisi",
    "nomor_revisi": "revisi",
    "tanggal_revisi": "tanggal",
}
_ALIAS_LEMBAR: dict[str, str] = {
    "tvro": "volume_ro",
    "target_volume": "volume_ro",
    "rvro": "realisasi_volume",
    "volume": "realisasi_volume",
    "halaman_iii": "rpd",
    "rencana_penarikan": "rpd",
    "revisi_dipa": "revisi",
}
_DIKENAL = {j for ks in KOLOM.values() for j in ks} | set(TINGKAT)
_DIKENAL |= {j for ks in _OPSIONAL.values() for j in ks}
_TINGKAT_RO = TINGKAT[: TINGKAT.index("ro") + 1]
_PANJANG_ANGKA = {"ba": 3, "eselon": 2, "kegiatan": 4, "ro": 3, "komponen": 3, "akun": 6}
_BARIS_JUDUL_MAKS = 10
_RIBU = Decimal("0.001")
_DERAU = Decimal("0.000001")


def normalisasi(teks: Any) -> str:
    """' Kode  RO ' -> 'kode_ro'; used for headers and sheet names."""
    return re.sub(r"[^0-9a-z]+", "_", str(teks or "").strip().lower()).strip("_")


def judul_kanonik(teks: Any) -> str:
    n = normalisasi(teks)
    return _ALIAS_JUDUL.get(n, n)


def nama_lembar_kanonik(teks: str) -> str | None:
    n = normalisasi(teks)
    n = _ALIAS_LEMBAR.get(n, n)
    return n if n in LEMBAR else None


def teks_sel(nilai: Any) -> str:
    """A cell as text: numbers without a trailing '.0', None as ''."""
    if nilai is None:
        return ""
    if isinstance(nilai, float) and nilai.is_integer():
        return str(int(nilai))
    return str(nilai).strip()


def _segmen_sel(tingkat: str, nilai: Any) -> str:
    """A per-level code cell; a number loses its leading zeros in a spreadsheet, so pad it back."""
    teks = teks_sel(nilai)
    if isinstance(nilai, int | float) and tingkat in _PANJANG_ANGKA and teks.isdigit():
        return teks.zfill(_PANJANG_ANGKA[tingkat])
    return teks


def _kosong(nilai: Any) -> bool:
    return nilai is None or (isinstance(nilai, str) and nilai.strip() in ("", "-"))


def _baris_kosong(isi: tuple) -> bool:
    """Every cell empty (as _kosong); a row with data answers at its first filled cell."""
    for nilai in isi:
        if nilai is not None and not (isinstance(nilai, str) and nilai.strip() in ("", "-")):
            return False
    return True


@dataclass
class _Kolom:
    """Where each canonical column of one sheet is (0-based index) and how it was written."""

    indeks: dict[str, int]
    asli: dict[str, str]
    semua: list[str]

    def label(self, nama: str) -> str:
        i = self.indeks[nama]
        return f"{get_column_letter(i + 1)} ({self.asli[nama]})"

    def ada_kode(self, ro: bool) -> bool:
        if ro:
            return "kode_ro" in self.indeks or "kode" in self.indeks or "ro" in self.indeks
        return "kode" in self.indeks or all(t in self.indeks for t in TINGKAT)


def _jenis_dari_judul(kolom: _Kolom) -> str | None:
    """Guess a sheet's kind from its headers (a CSV file or an oddly named sheet)."""
    ada = set(kolom.indeks)
    if {"revisi", "tanggal"} <= ada and "pagu" not in ada:
        return "revisi"
    if {"jenis_belanja", "bulan", "rencana"} <= ada:
        return "rpd"
    if {"bulan", "volume"} <= ada and kolom.ada_kode(ro=True):
        return "realisasi_volume"
    if {"bulan", "realisasi"} <= ada and kolom.ada_kode(ro=False):
        return "realisasi"
    if "target" in ada and kolom.ada_kode(ro=True):
        return "volume_ro"
    if "pagu" in ada and kolom.ada_kode(ro=False):
        return "pagu"
    return None


def _cari_judul(baris: list[tuple[int, tuple]], minimal: int) -> tuple[int, _Kolom] | None:
    """The first row among the first few whose cells name at least `minimal` known columns."""
    for nomor, isi in baris:
        indeks: dict[str, int] = {}
        asli: dict[str, str] = {}
        for i, sel in enumerate(isi):
            nama = judul_kanonik(sel)
            if nama in _DIKENAL and nama not in indeks:
                indeks[nama] = i
                asli[nama] = teks_sel(sel)
        if len(indeks) >= minimal:
            return nomor, _Kolom(indeks, asli, [teks_sel(s) for s in isi if not _kosong(s)])
    return None


def baca_lembar(nama: str, baris: Iterable[tuple]) -> HasilBaca | None:
    """Read one sheet or CSV file; None when it is not one of the template's sheets."""
    hasil = HasilBaca()
    iterator: Iterator[tuple[int, tuple]] = enumerate(baris, start=1)
    awal: list[tuple[int, tuple]] = []
    for nomor, isi in iterator:
        awal.append((nomor, isi))
        if len(awal) >= _BARIS_JUDUL_MAKS:
            break
    jenis = nama_lembar_kanonik(nama)
    # A sheet named as in the template may have only one header right; others need two.
    ketemu = _cari_judul(awal, 1 if jenis else 2)
    if ketemu is None:
        if jenis is None:
            return None
        if not any(any(not _kosong(s) for s in isi) for _, isi in awal):
            hasil.kesalahan.append(
                Kesalahan(nama, None, None, "lembar kosong, tidak ada judul kolom")
            )
        else:
            hasil.kesalahan.append(
                Kesalahan(
                    nama,
                    1,
                    None,
                    f"judul kolom tidak ditemukan; seharusnya: {', '.join(KOLOM[jenis])}",
                )
            )
        return hasil
    nomor_judul, kolom = ketemu
    jenis = jenis or _jenis_dari_judul(kolom)
    if jenis is None:
        return None
    if not _periksa_judul(nama, jenis, nomor_judul, kolom, hasil):
        return hasil
    baca = _pembaca(jenis, kolom, hasil)
    sisa = (b for b in awal if b[0] > nomor_judul)
    for nomor, isi in chain(sisa, iterator):
        if not _baris_kosong(isi):
            baca(Letak(nama, nomor), isi)
    return hasil


def _pembaca(jenis: str, kolom: _Kolom, hasil: HasilBaca) -> Callable[[Letak, tuple], None]:
    """The row reader of one sheet, its columns looked up once (a sheet may have 100 000 rows)."""
    if jenis == "realisasi" and "kode" in kolom.indeks:
        return _pembaca_realisasi(kolom, hasil)
    baca = _PEMBACA[jenis]
    return lambda letak, isi: baca(letak, isi, kolom, hasil)


def _periksa_judul(nama: str, jenis: str, nomor: int, kolom: _Kolom, hasil: HasilBaca) -> bool:
    hilang = [k for k in _WAJIB[jenis] if k not in kolom.indeks]
    ro = jenis in ("volume_ro", "realisasi_volume")
    if jenis not in ("rpd", "revisi") and not kolom.ada_kode(ro=ro):
        hilang.insert(0, "kode_ro" if ro else "kode")
    for k in hilang:
        petunjuk = ""
        if k == "kode":
            petunjuk = " (atau satu kolom per tingkat: " + ", ".join(TINGKAT) + ")"
        elif k == "kode_ro":
            petunjuk = " (atau kolom kegiatan, kro, ro)"
        hasil.kesalahan.append(
            Kesalahan(
                nama,
                nomor,
                None,
                f"kolom '{k}' tidak ada{petunjuk}; judul yang ditemukan: " + ", ".join(kolom.semua),
            )
        )
    return not hilang


def _sel(isi: tuple, kolom: _Kolom, nama: str) -> Any:
    i = kolom.indeks.get(nama)
    return isi[i] if i is not None and i < len(isi) else None


def _kode_tingkat(isi: tuple, kolom: _Kolom, tingkat: Sequence[str]) -> dict[str, str]:
    return {t: _segmen_sel(t, _sel(isi, kolom, t)) for t in tingkat if t in kolom.indeks}


def _label_kode(kolom: _Kolom, ro: bool) -> str:
    for nama in ("kode_ro", "kode") if ro else ("kode",):
        if nama in kolom.indeks:
            return kolom.label(nama)
    tingkat = [t for t in (_TINGKAT_RO if ro else TINGKAT) if t in kolom.indeks]
    return f"{kolom.label(tingkat[0])}-{get_column_letter(kolom.indeks[tingkat[-1]] + 1)}"


def _segmen_baris(isi: tuple, kolom: _Kolom) -> tuple[str, ...]:
    if "kode" in kolom.indeks:
        return parse_segmen(teks_sel(_sel(isi, kolom, "kode")))
    return gabung_kode(_kode_tingkat(isi, kolom, TINGKAT))


def _kode_ro_baris(isi: tuple, kolom: _Kolom) -> tuple[str, ...]:
    for nama in ("kode_ro", "kode"):
        if nama in kolom.indeks:
            return parse_kode_ro(teks_sel(_sel(isi, kolom, nama)))
    return gabung_kode_ro(_kode_tingkat(isi, kolom, _TINGKAT_RO))


def _uang(letak: Letak, isi: tuple, kolom: _Kolom, nama: str, hasil: HasilBaca) -> Decimal | None:
    nilai = _sel(isi, kolom, nama)
    if _kosong(nilai):
        hasil.kesalahan.append(letak.salah(kolom.label(nama), f"{nama} kosong"))
        return None
    try:
        return uang(nilai)
    except AngkaError as exc:
        hasil.kesalahan.append(letak.salah(kolom.label(nama), f"{nama}: {exc}"))
        return None


def _volume(letak: Letak, isi: tuple, kolom: _Kolom, nama: str, hasil: HasilBaca) -> Decimal | None:
    nilai = _sel(isi, kolom, nama)
    try:
        if _kosong(nilai):
            raise AngkaError("kosong")
        angka = parse_angka(nilai)
        if not angka.is_finite():
            raise AngkaError(f"'{nilai}' bukan angka")
        periksa_digit(angka, *DIGIT_VOLUME)
        bulat = angka.quantize(_RIBU, rounding=ROUND_HALF_UP)
        if abs(angka - bulat) > _DERAU:
            raise AngkaError(f"'{nilai}' memiliki lebih dari 3 desimal")
        if bulat < 0:
            raise AngkaError(f"'{nilai}' negatif; volume tidak boleh negatif")
    except AngkaError as exc:
        hasil.kesalahan.append(letak.salah(kolom.label(nama), f"{nama}: {exc}"))
        return None
    return bulat


def _bulan(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> int | None:
    nilai = _sel(isi, kolom, "bulan")
    try:
        if _kosong(nilai):
            raise KodeError("bulan kosong (isi 1 sampai 12)")
        return parse_bulan(nilai)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(kolom.label("bulan"), str(exc)))
        return None


def _nomor_revisi(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> int | None:
    nilai = _sel(isi, kolom, "revisi")
    try:
        angka = parse_angka(nilai) if not _kosong(nilai) else None
    except AngkaError:
        angka = None
    if angka is None or angka != angka.to_integral_value() or not 0 <= angka <= 99:
        hasil.kesalahan.append(
            letak.salah(
                kolom.label("revisi"),
                f"nomor revisi '{teks_sel(nilai)}' tidak sah (0 untuk DIPA awal, 1, 2, ...)",
            )
        )
        return None
    return int(angka)


def _kode_akun(segmen: tuple[str, ...]) -> KodeAnggaran:
    """A full line code whose akun is a spending akun (51..58)."""
    kode = KodeAnggaran(*segmen)
    kode.jenis_belanja  # noqa: B018 - raises KodeError for a non-spending akun
    return kode


def _baca_pagu(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    revisi = None
    if "revisi" in kolom.indeks:
        revisi = _nomor_revisi(letak, isi, kolom, hasil)
        if revisi is None:
            return
    try:
        segmen = _segmen_baris(isi, kolom)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(_label_kode(kolom, ro=False), str(exc)))
        return
    uraian = teks_sel(_sel(isi, kolom, "uraian"))
    kode = ".".join(segmen)
    if len(segmen) < len(TINGKAT):
        if uraian:
            lama = hasil.uraian.setdefault(kode, uraian)
            if lama != uraian:
                hasil.kesalahan.append(
                    letak.salah(
                        kolom.label("uraian"),
                        f"uraian {NAMA_TINGKAT[TINGKAT[len(segmen) - 1]]} {kode} berbeda dengan "
                        f"baris sebelumnya ('{lama}')",
                    )
                )
        if not _kosong(_sel(isi, kolom, "pagu")):
            pagu = _uang(letak, isi, kolom, "pagu", hasil)
            if pagu is not None:
                hasil.subtotal.append(Subtotal(kode, pagu, letak, kolom.label("pagu"), revisi))
        return
    try:
        kode_akun = _kode_akun(segmen)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(_label_kode(kolom, ro=False), str(exc)))
        kode_akun = None
    pagu = _uang(letak, isi, kolom, "pagu", hasil)
    if pagu is None or kode_akun is None:
        return
    if uraian:
        hasil.uraian.setdefault(kode, uraian)
    hasil.pagu.append(BarisPagu(kode_akun, pagu, letak, revisi=revisi))


def _baca_volume_ro(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    try:
        kode_ro = _kode_ro_baris(isi, kolom)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(_label_kode(kolom, ro=True), str(exc)))
        kode_ro = None
    target = _volume(letak, isi, kolom, "target", hasil)
    if kode_ro is None or target is None:
        return
    uraian = teks_sel(_sel(isi, kolom, "uraian"))
    satuan = teks_sel(_sel(isi, kolom, "satuan"))
    hasil.volume_ro.append(BarisVolumeRO(kode_ro, uraian, target, satuan, letak))


def _kode_realisasi(segmen: tuple[str, ...]) -> KodeAnggaran:
    if len(segmen) < len(TINGKAT):
        raise KodeError(
            f"kode '{'.'.join(segmen)}' bukan kode akun lengkap; realisasi dicatat per akun"
        )
    return _kode_akun(segmen)


@lru_cache(maxsize=1 << 16)
def _kode_realisasi_teks(teks: str) -> KodeAnggaran:
    """A realisation sheet repeats each line's code once a month: parse each text once
    (the result is a frozen value; a KodeError is not cached and is raised every time)."""
    return _kode_realisasi(parse_segmen(teks))


def _baca_realisasi(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    kode = None
    try:
        if "kode" in kolom.indeks:
            kode = _kode_realisasi_teks(teks_sel(_sel(isi, kolom, "kode")))
        else:
            kode = _kode_realisasi(_segmen_baris(isi, kolom))
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(_label_kode(kolom, ro=False), str(exc)))
    bulan = _bulan(letak, isi, kolom, hasil)
    jumlah = _uang(letak, isi, kolom, "realisasi", hasil)
    if kode is not None and bulan is not None and jumlah is not None:
        hasil.realisasi.append(BarisRealisasi(kode, bulan, jumlah, letak))


def _pembaca_realisasi(kolom: _Kolom, hasil: HasilBaca) -> Callable[[Letak, tuple], None]:
    """The realisation sheet with its code in one column, the bulk of a big import.

    A row whose code was already read, whose month and amount pass parse_bulan and uang,
    is added here; any other row goes through _baca_realisasi, which gives the same row or
    the same messages.
    """
    i_kode, i_bulan, i_jumlah = (kolom.indeks[k] for k in ("kode", "bulan", "realisasi"))
    lebar = max(i_kode, i_bulan, i_jumlah) + 1
    kode_sel: dict[str, KodeAnggaran] = {}  # a cell's text -> its code, read once
    tambah = hasil.realisasi.append

    def baca(letak: Letak, isi: tuple) -> None:
        if len(isi) >= lebar:
            kode = kode_sel.get(isi[i_kode])
            if kode is not None:
                try:
                    bulan, jumlah = parse_bulan(isi[i_bulan]), uang(isi[i_jumlah])
                except (KodeError, AngkaError):
                    pass
                else:
                    tambah(BarisRealisasi(kode, bulan, jumlah, letak))
                    return
        sebelum = len(hasil.realisasi)
        _baca_realisasi(letak, isi, kolom, hasil)
        if len(hasil.realisasi) > sebelum and isinstance(isi[i_kode], str):
            kode_sel[isi[i_kode]] = hasil.realisasi[-1].kode

    return baca


def _baca_realisasi_volume(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    try:
        kode_ro = _kode_ro_baris(isi, kolom)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(_label_kode(kolom, ro=True), str(exc)))
        kode_ro = None
    bulan = _bulan(letak, isi, kolom, hasil)
    volume = _volume(letak, isi, kolom, "volume", hasil)
    if kode_ro is not None and bulan is not None and volume is not None:
        hasil.realisasi_volume.append(BarisRealisasiVolume(kode_ro, bulan, volume, letak))


def _baca_rpd(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    jenis = None
    try:
        nilai = _sel(isi, kolom, "jenis_belanja")
        if _kosong(nilai):
            raise KodeError("jenis belanja kosong (isi 51, 52 atau 53)")
        jenis = parse_jenis_belanja(nilai)
    except KodeError as exc:
        hasil.kesalahan.append(letak.salah(kolom.label("jenis_belanja"), str(exc)))
    bulan = _bulan(letak, isi, kolom, hasil)
    rencana = _uang(letak, isi, kolom, "rencana", hasil)
    if jenis is not None and bulan is not None and rencana is not None:
        hasil.rpd.append(BarisRpd(jenis, bulan, rencana, letak))


def _baca_revisi(letak: Letak, isi: tuple, kolom: _Kolom, hasil: HasilBaca) -> None:
    nomor = _nomor_revisi(letak, isi, kolom, hasil)
    tanggal = None
    nilai = _sel(isi, kolom, "tanggal")
    if not _kosong(nilai):
        try:
            tanggal = parse_tanggal(nilai)
        except ValueError as exc:
            hasil.kesalahan.append(letak.salah(kolom.label("tanggal"), str(exc)))
            return
    catatan = teks_sel(_sel(isi, kolom, "catatan") or _sel(isi, kolom, "uraian"))
    if nomor is not None:
        hasil.revisi.append(BarisRevisi(nomor, tanggal, catatan, letak))


def parse_tanggal(nilai: Any) -> datetime.date:
    """A date cell, '2023-03-15', '15/03/2023' or '15-03-2023'; raises ValueError."""
    if isinstance(nilai, datetime.datetime):
        return nilai.date()
    if isinstance(nilai, datetime.date):
        return nilai
    teks = teks_sel(nilai)
    for pola in ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(teks, pola).date()
        except ValueError:
            continue
    raise ValueError(f"tanggal '{teks}' tidak dikenali (tulis 2023-03-15 atau 15/03/2023)")


_PEMBACA = {
    "pagu": _baca_pagu,
    "volume_ro": _baca_volume_ro,
    "realisasi": _baca_realisasi,
    "realisasi_volume": _baca_realisasi_volume,
    "rpd": _baca_rpd,
    "revisi": _baca_revisi,
}


def periksa_silang(hasil: HasilBaca) -> None:
    """Checks across rows (and files): duplicates, and given subtotals against their akun lines.

    Subtotals are checked only when every row was read, so a bad row does not also show up
    as a wrong sum.
    """

    terlihat: dict = {}

    def ganda(letak: Letak, lama: Letak, apa: str) -> None:
        hasil.kesalahan.append(
            letak.salah(
                None, f"{apa} ganda: sudah ada di lembar '{lama.lembar}' baris {lama.baris}"
            )
        )

    def dobel(kunci: Any, letak: Letak, apa: Callable[[], str]) -> None:
        lama = terlihat.setdefault(kunci, letak)
        if lama is not letak:  # the message is written only for a duplicate
            ganda(letak, lama, apa())

    for b in hasil.pagu:
        dobel(("pagu", b.revisi, b.kode), b.letak, lambda b=b: f"baris pagu {b.kode}")
    for b in hasil.revisi:
        dobel(("revisi", b.nomor), b.letak, lambda b=b: f"revisi nomor {b.nomor}")
    for b in hasil.volume_ro:
        dobel(
            ("tvro", b.kode_ro),
            b.letak,
            lambda b=b: f"target volume RO {'.'.join(b.kode_ro)}",
        )
    # the realisation sheet is the big one: its rows are checked here without a call each
    for b in hasil.realisasi:
        lama = terlihat.setdefault(("real", b.kode.teks, b.bulan), b.letak)  # text: hashed once
        if lama is not b.letak:
            ganda(b.letak, lama, f"realisasi {b.kode} bulan {NAMA_BULAN[b.bulan - 1]}")
    for b in hasil.realisasi_volume:
        dobel(
            ("rvro", b.kode_ro, b.bulan),
            b.letak,
            lambda b=b: (
                f"realisasi volume RO {'.'.join(b.kode_ro)} bulan {NAMA_BULAN[b.bulan - 1]}"
            ),
        )
    for b in hasil.rpd:
        dobel(
            ("rpd", b.jenis_belanja, b.bulan),
            b.letak,
            lambda b=b: f"RPD jenis belanja {b.jenis_belanja} bulan {NAMA_BULAN[b.bulan - 1]}",
        )
    if hasil.subtotal and not hasil.kesalahan:
        _periksa_subtotal(hasil)


def _periksa_subtotal(hasil: HasilBaca) -> None:
    per_awalan: dict[tuple[int | None, str], Decimal] = {}
    for b in hasil.pagu:
        segmen = b.kode.segmen()
        for i in range(1, len(segmen)):
            kunci = (b.revisi, ".".join(segmen[:i]))
            per_awalan[kunci] = per_awalan.get(kunci, Decimal(0)) + b.pagu
    for s in hasil.subtotal:
        jumlah = per_awalan.get((s.revisi, s.awalan))
        if jumlah is None:
            hasil.kesalahan.append(
                s.letak.salah(s.kolom, f"tidak ada baris akun di bawah kode {s.awalan}")
            )
        elif jumlah != s.pagu:
            hasil.kesalahan.append(
                s.letak.salah(
                    s.kolom,
                    f"pagu {s.awalan} ditulis {format_angka(s.pagu, 2)} tetapi jumlah akun di "
                    f"bawahnya {format_angka(jumlah, 2)}",
                )
            )


# ---- writing -------------------------------------------------------------------------

PETUNJUK = [
    "Template impor anggaran sakip",
    "",
    "Isi lembar yang diperlukan saja; lembar yang tidak ada tidak diubah.",
    "pagu: satu baris per akun, kode lengkap BA.Eselon.Program.Kegiatan.KRO.RO.Komponen."
    "SubKomponen.Akun (mis. 076.01.CQ.6709.QGE.001.051.A.521211). Baris dengan kode lebih pendek "
    "(mis. 076.01.CQ) memberi nama tingkat itu; bila pagunya diisi, harus sama dengan jumlah akun "
    "di bawahnya.",
    "Kode boleh ditulis satu kolom per tingkat: ba, eselon, program, kegiatan, kro, ro, komponen, "
    "subkomponen, akun.",
    "volume_ro: target volume (TVRO) dan satuan per RO; kode_ro lengkap atau dipendekkan "
    "(mis. 6709.QGE.001).",
    "realisasi: realisasi per akun per bulan (bukan kumulatif), bulan 1-12 atau nama bulan.",
    "realisasi_volume: volume yang dicapai per RO per bulan; RVRO adalah jumlahnya.",
    "rpd: rencana penarikan dana per jenis belanja (51 pegawai, 52 barang, 53 modal) per bulan.",
    "Angka boleh polos (1234567.5) atau cara Indonesia (1.234.567,50); uang paling banyak 2 "
    "desimal, tidak boleh negatif.",
    "revisi (lembar, tidak wajib): nomor revisi (0 = DIPA awal), tanggal dan catatan. Lembar pagu "
    "boleh memuat beberapa revisi sekaligus dengan kolom tambahan 'revisi'.",
    "Mengimpor bulan atau revisi yang sama lagi menggantinya; mengimpor dua kali tidak mengubah apa pun.",
]


@dataclass
class IsiTemplate:
    """Rows to write; each a tuple in the order of KOLOM[sheet]."""

    pagu: Sequence[tuple] = ()
    volume_ro: Sequence[tuple] = ()
    realisasi: Sequence[tuple] = ()
    realisasi_volume: Sequence[tuple] = ()
    rpd: Sequence[tuple] = ()
    revisi: Sequence[tuple] = ()
    kolom_pagu: tuple[str, ...] = KOLOM["pagu"]


def tulis_template(tujuan: str | BinaryIO, isi: IsiTemplate | None = None) -> None:
    """Write the template workbook (empty, or with rows) to a path or a binary stream."""
    isi = isi or IsiTemplate()
    wb = Workbook(write_only=True)
    petunjuk = wb.create_sheet("petunjuk")
    for teks in PETUNJUK:
        petunjuk.append([teks])
    tebal = Font(bold=True)
    for nama in LEMBAR:
        ws = wb.create_sheet(nama)
        lebar = {"kode": 42, "kode_ro": 28, "uraian": 60, "jenis_belanja": 16}
        judul_lembar = isi.kolom_pagu if nama == "pagu" else KOLOM[nama]
        for i, judul in enumerate(judul_lembar, start=1):
            ws.column_dimensions[get_column_letter(i)].width = lebar.get(judul, 18)
        judul_sel = []
        for judul in judul_lembar:
            sel = WriteOnlyCell(ws, value=judul)
            sel.font = tebal
            judul_sel.append(sel)
        ws.append(judul_sel)
        for baris in getattr(isi, nama):
            ws.append(list(baris))
    wb.save(tujuan)
