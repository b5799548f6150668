"""IKPA (Indikator Kinerja Pelaksanaan Anggaran), EVALUASI.md part B: every formula, and the rule sets as data.

A rule set (`AturanIkpa`) holds every parameter of one regulation: weights, periods, score
buckets, absorption targets, categories, deduction table and the choices made where
EVALUASI.md marks a rule UNVERIFIED. `ATURAN` maps the first fiscal year a rule set applies
to; `aturan_untuk(tahun)` picks it and applies the overrides a deployment sets (Django
setting `SAKIP_IKPA_PILIHAN`, passed in by the caller; lib reads no settings).
Arithmetic is exact (Decimal); only `bulatkan` at the very end rounds.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

NOL = Decimal(0)
SERATUS = Decimal(100)
SERIBU = Decimal(1000)

# Indicator keys, in OM-SPAN's column order, with OM-SPAN's column names.
REVISI = "revisi_dipa"
DEVIASI = "deviasi_hal3"
PENYERAPAN = "penyerapan"
KONTRAKTUAL = "kontraktual"
TAGIHAN = "tagihan"
UP_TUP = "up_tup"
CAPAIAN_OUTPUT = "capaian_output"
DISPENSASI = "dispensasi_spm"

NAMA_INDIKATOR: dict[str, str] = {
    REVISI: "Revisi DIPA",
    DEVIASI: "Deviasi Halaman III DIPA",
    PENYERAPAN: "Penyerapan Anggaran",
    KONTRAKTUAL: "Belanja Kontraktual",
    TAGIHAN: "Penyelesaian Tagihan",
    UP_TUP: "Pengelolaan UP dan TUP",
    CAPAIAN_OUTPUT: "Capaian Output",
    DISPENSASI: "Dispensasi SPM",
}
# The columns of the OM-SPAN IKPA export (B.1), to the key each one fills.
KOLOM_OMSPAN: dict[str, str] = {
    "Revisi DIPA": REVISI,
    "Deviasi Halaman III DIPA": DEVIASI,
    "Penyerapan Anggaran": PENYERAPAN,
    "Belanja Kontraktual": KONTRAKTUAL,
    "Penyelesaian Tagihan": TAGIHAN,
    "Pengelolaan UP dan TUP": UP_TUP,
    "Capaian Output": CAPAIAN_OUTPUT,
    "Dispensasi SPM": DISPENSASI,
    "Dispensasi SPM (Pengurang)": DISPENSASI,
    "Nilai Total": "nilai_total",
    "Konversi Bobot": "konversi_bobot",
    "Nilai Akhir (Nilai Total/Konversi Bobot)": "nilai_akhir",
}
# sakip computes these from the DIPA, its revisions, the RPD and the realisation; the rest
# are entered by hand (with evidence) or imported from OM-SPAN.
DIHITUNG = (REVISI, DEVIASI, PENYERAPAN, CAPAIAN_OUTPUT)
DIISI = (KONTRAKTUAL, TAGIHAN, UP_TUP, DISPENSASI)


class IkpaError(ValueError):
    """Input that cannot be scored; the message says what and where."""


def bulatkan(nilai: Decimal, tempat: int = 2) -> Decimal:
    return Decimal(nilai).quantize(Decimal(1).scaleb(-tempat), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class AturanIkpa:
    """One regulation's parameters. Buckets are ((upper bound inclusive or None, value), …)."""

    kode: str
    nama: str
    tahun_mulai: int
    bobot: Mapping[str, Decimal]
    dispensasi_sebagai: str  # 'pengurang' (deduction) | 'indikator' (weighted indicator)
    periode_revisi: str  # 'triwulan' | 'semester'
    skor_revisi: tuple[tuple[int | None, Decimal], ...]
    kode_revisi: frozenset[str]
    rerata_deviasi: str  # 'tertimbang' (pagu share) | 'aritmetik'
    bulan_deviasi: tuple[int, ...]
    target_penyerapan: Mapping[str, tuple[Decimal, Decimal, Decimal, Decimal]]
    bobot_kontraktual: tuple[Decimal, Decimal, Decimal]  # KD, AK53, DAK
    bobot_capaian_output: tuple[Decimal, Decimal]  # ketepatan pelaporan, capaian RO
    kategori: tuple[tuple[Decimal, str], ...]  # (lower bound inclusive, name), best first
    pengurang_dispensasi: tuple[tuple[Decimal, Decimal], ...]  # (ratio ‰ from, deduction)
    # -- choices where EVALUASI.md says UNVERIFIED (each one a setting, stated on the page) --
    batas_revisi: Decimal | None = SERATUS
    ambang_deviasi: Decimal = Decimal(5)
    kurva_deviasi: str = "100-rata"  # above the threshold: 100 − mean deviation
    batas_deviasi_jenis: Decimal = SERATUS
    deviasi_rpd_nol: Decimal = SERATUS  # deviation when RPD = 0 and something was spent
    batas_penyerapan: Decimal | None = SERATUS
    batas_kontraktual: Decimal | None = None
    ketepatan_output_bawaan: Decimal = SERATUS  # when the report dates are not entered
    revisi_tanpa_kode: str = (
        "pagu_tetap"  # count a revision without a code when its total pagu is unchanged
    )
    abaikan_libur: bool = True  # working days are Monday–Friday (national holidays not known)
    tempat_desimal: int = 2

    def pilihan(self) -> list[tuple[str, str]]:
        """The UNVERIFIED choices in force, as the pages state them."""
        bulan = f"{self.bulan_deviasi[0]}–{self.bulan_deviasi[-1]}"
        batas = "dibatasi 100" if self.batas_penyerapan is not None else "tidak dibatasi"
        return [
            (
                "Skor Revisi DIPA per " + self.periode_revisi,
                "; ".join(
                    f"{'≥' + str(_batas_bawah(self.skor_revisi, i)) if b is None else ('≤' if i == 0 else '') + str(b)} revisi → {format(v.normalize(), 'f')}"
                    for i, (b, v) in enumerate(self.skor_revisi)
                )
                + (
                    f"; nilai tahunan dibatasi {format(self.batas_revisi.normalize(), 'f')}"
                    if self.batas_revisi is not None
                    else ""
                ),
            ),
            (
                "Revisi tanpa kode jenis revisi",
                "dihitung bila total pagu tidak berubah (pagu tetap)"
                if self.revisi_tanpa_kode == "pagu_tetap"
                else "tidak dihitung",
            ),
            (
                "Deviasi di atas ambang",
                f"rata-rata deviasi ≤ {format(self.ambang_deviasi.normalize(), 'f')}% → 100; di atasnya 100 − rata-rata deviasi (bulan {bulan})",
            ),
            (
                "RPD nol dengan realisasi",
                f"deviasi {format(self.deviasi_rpd_nol.normalize(), 'f')}%; deviasi per jenis belanja dibatasi {format(self.batas_deviasi_jenis.normalize(), 'f')}%",
            ),
            ("Nilai penyerapan per jenis belanja", batas),
            (
                "Ketepatan waktu laporan Capaian Output",
                f"dianggap {format(self.ketepatan_output_bawaan.normalize(), 'f')} bila tanggal lapor tidak diisi",
            ),
            (
                "Hari kerja",
                "Senin–Jumat, tanpa memperhitungkan libur nasional"
                if self.abaikan_libur
                else "Senin–Jumat",
            ),
            (
                "Urutan dan pembulatan nilai akhir",
                f"Nilai Total ÷ Konversi Bobot × 100, lalu dikurangi Dispensasi SPM; dibulatkan {self.tempat_desimal} desimal di akhir",
            ),
        ]


