"""A real browser logs in and reads the dashboard."""

import pytest

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_perencana_logs_in_and_reads_the_dashboard(live_server, halaman):
    from sakip.demo.muat import muat_semua

    muat_semua()
    masuk(halaman, live_server, "perencana")
    halaman.wait_for_url(f"{live_server.url}/satker/3674/2023/")
    assert halaman.locator("h1").inner_text() == "Capaian Kinerja Tahun 2023"
    tabel = halaman.locator("[data-testid=tabel-capaian] tbody tr")
    assert tabel.count() == 14

    def sel(baris, kolom):
        return baris.locator(f"td[data-kolom={kolom}]").inner_text()

    baris_irb = tabel.filter(has_text="Indeks Reformasi Birokrasi")
    assert sel(baris_irb, "capaian") == "94,12 %"
    assert sel(baris_irb, "kategori") == "Berhasil"
    baris_akip = tabel.filter(has_text="Nilai Akuntabilitas Kinerja")
    assert [sel(baris_akip, k) for k in ("target", "realisasi", "capaian", "kategori")] == [
        "BB",
        "B",
        "85,71 %",
        "Cukup Berhasil",
    ]
    # the stylesheet is served by the app itself (offline offices)
    warna = halaman.evaluate("getComputedStyle(document.querySelector('nav')).backgroundColor")
    assert warna == "rgb(31, 58, 95)"
    halaman.click("[data-testid=menu-pengguna]")
    halaman.click("text=Keluar")
    halaman.wait_for_url(f"{live_server.url}/masuk/")
