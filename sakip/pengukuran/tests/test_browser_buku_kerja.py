"""The onboarding workbook in a real browser: the Perencana finds the page in the menu,
downloads the office's workbook, uploads a broken copy (refused with its place and reason,
nothing written) and then the workbook itself (nothing changes)."""

import re

import pytest
from openpyxl import load_workbook

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_unduh_unggah_buku_kerja(demo, halaman, live_server, tmp_path):
    masuk(halaman, live_server, "perencana")
    halaman.wait_for_url(re.compile(r".*/satker/3674/\d{4}/$"))
    with halaman.expect_navigation():
        halaman.click("nav >> text=Buku Kerja")
    assert halaman.url.endswith("/pengukuran/3674/buku-kerja/")
    with halaman.expect_download() as unduhan:
        halaman.click("text=tahun 2023")
    asli = tmp_path / "buku_kerja.xlsx"
    unduhan.value.save_as(asli)
    wb = load_workbook(asli)
    assert wb["profil"]["A2"].value == "3674"
    wb["target"]["E2"].value = "seratus"
    rusak = tmp_path / "rusak.xlsx"
    wb.save(rusak)

    halaman.set_input_files("#id_berkas", str(rusak))
    with halaman.expect_navigation():
        halaman.click("button:has-text('Periksa dan impor')")
    galat = halaman.locator("[data-testid=kesalahan-impor]")
    assert "Impor ditolak: 1 kesalahan." in galat.inner_text()
    assert (
        "Lembar target, baris 2, kolom E (nilai): target 'seratus' bukan angka (indikator 1.1 "
        "bernilai persen)" in galat.inner_text()
    )

    halaman.set_input_files("#id_berkas", str(asli))
    with halaman.expect_navigation():
        halaman.click("button:has-text('Periksa dan impor')")
    assert halaman.locator("[data-testid=kesalahan-impor]").count() == 0
    assert "Tidak ada yang berubah" in halaman.content()
    assert "/admin/" not in halaman.url