def _batas_bawah(buckets, i: int) -> int:
    sebelum = buckets[i - 1][0] if i > 0 else -1
    return (sebelum or 0) + 1


def _D(x) -> Decimal:
    return Decimal(str(x))


_KODE_REVISI = frozenset(
    [
        "201",
        "211",
        "212",
        "213",
        "217",
        "220",
        "221",
        "222",
        "225",
        "226",
        "229",
        "231",
        "236",
        "239",
    ]
)
_TARGET_2024 = {
    "51": (_D(20), _D(50), _D(75), _D(95)),
    "52": (_D(15), _D(50), _D(70), _D(90)),
    "53": (_D(10), _D(40), _D(70), _D(90)),
    "57": (_D(25), _D(50), _D(75), _D(95)),
}
_KATEGORI = ((_D(95), "Sangat Baik"), (_D(89), "Baik"), (_D(70), "Cukup"), (NOL, "Kurang"))
_PENGURANG = (
    (NOL, NOL),
    (_D("0.01"), _D("0.25")),
    (_D("0.1"), _D("0.50")),
    (_D(1), _D("0.75")),
    (_D(5), _D("1.00")),
)

PER_5_PB_2022 = AturanIkpa(
    kode="PER-5/PB/2022",
    nama="Peraturan Direktur Jenderal Perbendaharaan Nomor PER-5/PB/2022",
    tahun_mulai=2022,
    bobot={
        REVISI: _D(10),
        DEVIASI: _D(10),
        PENYERAPAN: _D(20),
        KONTRAKTUAL: _D(10),
        TAGIHAN: _D(10),
        UP_TUP: _D(10),
        DISPENSASI: _D(5),
        CAPAIAN_OUTPUT: _D(25),
    },
    dispensasi_sebagai="indikator",
    periode_revisi="triwulan",
    # UNVERIFIED (B.5): the 2022 buckets; one pagu-tetap revision per quarter is allowed.
    skor_revisi=((1, _D(100)), (None, _D(50))),
    kode_revisi=_KODE_REVISI,
    rerata_deviasi="aritmetik",
    bulan_deviasi=tuple(range(1, 12)),
    target_penyerapan=_TARGET_2024,  # UNVERIFIED (B.5): possibly identical to 2024
    bobot_kontraktual=(_D(40), _D(40), _D(20)),  # UNVERIFIED for 2022/2023
    bobot_capaian_output=(_D(30), _D(70)),
    kategori=_KATEGORI,  # UNVERIFIED for 2022
    pengurang_dispensasi=_PENGURANG,
)

