"""Amounts in words as the checker reads them, and the parse_terbilang fixes it needed."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sakip.lib.angka import format_angka
from sakip.lib.periksa import periksa_teks
from sakip.lib.terbilang import TerbilangError, parse_terbilang, terbilang, terbilang_rupiah


@pytest.mark.parametrize(
    "kata",
    [
        "dua puluh tiga puluh",  # was read as 50
        "sebelas tiga",  # was read as 14
        "dua puluh tiga belas",  # was read as 33
        "seratus dua belas lima",  # a digit after 'belas'
        "seribu nol",  # 'nol' only stands alone
        "lima puluh dua puluh",
    ],
)
def test_parse_terbilang_refuses_words_out_of_place(kata):
    with pytest.raises(TerbilangError):
        parse_terbilang(kata)


@pytest.mark.parametrize(
    ("kata", "n"),
    [
        ("nol", 0),
        ("seratus sebelas", 111),
        ("dua puluh tiga", 23),
        ("tiga belas ribu dua puluh", 13_020),
        ("sepuluh juta sebelas", 10_000_011),
        ("Sembilan Puluh Sembilan", 99),
    ],
)
def test_parse_terbilang_still_reads_good_words(kata, n):
    assert parse_terbilang(kata) == n


def _acak_huruf(kata: str, acak: random.Random) -> str:
    return " ".join(
        k.upper() if acak.random() < 0.3 else k.capitalize() if acak.random() < 0.5 else k
        for k in kata.split()
    )


def _temuan(kalimat: str):
    return [f for f in periksa_teks(kalimat, tahun=2023).findings if f.kind == "terbilang"]


@settings(max_examples=150, deadline=None)
@given(st.integers(min_value=0, max_value=10**15 - 1), st.randoms(use_true_random=False))
def test_any_amount_written_by_terbilang_is_accepted(n, acak):
    kata = _acak_huruf(
        terbilang_rupiah(n).replace("miliar", acak.choice(["miliar", "milyar"])), acak
    )
    assert _temuan(f"sebesar Rp{format_angka(n)},00 ({kata}).") == []


@settings(max_examples=150, deadline=None)
@given(
    st.integers(min_value=1, max_value=10**15 - 1),
    st.integers(min_value=1, max_value=10**6),
    st.randoms(use_true_random=False),
)
def test_any_amount_with_other_digits_is_found(n, selisih, acak):
    kata = _acak_huruf(terbilang(n), acak)
    (f,) = _temuan(f"sebanyak {format_angka(n + selisih)} ({kata})")
    assert (f.kind, f.severity, f.expected) == ("terbilang", "error", terbilang(n + selisih))
    assert f.found == f"{kata} (= {format_angka(n)})"
