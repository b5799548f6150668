"""The placeholder rule: what counts as text left blank for later, and what is prose."""

from datetime import date

import pytest

from sakip.lib.penandatanganan import jendela_tanggal, nilai_tanggal
from sakip.lib.placeholder import cari_placeholder


@pytest.mark.parametrize(
    ("teks", "hasil"),
    [
        ("[Nama Ketua KPU Kota Tangerang Selatan]", ["[Nama Ketua KPU Kota Tangerang Selatan]"]),
        ("Ketua: [...]", ["[...]"]),
        ("Ditandatangani [ … ] di Serang", ["[ … ]"]),
        ("xxx", ["xxx"]),
        ("Sebesar XXXX rupiah", ["XXXX"]),
        ("NIP. -", ["NIP. -"]),
        ("NIP: –", ["NIP: –"]),
        ("Jabatan\nNIP.\n", ["NIP."]),
        ("Nama: …", ["…"]),
        ("Tangerang Selatan, ... Januari 2024", ["..."]),
        ("tanggal ___ 2024", ["___"]),
        ("-", ["-"]),
        ("  —  ", ["—"]),
        ("[Nama] dan xxx", ["[Nama]", "xxx"]),
    ],
)
def test_placeholders_are_found(teks, hasil):
    assert cari_placeholder(teks) == hasil


@pytest.mark.parametrize(
    "teks",
    [
        "",
        None,
        "M. TAUFIQ MZ",
        "NIP. 19781010 200312 1 001",
        "Pegawai memiliki NIP",
        "dan seterusnya…",
        "capaian 97,5...",
        "seperti pada rujukan [1] dan [12]",
        "Tahun XXXI",
        "Box dan Xerox",
        "Sekretaris KPU Kota Tangerang Selatan",
    ],
)
def test_prose_is_not_a_placeholder(teks):
    assert cari_placeholder(teks) == []


HARI = date(2026, 12, 1)


def test_a_signing_date_in_the_future_is_refused():
    nilai = nilai_tanggal(date(2031, 1, 5), 2023, "lkj", HARI)
    assert nilai.galat == (
        "Tanggal penandatanganan 5 Januari 2031 belum tiba (hari ini 1 Desember 2026): "
        "Laporan Kinerja tidak dapat ditandatangani pada tanggal yang akan datang."
    )
    assert nilai.perlu_konfirmasi == ""
    assert nilai_tanggal(date(2026, 12, 2), 2026, "pk", HARI).galat


@pytest.mark.parametrize(
    ("tanggal", "tahun", "dokumen", "perlu"),
    [
        (date(2024, 1, 13), 2023, "lkj", False),
        (date(2023, 12, 31), 2023, "lkj", False),
        (date(2024, 12, 31), 2023, "lkj", False),
        (date(2023, 12, 30), 2023, "lkj", True),
        (date(2025, 1, 1), 2023, "lkj", True),
        (date(2023, 1, 31), 2023, "pk", False),
        (date(2022, 12, 1), 2023, "pk", False),
        (date(2022, 11, 30), 2023, "pk", True),
        (date(2024, 1, 2), 2023, "pk", True),
        (date(2019, 1, 2), 2019, "pk", False),
    ],
)
def test_dates_outside_the_window_need_a_confirmation(tanggal, tahun, dokumen, perlu):
    nilai = nilai_tanggal(tanggal, tahun, dokumen, HARI)
    assert nilai.galat == ""
    assert bool(nilai.perlu_konfirmasi) is perlu


def test_the_confirmation_says_why():
    assert nilai_tanggal(date(2023, 6, 1), 2023, "lkj", HARI).perlu_konfirmasi == (
        "Tanggal penandatanganan Laporan Kinerja 2023, 1 Juni 2023, sebelum tahun 2023 "
        "berakhir (31 Desember 2023). Centang konfirmasi bila tanggal ini memang benar."
    )
    assert jendela_tanggal(2025, "pk") == (date(2024, 12, 1), date(2025, 12, 31))