PER_5_PB_2024 = AturanIkpa(
    kode="PER-5/PB/2024",
    nama="Peraturan Direktur Jenderal Perbendaharaan Nomor PER-5/PB/2024",
    tahun_mulai=2024,
    bobot={
        REVISI: _D(10),
        DEVIASI: _D(15),
        PENYERAPAN: _D(20),
        KONTRAKTUAL: _D(10),
        TAGIHAN: _D(10),
        UP_TUP: _D(10),
        CAPAIAN_OUTPUT: _D(25),
    },
    dispensasi_sebagai="pengurang",
    periode_revisi="semester",
    skor_revisi=((1, _D(110)), (2, _D(100)), (None, _D(50))),
    kode_revisi=_KODE_REVISI,
    rerata_deviasi="tertimbang",
    bulan_deviasi=tuple(range(1, 12)),
    target_penyerapan=_TARGET_2024,
    bobot_kontraktual=(_D(40), _D(40), _D(20)),
    bobot_capaian_output=(_D(30), _D(70)),
    kategori=_KATEGORI,
    pengurang_dispensasi=_PENGURANG,
)

ATURAN: tuple[AturanIkpa, ...] = (PER_5_PB_2022, PER_5_PB_2024)

# The choices a deployment may change (setting SAKIP_IKPA_PILIHAN), with their type.
PILIHAN_UBAH = {
    "batas_revisi": "desimal_atau_kosong",
    "ambang_deviasi": "desimal",
    "kurva_deviasi": "teks",
    "batas_deviasi_jenis": "desimal",
    "deviasi_rpd_nol": "desimal",
    "batas_penyerapan": "desimal_atau_kosong",
    "batas_kontraktual": "desimal_atau_kosong",
    "ketepatan_output_bawaan": "desimal",
    "revisi_tanpa_kode": "teks",
    "tempat_desimal": "bulat",
}


