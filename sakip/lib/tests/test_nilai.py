from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.angka import bulatkan, parse_angka
from sakip.lib.nilai import berpersen, format_nilai


@pytest.mark.parametrize(
    ("angka", "satuan", "jenis", "huruf", "teks"),
    [
        (D("85"), "%", "persen", "", "85 %"),
        (D("99.5"), "%", "persen", "", "99,5 %"),
        (D("94.125"), "%", "persen", "", "94,13 %"),  # two decimals at most, half up
        (D("100.0000"), "%", "angka", "", "100 %"),  # the satuan '%' makes it a percentage
        (D("85"), "", "persen", "", "85 %"),
        (D("12"), "dokumen", "angka", "", "12 dokumen"),
        (D("12"), " Dokumen ", "angka", "", "12 Dokumen"),
        (D("1500"), "orang", "angka", "", "1.500 orang"),
        (D("80"), "indeks", "angka", "", "80"),  # a kind of number, not a unit
        (D("80"), "Nilai", "angka", "", "80"),
        (D("3"), "", "angka", "", "3"),
        (None, "dokumen", "angka", "", "—"),
        (None, "%", "persen", "", "—"),
        (None, "nilai", "huruf", "bb", "BB"),
        (D(60), "nilai", "huruf", "B", "B"),  # the letter is what is written
        (D(70), "nilai", "huruf", "", "70"),  # known only by its number (a comparison target)
        (None, "nilai", "huruf", "", "—"),
    ],
)
def test_an_indicator_value_as_text(angka, satuan, jenis, huruf, teks):
    assert format_nilai(angka, satuan, jenis, huruf) == teks


@given(st.decimals(min_value=0, max_value=D("1e12"), places=4), st.sampled_from(["%", "kali"]))
def test_the_figure_reads_back_as_the_value_rounded_for_display(angka, satuan):
    teks = format_nilai(angka, satuan)
    assert teks.endswith(f" {satuan}")
    assert parse_angka(teks.removesuffix(f" {satuan}")) == bulatkan(angka)


@pytest.mark.parametrize(
    ("satuan", "jenis", "persen"),
    [
        ("%", "persen", True),
        (" % ", "angka", True),
        ("", "persen", True),
        ("", "angka", False),
        ("dokumen", "persen", False),  # the satuan written wins
        ("nilai", "huruf", False),
    ],
)
def test_which_values_are_percentages(satuan, jenis, persen):
    assert berpersen(satuan, jenis) is persen


def test_figures_and_their_units_stay_on_one_line():
    from sakip.lib.nilai import tanpa_putus

    assert tanpa_putus("capaian 94,12 % dari 12 orang") == "capaian 94,12\u00a0% dari 12\u00a0orang"
    assert tanpa_putus("Rp 1.000 dan 3 kalimat") == "Rp\u00a01.000 dan 3 kalimat"
    assert tanpa_putus("(100 %), 5 dokumen.") == "(100\u00a0%), 5\u00a0dokumen."
    assert tanpa_putus("tanpa angka %") == "tanpa angka %"
