"""IKPA rules (EVALUASI.md part B): exact cases for every formula, and the worked examples B.7."""

from datetime import date
from decimal import Decimal as D

import pytest

from sakip.lib import ikpa
from sakip.lib.ikpa import (
    PER_5_PB_2022 as A22,
)
from sakip.lib.ikpa import (
    PER_5_PB_2024 as A24,
)
from sakip.lib.ikpa import (
    IkpaError,
    aturan_untuk,
    bulatkan,
)


def test_aturan_per_tahun():
    assert aturan_untuk(2022) is A22
    assert aturan_untuk(2023) is A22
    assert aturan_untuk(2024) is A24
    assert aturan_untuk(2026) is A24
    with pytest.raises(IkpaError, match="2021"):
        aturan_untuk(2021)
    assert sum(A24.bobot.values()) == 100
    assert sum(A22.bobot.values()) == 100
    ubah = aturan_untuk(2024, {"batas_penyerapan": None, "ambang_deviasi": "3"})
    assert ubah.batas_penyerapan is None and ubah.ambang_deviasi == 3
    with pytest.raises(IkpaError, match="tidak dikenal"):
        aturan_untuk(2024, {"bobot": 1})


# -- Revisi DIPA ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("aturan", "jumlah", "nilai"),
    [
        (A24, [0, 0], D(100)),  # 110 each, capped at 100 (UNVERIFIED cap)
        (A24, [1, 2], D(100)),  # (110 + 100) / 2 = 105 → 100
        (A24, [2, 2], D(100)),
        (A24, [2, 3], D(75)),
        (A24, [3, 5], D(50)),
        (A24, [1, 3], D(80)),
        (A22, [0, 1, 1, 0], D(100)),
        (A22, [2, 1, 4, 1], D(75)),
        (A22, [2, 1, 2, 4], D("62.5")),
    ],
)
def test_nilai_revisi(aturan, jumlah, nilai):
    assert ikpa.nilai_revisi(jumlah, aturan) == nilai


def test_nilai_revisi_tanpa_batas():
    tanpa = aturan_untuk(2024, {"batas_revisi": None})
    assert ikpa.nilai_revisi([1, 2], tanpa) == D(105)
    with pytest.raises(IkpaError, match="semester"):
        ikpa.nilai_revisi([1, 2, 3], A24)


@pytest.mark.parametrize(
    ("kode", "pagu_tetap", "dihitung"),
    [
        ("221", False, True),
        ("236", True, True),
        ("101", True, False),
        ("", True, True),
        ("", False, False),
    ],
)
def test_revisi_dihitung(kode, pagu_tetap, dihitung):
    assert ikpa.revisi_dihitung(kode, pagu_tetap, A24) is dihitung


def test_periode_revisi():
    assert ikpa.periode_revisi(date(2024, 6, 30), A24) == 1
    assert ikpa.periode_revisi(date(2024, 7, 1), A24) == 2
    assert ikpa.periode_revisi(date(2023, 3, 31), A22) == 1
    assert ikpa.periode_revisi(date(2023, 10, 1), A22) == 4


# -- Deviasi -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("rpd", "real", "dev"),
    [
        (D(100), D(95), D(5)),
        (D(100), D(125), D(25)),
        (D(50), D(0), D(100)),
        (D(10), D(35), D(100)),  # 250 % capped at 100
        (D(0), D(0), D(0)),
        (D(0), D(5), D(100)),  # UNVERIFIED: RPD 0 with spending
    ],
)
def test_deviasi_jenis(rpd, real, dev):
    assert ikpa.deviasi_jenis(rpd, real, A24) == dev


def test_contoh_b7_2_deviasi():
    """B.7.2: deviations 5 / 25 / 100 %, pagu shares 40/50/10 → 24.5 %; arithmetic 43.3 %."""
    per_jenis = {
        "51": (D(400), D(100), D(95)),
        "52": (D(500), D(100), D(125)),
        "53": (D(100), D(50), D(0)),
    }
    assert ikpa.deviasi_bulan(per_jenis, A24) == D("24.5")
    assert bulatkan(ikpa.deviasi_bulan(per_jenis, A22), 1) == D("43.3")
    assert ikpa.deviasi_bulan({"51": (D(0), D(1), D(1))}, A24) is None


