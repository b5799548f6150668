"""Budget rules (DOMAIN.md §4): the line code, type of spending, sisa, absorption, RO progress, RPD."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from functools import cached_property, lru_cache

from sakip.lib.angka import AngkaError, parse_angka, periksa_digit

# (max_digits, decimal_places) of a money column and of an RO volume (anggaran/models.py)
DIGIT_UANG = (18, 2)
DIGIT_VOLUME = (14, 3)

SERATUS = Decimal(100)
SEN = Decimal("0.01")
# Spreadsheet floats carry binary noise (0.1 + 0.2); below this it is noise, not sub-cent money.
_DERAU = Decimal("0.000001")
# A whole number below this fits a money column (periksa_digit's bound for DIGIT_UANG).
_BATAS_UANG = 10 ** (DIGIT_UANG[0] - DIGIT_UANG[1])

# The nine levels of a budget line code, in order, with the name used in messages.
TINGKAT: tuple[str, ...] = (
    "ba",
    "eselon",
    "program",
    "kegiatan",
    "kro",
    "ro",
    "komponen",
    "subkomponen",
    "akun",
)
NAMA_TINGKAT: dict[str, str] = {
    "ba": "Bagian Anggaran",
    "eselon": "Eselon I",
    "program": "Program",
    "kegiatan": "Kegiatan",
    "kro": "KRO",
    "ro": "RO",
    "komponen": "Komponen",
    "subkomponen": "Sub Komponen",
    "akun": "Akun",
}
_POLA: dict[str, tuple[str, str]] = {
    "ba": (r"\d{3}", "3 angka, mis. 076"),
    "eselon": (r"\d{2}", "2 angka, mis. 01"),
    "program": (r"[A-Z0-9]{2}", "2 huruf, mis. CQ atau WA"),
    "kegiatan": (r"\d{4}", "4 angka, mis. 6709"),
    "kro": (r"[A-Z]{3}", "3 huruf, mis. QGE"),
    "ro": (r"[A-Z0-9]{3}", "3 angka, mis. 001"),
    "komponen": (r"\d{3}", "3 angka, mis. 051"),
    "subkomponen": (r"[A-Z0-9]{1,2}", "1-2 huruf/angka, mis. A"),
    "akun": (r"\d{6}", "6 angka, mis. 521211"),
}
_COCOK = {t: re.compile(f"^{p}$") for t, (p, _) in _POLA.items()}

# Bagan Akun Standar: the first two digits of a spending akun give its type.
JENIS_BELANJA: dict[str, str] = {
    "51": "Belanja Pegawai",
    "52": "Belanja Barang",
    "53": "Belanja Modal",
    "54": "Belanja Pembayaran Kewajiban Utang",
    "55": "Belanja Subsidi",
    "56": "Belanja Hibah",
    "57": "Belanja Bantuan Sosial",
    "58": "Belanja Lain-lain",
}
_SEBUTAN_JENIS = {
    "pegawai": "51",
    "barang": "52",
    "barang dan jasa": "52",
    "modal": "53",
    "pembayaran kewajiban utang": "54",
    "subsidi": "55",
    "hibah": "56",
    "bantuan sosial": "57",
    "bansos": "57",
    "lain-lain": "58",
    "lain lain": "58",
}

NAMA_BULAN: tuple[str, ...] = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_SINGKATAN_BULAN = {
    "jan": 1,
    "feb": 2,
    "peb": 2,
    "mar": 3,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "aug": 8,
    "sep": 9,
    "okt": 10,
    "oct": 10,
    "nov": 11,
    "nop": 11,
    "des": 12,
    "dec": 12,
}


class KodeError(ValueError):
    """A budget code, type of spending or month that does not follow the rules."""


@dataclass(frozen=True, order=True)
class KodeAnggaran:
    """The full code of one budget line, BA.Eselon.Program.Kegiatan.KRO.RO.Komponen.Sub.Akun."""

    ba: str
    eselon: str
    program: str
    kegiatan: str
    kro: str
    ro: str
    komponen: str
    subkomponen: str
    akun: str

    def __str__(self) -> str:
        return self.teks

    @cached_property
    def teks(self) -> str:
        """The code as written, computed once (imports compare codes by text many times)."""
        return ".".join(self.segmen())

    def segmen(self) -> tuple[str, ...]:
        return tuple(getattr(self, t) for t in TINGKAT)

    def awalan(self, tingkat: str) -> str:
        """The code up to and including a level: awalan('ro') -> '076.01.CQ.6709.QGE.001'."""
        return ".".join(self.segmen()[: TINGKAT.index(tingkat) + 1])

    @property
    def kode_ro(self) -> str:
        return self.awalan("ro")

    @property
    def jenis_belanja(self) -> str:
        return jenis_belanja(self.akun)


def periksa_segmen(tingkat: str, nilai: str) -> str:
    """Normalise one level's code (trim, upper case) or raise KodeError saying what it must be."""
    teks = str(nilai).strip().upper()
    if not _COCOK[tingkat].match(teks):
        contoh = _POLA[tingkat][1]
        if not teks:
            raise KodeError(f"kode {NAMA_TINGKAT[tingkat]} kosong (harus {contoh})")
        raise KodeError(f"kode {NAMA_TINGKAT[tingkat]} '{nilai}' tidak sah (harus {contoh})")
    return teks


