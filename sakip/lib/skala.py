"""Category scales as data: ordered bands that cover [0, +inf) with no gap or overlap."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


class SkalaError(ValueError):
    """A scale with a gap, an overlap or a malformed band."""


@dataclass(frozen=True)
class Pita:
    """One band: label for bawah ≤/< value ≤/< atas; atas None means +inf."""

    label: str
    bawah: Decimal
    atas: Decimal | None
    bawah_inklusif: bool = True
    atas_inklusif: bool = False

    def memuat(self, nilai: Decimal) -> bool:
        """Whether the value falls in this band."""
        if nilai < self.bawah or (nilai == self.bawah and not self.bawah_inklusif):
            return False
        if self.atas is None:
            return True
        return nilai < self.atas or (nilai == self.atas and self.atas_inklusif)

    def uraian(self) -> str:
        """Human text of the interval, e.g. '≥ 91 dan ≤ 100' or '> 100'."""
        bawah = f"{'≥' if self.bawah_inklusif else '>'} {_angka(self.bawah)}"
        if self.atas is None:
            return bawah
        atas = f"{'≤' if self.atas_inklusif else '<'} {_angka(self.atas)}"
        if self.bawah == 0 and self.bawah_inklusif:
            return atas
        return f"{bawah} dan {atas}"


def _angka(nilai: Decimal) -> str:
    return format(nilai.normalize(), "f").replace(".", ",")


class Skala:
    """An ordered list of bands; construction refuses gaps and overlaps."""

    def __init__(self, nama: str, pita: list[Pita]):
        self.nama = nama
        self.pita = sorted(pita, key=lambda p: (p.bawah, not p.bawah_inklusif))
        self._periksa()

    def _periksa(self) -> None:
        if not self.pita:
            raise SkalaError(f"skala '{self.nama}' tidak memiliki pita")
        pertama = self.pita[0]
        if pertama.bawah != 0 or not pertama.bawah_inklusif:
            raise SkalaError(
                f"skala '{self.nama}' tidak dimulai dari 0: pita '{pertama.label}' "
                f"mulai {pertama.uraian()}"
            )
        for kiri, kanan in zip(self.pita, self.pita[1:], strict=False):
            if kiri.atas is None:
                raise SkalaError(
                    f"skala '{self.nama}': pita '{kiri.label}' tidak berbatas atas "
                    f"tetapi diikuti pita '{kanan.label}' (tumpang tindih)"
                )
            if kiri.atas < kanan.bawah:
                raise SkalaError(
                    f"skala '{self.nama}' memiliki celah antara {_angka(kiri.atas)} "
                    f"('{kiri.label}') dan {_angka(kanan.bawah)} ('{kanan.label}')"
                )
            if kiri.atas > kanan.bawah or (kiri.atas_inklusif and kanan.bawah_inklusif):
                raise SkalaError(
                    f"skala '{self.nama}': pita '{kiri.label}' dan '{kanan.label}' "
                    f"tumpang tindih di sekitar {_angka(kanan.bawah)}"
                )
            if not kiri.atas_inklusif and not kanan.bawah_inklusif:
                raise SkalaError(
                    f"skala '{self.nama}' memiliki celah tepat di {_angka(kanan.bawah)} "
                    f"antara '{kiri.label}' dan '{kanan.label}'"
                )
        if self.pita[-1].atas is not None:
            raise SkalaError(
                f"skala '{self.nama}' berhenti di {_angka(self.pita[-1].atas)}: "
                "pita terakhir harus tidak berbatas atas"
            )

    def kategori(self, nilai: Decimal | None) -> str | None:
        """Label of the band holding the value; None for an undefined value."""
        if nilai is None:
            return None
        if nilai < 0:
            nilai = Decimal(0)
        for p in self.pita:
            if p.memuat(nilai):
                return p.label
        raise SkalaError(f"nilai {nilai} di luar skala '{self.nama}'")  # pragma: no cover

    def peringkat(self, label: str | None) -> int | None:
        """Position of a band counted from the best (the highest band is 0); None if not a band."""
        label_pita = [p.label for p in reversed(self.pita)]
        return label_pita.index(label) if label in label_pita else None

    def tingkat(self, label: str | None, jumlah_tingkat: int) -> int | None:
        """The band's place on a ramp of n levels (see tingkat_posisi); None if not a band."""
        posisi = self.peringkat(label)
        if posisi is None:
            return None
        return tingkat_posisi(posisi, len(self.pita), jumlah_tingkat)

    def as_data(self) -> list[dict]:
        """Plain data for storage: one dict per band."""
        return [
            {
                "label": p.label,
                "bawah": str(p.bawah),
                "atas": None if p.atas is None else str(p.atas),
                "bawah_inklusif": p.bawah_inklusif,
                "atas_inklusif": p.atas_inklusif,
            }
            for p in self.pita
        ]

    @classmethod
    def from_data(cls, nama: str, data: list[dict]) -> Skala:
        """Build from as_data() output; refuses a malformed band with SkalaError."""
        pita = []
        for i, d in enumerate(data, start=1):
            try:
                pita.append(
                    Pita(
                        label=str(d["label"]).strip(),
                        bawah=Decimal(str(d["bawah"])),
                        atas=None if d.get("atas") in (None, "") else Decimal(str(d["atas"])),
                        bawah_inklusif=bool(d.get("bawah_inklusif", True)),
                        atas_inklusif=bool(d.get("atas_inklusif", False)),
                    )
                )
            except (KeyError, ArithmeticError, ValueError) as exc:
                raise SkalaError(
                    f"skala '{nama}': pita ke-{i} tidak lengkap atau bukan angka"
                ) from exc
        return cls(nama, pita)