@pytest.mark.parametrize(
    ("rata", "nilai"),
    [
        (D(0), D(100)),
        (D(5), D(100)),
        (D("5.01"), D("94.99")),
        (D("24.5"), D("75.5")),
        (D(130), D(0)),
    ],
)
def test_nilai_deviasi(rata, nilai):
    assert ikpa.nilai_deviasi(rata, A24) == nilai


# -- Penyerapan ---------------------------------------------------------------------------


def test_contoh_b7_1_penyerapan():
    """B.7.1: TW III, pagu 2.0/3.0/0.5 M, realisation 80/60/80 % → 92.21."""
    per_jenis = {
        "51": (D("2000000000"), D("1600000000")),
        "52": (D("3000000000"), D("1800000000")),
        "53": (D("500000000"), D("400000000")),
    }
    assert ikpa.nilai_penyerapan_jenis(D(3000), D(1800), "52", 3, A24).quantize(D("0.01")) == D(
        "85.71"
    )
    assert ikpa.nilai_penyerapan_jenis(D(500), D(400), "53", 3, A24) == D(100)
    assert bulatkan(ikpa.nilai_penyerapan_triwulan(per_jenis, 3, A24)) == D("92.21")
    tanpa_batas = aturan_untuk(2024, {"batas_penyerapan": None})
    assert bulatkan(ikpa.nilai_penyerapan_jenis(D(500), D(400), "53", 3, tanpa_batas)) == D(
        "114.29"
    )


@pytest.mark.parametrize(
    ("jenis", "tw", "target"),
    [
        ("51", 1, 20),
        ("51", 4, 95),
        ("52", 1, 15),
        ("52", 2, 50),
        ("53", 1, 10),
        ("53", 2, 40),
        ("57", 3, 75),
    ],
)
def test_target_penyerapan(jenis, tw, target):
    # realisation exactly at half the target gives 50
    pagu = D(1000)
    assert ikpa.nilai_penyerapan_jenis(pagu, pagu * target / 200, jenis, tw, A24) == D(50)


def test_penyerapan_jenis_tanpa_target():
    with pytest.raises(IkpaError, match="jenis belanja 54"):
        ikpa.nilai_penyerapan_jenis(D(1), D(1), "54", 1, A24)
    # a type with no target (54) or no pagu drops out of the weighting
    assert ikpa.nilai_penyerapan_triwulan(
        {"52": (D(100), D(15)), "54": (D(900), D(0)), "53": (D(0), D(0))}, 1, A24
    ) == D(100)


# -- Belanja Kontraktual -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ttd", "poin"),
    [
        (date(2023, 12, 15), D(120)),
        (date(2024, 1, 1), D(110)),
        (date(2024, 3, 31), D(110)),
        (date(2024, 4, 1), None),
    ],
)
def test_poin_kontrak_dini(ttd, poin):
    assert ikpa.poin_kontrak_dini(ttd, 2024) == poin


@pytest.mark.parametrize(
    ("sp2d", "poin"),
    [
        (date(2024, 3, 31), 100),
        (date(2024, 5, 2), 90),
        (date(2024, 9, 1), 80),
        (date(2024, 12, 1), 70),
    ],
)
def test_poin_akselerasi_53(sp2d, poin):
    assert ikpa.poin_akselerasi_53(sp2d) == poin


@pytest.mark.parametrize(
    ("persen", "nilai"),
    [
        (D("75.01"), 100),
        (D(75), 80),
        (D("50.01"), 80),
        (D(50), 60),
        (D("25.01"), 60),
        (D(25), 50),
        (D("0.01"), 50),
        (D(0), 0),
    ],
)
def test_nilai_distribusi(persen, nilai):
    assert ikpa.nilai_distribusi(persen) == nilai


def test_contoh_b7_3_kontraktual():
    """B.7.3: KD (120 + 110) / 2 = 115, DAK 2/3 → 80, AK53 May → 90; 98.0."""
    kd = (
        ikpa.poin_kontrak_dini(date(2023, 12, 15), 2024)
        + ikpa.poin_kontrak_dini(date(2024, 2, 20), 2024)
    ) / 2
    assert ikpa.poin_kontrak_dini(date(2024, 8, 10), 2024) is None
    dak = ikpa.nilai_distribusi(D(2) / 3 * 100)
    ak53 = ikpa.poin_akselerasi_53(date(2024, 5, 15))
    assert (kd, dak, ak53) == (D(115), D(80), D(90))
    assert ikpa.nilai_kontraktual(kd, ak53, dak, A24) == D("98.0")
    assert ikpa.nilai_kontraktual(None, None, None, A24) is None
    assert ikpa.nilai_kontraktual(D(110), None, D(80), A24) == D(100)  # (44 + 16) / 0.6


