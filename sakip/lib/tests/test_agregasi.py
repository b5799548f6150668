from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.agregasi import Agregasi, gabung

TW = {1: D(10), 2: D(30), 3: None, 4: D(20)}


@pytest.mark.parametrize(
    ("aturan", "hasil"),
    [
        (Agregasi.SUM, D(60)),
        (Agregasi.LAST, D(20)),
        (Agregasi.AVERAGE, D(20)),
        (Agregasi.MAX, D(30)),
    ],
)
def test_rules(aturan, hasil):
    assert gabung(TW, aturan) == hasil


def test_last_skips_empty_later_quarters():
    assert gabung({1: D(5), 2: D(7), 3: None, 4: None}, Agregasi.LAST) == D(7)


def test_no_value_gives_none():
    assert gabung({1: None}, Agregasi.SUM) is None
    assert gabung({}, Agregasi.LAST) is None


@given(st.lists(st.decimals(min_value=0, max_value=10**6, places=2), min_size=1, max_size=4))
def test_average_lies_between_min_and_max(nilai):
    tw = dict(enumerate(nilai, start=1))
    assert min(nilai) <= gabung(tw, Agregasi.AVERAGE) <= max(nilai)
    assert gabung(tw, Agregasi.SUM) == sum(nilai)