_KODE_LENGKAP = re.compile(r"^" + r"\.".join(f"({_POLA[t][0]})" for t in TINGKAT) + r"$")


@lru_cache(maxsize=65536)
def parse_segmen(teks: str) -> tuple[str, ...]:
    """Split and check a full or partial code from the top: '076.01.CQ' -> ('076', '01', 'CQ')."""
    if m := _KODE_LENGKAP.match(teks):
        return m.groups()  # the common case: a well-formed full code, checked in one match
    bersih = str(teks).strip()
    if not bersih:
        raise KodeError("kode kosong")
    bagian = [b.strip() for b in bersih.split(".")]
    if len(bagian) > len(TINGKAT):
        raise KodeError(
            f"kode '{teks}' terlalu panjang: {len(bagian)} bagian, paling banyak {len(TINGKAT)} "
            "(BA.Eselon.Program.Kegiatan.KRO.RO.Komponen.SubKomponen.Akun)"
        )
    hasil = []
    for tingkat, b in zip(TINGKAT, bagian, strict=False):
        try:
            hasil.append(periksa_segmen(tingkat, b))
        except KodeError as exc:
            raise KodeError(f"kode '{teks}': {exc}") from None
    return tuple(hasil)


def gabung_kode(per_tingkat: Mapping[str, str | None]) -> tuple[str, ...]:
    """Join per-level columns into checked segments; a filled level below an empty one is an error."""
    hasil: list[str] = []
    kosong_pertama: str | None = None
    for tingkat in TINGKAT:
        nilai = per_tingkat.get(tingkat)
        nilai = "" if nilai is None else str(nilai).strip()
        if not nilai:
            kosong_pertama = kosong_pertama or tingkat
            continue
        if kosong_pertama is not None:
            raise KodeError(
                f"kode {NAMA_TINGKAT[tingkat]} diisi tetapi {NAMA_TINGKAT[kosong_pertama]} kosong"
            )
        hasil.append(periksa_segmen(tingkat, nilai))
    if not hasil:
        raise KodeError("kode kosong")
    return tuple(hasil)


_TINGKAT_RO = TINGKAT[: TINGKAT.index("ro") + 1]


