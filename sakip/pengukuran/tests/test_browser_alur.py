"""The whole quarterly journey in a real browser, as the real users of the demo office.

PIC fills TW I 2024 with evidence and submits → Kepala Subbagian returns it with a comment →
PIC corrects and resubmits → Kepala Subbagian verifies → Sekretaris approves → the value is
locked and the page says so → Sekretaris reopens with a reason → the history shows each step.
"Today" is 10 April 2024 (settings.SAKIP_HARI_INI), inside the TW I window.
"""

import re

import pytest

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

INDIKATOR = "Persentase Ketepatan waktu pelaporan keuangan"
KOMENTAR = "Laporan Desember belum dihitung: jumlah laporan seharusnya 12."
ALASAN = "BPK mengoreksi jumlah laporan tepat waktu."


@pytest.fixture
def pengguna(peramban, live_server):
    """Log a demo user into a browser context of their own (own cookies)."""
    from sakip.demo.muat import muat_semua

    muat_semua()
    konteks = []

    def buka(username):
        k = peramban.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
        konteks.append(k)
        page = k.new_page()
        page.set_default_timeout(15000)
        masuk(page, live_server, username)
        page.wait_for_url(re.compile(r".*/pengukuran/tugas/$"))  # where their work is
        return page

    yield buka
    for k in konteks:
        k.close()


def klik(page, selector):
    """Click a button or link and wait for the page it leads to."""
    with page.expect_navigation():
        page.click(selector)


def klik_setuju(page, selector, pesan):
    """Click a workflow button: the confirmation dialog asks first; confirm and wait."""
    page.click(selector)
    dialog = page.locator("#dialogKonfirmasi")
    dialog.wait_for(state="visible")
    assert pesan in dialog.inner_text()
    with page.expect_navigation():
        page.click("[data-testid=konfirmasi-ya]")


def _status(page):
    return page.locator("[data-testid=status]").inner_text().strip()


