from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sakip.lib.angka import format_angka, format_persen, format_rupiah
from sakip.lib.narasi import (
    ANGKA,
    PERSEN,
    RUPIAH,
    TAHUN,
    Izin,
    cari_bilangan,
    periksa_narasi,
    rangkai,
)
from sakip.lib.terbilang import terbilang, terbilang_rupiah


def _jenis_nilai(teks):
    return [(b.jenis, b.nilai) for b in cari_bilangan(teks)]


@pytest.mark.parametrize(
    ("teks", "harapan"),
    [
        ("capaian 94,12 %", [(PERSEN, D("94.12"))]),
        ("capaian 94,12% dan 85,71 persen", [(PERSEN, D("94.12")), (PERSEN, D("85.71"))]),
        ("pagu Rp29.596.488.000,00", [(RUPIAH, D("29596488000.00"))]),
        ("pagu Rp. 29.596.488.000,-", [(RUPIAH, D("29596488000"))]),
        ("pada tahun 2023", [(TAHUN, D(2023))]),
        ("30 orang pegawai", [(ANGKA, D(30))]),
        ("sebanyak 1.234 dokumen", [(ANGKA, D(1234))]),
        ("Renstra 2020–2024", [(TAHUN, D(2020)), (TAHUN, D(2024))]),
    ],
)
def test_it_finds_figures(teks, harapan):
    assert _jenis_nilai(teks) == harapan


@pytest.mark.parametrize(
    "teks",
    [
        "Undang-Undang Nomor 7 Tahun 2017",
        "PP No. 29 Tahun 2014",
        "sesuai Pasal 18 ayat (1) huruf a",
        "surat 665/PL.01.4-SR/3674/2023",
        "RO 6709.QGE.001 dan akun 521211.",
        "UUD 1945",
        "Undang-Undang Dasar Negara Republik Indonesia Tahun 1945",
        "1. butir pertama\n2) butir kedua",
    ],
)
def test_it_skips_citations_codes_and_list_numbers(teks):
    assert cari_bilangan(teks) == []


def test_the_day_of_a_date_is_not_a_figure_but_its_year_is():
    assert _jenis_nilai("ditandatangani 13 Januari 2024") == [(TAHUN, D(2024))]


def test_figures_of_the_data_pass_rounded_as_written():
    izin = Izin().tambah_persen([D("94.117647")]).tambah_angka([30]).tambah_tahun([2023])
    assert periksa_narasi("Capaian 94,12 % (atau 94,1 %), 30 pegawai, tahun 2023.", izin) == []


def test_a_figure_not_in_the_data_is_flagged_with_its_text():
    izin = Izin().tambah_persen([D("94.117647")]).tambah_tahun([2023])
    temuan = periksa_narasi("Capaian tahun 2022 mencapai 95,00 %.", izin)
    assert [(t.jenis, t.teks) for t in temuan] == [
        ("tidak_sesuai_data", "2022"),
        ("tidak_sesuai_data", "95,00 %"),
    ]
    assert "tahun '2022'" in temuan[0].pesan


def test_an_amount_must_match_to_the_rupiah():
    izin = Izin().tambah_rupiah([D("29596488000")])
    assert periksa_narasi("pagu Rp29.596.488.000", izin) == []
    assert len(periksa_narasi("pagu Rp29.596.488.001", izin)) == 1


def test_words_that_disagree_with_digits_are_flagged():
    izin = Izin().tambah_rupiah([D("29596488000")]).tambah_angka([13])
    teks = (
        "pagu Rp29.596.488.000 (dua miliar lima ratus sembilan puluh enam juta empat ratus "
        "delapan puluh delapan ribu rupiah) dan 13 (tiga belas) kali revisi"
    )
    temuan = periksa_narasi(teks, izin)
    assert [t.jenis for t in temuan] == ["kata_tidak_sesuai"]
    assert "2596488000" in temuan[0].pesan


def test_allowed_figures_from_a_default_text():
    izin = Izin.dari_teks("Pada tahun 2023 capaian 85,71 % dari pagu Rp1.000 oleh 5 orang.")
    assert izin.tahun == {2023}
    assert izin.persen == {D("85.71")}
    assert izin.rupiah == {D(1000)}
    assert izin.angka == {D(5)}


@given(st.integers(min_value=0, max_value=10**13))
def test_any_amount_written_by_the_formatters_is_found_and_agrees(n):
    teks = f"sebesar {format_rupiah(D(n))} ({terbilang_rupiah(n)})."
    izin = Izin().tambah_rupiah([D(n)])
    assert periksa_narasi(teks, izin) == []
    assert [b.nilai for b in cari_bilangan(teks)] == [D(n)]


@given(st.decimals(min_value=0, max_value=1000, places=4))
def test_any_percentage_written_by_the_formatter_matches_its_value(x):
    izin = Izin().tambah_persen([x])
    assert periksa_narasi(f"capaian {format_persen(x)}.", izin) == []


@given(st.integers(min_value=1, max_value=999))
def test_a_count_and_its_words_agree(n):
    izin = Izin().tambah_angka([n])
    assert periksa_narasi(f"sebanyak {format_angka(n)} ({terbilang(n)}) orang", izin) == []


def test_rangkai_joins_with_the_serial_comma():
    assert rangkai([]) == ""
    assert rangkai(["a"]) == "a"
    assert rangkai(["a", "b"]) == "a dan b"
    assert rangkai(["a", "b", "c"]) == "a, b, dan c"
    assert rangkai(["a", "b"], "atau") == "a atau b"
