"""An indicator's value as text: the one way pages, documents, commands and checks write it."""

from __future__ import annotations

import re
from decimal import Decimal

from .angka import format_angka_ringkas

# The kinds of indicator value (the values of Indikator.Jenis).
ANGKA = "angka"
PERSEN = "persen"
HURUF = "huruf"

# Satuan words that name the kind of number, not a unit, so the figure is written alone.
SATUAN_TANPA_TULISAN = frozenset({"indeks", "nilai", "angka"})


def berpersen(satuan: str, jenis: str = ANGKA) -> bool:
    """Whether the value is a percentage: satuan '%', or a percentage indicator with no satuan."""
    satuan = (satuan or "").strip()
    return satuan == "%" or (jenis == PERSEN and not satuan)


def format_nilai(
    angka: Decimal | int | None,
    satuan: str = "",
    jenis: str = ANGKA,
    huruf: str = "",
) -> str:
    """'85 %', '12 dokumen', '80' (satuan indeks), 'BB' (a grade); '—' when there is no value."""
    if jenis == HURUF:
        if huruf.strip():
            return huruf.strip().upper()
        # A grade indicator known only by its number (a score or a band's bound).
        return format_angka_ringkas(angka)
    if angka is None:
        return "—"
    teks = format_angka_ringkas(angka)
    if berpersen(satuan, jenis):
        return f"{teks} %"
    satuan = (satuan or "").strip()
    if satuan and satuan.lower() not in SATUAN_TANPA_TULISAN:
        return f"{teks} {satuan}"
    return teks


# a figure and what follows it stay on one line in documents: '94,12 %', '12 orang', 'Rp 1.000'
_SATUAN_MELEKAT = re.compile(r"(\d) (%|orang|indikator|sasaran|kali|dokumen|laporan)(?![\w])")
SPASI_TAK_PUTUS = "\u00a0"


def tanpa_putus(teks: str) -> str:
    """The one rule for line breaks next to figures: a non-breaking space before '%' and the
    common units after a number, and after 'Rp' ('94,12\u00a0%', 'Rp\u00a01.000')."""
    teks = _SATUAN_MELEKAT.sub(f"\\1{SPASI_TAK_PUTUS}\\2", str(teks))
    return teks.replace("Rp ", f"Rp{SPASI_TAK_PUTUS}")