def test_the_quarterly_journey(pengguna, tmp_path):
    bukti = tmp_path / "Berita Acara Laporan TW I.pdf"
    bukti.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")

    # --- the PIC finds the task, fills the quantities, adds evidence, submits ---------------
    pic = pengguna("pic-keuangan")
    assert pic.locator("[data-testid=jumlah-tugas]").inner_text() == "7"
    klik(pic, "nav >> text=Tugas saya")
    tugas = (
        pic.locator("[data-testid=tugas-isi] li")
        .filter(has_text="TW I 2024")
        .filter(has_text=INDIKATOR)
    )
    with pic.expect_navigation():
        tugas.locator("a").click()
    assert "Realisasi TW I 2024" in pic.locator("main p").first.inner_text()
    assert _status(pic) == "Belum diisi"
    pic.get_by_label("Laporan tepat waktu").fill("11")
    pic.get_by_label("Laporan total").fill("12")
    pic.get_by_label("Analisis capaian").fill("Satu laporan terlambat karena gangguan SAKTI.")
    klik(pic, "button:has-text('Simpan')")
    assert pic.locator(".alert-success").inner_text() == "Realisasi TW I 2024 tersimpan."
    assert pic.locator("[data-testid=capaian]").inner_text() == "91,67 %"
    assert "mewajibkan bukti dukung" in pic.locator("[data-testid=kekurangan]").inner_text()
    assert pic.locator("button:has-text('Ajukan untuk verifikasi')").is_disabled()
    pic.set_input_files("#id_berkas", str(bukti))
    klik(pic, "button:has-text('Unggah')")
    assert pic.locator(".alert-success").inner_text() == (
        "Bukti dukung “Berita Acara Laporan TW I.pdf” diunggah."
    )
    klik_setuju(pic, "button:has-text('Ajukan untuk verifikasi')", "Ajukan realisasi TW I 2024")
    assert _status(pic) == "Diajukan"
    assert (
        "sudah diajukan dan menunggu verifikasi"
        in pic.locator("[data-testid=alasan-kunci]").inner_text()
    )
    alamat = pic.url

    # --- the Kepala Subbagian returns it with a comment ----------------------------------------
    kasubbag = pengguna("kasubbag-keuangan")
    assert kasubbag.locator("[data-testid=jumlah-tugas]").inner_text() == "2"
    klik(kasubbag, "nav >> text=Tugas saya")
    with kasubbag.expect_navigation():
        kasubbag.locator("[data-testid=tugas-verifikasi] a", has_text=INDIKATOR).click()
    assert kasubbag.url == alamat
    assert (
        "Berita Acara Laporan TW I.pdf"
        in kasubbag.locator("[data-testid=daftar-bukti]").inner_text()
    )
    kasubbag.get_by_label("Komentar untuk PIC (wajib)").fill(KOMENTAR)
    klik_setuju(
        kasubbag,
        "button:has-text('Kembalikan kepada PIC')",
        "Kembalikan realisasi TW I 2024 kepada PIC",
    )
    assert _status(kasubbag) == "Dikembalikan"

    # --- the PIC sees the comment, corrects and resubmits --------------------------------------
    pic.goto(alamat)
    assert KOMENTAR in pic.locator("[data-testid=jejak]").inner_text()
    pic.get_by_label("Laporan tepat waktu").fill("12")
    klik(pic, "button:has-text('Simpan')")
    assert pic.locator("[data-testid=capaian]").inner_text() == "100,00 %"
    klik_setuju(pic, "button:has-text('Ajukan untuk verifikasi')", "Ajukan realisasi TW I 2024")
    assert _status(pic) == "Diajukan"

    # --- the Kepala Subbagian verifies; the Sekretaris approves ---------------------------------
    kasubbag.goto(alamat)
    klik_setuju(kasubbag, "button:has-text('Verifikasi')", "Verifikasi realisasi TW I 2024")
    assert _status(kasubbag) == "Terverifikasi"
    sekretaris = pengguna("sekretaris")
    klik(sekretaris, "nav >> text=Tugas saya")
    with sekretaris.expect_navigation():
        sekretaris.locator("[data-testid=tugas-setujui] a", has_text=INDIKATOR).click()
    klik_setuju(
        sekretaris, "button:has-text('Setujui dan kunci')", "Setujui dan kunci realisasi TW I 2024?"
    )
    assert sekretaris.locator(".alert-success").inner_text() == (
        "Realisasi TW I 2024 disetujui dan sekarang terkunci."
    )

    # --- locked: the PIC's page says so and offers no form ------------------------------------
    pic.goto(alamat)
    assert _status(pic) == "Disetujui"
    assert pic.locator("[data-testid=alasan-kunci]").inner_text() == (
        "Tidak dapat diubah. Realisasi TW I 2024 sudah disetujui Sekretaris dan terkunci. "
        "Hanya Sekretaris yang dapat membukanya kembali."
    )
    assert pic.locator("[data-testid=form-realisasi]").count() == 0
    assert pic.locator("[data-testid=nilai]").inner_text() == "100 %"

    # --- the Sekretaris reopens with a reason -------------------------------------------------
    sekretaris.goto(alamat)
    sekretaris.get_by_label("Alasan membuka kembali (wajib)").fill(ALASAN)
    klik_setuju(sekretaris, "button:has-text('Buka kembali')", "Buka kembali realisasi TW I 2024")
    assert _status(sekretaris) == "Dikembalikan"

    # --- the history shows every step --------------------------------------------------------
    langkah = [
        re.sub(r"\s+", " ", t).strip()
        for t in sekretaris.locator("[data-testid=jejak] li").all_inner_texts()
    ]
    tanpa_waktu = [re.sub(r" \d{1,2} \w{3} \d{4} \d{2}:\d{2}", "", t) for t in langkah]
    assert tanpa_waktu == [
        f"sekretaris Membuka kembali: Disetujui → Dikembalikan “{ALASAN}”",
        "sekretaris Menyetujui: Terverifikasi → Disetujui",
        "kasubbag-keuangan Memverifikasi: Diajukan → Terverifikasi",
        "pic-keuangan Mengajukan: Dikembalikan → Diajukan",
        "pic-keuangan Menyimpan",
        f"kasubbag-keuangan Mengembalikan: Diajukan → Dikembalikan “{KOMENTAR}”",
        "pic-keuangan Mengajukan: Draf → Diajukan",
        "pic-keuangan Menambah bukti dukung “Berita Acara Laporan TW I.pdf”",
        "pic-keuangan Menyimpan: baru → Draf",
    ]
    klik(sekretaris, "[data-testid=remah] >> text=Indikator")
    komentar = sekretaris.locator("[data-testid=komentar-alur]").inner_text()
    assert KOMENTAR in komentar and ALASAN in komentar
    riwayat = sekretaris.locator("[data-testid=riwayat]").inner_text()
    assert "sekretaris mengubah Realisasi TW I 2024" in riwayat
    assert "Status: Disetujui → Dikembalikan" in riwayat
    assert "Nilai: 91,67 → 100" in riwayat
    assert "pic-keuangan mengunggah Bukti dukung TW I 2024" in riwayat
    # in people's words: labels, sizes and file types, not field or variable names
    assert (
        "Besaran rumus: Laporan tepat waktu = 11; Laporan total = 12 → Laporan tepat waktu = 12; Laporan total = 12"
        in riwayat
    )
    assert "Ukuran: 45 bita" in riwayat and "Jenis: dokumen PDF" in riwayat
    assert "bita)" not in riwayat and "laporan_tepat_waktu" not in riwayat