def aturan_untuk(tahun: int, ubah: Mapping[str, object] | None = None) -> AturanIkpa:
    """The rule set of a fiscal year (the latest one that started on or before it)."""
    berlaku = [a for a in ATURAN if a.tahun_mulai <= tahun]
    if not berlaku:
        raise IkpaError(f"Tidak ada aturan IKPA untuk tahun anggaran {tahun} (paling awal 2022).")
    aturan = max(berlaku, key=lambda a: a.tahun_mulai)
    if not ubah:
        return aturan
    nilai = {}
    for kunci, isi in ubah.items():
        if kunci not in PILIHAN_UBAH:
            raise IkpaError(
                f"Pilihan IKPA '{kunci}' tidak dikenal; yang dapat diubah: {', '.join(PILIHAN_UBAH)}."
            )
        jenis = PILIHAN_UBAH[kunci]
        if jenis == "teks":
            nilai[kunci] = str(isi)
        elif jenis == "bulat":
            nilai[kunci] = int(isi)
        elif isi is None and jenis == "desimal_atau_kosong":
            nilai[kunci] = None
        else:
            nilai[kunci] = _D(isi)
    if nilai.get("kurva_deviasi", aturan.kurva_deviasi) not in ("100-rata",):
        raise IkpaError("kurva_deviasi hanya mengenal '100-rata'.")
    if nilai.get("revisi_tanpa_kode", aturan.revisi_tanpa_kode) not in ("pagu_tetap", "abaikan"):
        raise IkpaError("revisi_tanpa_kode: gunakan 'pagu_tetap' atau 'abaikan'.")
    return dataclasses.replace(aturan, **nilai)


def _cari(buckets: Sequence[tuple[int | None, Decimal]], n: int) -> Decimal:
    for batas, nilai in buckets:
        if batas is None or n <= batas:
            return nilai
    raise IkpaError("Tabel skor tanpa baris terakhir.")  # pragma: no cover


def _batasi(nilai: Decimal, batas: Decimal | None) -> Decimal:
    return nilai if batas is None else min(nilai, batas)


# -- 1) Revisi DIPA ----------------------------------------------------------------------


def periode_revisi(tanggal: date, aturan: AturanIkpa) -> int:
    """The quarter (1–4) or semester (1–2) a ratification date falls in."""
    if aturan.periode_revisi == "semester":
        return 1 if tanggal.month <= 6 else 2
    return (tanggal.month - 1) // 3 + 1


def jumlah_periode(aturan: AturanIkpa) -> int:
    return 2 if aturan.periode_revisi == "semester" else 4


def revisi_dihitung(kode_jenis: str, pagu_tetap: bool, aturan: AturanIkpa) -> bool:
    """Whether a revision counts: its code is in the list; without a code, by the chosen rule."""
    kode_jenis = (kode_jenis or "").strip()
    if kode_jenis:
        return kode_jenis in aturan.kode_revisi
    return aturan.revisi_tanpa_kode == "pagu_tetap" and pagu_tetap


def skor_revisi_periode(jumlah: int, aturan: AturanIkpa) -> Decimal:
    if jumlah < 0:
        raise IkpaError("Jumlah revisi tidak boleh negatif.")
    return _cari(aturan.skor_revisi, jumlah)


