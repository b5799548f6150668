import datetime
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.angka import (
    AngkaError,
    bulatkan,
    format_angka,
    format_angka_ringkas,
    format_persen,
    format_rupiah,
    format_tanggal,
    parse_angka,
)


@pytest.mark.parametrize(
    ("teks", "nilai"),
    [
        ("29.596.488.000,00", D("29596488000.00")),
        ("29.596.488.000", D("29596488000")),
        ("99,21%", D("99.21")),
        ("99,21 %", D("99.21")),
        ("100 %", D(100)),
        ("Rp. 29.596.488.000,-", D("29596488000")),
        ("Rp29.596.488.000,00", D("29596488000.00")),
        ("1.000,0000", D("1000.0000")),
        ("10,000", D("10.000")),  # SAKTI prints volumes with a decimal comma
        ("1234.5", D("1234.5")),
        ("1234", D(1234)),
        ("-1.500", D(-1500)),
        ("(2.000)", D(-2000)),
        (" 7 ", D(7)),
        ("\u00a01.234,5", D("1234.5")),
        (5, D(5)),
        (D("2.50"), D("2.50")),
        (0.1, D("0.1")),
    ],
)
def test_parse(teks, nilai):
    assert parse_angka(teks) == nilai


@pytest.mark.parametrize(
    "teks", ["", "abc", "1,2,3", "1.23.4", "12..3", "1.2345,6", "%", "Rp", "1 2 x", None, True]
)
def test_parse_refuses_with_a_clear_message(teks):
    with pytest.raises(AngkaError, match="angka|kosong"):
        parse_angka(teks)


def test_the_message_shows_the_input_and_an_example():
    with pytest.raises(AngkaError) as e:
        parse_angka("12,5,0")
    assert str(e.value) == (
        "'12,5,0' bukan angka yang dikenali (contoh yang benar: 1.234.567,89 atau 99,21%)"
    )


def test_formats():
    assert format_angka(D("29596488000")) == "29.596.488.000"
    assert format_angka(D("29596488000"), 2) == "29.596.488.000,00"
    assert format_angka(D("1883812.5"), 0) == "1.883.813"  # half up
    assert format_persen(D("85.714285")) == "85,71 %"
    assert format_persen(D("99.205")) == "99,21 %"
    assert format_persen(None) == "—"
    assert format_rupiah(D("29596488000")) == "Rp29.596.488.000"
    assert format_rupiah(D("29596488000"), 2) == "Rp29.596.488.000,00"
    assert format_rupiah(D("-1500")) == "-Rp1.500"
    assert format_tanggal(datetime.date(2024, 1, 13)) == "13 Januari 2024"
    assert format_tanggal(datetime.date(2023, 8, 1)) == "1 Agustus 2023"
    assert format_angka_ringkas(D("80.0000")) == "80"
    assert format_angka_ringkas(D("99.5000")) == "99,5"
    assert format_angka_ringkas(D("1234.25")) == "1.234,25"


def test_rounding_is_half_up():
    assert bulatkan(D("0.125")) == D("0.13")
    assert bulatkan(D("94.1176")) == D("94.12")


uang = st.decimals(min_value=0, max_value=D("1e15"), places=2)


@given(uang)
def test_formatted_amounts_parse_back(nilai):
    assert parse_angka(format_angka(nilai, 2)) == nilai
    assert parse_angka(format_rupiah(nilai, 2)) == nilai
    assert parse_angka(format_persen(nilai)) == nilai


@given(st.integers(min_value=0, max_value=10**15))
def test_integers_parse_back_from_both_notations(n):
    assert parse_angka(format_angka(n)) == n
    assert parse_angka(str(n)) == n


@given(st.text(alphabet="0123456789.,% -Rpx", max_size=20))
def test_parser_never_fails_other_than_with_angka_error(teks):
    try:
        hasil = parse_angka(teks)
    except AngkaError:
        return
    assert isinstance(hasil, D)
