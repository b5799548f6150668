"""Category scales written in a document: reading their bands, finding gaps and overlaps.

sakip.lib.skala.Skala refuses a flawed scale; a document's scale must be read as written,
flaws included, so here a scale is a plain list of sakip.lib.skala.Pita with the lines
they came from.

Decision on integer-written bands: a band written "71 – 90" or "76% sampai 100%" is read
as the closed interval [71, 90]. Two such bands "71 – 90" and "91 – 100" therefore leave
the values strictly between 90 and 91 (e.g. 90,5) without a category. A gap that holds
a whole number (such as "Kurang dari 5%" followed by "55% sampai 75%") is an error; a gap
that holds only fractions (90 < x < 91) is a warning, because capaian is a fraction as
often as not. A scale must cover [0, +inf) with no overlap (DOMAIN.md §3).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from sakip.lib.periksa.tabel import Tabel, bersih
from sakip.lib.skala import SKALA_CAPAIAN_KPU, SKALA_PENYERAPAN, Pita, Skala


@dataclass(frozen=True)
class SkalaDokumen:
    """A scale as a document writes it: bands (possibly flawed) and their lines."""

    nama: str
    pita: tuple[Pita, ...]
    baris: tuple[int, ...] = ()


def _skala_baku(nama: str, pita: list[Pita]) -> SkalaDokumen:
    return SkalaDokumen(nama, tuple(Skala(nama, pita).pita))


D = Decimal
# Scales other offices use (DOMAIN.md §3), checked against the same category words.
SKALA_PERMENDAGRI = _skala_baku(
    "skala Permendagri 86/2017",
    [
        Pita("Sangat Rendah", D(0), D(51)),
        Pita("Rendah", D(51), D(66)),
        Pita("Sedang", D(66), D(76)),
        Pita("Tinggi", D(76), D(91)),
        Pita("Sangat Tinggi", D(91), None),
    ],
)
SKALA_BAKU = (
    SkalaDokumen(f"skala baku '{SKALA_CAPAIAN_KPU.nama}'", tuple(SKALA_CAPAIAN_KPU.pita)),
    SkalaDokumen(f"skala baku '{SKALA_PENYERAPAN.nama}'", tuple(SKALA_PENYERAPAN.pita)),
    SKALA_PERMENDAGRI,
)


def norm_label(label: str) -> str:
    return re.sub(r"\s+", " ", label.replace("*", "")).strip().casefold()


def kategori(skala: SkalaDokumen, x: Decimal) -> str | None:
    """The label of the first band holding x, or None when x falls in a gap."""
    return next((p.label for p in skala.pita if p.memuat(x)), None)


def punya(skala: SkalaDokumen, label: str) -> bool:
    return any(norm_label(p.label) == norm_label(label) for p in skala.pita)


_X = r"(\d+(?:[.,]\d+)?)"
_RENTANG = (
    (re.compile(rf"^(?:>=|≥|=>)\s*{_X}\s*(?:dan|and|&|,)?\s*(<=|≤|<)\s*{_X}$"), "ge_le"),
    (re.compile(rf"^>\s*{_X}\s*(?:dan|and|&|,)?\s*(<=|≤|<)\s*{_X}$"), "gt_le"),
    (re.compile(rf"^{_X}\s*(<=|≤|<)\s*[a-z]*\s*(<=|≤|<)\s*{_X}$"), "antara"),
    (re.compile(rf"^{_X}\s*(<=|≤)\s*{_X}$"), "antara2"),  # '91 % ≤ 100 %'
    (re.compile(rf"^{_X}\s*(?:<|-|–)?\s*(?:x|nilai|capaian)\s*(<=|≤|<)\s*{_X}$"), "antara3"),
    (re.compile(rf"^(?:>=|≥|=>|minimal|paling sedikit|sekurang-kurangnya)\s*{_X}$"), "ge"),
    (re.compile(rf"^(?:>|lebih dari|di atas|diatas)\s*{_X}$"), "gt"),
    (re.compile(rf"^(?:<=|≤|=<|maksimal|paling banyak|sampai dengan|s\.?d\.?)\s*{_X}$"), "le"),
    (re.compile(rf"^(?:<|kurang dari|di bawah|dibawah)\s*{_X}$"), "lt"),
    (re.compile(rf"^{_X}\s*(?:-|–|—|s\.?\s*d\.?|s/d|sampai(?: dengan)?|hingga)\s*{_X}$"), "tutup"),
    (re.compile(rf"^{_X}$"), "titik"),
)


def _d(teks: str) -> Decimal:
    return Decimal(teks.replace(",", "."))


def baca_rentang(label: str, teks: str) -> Pita | None:
    """'91 – 100' -> [91, 100]; '>100' -> (100, +inf); 'Kurang dari 5%' -> [0, 5); else None."""
    s = bersih(teks).lower().replace("%", "").replace("persen", "")
    s = re.sub(r"\s+", " ", s).strip()
    for pola, jenis in _RENTANG:
        m = pola.match(s)
        if not m:
            continue
        g = m.groups()
        if jenis in ("ge_le", "gt_le"):
            return Pita(label, _d(g[0]), _d(g[2]), jenis == "ge_le", g[1] != "<")
        if jenis == "antara":
            return Pita(label, _d(g[0]), _d(g[3]), g[1] != "<", g[2] != "<")
        if jenis == "antara2":
            return Pita(label, _d(g[0]), _d(g[2]), True, True)
        if jenis == "antara3":
            return Pita(label, _d(g[0]), _d(g[2]), True, g[1] != "<")
        if jenis in ("ge", "gt"):
            return Pita(label, _d(g[0]), None, jenis == "ge")
        if jenis in ("le", "lt"):
            return Pita(label, D(0), _d(g[0]), True, jenis == "le")
        if jenis == "tutup":
            return Pita(label, _d(g[0]), _d(g[1]), True, True)
        return Pita(label, _d(g[0]), _d(g[0]), True, True)
    return None


def skala_dari_tabel(tabel: Tabel) -> SkalaDokumen | None:
    """A scale from a table with a range column and a category column, else None."""
    if "rentang" not in tabel.peran or "kategori" not in tabel.peran:
        return None
    pita, baris = [], []
    for row in tabel.rows:
        label = bersih(tabel.sel(row, "kategori"))
        p = baca_rentang(label, tabel.sel(row, "rentang")) if label else None
        if p is not None:
            pita.append(p)
            baris.append(row.nomor)
    if len(pita) < 2:
        return None
    return SkalaDokumen(f"skala dalam dokumen (baris {tabel.awal})", tuple(pita), tuple(baris))


_NOMOR_BUTIR = re.compile(r"^\s*(?:\d{1,2}|[a-e])[.)]\s*|^\s*[-•]\s*", re.IGNORECASE)
_OPERATOR = re.compile(
    r"[<>≤≥–-]|kurang|lebih|s\.?\s*d|s/d|sampai|hingga|di\s*atas|di\s*bawah|minimal|maksimal",
    re.IGNORECASE,
)
_LABEL = re.compile(r"^[A-Z][A-Za-z]+(?: [A-Za-z]+){0,3}$")


def _pita_baris(teks: str) -> Pita | None:
    """'1. Berhasil : 91 – 100', '≥ 91 = Sangat Tinggi', '> 100 Sangat Berhasil' as a band."""
    t = _NOMOR_BUTIR.sub("", teks.strip(), count=1).strip().replace("**", "")
    if not t or len(t) > 80:
        return None
    bagian = [x.strip() for x in re.split(r"\s[:=]\s|\s*:\s+|\s+→\s+", t) if x.strip()]
    pasangan: list[tuple[str, str]] = []
    if len(bagian) == 2:
        pasangan += [(bagian[0], bagian[1]), (bagian[1], bagian[0])]
    elif len(bagian) == 1:
        kata = t.split()
        for n in range(1, len(kata)):
            pasangan += [
                (" ".join(kata[n:]), " ".join(kata[:n])),
                (" ".join(kata[:n]), " ".join(kata[n:])),
            ]
    for label, rentang in pasangan:
        if not _LABEL.match(label) or not _OPERATOR.search(rentang):
            continue
        if re.search(r"\d", label) or not re.search(r"\d", rentang):
            continue
        p = baca_rentang(label, rentang)
        if p is not None and p.bawah <= 1000:
            return p
    return None


def skala_dari_baris(dokumen, kepala: set[int]) -> list[tuple[None, SkalaDokumen]]:
    """Scales written as lines (a list, or a table converted to text): three bands or more."""
    hasil: list[tuple[None, SkalaDokumen]] = []
    run: list[tuple[Pita, int]] = []

    def tutup():
        if len(run) >= 3:
            pita = tuple(p for p, _ in run)
            baris = tuple(n for _, n in run)
            hasil.append(
                (None, SkalaDokumen(f"skala dalam dokumen (baris {baris[0]})", pita, baris))
            )
        run.clear()

    for b in dokumen.baris:
        if "\t" in b.teks:
            tutup()
            continue
        if not b.teks.strip() or b.nomor in kepala:
            continue
        p = _pita_baris(b.teks)
        if p is None:
            tutup()
        else:
            run.append((p, b.nomor))
    tutup()
    return hasil


@dataclass(frozen=True)
class Celah:
    """A gap or an overlap of a scale, shown at the band (and line) where it appears."""

    jenis: str  # 'celah' | 'tumpang' | 'terbalik'
    bawah: Decimal
    atas: Decimal | None
    ada_bulat: bool
    pita: Pita
    baris: int


def _ada_bilangan_bulat(
    bawah: Decimal, bawah_masuk: bool, atas: Decimal | None, atas_masuk: bool
) -> bool:
    """Whether a whole number lies in the interval from bawah to atas."""
    if atas is None:
        return True
    n = math.ceil(bawah)
    if n == bawah and not bawah_masuk:
        n += 1
    return n < atas or (n == atas and atas_masuk)


def periksa_skala(skala: SkalaDokumen) -> list[Celah]:
    """Every gap and overlap of a scale over [0, +inf)."""
    hasil: list[Celah] = []
    baris = dict(zip(skala.pita, skala.baris, strict=False)) if skala.baris else {}
    urut: Sequence[Pita] = sorted(skala.pita, key=lambda p: (p.bawah, not p.bawah_inklusif))
    batas: Decimal | None = D(0)  # covered up to batas (None: to infinity)
    batas_masuk = False  # is batas itself covered?
    for p in urut:
        n = baris.get(p, 0)
        if p.atas is not None and (
            p.bawah > p.atas or (p.bawah == p.atas and not (p.bawah_inklusif and p.atas_inklusif))
        ):
            hasil.append(Celah("terbalik", p.bawah, p.atas, False, p, n))
            continue
        if batas is not None and (
            p.bawah > batas or (p.bawah == batas and not batas_masuk and not p.bawah_inklusif)
        ):
            bulat = _ada_bilangan_bulat(batas, not batas_masuk, p.bawah, not p.bawah_inklusif)
            hasil.append(Celah("celah", batas, p.bawah, bulat, p, n))
        elif (
            batas is None
            or p.bawah < batas
            or (p.bawah == batas and batas_masuk and p.bawah_inklusif)
        ):
            atas = batas if p.atas is None else (p.atas if batas is None else min(batas, p.atas))
            hasil.append(Celah("tumpang", p.bawah, atas, True, p, n))
        if batas is not None and (
            p.atas is None or p.atas > batas or (p.atas == batas and p.atas_inklusif)
        ):
            batas, batas_masuk = p.atas, p.atas_inklusif
    if batas is not None and urut:
        terakhir = max(urut, key=lambda p: (p.atas is None, p.atas or 0))
        hasil.append(Celah("celah", batas, None, True, terakhir, baris.get(terakhir, 0)))
    return hasil
