"""The evaluation journey in a real browser, as the demo's users.

The office's Perencana self-assesses (one criterion with evidence, the rest from the prefill)
and submits → the evaluator at KPU Provinsi Banten scores every criterion, writes a
recommendation and finalises → the LHE PDF is downloaded and read back → the PIC of the
responsible unit follows the recommendation up with evidence → the same PIC enters the
grade as the 2024 realisation of "Nilai Akuntabilitas Kinerja". Today is 10 April 2024.
"""

from decimal import Decimal as D
from pathlib import Path

import pytest

from conftest import masuk
from sakip.laporan.tests.bantu import rapat, teks_pdf

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The demo's 2023 data, its prefill, the office's one answer (1.a.1) and the evaluator's one
# change (1.a.5) give this Nilai AKIP; its parts are checked against the worksheet's rule below.
NILAI, PREDIKAT = "72,95", "BB"


@pytest.fixture
def pengguna(peramban, live_server, settings):
    from sakip.demo.muat import muat_semua

    settings.SAKIP_HARI_INI = "2024-04-10"
    muat_semua()
    konteks = []

    def buka(username):
        k = peramban.new_context(locale="id-ID", timezone_id="Asia/Jakarta", accept_downloads=True)
        konteks.append(k)
        page = k.new_page()
        page.set_default_timeout(15000)
        page.on("dialog", lambda d: d.accept())
        masuk(page, live_server, username)
        page.wait_for_url(lambda u: "/masuk/" not in u)  # each role lands where its work is
        return page

    yield buka
    for k in konteks:
        k.close()


def klik(page, selector):
    """Click and wait for the next page; a step that asks first is confirmed in the dialog."""
    with page.expect_navigation():
        page.click(selector)
        if page.locator("#dialogKonfirmasi[open]").count():
            page.click("#dialogKonfirmasi [data-testid=konfirmasi-ya]")