def tingkat_posisi(posisi: int, jumlah_pita: int, jumlah_tingkat: int) -> int:
    """A band's position (0 best) spread evenly over n levels, so any scale fits one colour ramp.

    The best band is always level 0 and the worst level n - 1; the others fall in between,
    rounded half up: 3 bands on 5 levels are 0, 2, 4; 4 bands are 0, 1, 3, 4.
    """
    akhir = jumlah_pita - 1
    if akhir <= 0:
        return 0
    return (2 * posisi * (jumlah_tingkat - 1) + akhir) // (2 * akhir)


def sebaran(label: list[str], kategori) -> list[tuple[str, int]]:
    """How many of the categories fall in each label, in the labels' order (all listed)."""
    hitung = dict.fromkeys(label, 0)
    for k in kategori:
        if k is not None:
            hitung[k] = hitung.get(k, 0) + 1
    return list(hitung.items())


# The seed's capaian scale (the KPU default), DOMAIN.md §3.
SKALA_CAPAIAN_KPU = Skala(
    "Capaian Kinerja KPU",
    [
        Pita("Tidak Berhasil", Decimal(0), Decimal(51)),
        Pita("Kurang Berhasil", Decimal(51), Decimal(71)),
        Pita("Cukup Berhasil", Decimal(71), Decimal(91)),
        Pita("Berhasil", Decimal(91), Decimal(100), atas_inklusif=True),
        Pita("Sangat Berhasil", Decimal(100), None, bawah_inklusif=False),
    ],
)

# The absorption scale with the seed's gap closed, DOMAIN.md §3.
SKALA_PENYERAPAN = Skala(
    "Penyerapan Anggaran",
    [
        Pita("Gagal", Decimal(0), Decimal(55)),
        Pita("Cukup Baik", Decimal(55), Decimal(76)),
        Pita("Baik", Decimal(76), Decimal(100), atas_inklusif=True),
        Pita("Sangat Baik", Decimal(100), None, bawah_inklusif=False),
    ],
)


# -- scales as text, for the office profile form: one band a line ---------------------------
#   Tidak Berhasil; >= 0; < 51
#   Sangat Berhasil; > 100;
# The lower bound is ">= N" (or "≥ N") or "> N", the upper "< N", "<= N" (or "≤ N") or empty
# for no upper bound; numbers as written in Indonesian (91 or 90,5).

_OP = {">=": (True, "bawah"), "≥": (True, "bawah"), ">": (False, "bawah")}
_OP_ATAS = {"<=": True, "≤": True, "<": False}


def _batas(teks: str, ops: dict, baris: int, sisi: str) -> tuple[bool, Decimal]:
    teks = teks.strip()
    for op in sorted(ops, key=len, reverse=True):
        if teks.startswith(op):
            angka = teks[len(op) :].strip().replace(".", "").replace(",", ".")
            try:
                nilai = Decimal(angka)
            except ArithmeticError as exc:
                raise SkalaError(f"baris {baris}: batas {sisi} '{teks}' bukan angka") from exc
            if not nilai.is_finite():
                raise SkalaError(f"baris {baris}: batas {sisi} '{teks}' bukan angka")
            hasil = ops[op]
            return (hasil[0] if isinstance(hasil, tuple) else hasil), nilai
    contoh = "'>= 91' atau '> 100'" if sisi == "bawah" else "'< 91', '<= 100' atau kosong"
    raise SkalaError(f"baris {baris}: batas {sisi} '{teks}' harus ditulis seperti {contoh}")


def skala_dari_teks(nama: str, teks: str) -> Skala:
    """Parse the one-band-a-line text; SkalaError names the line, or the gap/overlap."""
    pita = []
    for n, baris in enumerate((teks or "").splitlines(), start=1):
        if not baris.strip():
            continue
        bagian = [b.strip() for b in baris.split(";")]
        if len(bagian) == 2:
            bagian.append("")
        if len(bagian) != 3 or not bagian[0]:
            raise SkalaError(
                f"baris {n}: tulis 'label; batas bawah; batas atas', misalnya "
                "'Berhasil; >= 91; <= 100'"
            )
        bawah_inklusif, bawah = _batas(bagian[1], _OP, n, "bawah")
        atas_inklusif, atas = False, None
        if bagian[2]:
            atas_inklusif, atas = _batas(bagian[2], _OP_ATAS, n, "atas")
        pita.append(Pita(bagian[0], bawah, atas, bawah_inklusif, atas_inklusif))
    return Skala(nama, pita)


def skala_ke_teks(data: list[dict]) -> str:
    """The stored bands (as_data) as the one-band-a-line text."""
    hasil = []
    for d in data:
        bawah = (
            f"{'>=' if d.get('bawah_inklusif', True) else '>'} {_angka(Decimal(str(d['bawah'])))}"
        )
        atas = ""
        if d.get("atas") not in (None, ""):
            atas = f"{'<=' if d.get('atas_inklusif') else '<'} {_angka(Decimal(str(d['atas'])))}"
        hasil.append(f"{d['label']}; {bawah}; {atas}".rstrip())
    return "\n".join(hasil)
