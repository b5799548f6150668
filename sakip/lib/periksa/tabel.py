"""Finding the tables in the lines of a document, and reading their cells as numbers.

A table is a run of tab-separated lines (DOCX and PDF tables are read that way; a
Markdown pipe table too). A run goes on across blank lines, page numbers, running
headers and a repeated header row, which is how a table broken across pages looks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property

from sakip.lib.angka import AngkaError, parse_angka
from sakip.lib.periksa.dokumen import Baris, Dokumen

# Column roles by header text (spaces removed, upper case), first match wins: order matters
# ("% REALISASI" is a percentage, "RENTANG CAPAIAN" a scale's range, "TVR O" a volume).
PERAN = (
    ("no", re.compile(r"^(NO\.?|NOMOR|NO\.URUT)$")),
    ("rentang", re.compile(r"RENTANG|INTERVAL|SKALA")),
    ("kategori", re.compile(r"KATEGORI|PREDIKAT")),
    ("tvro", re.compile(r"TVRO|TARGETVOLUME|VOLUMETARGET")),
    ("rvro", re.compile(r"RVRO|REALISASIVOLUME|VOLUMEREALISASI")),
    ("progres", re.compile(r"PROGRES")),
    ("capaian", re.compile(r"CAPAIAN")),
    ("persen", re.compile(r"%|PERSEN|PROSENTASE")),
    ("sisa", re.compile(r"SISA")),
    ("realisasi", re.compile(r"REALISASI")),
    ("pagu", re.compile(r"PAGU|ANGGARAN|ALOKASI")),
    ("target", re.compile(r"TARGET")),
    ("sasaran", re.compile(r"SASARAN")),
    ("indikator", re.compile(r"INDIKATOR")),
)

LABEL_TOTAL = re.compile(
    r"^(jumlah|total|sub\s*total|grand\s*total)(\s+(total|keseluruhan|seluruhnya|akhir|umum))?"
    r"\s*:?$",
    re.IGNORECASE,
)
_NOMOR_HALAMAN = re.compile(
    r"^\s*(-\s*)?((hal(aman)?\.?|page)\s*)?\d{1,4}(\s*(dari|of|/)\s*\d{1,4})?(\s*-)?\s*$",
    re.IGNORECASE,
)
_PEMISAH_MD = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_NOMOR_KOLOM = re.compile(r"^\(?(\d{1,2})\)?$")
_ANGKA_SEL = re.compile(r"^[\d.,\s]+%?$")


def bersih(sel: str) -> str:
    """Cell text without Markdown emphasis and surrounding spaces."""
    return sel.replace("**", "").replace("__", "").strip()


def angka(sel: str) -> Decimal | None:
    """The number in a cell, or None; rejoins a number split by spaces in PDF conversion."""
    s = bersih(sel)
    if s in ("-", "–", "—"):
        return Decimal(0)
    s = re.sub(r"^rp\.?\s*", "", s, flags=re.IGNORECASE)
    s = re.sub(r"\s+%$", "%", s)  # '96 %' is one percentage
    if not s or not any(c.isdigit() for c in s) or not _ANGKA_SEL.match(s):
        return None
    if " " in s.strip() and not re.search(r"[.,]", s):
        return None  # '100 100' is two numbers, not one split by a conversion
    try:
        return parse_angka(s)  # it drops inner spaces: '2.313.43 8.000,00' is rejoined
    except AngkaError:
        return None


def terpotong(sel: str) -> bool:
    """A number that PDF conversion split with spaces ('2.313.43 8.000,00 00')."""
    s = bersih(sel)
    return " " in s.rstrip("% ") and angka(s) is not None and _ANGKA_SEL.match(s) is not None


def bilangan_bulat(sel: str) -> int | None:
    """A small whole number written plainly ('13', '5.', '(3)'), else None."""
    m = re.match(r"^\(?(\d{1,4})[.)]?$", bersih(sel))
    return int(m.group(1)) if m else None


def _norm_kepala(teks: str) -> str:
    return re.sub(r"\d", "#", re.sub(r"\s+", " ", teks.strip().upper()))


def kepala_berjalan(dokumen: Dokumen) -> set[int]:
    """Line numbers of running headers/footers: short lines repeated three times or more.

    Digits are masked, so 'LAPORAN KINERJA TAHUN 2022' is recognised as the same
    running header as 'LAPORAN KINERJA TAHUN 2023' (and then checked for its year).
    """
    kandidat = {}
    for b in dokumen.baris:
        t = b.teks.strip()
        if "\t" in b.teks or not 4 <= len(t) <= 90 or sum(c.isalpha() for c in t) < 3:
            continue
        if t.startswith("|"):
            continue
        kandidat[b.nomor] = _norm_kepala(t)
    hitung = Counter(kandidat.values())
    return {n for n, k in kandidat.items() if hitung[k] >= 3}


@dataclass
class Row:
    """One row of a table: its line and its cells."""

    baris: Baris
    sel: list[str]

    @property
    def nomor(self) -> int:
        return self.baris.nomor


@dataclass
class Tabel:
    """A table: header row(s), then the body rows."""

    kepala: list[str]
    rows: list[Row]
    lebar: int
    baris_kepala: int = 0

    @property
    def awal(self) -> int:
        return self.baris_kepala or (self.rows[0].nomor if self.rows else 0)

    @cached_property
    def peran(self) -> dict[str, int]:
        """Role name -> column index, from the header text."""
        hasil: dict[str, int] = {}
        for i, judul in enumerate(self.kepala):
            kunci = re.sub(r"\s+", "", judul.upper())
            if not kunci:
                continue
            for nama, pola in PERAN:
                if pola.search(kunci):
                    hasil.setdefault(nama, i)
                    break
        return hasil

    def sel(self, row: Row, peran: str) -> str:
        """The cell of a role in a row ('' when the table or the row lacks it)."""
        i = self.peran.get(peran)
        if i is None or i >= len(row.sel):
            return ""
        return row.sel[i]

    def nilai(self, row: Row, peran: str) -> Decimal | None:
        return angka(self.sel(row, peran))

    def baris_total(self, row: Row) -> bool:
        return any(LABEL_TOTAL.match(bersih(s)) for s in row.sel if bersih(s))


def _sel(teks: str) -> list[str] | None:
    if "\t" in teks:
        return [s.strip() for s in teks.split("\t")]
    s = teks.strip()
    if s.startswith("|") and s.endswith("|") and s.count("|") >= 3:
        if _PEMISAH_MD.match(s):
            return []
        return [c.strip() for c in s[1:-1].split("|")]
    return None


def _baris_nomor_kolom(sel: list[str]) -> bool:
    """'1 2 3 4' or '(2) (3) (4)': the column-numbering row under a header."""
    nomor = [_NOMOR_KOLOM.match(bersih(s)) for s in sel if bersih(s)]
    if len(nomor) < 3 or not all(nomor):
        return False
    angka_kolom = [int(m.group(1)) for m in nomor]
    return (
        all(b > a for a, b in zip(angka_kolom, angka_kolom[1:], strict=False))
        and angka_kolom[0] <= 2
    )


def _ada_angka(sel: list[str]) -> bool:
    return any(angka(s) is not None or bilangan_bulat(s) is not None for s in sel if bersih(s))


def _rapikan(sel: list[str], lebar: int) -> list[str]:
    """Drop the surplus empty cells a PDF conversion adds at either end of a row."""
    sel = list(sel)
    while len(sel) > lebar and sel and not sel[-1]:
        sel.pop()
    while len(sel) > lebar and sel and not sel[0]:
        sel.pop(0)
    if len(sel) < lebar and sel and LABEL_TOTAL.match(bersih(sel[0])):
        return sel  # a total row whose label spans columns keeps its numbers at the right
    return sel


def cari_tabel(dokumen: Dokumen, kepala: set[int] | None = None) -> list[Tabel]:
    """All tables of the document, each reassembled across page breaks."""
    kepala = kepala_berjalan(dokumen) if kepala is None else kepala
    kumpulan: list[list[tuple[Baris, list[str]]]] = []
    sekarang: list[tuple[Baris, list[str]]] | None = None
    for b in dokumen.baris:
        sel = _sel(b.teks)
        if sel is not None:
            if sekarang is None:
                sekarang = []
                kumpulan.append(sekarang)
            if sel:
                sekarang.append((b, sel))
            continue
        t = b.teks.strip()
        if sekarang is not None and (
            not t or b.nomor in kepala or _NOMOR_HALAMAN.match(t) or t in ("-", "–", "•")
        ):
            continue
        sekarang = None
    return [t for t in (_susun(k) for k in kumpulan) if t is not None]


def _susun(isi: list[tuple[Baris, list[str]]]) -> Tabel | None:
    """Header = up to two leading rows without a number (one, if no row has a number)."""
    if len(isi) < 2:
        return None
    lebar = len(isi[0][1])
    rows = [(b, _rapikan(sel, lebar)) for b, sel in isi]
    rows = [(b, sel) for b, sel in rows if not _baris_nomor_kolom(sel)]
    if not rows:
        return None
    n_kepala = 0
    while n_kepala < min(2, len(rows)) and not _ada_angka(rows[n_kepala][1]):
        n_kepala += 1
    if n_kepala == 0 or not any(_ada_angka(sel) for _, sel in rows):
        n_kepala = 1
    kepala_rows = [sel for _, sel in rows[:n_kepala]]
    pertama = [bersih(s).upper() for s in kepala_rows[0]]
    badan = [
        Row(b, sel)
        for b, sel in rows[n_kepala:]
        if [bersih(s).upper() for s in sel] != pertama  # the header repeated on the next page
    ]
    if not badan:
        return None
    kolom = max(len(r) for r in kepala_rows)
    judul = [
        " ".join(bersih(r[j]) for r in kepala_rows if j < len(r) and bersih(r[j]))
        for j in range(kolom)
    ]
    return Tabel(kepala=judul, rows=badan, lebar=lebar, baris_kepala=rows[0][0].nomor)
