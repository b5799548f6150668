"""Figures stated in a narrative text, and the check of an edited text against the data.

A report section's default text is written from the data, so every figure in it is
right. A Perencana may rewrite it; the rewrite is checked here: every percentage, amount
of money, year and plain number it states must be one of the figures the section may
state (the data's figures and those of the default text), and every number followed by
its words in brackets, "13 (tiga belas)" or "Rp1.000 (seribu rupiah)", must agree.
Citations ("Nomor 7 Tahun 2017", "Pasal 18", "ayat (1)"), codes ("665/PL.01.4-SR/3674/2023",
"6709.QGE.001"), list numbering and the day of a date are not figures and are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from sakip.lib.terbilang import TerbilangError, parse_terbilang

PERSEN = "persen"
RUPIAH = "rupiah"
TAHUN = "tahun"
ANGKA = "angka"

_BULAN = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober"
    "|november|nopember|desember"
)
_BILANGAN = re.compile(
    r"(?<![\w/\-.,])"
    r"(?P<rp>Rp\.?\s?)?"
    r"(?P<angka>\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?P<persen>\s?%|\s+persen\b)?"
    r"(?:,-)?"
    r"(?![\w/\-]|[.,]\w)",
    re.IGNORECASE,
)
# Text just before a number that makes it a citation or a label, not a figure.
_BUKAN_ANGKA = re.compile(
    r"(?:\b(?:nomor|no\.?|pasal|ayat|huruf|butir|bab|lampiran|nip|nik|kode|akun)\s*\(?"
    r"|\b(?:nomor|no\.?)\s*[\w./-]+\s+tahun\s+"
    r"|\b(?:uud|undang-undang\s+dasar)(?:\s+negara\s+republik\s+indonesia)?\s+(?:tahun\s+)?)$",
    re.IGNORECASE,
)
_HARI_TANGGAL = re.compile(rf"^\s+(?:{_BULAN})\b", re.IGNORECASE)
_AWAL_BUTIR = re.compile(r"(?:^|\n)[ \t]*(?:[-•*][ \t]*)?$")
_KATA_DALAM_KURUNG = re.compile(r"^\s*\(([a-zA-Z ]+)\)")


@dataclass(frozen=True)
class Bilangan:
    """A figure found in a text: kind, value, decimals written, and where it stands."""

    jenis: str
    nilai: Decimal
    desimal: int
    teks: str
    awal: int
    akhir: int


@dataclass(frozen=True)
class Temuan:
    """A figure of an edited text that the data does not support, or words that disagree."""

    jenis: str  # 'tidak_sesuai_data' | 'kata_tidak_sesuai'
    teks: str
    pesan: str
    awal: int


@dataclass
class Izin:
    """The figures a section may state, by kind."""

    angka: set[Decimal] = field(default_factory=set)
    persen: set[Decimal] = field(default_factory=set)
    rupiah: set[Decimal] = field(default_factory=set)
    tahun: set[int] = field(default_factory=set)

    def tambah(self, other: Izin) -> Izin:
        """Union with another set of allowed figures (in place, returns self)."""
        self.angka |= other.angka
        self.persen |= other.persen
        self.rupiah |= other.rupiah
        self.tahun |= other.tahun
        return self

    def tambah_angka(self, nilai: Iterable[Decimal | int | None]) -> Izin:
        self.angka |= {Decimal(n) for n in nilai if n is not None}
        return self

    def tambah_persen(self, nilai: Iterable[Decimal | int | None]) -> Izin:
        self.persen |= {Decimal(n) for n in nilai if n is not None}
        return self

    def tambah_rupiah(self, nilai: Iterable[Decimal | int | None]) -> Izin:
        self.rupiah |= {Decimal(n) for n in nilai if n is not None}
        return self

    def tambah_tahun(self, nilai: Iterable[int]) -> Izin:
        self.tahun |= set(nilai)
        return self

    @classmethod
    def dari_teks(cls, teks: str) -> Izin:
        """Every figure a (default) text states is allowed."""
        izin = cls()
        for b in cari_bilangan(teks):
            if b.jenis == TAHUN:
                izin.tahun.add(int(b.nilai))
            elif b.jenis == PERSEN:
                izin.persen.add(b.nilai)
            elif b.jenis == RUPIAH:
                izin.rupiah.add(b.nilai)
            else:
                izin.angka.add(b.nilai)
        return izin


def _nilai(teks: str) -> tuple[Decimal, int]:
    bulat, _, pecahan = teks.partition(",")
    return Decimal(bulat.replace(".", "") + ("." + pecahan if pecahan else "")), len(pecahan)


def cari_bilangan(teks: str) -> list[Bilangan]:
    """The figures of a text, in order; citations, codes, list numbers and days are skipped."""
    hasil = []
    for m in _BILANGAN.finditer(teks):
        sebelum = teks[max(0, m.start() - 60) : m.start()]
        sesudah = teks[m.end() : m.end() + 20]
        if _BUKAN_ANGKA.search(sebelum):
            continue
        nilai, desimal = _nilai(m.group("angka"))
        if m.group("rp"):
            jenis = RUPIAH
        elif m.group("persen"):
            jenis = PERSEN
        elif desimal == 0 and "." not in m.group("angka") and 1900 <= nilai <= 2100:
            jenis = TAHUN
        else:
            jenis = ANGKA
            if _HARI_TANGGAL.match(sesudah) and 1 <= nilai <= 31:
                continue
            if _AWAL_BUTIR.search(sebelum) and re.match(r"^[.)]\s", teks[m.end() : m.end() + 2]):
                continue
        hasil.append(Bilangan(jenis, nilai, desimal, m.group(0).strip(), m.start(), m.end()))
    return hasil


def _bulat(nilai: Decimal, desimal: int) -> Decimal:
    return nilai.quantize(Decimal(1).scaleb(-desimal), rounding=ROUND_HALF_UP)


def _cocok(b: Bilangan, calon: Iterable[Decimal]) -> bool:
    """Whether a written figure is one of the candidates, rounded as it is written."""
    return any(_bulat(c, b.desimal) == b.nilai for c in calon)


def sesuai_data(b: Bilangan, izin: Izin) -> bool:
    """Whether one figure is allowed: years exactly, others rounded as written."""
    if b.jenis == TAHUN:
        return int(b.nilai) in izin.tahun or _cocok(b, izin.angka)
    if b.jenis == RUPIAH:
        return _cocok(b, izin.rupiah)
    if b.jenis == PERSEN:
        return _cocok(b, izin.persen | izin.angka)
    return _cocok(b, izin.angka | izin.persen | izin.rupiah)


def _kata_sesudah(teks: str, b: Bilangan) -> tuple[str, int] | None:
    """The words in brackets right after a figure: '13 (tiga belas)' -> ('tiga belas', 13)."""
    m = _KATA_DALAM_KURUNG.match(teks[b.akhir :])
    if not m:
        return None
    try:
        return m.group(1), parse_terbilang(m.group(1))
    except TerbilangError:
        return None


def periksa_narasi(teks: str, izin: Izin) -> list[Temuan]:
    """Figures of an edited text not supported by the data, and words disagreeing with digits."""
    temuan = []
    for b in cari_bilangan(teks):
        if not sesuai_data(b, izin):
            nama = {PERSEN: "persentase", RUPIAH: "jumlah uang", TAHUN: "tahun"}.get(
                b.jenis, "angka"
            )
            temuan.append(
                Temuan(
                    "tidak_sesuai_data",
                    b.teks,
                    f"{nama} '{b.teks}' tidak terdapat dalam data bagian ini",
                    b.awal,
                )
            )
        kata = _kata_sesudah(teks, b)
        if kata is not None and b.desimal == 0 and Decimal(kata[1]) != b.nilai:
            temuan.append(
                Temuan(
                    "kata_tidak_sesuai",
                    b.teks,
                    f"'{b.teks}' ditulis dengan kata '{kata[0]}' yang berarti {kata[1]}",
                    b.awal,
                )
            )
    return temuan


def rangkai(butir: Iterable[str], sambung: str = "dan") -> str:
    """['a', 'b', 'c'] -> 'a, b, dan c' (the serial comma of EYD); ['a', 'b'] -> 'a dan b'."""
    daftar = [b for b in butir if b]
    if len(daftar) <= 1:
        return "".join(daftar)
    if len(daftar) == 2:
        return f"{daftar[0]} {sambung} {daftar[1]}"
    return f"{', '.join(daftar[:-1])}, {sambung} {daftar[-1]}"
