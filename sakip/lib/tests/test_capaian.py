from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.angka import bulatkan
from sakip.lib.capaian import (
    CapaianError,
    Polaritas,
    hitung_capaian,
    huruf_dari_skor,
    nilai_huruf,
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


@pytest.mark.parametrize(
    ("skor", "huruf"),
    [
        (D("90.01"), "AA"),
        (D(90), "A"),
        (D("80.5"), "A"),
        (D(80), "BB"),
        (D(70), "B"),
        (D(60), "CC"),
        (D(50), "C"),
        (D(30), "D"),
        (D(0), "D"),
    ],
)
def test_grade_from_score_follows_the_wording(skor, huruf):
    assert huruf_dari_skor(skor) == huruf


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
