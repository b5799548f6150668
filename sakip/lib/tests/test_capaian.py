from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.angka import bulatkan
from sakip.lib.capaian import (
    CapaianError,
    Polaritas,
    hitung_capaian,
    kemajuan_target_akhir,
    nilai_angka,
    nilai_huruf,
    rata_capaian,
    uraian_nilai_huruf,
)


@pytest.mark.parametrize(
    ("target", "realisasi", "polaritas", "batas", "hasil"),
    [
        (D(85), D(80), Polaritas.NAIK, None, D("94.12")),
        (D(100), D(95), Polaritas.NAIK, None, D("95.00")),
        (D(100), D(100), Polaritas.NAIK, None, D("100.00")),
        (D(80), D(83), Polaritas.NAIK, None, D("103.75")),
        (D(80), D(83), Polaritas.NAIK, D(100), D("100.00")),  # Sarolangun 2019: capped at 100
        (D(10), D(30), Polaritas.NAIK, D(120), D("120.00")),
        (D(10), D(8), Polaritas.TURUN, None, D("120.00")),  # (2*10-8)/10
        (D(10), D(12), Polaritas.TURUN, None, D("80.00")),
        (D(10), D(25), Polaritas.TURUN, None, D("0.00")),  # never below 0
        (D(0), D(0), Polaritas.TURUN, None, D("100.00")),
        (D(0), D(3), Polaritas.TURUN, None, D("0.00")),
        (D(70), D(60), Polaritas.NAIK, None, D("85.71")),  # Nilai AKIP B against BB
    ],
)
def test_capaian_table(target, realisasi, polaritas, batas, hasil):
    assert bulatkan(hitung_capaian(target, realisasi, polaritas, batas)) == hasil


def test_zero_target_higher_is_better_is_undefined():
    assert hitung_capaian(D(0), D(5)) is None


def test_negative_values_are_refused():
    with pytest.raises(CapaianError, match="negatif"):
        hitung_capaian(D(-1), D(5))


@pytest.mark.parametrize(
    ("huruf", "nilai"),
    [("AA", 90), ("A", 80), ("BB", 70), ("B", 60), ("CC", 50), ("C", 30), ("D", 0), (" bb ", 70)],
)
def test_grade_numbers(huruf, nilai):
    assert nilai_huruf(huruf) == D(nilai)


def test_unknown_grade_names_the_allowed_ones():
    with pytest.raises(CapaianError, match="'E' tidak dikenal; gunakan salah satu dari AA, A, BB"):
        nilai_huruf("E")


def test_the_grade_table_as_the_reports_state_it():
    assert uraian_nilai_huruf() == "AA 90, A 80, BB 70, B 60, CC 50, C 30, D 0"


@pytest.mark.parametrize(
    ("berhuruf", "nilai", "huruf", "skor", "hasil"),
    [
        (False, D("85"), "", None, D("85")),
        (False, D("99.5"), "", None, D("99.5")),
        (False, None, "", None, None),
        (True, None, "BB", None, D(70)),  # a grade counts as its band's lower bound
        (True, None, "b", None, D(60)),
        (True, None, "B", D("65.5"), D("65.5")),  # the evaluation score wins over the band
        (True, None, "", D(72), D(72)),
        (True, None, "", None, None),
    ],
)
def test_the_number_capaian_uses(berhuruf, nilai, huruf, skor, hasil):
    assert nilai_angka(berhuruf, nilai, huruf, skor) == hasil


@pytest.mark.parametrize(
    ("akhir", "realisasi", "polaritas", "hasil"),
    [
        (D(90), D(80), Polaritas.NAIK, D("88.89")),
        (D(100), D(100), Polaritas.NAIK, D("100.00")),
        (D(80), D(96), Polaritas.NAIK, D("120.00")),  # never capped: it is a distance
        (D(4), D(5), Polaritas.TURUN, D("75.00")),  # (2*4-5)/4: above the end target is behind
        (D(10), D(8), Polaritas.TURUN, D("120.00")),  # (2*10-8)/10: below it is ahead
        (D(10), D(10), Polaritas.TURUN, D("100.00")),
        (D(5), D(12), Polaritas.TURUN, D("0.00")),  # never below 0
        (D(0), D(0), Polaritas.TURUN, D("100.00")),
        (D(0), D(2), Polaritas.TURUN, D("0.00")),
    ],
)
def test_progress_towards_the_renstra_end_target_uses_the_polarity(
    akhir, realisasi, polaritas, hasil
):
    assert bulatkan(kemajuan_target_akhir(akhir, realisasi, polaritas)) == hasil


@pytest.mark.parametrize(
    ("akhir", "realisasi", "polaritas"),
    [
        (D(0), D(5), Polaritas.NAIK),  # undefined, as capaian is
        (None, D(5), Polaritas.NAIK),
        (D(10), None, Polaritas.TURUN),
    ],
)
def test_progress_without_both_values_or_with_a_zero_end_target_is_none(
    akhir, realisasi, polaritas
):
    assert kemajuan_target_akhir(akhir, realisasi, polaritas) is None


@pytest.mark.parametrize(
    ("capaian", "rata"),
    [
        ([D(90), D(100), None], D(95)),  # an undefined capaian is left out, not counted as 0
        ([D(1), D(2)], D("1.5")),
        ([D("94.11764705882352941176470588"), D(100)], D("97.05882352941176470588235295")),
        ([None], None),
        ([], None),
    ],
)
def test_mean_capaian_of_the_defined_values(capaian, rata):
    assert rata_capaian(capaian) == rata
    assert rata_capaian(iter(capaian)) == rata  # any iterable, read once


positif = st.decimals(min_value=D("0.01"), max_value=D("1e9"), places=2)
nonneg = st.decimals(min_value=D(0), max_value=D("1e9"), places=2)


@given(positif, nonneg)
def test_higher_is_better_is_the_ratio(target, realisasi):
    assert hitung_capaian(target, realisasi) == realisasi / target * 100


@given(positif, nonneg)
def test_lower_is_better_is_never_negative_and_at_most_200(target, realisasi):
    hasil = hitung_capaian(target, realisasi, Polaritas.TURUN)
    assert D(0) <= hasil <= D(200)


@given(positif, nonneg, st.sampled_from([D(100), D(120)]))
def test_cap_is_respected(target, realisasi, batas):
    assert hitung_capaian(target, realisasi, batas_atas=batas) <= batas