# -- Capaian Output, Dispensasi -----------------------------------------------------------------


def test_capaian_output():
    assert ikpa.capaian_ro(D(10), D(8)) == D(80)
    assert ikpa.capaian_ro(D(10), D(12)) == D(100)
    assert ikpa.capaian_ro(D(0), D(1)) is None
    assert ikpa.nilai_capaian_output(D(100), D(80), A24) == D(86)
    assert ikpa.nilai_capaian_output(D(0), D(100), A24) == D(70)
    assert ikpa.nilai_capaian_output(D(100), None, A24) is None


@pytest.mark.parametrize(
    ("rasio", "potong"),
    [
        (D(0), D(0)),
        (D("0.005"), D("0.25")),
        (D("0.01"), D("0.25")),
        (D("0.05"), D("0.25")),
        (D("0.099"), D("0.25")),
        (D("0.1"), D("0.50")),
        (D("0.99"), D("0.50")),
        (D(1), D("0.75")),
        (D("4.99"), D("0.75")),
        (D(5), D("1.00")),
        (D(40), D("1.00")),
    ],
)
def test_pengurang_dispensasi(rasio, potong):
    assert ikpa.pengurang_dispensasi(rasio, A24) == potong


def test_rasio_dispensasi():
    assert ikpa.rasio_dispensasi(1, 400) == D("2.5")
    assert ikpa.rasio_dispensasi(0, 0) == 0
    with pytest.raises(IkpaError, match="nol"):
        ikpa.rasio_dispensasi(1, 0)


# -- final value -------------------------------------------------------------------------------


def test_contoh_b7_4_nilai_akhir():
    """B.7.4: no contract; Nilai Total 86.925, Konversi Bobot 90, 96.58; with 0.05 ‰ → 96.33 Sangat Baik."""
    nilai = {
        ikpa.REVISI: D(100),
        ikpa.DEVIASI: D("92.5"),
        ikpa.PENYERAPAN: D(95),
        ikpa.KONTRAKTUAL: None,
        ikpa.TAGIHAN: D(100),
        ikpa.UP_TUP: D(98),
        ikpa.CAPAIAN_OUTPUT: D(97),
    }
    tanpa = ikpa.nilai_akhir(nilai, A24)
    assert tanpa.nilai_total == D("86.925")
    assert tanpa.konversi_bobot == D(90)
    assert tanpa.nilai_akhir == D("96.58")
    potong = ikpa.pengurang_dispensasi(D("0.05"), A24)
    dengan = ikpa.nilai_akhir(nilai, A24, potong)
    assert dengan.nilai_akhir == D("96.33")
    assert dengan.kategori == "Sangat Baik"
    assert [b.sumber for b in dengan.baris if not b.berlaku] == ["tidak_berlaku"]


def test_nilai_akhir_2022_dispensasi_berbobot():
    nilai = {k: D(100) for k in A22.bobot}
    nilai[ikpa.DISPENSASI] = D(80)
    hasil = ikpa.nilai_akhir(nilai, A22, pengurang=D(1))  # a deduction is ignored under 2022
    assert hasil.nilai_total == D(99)
    assert hasil.nilai_akhir == D(99)


@pytest.mark.parametrize(
    ("nilai", "kategori"),
    [
        (D(100), "Sangat Baik"),
        (D(95), "Sangat Baik"),
        (D("94.99"), "Baik"),
        (D(89), "Baik"),
        (D("88.99"), "Cukup"),
        (D(70), "Cukup"),
        (D("69.99"), "Kurang"),
        (D(0), "Kurang"),
    ],
)
def test_kategori(nilai, kategori):
    assert ikpa.kategori(nilai, A24) == kategori


def test_hari_kerja():
    assert ikpa.hari_kerja_ke(2024, 2, 10) == date(2024, 2, 14)
    assert ikpa.tanggal_dasar_pagu(2023, 1) == date(2023, 2, 14)
    assert ikpa.tanggal_dasar_pagu(2023, 3) == date(2023, 7, 14)
    assert ikpa.tanggal_dasar_pagu(2023, 4) is None
