import random
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.terbilang import TerbilangError, parse_terbilang, terbilang, terbilang_rupiah


@pytest.mark.parametrize(
    ("n", "kata"),
    [
        (0, "nol"),
        (10, "sepuluh"),
        (11, "sebelas"),
        (100, "seratus"),
        (115, "seratus lima belas"),
        (1000, "seribu"),
        (1_000_000, "satu juta"),
        (1_000_000_000, "satu miliar"),
        (2_000_000_000_000, "dua triliun"),
        (
            29_596_488_000,
            "dua puluh sembilan miliar lima ratus sembilan puluh enam juta empat ratus "
            "delapan puluh delapan ribu",
        ),
    ],
)
def test_terbilang(n, kata):
    assert terbilang(n) == kata


def test_rupiah():
    assert terbilang_rupiah(D("235074196")) == (
        "dua ratus tiga puluh lima juta tujuh puluh empat ribu seratus sembilan puluh enam rupiah"
    )


def test_fractions_must_be_rounded_first():
    with pytest.raises(ValueError, match="bulatkan"):
        terbilang(D("1.5"))


def test_seed_words_parse_to_what_they_say():
    # The seed writes 29.596.488.000 like this: it spells 2.596.488.000.
    kata = "Dua Milyar lima Ratus sembilan puluh enam Juta empat Ratus delapan Puluh delapan Ribu Rupiah"
    assert parse_terbilang(kata) == 2_596_488_000


@pytest.mark.parametrize(
    "kata",
    [
        "tiga empat ratus",  # two digits in a row (the seed's realisasi words)
        "ribu",
        "juta dua",
        "dua ribu tiga juta",  # a larger unit after a smaller one
        "lima apel",
        "",
        "dua puluh ratus",
    ],
)
def test_malformed_words_are_refused(kata):
    with pytest.raises(TerbilangError):
        parse_terbilang(kata)


@given(st.integers(min_value=0, max_value=10**15 - 1))
def test_any_amount_parses_back(n):
    assert parse_terbilang(terbilang(n)) == n
    assert parse_terbilang(terbilang_rupiah(n)) == n


@given(st.integers(min_value=1, max_value=10**15 - 1), st.randoms(use_true_random=False))
def test_any_capitalisation_and_milyar_parse_back(n, acak: random.Random):
    kata = terbilang_rupiah(n).replace("miliar", "milyar")
    kata = " ".join(
        k.upper() if acak.random() < 0.3 else k.capitalize() if acak.random() < 0.5 else k
        for k in kata.split()
    )
    assert parse_terbilang(kata) == n
