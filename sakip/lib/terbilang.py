"""Amounts in Indonesian words (EYD: 'miliar', 'seratus', 'seribu') and back."""

from __future__ import annotations

import re
from decimal import Decimal

from num2words import num2words

SATUAN = {
    "nol": 0,
    "satu": 1,
    "se": 1,
    "dua": 2,
    "tiga": 3,
    "empat": 4,
    "lima": 5,
    "enam": 6,
    "tujuh": 7,
    "delapan": 8,
    "sembilan": 9,
}
BESAR = {"ribu": 10**3, "juta": 10**6, "miliar": 10**9, "milyar": 10**9, "triliun": 10**12}


class TerbilangError(ValueError):
    """Words that do not spell a whole number in Indonesian."""


def terbilang(nilai: int | Decimal) -> str:
    """29596488000 -> 'dua puluh sembilan miliar ... delapan puluh delapan ribu'."""
    nilai = Decimal(nilai)
    if nilai != nilai.to_integral_value():
        raise ValueError("terbilang hanya untuk bilangan bulat; bulatkan dahulu")
    bulat = int(nilai)
    if bulat < 0:
        return "minus " + num2words(-bulat, lang="id")
    return num2words(bulat, lang="id")


def terbilang_rupiah(nilai: int | Decimal) -> str:
    """29596488000 -> '... delapan puluh delapan ribu rupiah'."""
    return f"{terbilang(nilai)} rupiah"


def _token(teks: str) -> list[str]:
    kata = re.findall(r"[a-z]+", teks.lower())
    hasil: list[str] = []
    for k in kata:
        # 'seratus', 'seribu', 'sepuluh', 'sebelas' glue 'se' (one) to the next word.
        if k.startswith("se") and k[2:] in {"ratus", "ribu", "puluh", "belas"}:
            hasil.extend(["se", k[2:]])
        else:
            hasil.append(k)
    return [k for k in hasil if k != "rupiah"]


def parse_terbilang(teks: str) -> int:
    """'dua puluh sembilan Milyar ... Rupiah' -> 29596488000; raises TerbilangError."""
    tokens = _token(teks)
    if not tokens:
        raise TerbilangError(f"'{teks}' tidak memuat bilangan dalam kata")
    if "nol" in tokens and len(tokens) > 1:
        raise TerbilangError(f"'{teks}': 'nol' hanya berdiri sendiri")
    total = 0
    bagian = 0  # value below the current thousand-group
    angka = 0  # last digit word waiting for puluh/ratus/belas
    ada_angka = False
    tempat = 1000  # smallest place filled in the group: 100 ratus, 10 puluh, 1 belas
    terakhir_besar = 10**15
    for k in tokens:
        if k in SATUAN:
            if ada_angka or tempat == 1:
                raise TerbilangError(f"'{teks}': dua angka berurutan tanpa satuan ('{k}')")
            angka, ada_angka = SATUAN[k], True
        elif k == "belas":
            if not ada_angka or angka == 0 or tempat <= 10:
                raise TerbilangError(f"'{teks}': 'belas' di tempat yang salah")
            bagian += 10 + angka
            angka, ada_angka, tempat = 0, False, 1
        elif k == "puluh":
            if not ada_angka or angka == 0 or tempat <= 10:
                raise TerbilangError(f"'{teks}': 'puluh' di tempat yang salah")
            bagian += 10 * angka
            angka, ada_angka, tempat = 0, False, 10
        elif k == "ratus":
            if not ada_angka or angka == 0 or bagian:
                raise TerbilangError(f"'{teks}': 'ratus' di tempat yang salah")
            bagian += 100 * angka
            angka, ada_angka, tempat = 0, False, 100
        elif k in BESAR:
            kelompok = bagian + (angka if ada_angka else 0)
            if kelompok == 0 or BESAR[k] >= terakhir_besar:
                raise TerbilangError(f"'{teks}': '{k}' di tempat yang salah")
            total += kelompok * BESAR[k]
            terakhir_besar = BESAR[k]
            bagian, angka, ada_angka, tempat = 0, 0, False, 1000
        else:
            raise TerbilangError(f"'{teks}': kata '{k}' bukan bagian dari bilangan")
    return total + bagian + (angka if ada_angka else 0)
