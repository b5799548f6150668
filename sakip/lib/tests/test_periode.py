from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.periode import (
    StatusJendela,
    Triwulan,
    boleh_mengisi,
    jendela,
    triwulan_terbuka,
)


@pytest.mark.parametrize(
    ("nomor", "mulai", "akhir"),
    [
        (1, date(2024, 1, 1), date(2024, 3, 31)),
        (2, date(2024, 4, 1), date(2024, 6, 30)),
        (3, date(2024, 7, 1), date(2024, 9, 30)),
        (4, date(2024, 10, 1), date(2024, 12, 31)),
    ],
)
def test_quarter_bounds(nomor, mulai, akhir):
    tw = Triwulan(2024, nomor)
    assert (tw.mulai, tw.akhir) == (mulai, akhir)


def test_names_and_codes():
    assert Triwulan(2024, 3).kode == "2024-TW3"
    assert Triwulan(2024, 3).nama == "TW III 2024"


def test_quarter_number_outside_1_to_4_is_refused():
    with pytest.raises(ValueError, match="triwulan harus 1 sampai 4, bukan 5"):
        Triwulan(2024, 5)


def test_previous_quarter_crosses_the_year():
    assert Triwulan(2024, 1).sebelumnya() == Triwulan(2023, 4)
    assert Triwulan(2024, 3).sebelumnya() == Triwulan(2024, 2)


def test_window_closes_the_given_days_after_the_quarter_ends():
    j = jendela(Triwulan(2024, 1), 15)
    assert (j.buka, j.tutup) == (date(2024, 1, 1), date(2024, 4, 15))
    assert j.status(date(2023, 12, 31)) == StatusJendela.BELUM_DIBUKA
    assert j.status(date(2024, 1, 1)) == StatusJendela.TERBUKA
    assert j.status(date(2024, 4, 15)) == StatusJendela.TERBUKA
    assert j.status(date(2024, 4, 16)) == StatusJendela.DITUTUP


def test_negative_days_are_refused():
    with pytest.raises(ValueError, match="tidak boleh negatif"):
        jendela(Triwulan(2024, 1), -1)


def test_open_window_says_until_when():
    k = boleh_mengisi(Triwulan(2024, 1), date(2024, 4, 10), 15)
    assert k.boleh is True
    assert k.alasan == "Periode TW I 2024 terbuka untuk pengisian sampai 15 April 2024."


def test_window_not_yet_open():
    k = boleh_mengisi(Triwulan(2024, 2), date(2024, 3, 31), 15)
    assert k.boleh is False
    assert k.alasan == "Periode TW II 2024 belum dibuka: pengisian dimulai 1 April 2024."


def test_closed_window_without_exception():
    k = boleh_mengisi(Triwulan(2024, 1), date(2024, 4, 16), 15)
    assert k.boleh is False
    assert k.alasan == (
        "Periode TW I 2024 sudah ditutup pada 15 April 2024 (15 hari setelah triwulan berakhir). "
        "Pengisian hanya dapat dilakukan dengan pengecualian kunci dari Sekretaris."
    )


def test_closed_window_with_a_valid_exception_allows_entry_to_its_last_day():
    k = boleh_mengisi(
        Triwulan(2024, 1), date(2024, 5, 31), 15, pengecualian_sampai=date(2024, 5, 31)
    )
    assert k.boleh is True
    assert k.lewat_pengecualian is True
    assert k.alasan == (
        "Periode TW I 2024 sudah ditutup pada 15 April 2024 (15 hari setelah triwulan berakhir), "
        "tetapi Sekretaris memberikan pengecualian kunci yang berlaku sampai 31 Mei 2024."
    )


def test_expired_exception_does_not_allow_entry():
    k = boleh_mengisi(
        Triwulan(2024, 1), date(2024, 6, 1), 15, pengecualian_sampai=date(2024, 5, 31)
    )
    assert k.boleh is False
    assert k.alasan == (
        "Periode TW I 2024 sudah ditutup pada 15 April 2024 (15 hari setelah triwulan berakhir); "
        "pengecualian kunci terakhir berakhir 31 Mei 2024. "
        "Minta Sekretaris memberikan pengecualian kunci baru."
    )


def test_exception_does_not_open_a_quarter_before_it_starts():
    k = boleh_mengisi(
        Triwulan(2024, 3), date(2024, 5, 1), 15, pengecualian_sampai=date(2024, 12, 31)
    )
    assert k.boleh is False


def test_open_quarters_on_a_day():
    assert triwulan_terbuka(date(2024, 4, 10), 15) == [Triwulan(2024, 1), Triwulan(2024, 2)]
    assert triwulan_terbuka(date(2024, 4, 16), 15) == [Triwulan(2024, 2)]
    assert triwulan_terbuka(date(2024, 1, 5), 15) == [Triwulan(2023, 4), Triwulan(2024, 1)]
    assert triwulan_terbuka(date(2024, 4, 1), 0) == [Triwulan(2024, 2)]


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31)), st.integers(0, 120))
def test_every_day_lies_in_its_quarter_and_that_quarter_is_open(hari, batas):
    tw = Triwulan.dari_tanggal(hari)
    assert tw.mulai <= hari <= tw.akhir
    assert tw in triwulan_terbuka(hari, batas)
    assert boleh_mengisi(tw, hari, batas).boleh
    assert jendela(tw, batas).tutup - tw.akhir == timedelta(days=batas)