def parse_kode_ro(teks: str) -> tuple[str, ...]:
    """An RO code, full or shortened from the top: '6709.QGE.001' or '076.01.CQ.6709.QGE.001'."""
    bersih = str(teks).strip()
    if not bersih:
        raise KodeError("kode RO kosong")
    bagian = [b.strip() for b in bersih.split(".")]
    if len(bagian) > len(_TINGKAT_RO):
        raise KodeError(
            f"kode RO '{teks}' terlalu panjang: paling banyak BA.Eselon.Program.Kegiatan.KRO.RO"
        )
    if len(bagian) < 2:
        raise KodeError(f"kode RO '{teks}' terlalu pendek: paling sedikit KRO.RO, mis. QGE.001")
    tingkat = _TINGKAT_RO[len(_TINGKAT_RO) - len(bagian) :]
    try:
        return tuple(periksa_segmen(t, b) for t, b in zip(tingkat, bagian, strict=True))
    except KodeError as exc:
        raise KodeError(f"kode RO '{teks}': {exc}") from None


def gabung_kode_ro(per_tingkat: Mapping[str, str | None]) -> tuple[str, ...]:
    """Per-level columns ending at RO (upper levels may be left out) -> an RO code as for parse_kode_ro."""
    isi = {t: str(per_tingkat.get(t) or "").strip() for t in _TINGKAT_RO}
    terisi = [t for t in _TINGKAT_RO if isi[t]]
    if not terisi:
        raise KodeError("kode RO kosong")
    awal = _TINGKAT_RO.index(terisi[0])
    for t in _TINGKAT_RO[awal:]:
        if not isi[t]:
            raise KodeError(f"kode {NAMA_TINGKAT[t]} kosong di tengah kode RO")
    return parse_kode_ro(".".join(isi[t] for t in _TINGKAT_RO[awal:]))


def cocok_ro(kode_ro: tuple[str, ...], kode_ro_lengkap: str) -> bool:
    """Whether a possibly shortened RO code names this full RO code."""
    return kode_ro_lengkap.split(".")[-len(kode_ro) :] == list(kode_ro)


def jenis_belanja(akun: str) -> str:
    """Type of spending from an akun: '521211' -> '52' (Belanja Barang)."""
    teks = periksa_segmen("akun", akun)
    jenis = teks[:2]
    if jenis not in JENIS_BELANJA:
        raise KodeError(f"akun '{akun}' bukan akun belanja (harus diawali 51 sampai 58)")
    return jenis


def parse_jenis_belanja(teks: str | int) -> str:
    """'51', 'Belanja Pegawai', 'pegawai' or an akun -> '51'; anything else raises KodeError."""
    bersih = re.sub(r"\s+", " ", str(teks).strip().lower())
    if bersih.endswith(".0"):
        bersih = bersih[:-2]
    if bersih in JENIS_BELANJA:
        return bersih
    if re.fullmatch(r"5\d{5}", bersih):
        return jenis_belanja(bersih)
    tanpa_awalan = bersih.removeprefix("belanja ").strip()
    if tanpa_awalan in _SEBUTAN_JENIS:
        return _SEBUTAN_JENIS[tanpa_awalan]
    raise KodeError(
        f"jenis belanja '{teks}' tidak dikenal (isi 51/52/53 atau Belanja Pegawai/Barang/Modal)"
    )


def nama_jenis_belanja(jenis: str) -> str:
    """'52' -> 'Belanja Barang'."""
    return JENIS_BELANJA.get(jenis, f"Belanja {jenis}")


def parse_bulan(nilai: str | int | float | Decimal) -> int:
    """1..12, '03', 'Maret', 'mar' -> month number; anything else raises KodeError."""
    if type(nilai) is int and 1 <= nilai <= 12:
        return nilai  # the common case, a number cell (bool is not int by type)
    if isinstance(nilai, bool):
        raise KodeError(f"bulan '{nilai}' tidak sah (isi 1 sampai 12)")
    if isinstance(nilai, int | float | Decimal):
        angka = Decimal(str(nilai))
        if angka != angka.to_integral_value() or not 1 <= angka <= 12:
            raise KodeError(f"bulan {nilai} di luar 1 sampai 12")
        return int(angka)
    teks = str(nilai).strip().lower()
    if re.fullmatch(r"\d{1,2}(\.0+)?", teks):
        return parse_bulan(Decimal(teks))
    for i, nama in enumerate(NAMA_BULAN, start=1):
        if teks == nama.lower():
            return i
    if teks[:3] in _SINGKATAN_BULAN and len(teks) <= 4:
        return _SINGKATAN_BULAN[teks[:3]]
    raise KodeError(f"bulan '{nilai}' tidak dikenal (isi 1 sampai 12 atau nama bulan)")


