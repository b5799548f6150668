"""Indonesian number, money, percentage and date formats, and parsing them back to Decimal."""

from __future__ import annotations

import datetime
import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from babel.dates import format_date
from babel.numbers import format_decimal

LOCALE = "id_ID"
DUA_DESIMAL = Decimal("0.01")


class AngkaError(ValueError):
    """A text that is not a number in Indonesian (or plain) notation."""


def bulatkan(nilai: Decimal, tempat: int = 2) -> Decimal:
    """Round half up, the one rounding rule of the project (display only)."""
    return nilai.quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


def format_angka(nilai: Decimal | int | None, desimal: int = 0) -> str:
    """29596488000 -> '29.596.488.000' (desimal=2 -> '29.596.488.000,00')."""
    if nilai is None:
        return "—"
    nilai = Decimal(nilai)
    pola = "#,##0" + ("." + "0" * desimal if desimal else "")
    return format_decimal(bulatkan(nilai, desimal), format=pola, locale=LOCALE)


def format_angka_ringkas(nilai: Decimal | int | None) -> str:
    """Show a measured value without needless decimals: 80 -> '80', 99.5 -> '99,5'."""
    if nilai is None:
        return "—"
    nilai = Decimal(nilai)
    if nilai == nilai.to_integral_value():
        return format_angka(nilai, 0)
    teks = format_angka(nilai, 2)
    return teks.rstrip("0").rstrip(",")


def format_persen(nilai: Decimal | None, desimal: int = 2) -> str:
    """Decimal('85.714') -> '85,71 %'; None -> '—' (undefined capaian)."""
    if nilai is None:
        return "—"
    return f"{format_angka(nilai, desimal)} %"


def format_rupiah(nilai: Decimal | int | None, desimal: int = 0) -> str:
    """Decimal('29596488000') -> 'Rp29.596.488.000' (desimal=2 -> 'Rp29.596.488.000,00')."""
    if nilai is None:
        return "—"
    nilai = Decimal(nilai)
    tanda = "-" if nilai < 0 else ""
    return f"{tanda}Rp{format_angka(abs(nilai), desimal)}"


def format_tanggal(tanggal: datetime.date | None) -> str:
    """date(2024, 1, 13) -> '13 Januari 2024'."""
    if tanggal is None:
        return "—"
    return format_date(tanggal, format="d MMMM y", locale=LOCALE)


# ASCII digits only: `\d` would also admit Arabic-Indic or Devanagari digits, and `isdigit()`
# admits superscripts such as "²" that int() then refuses.
_INDONESIA = re.compile(r"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$|^[0-9]+,[0-9]+$")
_POLOS = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_BUKAN_ASCII_ANGKA = re.compile(r"[^\x00-\x7f]")
PANJANG_TEKS_ANGKA_MAKS = 64
_RP = re.compile(r"^rp\.?\s*", re.IGNORECASE)


def parse_angka(teks: str | int | float | Decimal | None) -> Decimal:
    """Parse '29.596.488.000,00', '99,21%', 'Rp 1.234', '1234.5' or a number into Decimal.

    A dot followed by exactly three digits groups thousands (Indonesian notation); a
    lone dot with other digit counts is a decimal point (plain notation from a
    spreadsheet). Anything ambiguous or malformed raises AngkaError.
    """
    if isinstance(teks, bool):
        raise AngkaError(f"'{teks}' bukan angka")
    if isinstance(teks, int | Decimal):
        return Decimal(teks)
    if isinstance(teks, float):
        return Decimal(repr(teks))
    if teks is None:
        raise AngkaError("nilai kosong, seharusnya angka")
    asli = teks
    if len(str(teks)) > PANJANG_TEKS_ANGKA_MAKS:
        raise AngkaError(
            f"teks angka terlalu panjang ({len(str(teks))} karakter, paling banyak "
            f"{PANJANG_TEKS_ANGKA_MAKS})"
        )
    s = str(teks).strip().replace("\u00a0", " ")
    if any(c.isdigit() and not c.isascii() for c in s):
        raise AngkaError(
            f"'{asli}' memuat angka yang bukan angka biasa 0–9 (mis. angka pangkat “²” atau "
            "angka aksara lain); ketik ulang dengan angka 0–9"
        )
    s = _RP.sub("", s)
    s = s.rstrip(",-").strip() if s.endswith(",-") else s
    if s.endswith("%"):
        s = s[:-1].strip()
    negatif = False
    if s.startswith("(") and s.endswith(")"):
        negatif, s = True, s[1:-1].strip()
    if s.startswith("-"):
        negatif, s = True, s[1:].strip()
    s = s.replace(" ", "")
    if not s:
        raise AngkaError(f"'{asli}' bukan angka")
    if _INDONESIA.match(s):
        normal = s.replace(".", "").replace(",", ".")
    elif _POLOS.match(s):
        normal = s
    else:
        raise AngkaError(
            f"'{asli}' bukan angka yang dikenali (contoh yang benar: 1.234.567,89 atau 99,21%)"
        )
    try:
        hasil = Decimal(normal)
    except InvalidOperation as exc:  # pragma: no cover - the regexes admit only digits
        raise AngkaError(f"'{asli}' bukan angka") from exc
    return -hasil if negatif else hasil


def ke_int(teks: str | None) -> int | None:
    """A whole number written with ASCII digits only ('2023'), else None; never raises.

    `str.isdigit()` admits '²' and other digits that int() refuses (a 500 on `?tahun=²`); every
    query parameter that is a number is read through this.
    """
    if teks is None:
        return None
    teks = str(teks).strip()
    if not teks or len(teks) > 18 or not teks.isascii() or not teks.isdigit():
        return None
    return int(teks)


def periksa_digit(nilai: Decimal, max_digits: int, decimal_places: int) -> None:
    """Refuse a number with more digits before the decimal point than a column holds.

    Digits after the point beyond `decimal_places` are rounded when stored, as always; digits
    before it cannot be, and a database would refuse them (or SQLite store them wrong).
    """
    if not nilai.is_finite():
        raise AngkaError("bukan angka yang terhingga")
    bulat = max_digits - decimal_places
    batas = Decimal(10) ** bulat
    if abs(nilai) >= batas:
        raise AngkaError(
            f"angka terlalu besar ({nilai.adjusted() + 1} angka sebelum koma); paling "
            f"banyak {bulat} angka sebelum koma"
        )
