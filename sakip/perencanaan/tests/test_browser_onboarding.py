"""A new office sets itself up in a real browser, without the Django admin.

The national superuser creates KPU Provinsi Jambi and, under it, KPU Kabupaten Sarolangun
with only a code and a name (and its first Admin) → the Admin sets the capaian cap to 100,
adds a unit and creates the users → the Perencana enters a Renstra with 3 sasaran and 9
indicators (one lower-is-better, one formula, one letter grade) and the year's and
quarters' targets → a PK signed by named people → the PIC enters TW I, the Kepala
Subbagian verifies, the Sekretaris approves → the LKj is generated and read back.
No request goes to /admin/. "Today" is 10 April 2026, inside the TW I entry window.
"""

import io
import re

import pytest

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SANDI = "kata-sandi-sarolangun-26"
SASARAN = [
    "Meningkatnya kualitas penyelenggaraan pemilu",
    "Meningkatnya akuntabilitas kinerja dan keuangan",
    "Meningkatnya kualitas layanan data dan informasi",
]
# (nama, jenis, satuan, polaritas, rumus, target tahun, target TW I)
INDIKATOR = [
    [
        (
            "Persentase dokumen tahapan tepat waktu",
            "persen",
            "%",
            "naik",
            "dokumen_tepat / dokumen_total * 100",
            "80",
            "80",
        ),
        ("Jumlah sengketa yang dikabulkan", "angka", "perkara", "turun", "", "2", "1"),
        ("Indeks partisipasi pemilih", "angka", "indeks", "naik", "", "75", "75"),
    ],
    [
        ("Nilai AKIP", "huruf", "predikat", "naik", "", "BB", "BB"),
        ("Persentase penyerapan anggaran", "persen", "%", "naik", "", "95", "20"),
        ("Jumlah laporan keuangan tepat waktu", "angka", "laporan", "naik", "", "12", "3"),
    ],
    [
        ("Persentase data pemilih termutakhir", "persen", "%", "naik", "", "100", "25"),
        ("Jumlah publikasi informasi", "angka", "publikasi", "naik", "", "24", "6"),
        ("Persentase permohonan informasi terlayani", "persen", "%", "naik", "", "100", "100"),
    ],
]


@pytest.fixture
def buka(peramban, live_server, settings, tmp_path):
    """Log a user into a browser context of their own; every request URL is recorded."""
    from sakip.demo.muat import muat_semua

    settings.SAKIP_HARI_INI = "2026-04-10"
    settings.SAKIP_BATAS_HARI_SETELAH_TRIWULAN = 15
    settings.SAKIP_LAPORAN_LATAR = False  # generate in the request: the page shows the result
    settings.MEDIA_ROOT = tmp_path / "media"
    muat_semua()  # the hierarchy (KPU RI, Banten) and the national superuser
    konteks, alamat = [], []

    def _buka(username, password=SANDI):
        k = peramban.new_context(locale="id-ID", timezone_id="Asia/Jakarta")
        konteks.append(k)
        page = k.new_page()
        page.set_default_timeout(20000)
        page.on("request", lambda r: alamat.append(r.url))
        masuk(page, live_server, username, password)
        page.wait_for_load_state()
        return page

    _buka.alamat = alamat
    yield _buka
    for k in konteks:
        k.close()


def kirim(page, selector="button[type=submit]"):
    with page.expect_navigation():
        page.click(selector)


def pesan(page):
    return page.locator(".alert-success").first.inner_text()