def nilai_revisi(jumlah_per_periode: Sequence[int], aturan: AturanIkpa) -> Decimal:
    """The mean of the period scores (50% × Sem I + 50% × Sem II in 2024), capped as chosen.

    Before the year ends, only the periods begun so far are given.
    """
    if not 1 <= len(jumlah_per_periode) <= jumlah_periode(aturan):
        raise IkpaError(
            f"Revisi DIPA dinilai per {aturan.periode_revisi}: 1 sampai {jumlah_periode(aturan)} periode."
        )
    skor = [skor_revisi_periode(n, aturan) for n in jumlah_per_periode]
    return _batasi(sum(skor, NOL) / len(skor), aturan.batas_revisi)


# -- 2) Deviasi Halaman III DIPA -----------------------------------------------------------


def deviasi_jenis(rpd: Decimal, realisasi: Decimal, aturan: AturanIkpa) -> Decimal:
    """|realisasi − RPD| / RPD × 100 for one type of spending in one month, capped."""
    if rpd == 0:
        return NOL if realisasi == 0 else aturan.deviasi_rpd_nol
    return min(abs(realisasi - rpd) / rpd * SERATUS, aturan.batas_deviasi_jenis)


def deviasi_bulan(
    per_jenis: Mapping[str, tuple[Decimal, Decimal, Decimal]], aturan: AturanIkpa
) -> Decimal | None:
    """A month's deviation of the office: {jenis: (pagu, rpd, realisasi)}; types with no pagu drop out.

    2024: weighted by each type's share of the pagu; 2022: the arithmetic mean.
    """
    ada = {j: v for j, v in per_jenis.items() if v[0] > 0}
    if not ada:
        return None
    dev = {j: deviasi_jenis(rpd, real, aturan) for j, (_, rpd, real) in ada.items()}
    if aturan.rerata_deviasi == "aritmetik":
        return sum(dev.values(), NOL) / len(dev)
    total = sum((v[0] for v in ada.values()), NOL)
    return sum((dev[j] * ada[j][0] for j in ada), NOL) / total


def nilai_deviasi(rata_deviasi: Decimal, aturan: AturanIkpa) -> Decimal:
    """Average deviation ≤ threshold → 100; above it 100 − average (UNVERIFIED curve), at least 0."""
    if rata_deviasi <= aturan.ambang_deviasi:
        return SERATUS
    return max(NOL, SERATUS - rata_deviasi)


# -- 3) Penyerapan Anggaran ---------------------------------------------------------------


def nilai_penyerapan_jenis(
    pagu: Decimal, realisasi_kumulatif: Decimal, jenis: str, triwulan: int, aturan: AturanIkpa
) -> Decimal:
    """(realisation % of pagu) / target % × 100, capped as chosen."""
    if jenis not in aturan.target_penyerapan:
        raise IkpaError(f"Tidak ada target penyerapan jenis belanja {jenis} dalam {aturan.kode}.")
    if not 1 <= triwulan <= 4:
        raise IkpaError(f"Triwulan {triwulan} di luar 1–4.")
    target = aturan.target_penyerapan[jenis][triwulan - 1]
    persen = realisasi_kumulatif / pagu * SERATUS
    return _batasi(persen / target * SERATUS, aturan.batas_penyerapan)


def nilai_penyerapan_triwulan(
    per_jenis: Mapping[str, tuple[Decimal, Decimal]], triwulan: int, aturan: AturanIkpa
) -> Decimal | None:
    """Σ_j value_j × pagu_j / Σ_j pagu_j over the types with a target and pagu: {jenis: (pagu, kumulatif)}."""
    ada = {j: v for j, v in per_jenis.items() if v[0] > 0 and j in aturan.target_penyerapan}
    if not ada:
        return None
    total = sum((p for p, _ in ada.values()), NOL)
    return (
        sum(
            (nilai_penyerapan_jenis(p, r, j, triwulan, aturan) * p for j, (p, r) in ada.items()),
            NOL,
        )
        / total
    )


def rata(nilai: Sequence[Decimal | None]) -> Decimal | None:
    ada = [n for n in nilai if n is not None]
    return sum(ada, NOL) / len(ada) if ada else None


# -- 4) Belanja Kontraktual --------------------------------------------------------------