def test_perjalanan_evaluasi(pengguna, live_server):
    url = f"{live_server.url}/lke/3674/2023/"

    # 1. the office self-assesses
    kantor = pengguna("perencana")
    kantor.goto(url)
    klik(kantor, "[data-testid=buka-lke]")
    assert kantor.locator("[data-testid=status-lke]").inner_text() == "Penilaian mandiri"
    kantor.select_option("select[name='u-1.a.1']", "1")
    kantor.fill("input[name='b-1.a.1']", "https://jdih.kpu.go.id/pkpu-8-2022")
    klik(kantor, "[data-testid=simpan-usulan]")
    assert "Penilaian mandiri disimpan." in kantor.content()
    klik(kantor, "[data-testid=ajukan-lke]")
    assert kantor.locator("[data-testid=status-lke]").inner_text() == "Diajukan ke evaluator"

    # 2. the evaluator at KPU Provinsi Banten scores criterion by criterion and finalises
    ev = pengguna("evaluator-banten")
    ev.goto(url)
    pilih = ev.locator("select[name^='p-']")
    assert pilih.count() == 80  # each starts at the office's answer
    assert ev.locator("select[name='p-1.a.1']").input_value() == "1"
    assert ev.locator("select[name='p-1.a.5']").input_value() == "0"  # the prefill's: no TW targets
    ev.select_option("select[name='p-1.a.5']", "1")
    # criteria the office left to the evaluator (ASSIST/MANUAL without a proposal): all met
    kosong = ev.locator("select[name^='p-']").evaluate_all(
        "els => els.filter(e => e.value === '').map(e => e.name)"
    )
    for nama in kosong:
        ev.select_option(f"select[name='{nama}']", "1")
    klik(ev, "[data-testid=simpan-nilai]")
    assert (
        "Kriteria 1.a.5: catatan wajib bila nilai evaluator berbeda dari usulan kantor."
        in ev.content()
    )
    ev.select_option("select[name='p-1.a.5']", "1")
    for nama in kosong:
        ev.select_option(f"select[name='{nama}']", "1")
    ev.fill("input[name='e-1.a.5']", "Rencana aksi triwulanan ada di dokumen terpisah.")
    klik(ev, "[data-testid=simpan-nilai]")
    from sakip.organisasi.models import Satker
    from sakip.penilaian.lembar import susun_lembar

    lb = susun_lembar(None, Satker.objects.get(kode="3674"), 2023)
    # what the data could not decide (1.c.1, …) the evaluator met; what it found missing stays T
    assert [
        (x.kode, x.terpenuhi, x.jawaban, x.nilai) for k in lb.penetapan.komponen for x in k.sub
    ] == [
        ("1.a", 6, "BB", D("4.8")),
        ("1.b", 10, "B", D("6.3")),  # 1.b.2: the PK was not published by 31 January
        ("1.c", 6, "CC", D(9)),  # 6/8 = 75 %
        ("2.a", 3, "BB", D("4.8")),
        ("2.b", 6, "B", D("6.3")),  # 6/7 = 85,7 %
        ("2.c", 10, "BB", D(12)),
        ("3.a", 2, "C", D("1.5")),  # the demo LKj is not published: 2/6
        ("3.b", 4, "C", D("2.25")),  # 4/9
        ("3.c", 7, "BB", D(6)),
        ("4.a", 3, "BB", D(4)),
        ("4.b", 5, "BB", D(6)),
        ("4.c", 5, "BB", D(10)),
    ]
    nilai = format(lb.penetapan.nilai.quantize(D("0.01")), "f").replace(".", ",")
    assert ev.locator("[data-testid=nilai-penetapan]").inner_text() == nilai == NILAI
    ev.fill("#temuan", "Survei pemahaman pegawai atas kinerja belum dilakukan.")
    ev.fill("#rek", "Lakukan survei pemahaman pegawai atas kinerja.")
    ev.select_option("#unitRek", label="Subbagian Perencanaan, Data dan Informasi")
    klik(ev, "[data-testid=tambah-rekomendasi]")
    ev.fill("#nomorLhe", "45/PL.02-LHE/36/2024")
    klik(ev, "[data-testid=finalkan-lke]")
    assert ev.locator("[data-testid=status-lke]").inner_text() == "Final"
    assert ev.locator("[data-testid=predikat]").inner_text() == PREDIKAT

    # 3. the LHE is generated
    with ev.expect_download() as unduh:
        ev.click("[data-testid=lhe-pdf]")
    teks = rapat(" ".join(teks_pdf(Path(unduh.value.path()).read_bytes())))
    assert f"{NILAI} dengan predikat {PREDIKAT}" in teks
    assert "45/PL.02-LHE/36/2024" in teks.replace("/ ", "/")  # a line may break after a slash

    # 4. the recommendation is followed up by the office with evidence
    pic = pengguna("pic-perencanaan")
    pic.goto(f"{live_server.url}/evaluasi/tindak-lanjut/3674/")
    kartu = pic.locator("[data-testid^=rekomendasi-]").first
    kartu.locator("select[name=status]").select_option("selesai")
    kartu.locator("input[name=uraian]").fill("Survei dilakukan 3 April 2024, 28 responden.")
    kartu.locator("input[name=bukti]").fill("https://drive.kpu.go.id/survei-2024.pdf")
    with pic.expect_navigation():
        kartu.locator("button").click()
    assert pic.locator("[data-testid=status-tl]").first.inner_text() == "Selesai"

    # 5. next year's NAK realisation comes from the grade
    pic.goto(url)
    pic.select_option("#twNak", "1")
    klik(pic, "[data-testid=isi-nak]")
    assert (
        f"Realisasi Nilai Akuntabilitas Kinerja 2024 TW 1 diisi {PREDIKAT} ({NILAI})"
        in pic.content()
    )
    from sakip.evaluasi.models import SumberRealisasi

    s = SumberRealisasi.objects.select_related("realisasi").get()
    assert (s.realisasi.tahun, s.realisasi.nilai_huruf, s.realisasi.skor) == (
        2024,
        "BB",
        D(NILAI.replace(",", ".")),
    )
    assert "45/PL.02-LHE/36/2024" in s.realisasi.analisis