def test_a_new_office_onboards_itself_and_reports(buka, live_server):
    url = live_server.url

    # --- 1. the national superuser creates the office with a code and a name -----------------
    nasional = buka("nasional", "sakip-demo")
    for kode, nama, induk, admin in (
        ("15", "KPU Provinsi Jambi", "00 — KPU Republik Indonesia", ""),
        ("1503", "KPU Kabupaten Sarolangun", "15 — KPU Provinsi Jambi", "admin-1503"),
    ):
        with nasional.expect_navigation():
            nasional.click("[data-testid=nav-kantor-baru]")
        nasional.select_option("#id_induk", label=induk)
        nasional.fill("#id_kode", kode)
        nasional.fill("#id_nama", nama)
        if admin:
            nasional.fill("#id_admin_username", admin)
            nasional.fill("#id_admin_sandi", SANDI)
        kirim(nasional, "[data-testid=form-kantor-baru] button")
        assert pesan(nasional) == f"{nama} ({kode}) dibuat."

    # --- 2. its Admin sets the profile (cap 100), a unit, and creates the users -----------------
    admin = buka("admin-1503")
    admin.goto(f"{url}/organisasi/1503/profil/")
    admin.fill("#id_kota", "Sarolangun")
    admin.fill("#id_alamat", "Jl. Lintas Sumatera, Sarolangun")
    admin.fill("#id_batas_capaian", "100")
    kirim(admin, "[data-testid=form-profil] button[type=submit]")
    assert pesan(admin) == "Profil kantor disimpan."
    from sakip.organisasi.models import Satker

    assert Satker.objects.get(kode="1503").batas_capaian == 100
    admin.fill("#unit-kode", "umum")
    admin.fill("#unit-nama", "Subbagian Keuangan, Umum dan Logistik")
    kirim(admin, "[data-testid=form-unit] button")
    with admin.expect_navigation():
        admin.click(".nav-tabs >> text=Pengguna")
    with admin.expect_navigation():
        admin.click("[data-testid=pengguna-baru]")
    pengguna = [
        ("perencana-1503", "Perencana", ""),
        ("pic-1503", "PIC", "Subbagian Keuangan, Umum dan Logistik"),
        (
            "kasubbag-1503",
            "Verifikator (Kepala Subbagian)",
            "Subbagian Keuangan, Umum dan Logistik",
        ),
        ("sekretaris-1503", "Pimpinan (Sekretaris)", ""),
    ]
    for n, (username, peran, unit) in enumerate(pengguna, start=1):
        admin.fill("#id_username", username)
        admin.select_option("#id_peran", label=peran)
        if unit:
            admin.select_option("#id_unit", label=unit)
        admin.fill("#id_sandi", SANDI)
        tombol = "[value=baru]" if n < len(pengguna) else "button:not([value])"
        kirim(admin, f"[data-testid=form-pengguna] {tombol}")
        assert pesan(admin) == f"Pengguna {username} dibuat sebagai {peran}."
    assert admin.locator("[data-testid=tabel-pengguna] tbody tr").count() == 5

    # --- 3. the Perencana enters the Renstra, 3 sasaran, 9 indicators and their targets ----------
    p = buka("perencana-1503")
    with p.expect_navigation():
        p.click("[data-testid=nav-kelola]")
    with p.expect_navigation():
        p.click("[data-testid=renstra-baru]")
    p.fill("#id_tahun_awal", "2025")
    p.fill("#id_tahun_akhir", "2029")
    p.fill("#id_visi", "Menjadi penyelenggara pemilu yang mandiri, profesional dan berintegritas")
    p.fill(
        "#id_misi", "Menyelenggarakan pemilu yang efektif\nMeningkatkan integritas penyelenggara"
    )
    p.fill("#id_tujuan", "Terselenggaranya pemilu yang berkualitas")
    kirim(p, "[data-testid=form-renstra] button")
    assert pesan(p) == "Renstra 2025–2029 disimpan."
    alamat_renstra = p.url
    for s, (uraian, daftar) in enumerate(zip(SASARAN, INDIKATOR, strict=True), start=1):
        p.goto(alamat_renstra)
        p.fill("#sasaran_uraian", uraian)
        p.select_option("#sasaran_tujuan", index=1)
        kirim(p, "[data-testid=form-sasaran-baru] button")
        assert pesan(p) == f"Sasaran {s} disimpan."
        with p.expect_navigation():
            p.click("[data-testid=indikator-baru]")
        for n, (nama, jenis, satuan, polaritas, rumus, _, _) in enumerate(daftar, start=1):
            p.fill("#id_nama", nama)
            p.fill("#id_uraian", f"Definisi {nama.lower()}")
            p.fill("#id_cara_penghitungan", "Dihitung dari dokumen sumber setiap triwulan")
            p.select_option("#id_jenis", jenis)
            p.fill("#id_satuan", satuan)
            p.select_option("#id_polaritas", polaritas)
            p.fill("#id_sumber_data", "Arsip Subbagian")
            p.select_option("#id_unit", label="Subbagian Keuangan, Umum dan Logistik")
            if rumus:
                # the live preview says in plain words what is wrong, then what it reads
                p.fill("#id_rumus", "dokumen_tepat / (dokumen_total")
                pratinjau = p.locator("[data-testid=pratinjau-rumus]")
                pratinjau.filter(has_text="Rumus tidak dapat dibaca").wait_for()
                p.fill("#id_rumus", rumus)
                pratinjau.filter(has_text="Rumus terbaca").wait_for()
                assert "dokumen_tepat, dokumen_total" in pratinjau.inner_text()
            lanjut = "baru" if n < len(daftar) else "sasaran"
            kirim(p, f"[data-testid=form-indikator] button[value={lanjut}]")
            assert pesan(p) == f"Indikator {s}.{n} disimpan."
        assert p.locator("[data-testid=daftar-indikator] tbody tr").count() == 3

    p.goto(alamat_renstra.rstrip("/") + "/target/2026/")
    for s, daftar in enumerate(INDIKATOR, start=1):
        for n, (_, _, _, _, _, tahunan, tw1) in enumerate(daftar, start=1):
            p.fill(f"[aria-label='Target {s}.{n} tahunan']", tahunan)
            for tw in (1, 2, 3, 4):
                p.fill(f"[aria-label='Target {s}.{n} TW {tw}']", tw1 if tw == 1 else tahunan)
    p.fill("[aria-label='Tonggak 1.1 TW 1']", "Dokumen tahapan triwulan I terbit")
    kirim(p, "[data-testid=form-target] button")
    assert pesan(p) == "Target tahun 2026 disimpan (45 isian berubah)."

    # --- 4. the PK of 2026 from the Renstra's targets, signed by named people --------------------
    p.goto(f"{url}/perencanaan/1503/2026/pk/")
    assert p.input_value("#id_tempat") == "Sarolangun"
    p.fill("#id_pihak_pertama_nama", "RINA MARLINA")
    p.fill("#id_pihak_pertama_nip", "198203152006042001")
    p.fill("#id_pihak_kedua_nama", "AHMAD FAUZI")
    kirim(p, "[data-testid=form-pk-baru] button")
    assert pesan(p) == "Perjanjian Kinerja 2026 dibuat."
    p.goto(f"{url}/satker/1503/2026/pk/")
    assert p.locator("[data-testid=tabel-pk] tbody tr").count() == 9
    ttd = p.locator("main .card").first.inner_text()
    assert "RINA MARLINA" in ttd and "AHMAD FAUZI" in ttd

    # --- 5. the PIC enters TW I of the formula indicator; verified; approved -----------------
    from sakip.perencanaan.models import Indikator

    i = Indikator.objects.get(sasaran__renstra__satker__kode="1503", rumus__startswith="dokumen")
    realisasi = f"{url}/pengukuran/1503/indikator/{i.pk}/2026/tw1/"
    pic = buka("pic-1503")
    pic.goto(realisasi)
    pic.get_by_label("Dokumen tepat").fill("9")
    pic.get_by_label("Dokumen total").fill("10")
    kirim(pic, "button:has-text('Simpan')")
    # the entry form judges the quarter uncapped: 90 % against 80 % is 112,5 %
    assert pic.locator("[data-testid=capaian]").inner_text() == "112,50 %"
    kirim(pic, "button:has-text('Ajukan untuk verifikasi')")
    kasubbag = buka("kasubbag-1503")
    kasubbag.goto(realisasi)
    kirim(kasubbag, "button:has-text('Verifikasi')")
    sekretaris = buka("sekretaris-1503")
    sekretaris.goto(realisasi)
    kirim(sekretaris, "button:has-text('Setujui dan kunci')")
    assert pesan(sekretaris) == "Realisasi TW I 2026 disetujui dan sekarang terkunci."

    # the dashboard counts the approved value, cut at the office's cap of 100
    sekretaris.goto(f"{url}/satker/1503/2026/")
    baris = sekretaris.locator("[data-testid=tabel-capaian] tr", has_text=INDIKATOR[0][0][0])
    assert baris.locator("[data-kolom=capaian]").inner_text() == "100,00 %"

    # --- 6. the LKj is generated and reads back with the office and its signatory -------------
    sekretaris.goto(f"{url}/laporan/1503/2026/")
    sekretaris.click("[data-testid=buat-lkj]")
    unduh = sekretaris.locator("[data-testid=unduh-lkj-pdf]")
    status = sekretaris.locator("[data-testid=status-lkj]")
    status.filter(has_text=re.compile("Unduh PDF|gagal")).wait_for(timeout=90000)
    assert "gagal" not in status.inner_text(), status.inner_text()
    respons = sekretaris.request.get(url + unduh.get_attribute("href"))
    assert respons.status == 200 and respons.body().startswith(b"%PDF")
    from pypdf import PdfReader

    teks = re.sub(
        r"\s+", " ", " ".join(h.extract_text() for h in PdfReader(io.BytesIO(respons.body())).pages)
    )
    assert "KPU Kabupaten Sarolangun" in teks
    assert "RINA MARLINA" in teks

    assert not [a for a in buka.alamat if "/admin/" in a]