def poin_kontrak_dini(tanggal_ttd: date, tahun: int) -> Decimal | None:
    """120 before 1 January of the fiscal year (pra-DIPA), 110 up to 31 March, else outside (None)."""
    if tanggal_ttd < date(tahun, 1, 1):
        return Decimal(120)
    if tanggal_ttd <= date(tahun, 3, 31):
        return Decimal(110)
    return None


def poin_akselerasi_53(tanggal_sp2d: date) -> Decimal:
    """Belanja Modal Rp50–200 juta paid sekaligus, by the SP2D quarter: 100/90/80/70."""
    return Decimal(100 - 10 * ((tanggal_sp2d.month - 1) // 3))


def nilai_distribusi(persen_sd_tw2: Decimal) -> Decimal:
    """Share of contracts signed up to 30 June: >75 → 100; >50 → 80; >25 → 60; >0 → 50; 0 → 0."""
    if persen_sd_tw2 > 75:
        return Decimal(100)
    if persen_sd_tw2 > 50:
        return Decimal(80)
    if persen_sd_tw2 > 25:
        return Decimal(60)
    if persen_sd_tw2 > 0:
        return Decimal(50)
    return NOL


def nilai_kontraktual(
    kd: Decimal | None, ak53: Decimal | None, dak: Decimal | None, aturan: AturanIkpa
) -> Decimal | None:
    """0.4 KD + 0.4 AK53 + 0.2 DAK; a component with no object is dropped and the rest re-weighted (UNVERIFIED)."""
    bagian = [
        (v, b)
        for v, b in zip((kd, ak53, dak), aturan.bobot_kontraktual, strict=True)
        if v is not None
    ]
    if not bagian:
        return None
    total_bobot = sum((b for _, b in bagian), NOL)
    return _batasi(sum((v * b for v, b in bagian), NOL) / total_bobot, aturan.batas_kontraktual)


# -- 7) Capaian Output ----------------------------------------------------------------------


def capaian_ro(target_volume: Decimal, realisasi_volume: Decimal) -> Decimal | None:
    """min(100, RVRO / TVRO × 100); None for an RO without a volume target."""
    if target_volume is None or target_volume <= 0:
        return None
    return min(SERATUS, realisasi_volume / target_volume * SERATUS)


def nilai_capaian_output(
    ketepatan: Decimal, capaian_ro_rata: Decimal | None, aturan: AturanIkpa
) -> Decimal | None:
    if capaian_ro_rata is None:
        return None
    b_ketepatan, b_ro = aturan.bobot_capaian_output
    return (ketepatan * b_ketepatan + capaian_ro_rata * b_ro) / (b_ketepatan + b_ro)


# -- 8) Dispensasi SPM --------------------------------------------------------------------


def rasio_dispensasi(jumlah_dispensasi: int, jumlah_spm: int) -> Decimal:
    """SPM with dispensasi per 1000 SPM of TW IV."""
    if jumlah_dispensasi < 0 or jumlah_spm < 0:
        raise IkpaError("Jumlah SPM tidak boleh negatif.")
    if jumlah_spm == 0:
        if jumlah_dispensasi:
            raise IkpaError("Ada SPM dispensasi padahal jumlah SPM triwulan IV nol.")
        return NOL
    return Decimal(jumlah_dispensasi) / jumlah_spm * SERIBU


def pengurang_dispensasi(rasio_permil: Decimal, aturan: AturanIkpa) -> Decimal:
    """Deduction for a per-mille ratio: 0 → 0; 0.01–0.099 → 0.25; 0.1–0.99 → 0.50; 1–4.99 → 0.75; ≥5 → 1."""
    if rasio_permil < 0:
        raise IkpaError("Rasio dispensasi tidak boleh negatif.")
    if rasio_permil == 0:
        return NOL
    tabel = [b for b in aturan.pengurang_dispensasi if b[0] > 0]
    hasil = tabel[0][1]  # any dispensasi at all, also below the first bound
    for dari, potong in tabel:
        if rasio_permil >= dari:
            hasil = potong
    return hasil


# -- final value -----------------------------------------------------------------------


@dataclass
class BarisNilai:
    kode: str
    nilai: Decimal | None  # None = no object: dropped from Konversi Bobot
    bobot: Decimal
    sumber: str = ""  # 'dihitung' | 'diisi' | 'omspan' | 'tidak_berlaku'

    @property
    def nama(self) -> str:
        return NAMA_INDIKATOR[self.kode]

    @property
    def berlaku(self) -> bool:
        return self.nilai is not None

    @property
    def nilai_tertimbang(self) -> Decimal | None:
        return None if self.nilai is None else self.nilai * self.bobot / SERATUS


@dataclass
class NilaiIkpa:
    baris: list[BarisNilai]
    pengurang: Decimal
    aturan: AturanIkpa
    catatan: list[str] = field(default_factory=list)

    @property
    def nilai_total(self) -> Decimal:
        return sum((b.nilai_tertimbang for b in self.baris if b.berlaku), NOL)

    @property
    def konversi_bobot(self) -> Decimal:
        return sum((b.bobot for b in self.baris if b.berlaku), NOL)

    @property
    def nilai_sebelum_pengurang(self) -> Decimal | None:
        if self.konversi_bobot == 0:
            return None
        return self.nilai_total / self.konversi_bobot * SERATUS

    @property
    def nilai_akhir(self) -> Decimal | None:
        """Nilai Total / Konversi Bobot × 100 − the Dispensasi deduction, rounded at the end."""
        dasar = self.nilai_sebelum_pengurang
        if dasar is None:
            return None
        return bulatkan(max(NOL, dasar - self.pengurang), self.aturan.tempat_desimal)

    @property
    def kategori(self) -> str | None:
        return kategori(self.nilai_akhir, self.aturan) if self.nilai_akhir is not None else None


def kategori(nilai: Decimal, aturan: AturanIkpa) -> str:
    """Sangat Baik ≥ 95; Baik 89 ≤ x < 95; Cukup 70 ≤ x < 89; Kurang < 70."""
    for batas, nama in aturan.kategori:
        if nilai >= batas:
            return nama
    return aturan.kategori[-1][1]


def nilai_akhir(
    nilai: Mapping[str, Decimal | None],
    aturan: AturanIkpa,
    pengurang: Decimal = NOL,
    sumber: Mapping[str, str] | None = None,
) -> NilaiIkpa:
    """Combine the indicator values under a rule set; an indicator with None has no object.

    Under PER-5/PB/2022 Dispensasi SPM is a weighted indicator (its value in `nilai`); under
    PER-5/PB/2024 it is the `pengurang` deduction.
    """
    sumber = sumber or {}
    baris = []
    for kode, bobot in aturan.bobot.items():
        v = nilai.get(kode)
        baris.append(
            BarisNilai(kode, v, bobot, sumber.get(kode, "tidak_berlaku" if v is None else ""))
        )
    if aturan.dispensasi_sebagai == "indikator":
        pengurang = NOL
    return NilaiIkpa(baris, pengurang, aturan)


# -- dates -----------------------------------------------------------------------------


def hari_kerja_ke(tahun: int, bulan: int, n: int) -> date:
    """The n-th working day (Monday–Friday) of a month; national holidays are not known here."""
    hari, hitung = date(tahun, bulan, 1), 0
    while True:
        if hari.weekday() < 5:
            hitung += 1
            if hitung == n:
                return hari
        hari += timedelta(days=1)


def tanggal_dasar_pagu(tahun: int, triwulan: int) -> date | None:
    """The pagu basis of Penyerapan: 10th working day of Feb/Apr/Jul for TW I–III; None = end of period."""
    bulan = {1: 2, 2: 4, 3: 7}.get(triwulan)
    return hari_kerja_ke(tahun, bulan, 10) if bulan else None