def uang(nilai: str | int | float | Decimal | None, negatif_boleh: bool = False) -> Decimal:
    """A money amount to exact cents: '1.000,0000' -> Decimal('1000.00'); raises AngkaError."""
    if type(nilai) is int and 0 <= nilai < _BATAS_UANG:
        return Decimal(nilai).quantize(SEN)  # the common case, a whole number cell; as below
    angka = parse_angka(nilai)
    if not angka.is_finite():
        raise AngkaError(f"'{nilai}' bukan angka")
    periksa_digit(angka, *DIGIT_UANG)
    sen = angka.quantize(SEN, rounding=ROUND_HALF_UP)
    if abs(angka - sen) > _DERAU:
        raise AngkaError(f"'{nilai}' memiliki pecahan di bawah satu sen (paling banyak 2 desimal)")
    if sen < 0 and not negatif_boleh:
        raise AngkaError(f"'{nilai}' negatif; nilai uang tidak boleh negatif")
    return sen


def sisa(pagu: Decimal, realisasi: Decimal) -> Decimal:
    """Unspent budget: pagu - realisasi (negative when overspent)."""
    return pagu - realisasi


def persen(bagian: Decimal, keseluruhan: Decimal) -> Decimal | None:
    """bagian / keseluruhan x 100, unrounded; None when keseluruhan is 0 (undefined)."""
    if keseluruhan == 0:
        return None
    return bagian * SERATUS / keseluruhan


def persen_penyerapan(realisasi: Decimal, pagu: Decimal) -> Decimal | None:
    """Absorption: realisasi / pagu x 100; None for a zero pagu."""
    return persen(realisasi, pagu)


def progres_ro(target: Decimal, realisasi: Decimal) -> Decimal | None:
    """RO progress RVRO / TVRO x 100, capped at 100 (the seed shows 20/10 as 100,00)."""
    if target < 0 or realisasi < 0:
        raise ValueError("volume RO tidak boleh negatif")
    if target == 0:
        return None
    return min(realisasi * SERATUS / target, SERATUS)


def deviasi_rpd(rencana: Decimal, realisasi: Decimal) -> Decimal | None:
    """Deviation of a month's spending from its RPD plan: |realisasi - rencana| / rencana x 100.

    A month planned at 0 deviates 0 when nothing was spent and is undefined (None) otherwise.
    """
    if rencana == 0:
        return Decimal(0) if realisasi == 0 else None
    return abs(realisasi - rencana) * SERATUS / abs(rencana)


def kumulatif(per_bulan: Mapping[int, Decimal]) -> dict[int, Decimal]:
    """Running totals over months 1..12 (missing months count 0)."""
    hasil, jalan = {}, Decimal(0)
    for bulan in range(1, 13):
        jalan += per_bulan.get(bulan, Decimal(0))
        hasil[bulan] = jalan
    return hasil


def bulanan_dari_kumulatif(kumulatif_per_bulan: Mapping[int, Decimal]) -> dict[int, Decimal]:
    """Monthly figures from cumulative ones (as SAKTI reports them): each minus the previous known."""
    hasil, sebelumnya = {}, Decimal(0)
    for bulan in sorted(kumulatif_per_bulan):
        if not 1 <= bulan <= 12:
            raise KodeError(f"bulan {bulan} di luar 1 sampai 12")
        hasil[bulan] = kumulatif_per_bulan[bulan] - sebelumnya
        sebelumnya = kumulatif_per_bulan[bulan]
    return hasil


def jumlah(nilai: Iterable[Decimal]) -> Decimal:
    """Decimal sum that is Decimal('0') for no values."""
    return sum(nilai, Decimal(0))
