"""One or more tests per finding of the hardening audit (issue 15), numbered as the issue.

Each failed before its fix. Tests of the bad-input corpus are in test_korpus_masukan.py,
backup/restore (finding 12) in test_cadangan.py, simultaneous edits (finding 4) against
gunicorn in pengukuran/tests/test_serentak.py.
"""

import io
import subprocess
import sys
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import Permission
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from sakip.organisasi.models import Keanggotaan, Peran
from sakip.pengukuran import services
from sakip.pengukuran.models import Bukti, JejakRealisasi, Realisasi
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db
AKAR = Path(__file__).resolve().parents[3]


def _staf(django_user_model, username, satker, peran=Peran.ADMIN, superuser=False):
    """A staff user with every model permission (as an office Admin of i10's pages gets)."""
    if superuser:
        return django_user_model.objects.create_superuser(username, password="x-rahasia-1")
    u = django_user_model.objects.create_user(username, password="x-rahasia-1", is_staff=True)
    u.user_permissions.set(Permission.objects.all())
    Keanggotaan.objects.create(user=u, satker=satker, peran=peran)
    return u


@pytest.fixture
def disetujui(demo):
    r = Realisasi.objects.filter(
        indikator__sasaran__renstra__satker=demo, status=Realisasi.Status.DISETUJUI
    ).first()
    assert r is not None
    return r


@pytest.fixture
def nasional(django_user_model, demo):
    return _staf(django_user_model, "it-nasional", None, superuser=True)


# -- 1. the admin cannot rewrite an approved realisation -----------------------------------


def _jejak(r):
    return (
        JejakRealisasi.objects.filter(realisasi=r).count(),
        r.history.count(),
    )


def test_1_admin_post_on_an_approved_realisation_changes_nothing(client, nasional, disetujui):
    client.force_login(nasional)
    lain = Indikator.objects.exclude(pk=disetujui.indikator_id).first()
    sebelum = (disetujui.nilai, disetujui.status, disetujui.versi, disetujui.indikator_id)
    jejak = _jejak(disetujui)
    url = reverse("admin:pengukuran_realisasi_change", args=[disetujui.pk])
    r = client.post(
        url,
        {
            "indikator": lain.pk,
            "tahun": disetujui.tahun,
            "triwulan": disetujui.triwulan,
            "nilai": "1",
            "status": "draf",
            "versi": "99",
            "diubah_oleh": nasional.pk,
            "besaran": "{}",
        },
    )
    assert r.status_code == 403
    disetujui.refresh_from_db()
    assert (disetujui.nilai, disetujui.status, disetujui.versi, disetujui.indikator_id) == sebelum
    assert _jejak(disetujui) == jejak
    # the page shows it read-only: no editable input for the value or the status
    halaman = client.get(url).content.decode()
    assert 'name="nilai"' not in halaman and 'name="status"' not in halaman


def test_1_admin_cannot_add_or_delete_workflow_rows_or_published_versions(
    client, nasional, disetujui
):
    client.force_login(nasional)
    n = Realisasi.objects.count(), Bukti.objects.count(), JejakRealisasi.objects.count()
    for nama in ("realisasi", "bukti", "jejakrealisasi", "pengecualiankunci"):
        assert client.get(reverse(f"admin:pengukuran_{nama}_add")).status_code == 403
    assert client.get(reverse("admin:laporan_versilaporan_add")).status_code == 403
    r = client.post(
        reverse("admin:pengukuran_realisasi_delete", args=[disetujui.pk]), {"post": "yes"}
    )
    assert r.status_code == 403
    assert (
        Realisasi.objects.count(),
        Bukti.objects.count(),
        JejakRealisasi.objects.count(),
    ) == n


def test_1_history_revert_in_the_admin_is_off(client, nasional, disetujui, settings):
    assert settings.SIMPLE_HISTORY_REVERT_DISABLED is True
    client.force_login(nasional)
    h = disetujui.history.order_by("history_id").first()
    url = reverse("admin:pengukuran_realisasi_simple_history", args=[disetujui.pk, h.history_id])
    sebelum = (disetujui.nilai, disetujui.status, disetujui.versi)
    r = client.post(url, {"nilai": "1", "status": "draf"})
    assert r.status_code in (200, 302, 403, 405)
    disetujui.refresh_from_db()
    assert (disetujui.nilai, disetujui.status, disetujui.versi) == sebelum


# -- 2. superuser national; an office Admin never reaches another office -------------------


@pytest.fixture
def hierarki(demo, kantor_lain):
    """KPU RI → Banten → {3674 (demo), 3671}; each level gets its own office Admin."""
    banten = demo.induk
    pusat = banten.induk
    return {"pusat": pusat, "provinsi": banten, "kabkota": demo, "saudara": kantor_lain}


@pytest.mark.parametrize("tingkat", ["pusat", "provinsi", "kabkota", "saudara"])
def test_2_an_office_admin_sees_only_its_own_office_in_the_admin(
    client, django_user_model, hierarki, tingkat
):
    kantor = hierarki[tingkat]
    admin_kantor = _staf(django_user_model, f"admin-{kantor.kode}", kantor)
    client.force_login(admin_kantor)
    r = client.get(reverse("admin:organisasi_satker_changelist"))
    assert r.status_code == 200
    assert list(r.context["cl"].queryset) == [kantor]
    for lain in hierarki.values():
        if lain == kantor:
            continue
        r = client.get(reverse("admin:organisasi_satker_change", args=[lain.pk]))
        assert r.status_code == 302  # the admin's "does not exist" redirect, no data shown
        r = client.post(
            reverse("admin:organisasi_satker_change", args=[lain.pk]),
            {"kode": lain.kode, "nama": "DIUBAH", "jenis": lain.jenis},
        )
        lain.refresh_from_db()
        assert lain.nama != "DIUBAH"
    # indicators, realisations and the choices of every foreign key stay in the office
    ind = client.get(reverse("admin:perencanaan_indikator_changelist")).context["cl"].queryset
    assert {i.satker.pk for i in ind} <= {kantor.pk}
    tambah = client.get(reverse("admin:perencanaan_indikator_add"))
    pilihan = tambah.context["adminform"].form.fields["sasaran"].queryset
    assert {s.renstra.satker_id for s in pilihan} <= {kantor.pk}
    real = client.get(reverse("admin:pengukuran_realisasi_changelist")).context["cl"].queryset
    assert {r.indikator.satker.pk for r in real} <= {kantor.pk}


def test_2_the_office_admin_cannot_move_its_office_in_the_hierarchy(
    client, django_user_model, hierarki
):
    demo = hierarki["kabkota"]
    admin_kantor = _staf(django_user_model, "admin-3674b", demo)
    client.force_login(admin_kantor)
    form = client.get(reverse("admin:organisasi_satker_change", args=[demo.pk])).context[
        "adminform"
    ]
    assert {"kode", "jenis", "induk"} <= set(form.readonly_fields)
    pilihan = client.get(reverse("admin:organisasi_keanggotaan_add")).context["adminform"]
    pengguna = pilihan.form.fields["user"].queryset
    assert not pengguna.filter(is_superuser=True).exists()
    assert not pengguna.exclude(keanggotaan__isnull=True).exclude(keanggotaan__satker=demo).exists()


def test_2_a_user_without_the_admin_role_has_no_admin_even_with_permissions(
    client, django_user_model, demo
):
    perencana = _staf(django_user_model, "perencana-staf", demo, peran=Peran.PERENCANA)
    client.force_login(perencana)
    assert client.get(reverse("admin:organisasi_satker_changelist")).status_code == 403


@pytest.mark.parametrize("tingkat", ["pusat", "provinsi", "kabkota", "saudara"])
def test_2_the_superuser_reads_every_level_but_acts_through_no_office(
    client, nasional, hierarki, tingkat
):
    kantor = hierarki[tingkat]
    client.force_login(nasional)
    semua = client.get(reverse("admin:organisasi_satker_changelist")).context["cl"].queryset
    assert set(hierarki.values()) <= set(semua)
    assert client.get(reverse("satker", args=[kantor.kode])).status_code in (200, 302)
    r = client.post(
        reverse("laporan:pengesahan", args=[kantor.kode, 2023]), {"tempat": "Di mana saja"}
    )
    assert r.status_code == 403


@pytest.mark.parametrize("tingkat", ["pusat", "provinsi", "saudara"])
def test_2_an_office_admin_cannot_read_or_write_another_offices_pages(
    client, django_user_model, hierarki, tingkat
):
    admin_kantor = _staf(django_user_model, "admin-demo", hierarki["kabkota"])
    client.force_login(admin_kantor)
    lain = hierarki[tingkat]
    assert client.get(reverse("dasbor", args=[lain.kode, 2023])).status_code == 404
    r = client.post(reverse("laporan:pengesahan", args=[lain.kode, 2023]), {"tempat": "X"})
    assert r.status_code == 404


# -- 3. lockout by username and address; the client address behind trusted proxies ---------


def _gagal(client, username, ip, n=1, **meta):
    r = None
    for _ in range(n):
        r = client.post(
            reverse("login"), {"username": username, "password": "salah"}, REMOTE_ADDR=ip, **meta
        )
    return r


def test_3_five_failures_lock_that_user_from_that_address_only(client, demo, settings):
    settings.AXES_FAILURE_LIMIT = 5
    cache.clear()
    r = _gagal(client, "perencana", "10.0.0.5", 5)
    assert r.status_code == 429
    teks = r.content.decode()
    assert "nama pengguna <strong>perencana</strong> dikunci selama satu jam" in teks
    assert "Pengguna lain dari alamat yang sama tetap dapat masuk" in teks
    # another user from the same address (the whole office behind one proxy) still logs in
    r = client.post(
        reverse("login"),
        {"username": "sekretaris", "password": "sakip-demo"},
        REMOTE_ADDR="10.0.0.5",
    )
    assert r.status_code == 302
    client.logout()
    # the same user from another address still logs in
    r = client.post(
        reverse("login"),
        {"username": "perencana", "password": "sakip-demo"},
        REMOTE_ADDR="10.0.0.9",
    )
    assert r.status_code == 302
    client.logout()
    # and the locked pair stays locked, even with the right password
    r = client.post(
        reverse("login"),
        {"username": "perencana", "password": "sakip-demo"},
        REMOTE_ADDR="10.0.0.5",
    )
    assert r.status_code == 429


def test_3_the_client_address_is_read_behind_the_configured_proxies(rf, settings):
    from sakip.keamanan import alamat_klien

    settings.SAKIP_PROXY_COUNT = 1
    r = rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7")
    assert alamat_klien(r) == "203.0.113.7"  # what nginx saw; the spoofed left entry ignored
    settings.SAKIP_PROXY_COUNT = 2
    assert alamat_klien(r) == "6.6.6.6"
    settings.SAKIP_PROXY_COUNT = 0
    assert alamat_klien(r) == "127.0.0.1"  # no proxy trusted: the header is not believed
    settings.SAKIP_PROXY_COUNT = 1
    assert alamat_klien(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="bukan-ip")) == (
        "127.0.0.1"
    )


def test_3_behind_a_proxy_two_people_of_one_office_are_locked_apart(client, demo, settings):
    settings.SAKIP_PROXY_COUNT = 1
    cache.clear()
    r = _gagal(client, "perencana", "127.0.0.1", 5, HTTP_X_FORWARDED_FOR="192.168.1.10")
    assert r.status_code == 429
    r = client.post(
        reverse("login"),
        {"username": "perencana", "password": "sakip-demo"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="192.168.1.11",
    )
    assert r.status_code == 302


# -- 4. versi is required for every transition ------------------------------------------------


def test_4_the_service_refuses_a_transition_without_versi(pic):
    from sakip.pengukuran.tests.conftest import HARI, LOGISTIK, isi_nilai

    r = isi_nilai(pic, LOGISTIK, nilai="90")
    with pytest.raises(services.WorkflowError, match="Versi realisasi TW II 2024 tidak dikirim"):
        services.ajukan(pic, r.pk, None, HARI)
    r.refresh_from_db()
    assert (r.status, r.versi) == ("draf", 1)


@pytest.mark.parametrize(
    "aksi,status,aktor",
    [
        ("ajukan", "draf", "pic"),
        ("verifikasi", "diajukan", "verifikator"),
        ("kembalikan", "diajukan", "verifikator"),
        ("setujui", "terverifikasi", "pimpinan"),
        ("buka-kembali", "disetujui", "pimpinan"),
    ],
)
def test_4_every_transition_page_without_versi_is_400(
    client, request, pic, verifikator, pimpinan, settings, aksi, status, aktor
):
    from sakip.pengukuran.tests.conftest import HARI, LOGISTIK, isi_nilai

    settings.SAKIP_HARI_INI = HARI.isoformat()
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    langkah = [("ajukan", pic), ("verifikasi", verifikator), ("setujui", pimpinan)]
    urutan = ["draf", "diajukan", "terverifikasi", "disetujui"]
    for verb, user in langkah[: urutan.index(status)]:
        r = getattr(services, verb)(user, r.pk, versi=r.versi, hari_ini=HARI)
    client.force_login(request.getfixturevalue(aktor))
    url = reverse("pengukuran:aksi", args=["3674", r.indikator_id, 2024, 2, aksi])
    h = client.post(url, {"komentar": "Alasan."})
    assert h.status_code == 400
    assert "Versi realisasi tidak dikirim; muat ulang halaman lalu ulangi." in h.content.decode()
    r.refresh_from_db()
    assert r.status == status


# -- 5/6. numbers: column digits; ASCII digits only ---------------------------------------


def test_5_a_28_digit_number_is_refused_by_name_in_the_realisation_form(demo):
    from sakip.pengukuran.forms import RealisasiForm

    ind = Indikator.objects.filter(
        sasaran__renstra__satker=demo, rumus="", jenis=Indikator.Jenis.PERSEN
    ).first()
    f = RealisasiForm({"versi": "0", "nilai": "9" * 28}, indikator=ind, realisasi=None)
    assert not f.is_valid()
    assert f.errors["nilai"] == [
        f"Nilai realisasi ({ind.satuan}): angka terlalu besar (28 angka sebelum koma); paling "
        "banyak 14 angka sebelum koma."
    ]


def test_5_a_28_digit_amount_in_a_budget_file_is_an_error_not_a_traceback(demo, tmp_path):
    from django.core.management import CommandError, call_command

    from sakip.anggaran.impor.baca import baca_berkas

    csv = "kode;uraian;pagu\n076.01.CQ.6709.QGE.001.051.A.521211;Belanja;" + "9" * 30 + "\n"
    hasil = baca_berkas("pagu.csv", csv.encode())
    assert [k.pesan for k in hasil.kesalahan] == [
        "pagu: angka terlalu besar (30 angka sebelum koma); paling banyak 16 angka sebelum koma"
    ]
    berkas = tmp_path / "pagu.csv"
    berkas.write_text(csv)
    galat = io.StringIO()
    with pytest.raises(CommandError, match="Impor ditolak: 1 kesalahan; tidak ada yang disimpan"):
        call_command(
            "impor_anggaran", str(berkas), "--satker", "3674", "--tahun", "2023", stderr=galat
        )
    assert "angka terlalu besar (30 angka sebelum koma)" in galat.getvalue()


@pytest.mark.parametrize("teks", ["²", "1²", "٣", "２０２３", "2023\u00b9"])
def test_6_non_ascii_digits_are_refused_by_the_parsers(teks):
    from sakip.lib.angka import AngkaError, ke_int, parse_angka

    assert ke_int(teks) is None
    with pytest.raises(AngkaError):
        parse_angka(teks)


@pytest.mark.parametrize(
    "url",
    [
        "/satker/?tahun=²",
        "/satker/?tahun=٢٠٢٣",
        "/anggaran/3674/2023/?revisi=²",
        "/anggaran/3674/2023/?bulan=²",
        "/anggaran/3674/2023/?revisi=1²",
    ],
)
def test_6_a_superscript_in_a_query_parameter_is_a_4xx(client, perencana, url):
    client.force_login(perencana)
    r = client.get(url)
    assert 400 <= r.status_code < 500 or r.status_code == 200, r.status_code
    assert r.status_code != 500


def test_6_a_superscript_in_a_budget_link_post_is_404(client, perencana):
    client.force_login(perencana)
    url = reverse("anggaran:tautkan", args=["3674", 2023])
    assert client.post(url, {"hapus": "²"}).status_code == 404
    assert client.post(url, {"sasaran": "²", "kode": "x"}).status_code == 404


# -- 7/8. text fields: NUL, control characters, length, dates; messages say what -----------


def _pengesahan(client, **data):
    return client.post(reverse("laporan:pengesahan", args=["3674", 2023]), data)


def test_7_signing_place_and_date_are_checked(client, perencana):
    from sakip.laporan.models import PengesahanLaporan

    client.force_login(perencana)
    n = PengesahanLaporan.objects.count()
    r = _pengesahan(client, tempat="A" * 10_000)
    assert r.status_code == 400
    assert (
        r.content.decode()
        == "Tempat pengesahan terlalu panjang: 10.000 karakter, paling banyak 100."
    )
    r = _pengesahan(client, tempat="Tangerang\x00Selatan")
    assert r.status_code == 400 and "Tempat pengesahan memuat karakter NUL" in r.content.decode()
    r = _pengesahan(client, tempat="Tangerang", tanggal="9999-12-31")
    assert r.status_code == 400
    assert "Tanggal penandatanganan 31 Desember 9999 belum tiba" in r.content.decode()
    assert r["Content-Type"].startswith("text/plain")
    assert PengesahanLaporan.objects.count() == n


def test_7_narrative_with_nul_or_too_long_is_400(client, perencana):
    from sakip.laporan.models import NarasiLaporan

    client.force_login(perencana)
    n = NarasiLaporan.objects.count()
    url = reverse("laporan:simpan_narasi", args=["3674", 2023, "pendahuluan"])
    r = client.post(url, {"teks": "Teks\x00"})
    assert r.status_code == 400 and r.content.decode().startswith("Narasi memuat karakter NUL")
    r = client.post(url, {"teks": "x" * 20_001})
    assert r.status_code == 400
    assert r.content.decode() == "Narasi terlalu panjang: 20.001 karakter, paling banyak 20.000."
    assert NarasiLaporan.objects.count() == n


def test_8_nul_in_a_workflow_comment_says_nul_not_too_long(client, verifikator, pic):
    from sakip.pengukuran.tests.conftest import HARI, LOGISTIK, isi_nilai

    r = isi_nilai(pic, LOGISTIK, nilai="90")
    r = services.ajukan(pic, r.pk, versi=r.versi, hari_ini=HARI)
    client.force_login(verifikator)
    url = reverse("pengukuran:aksi", args=["3674", r.indikator_id, 2024, 2, "kembalikan"])
    h = client.post(url, {"komentar": "Perbaiki\x00", "versi": r.versi})
    assert h.status_code == 400
    teks = h.content.decode()
    assert "Komentar memuat karakter NUL" in teks and "terlalu panjang" not in teks
    h = client.post(url, {"komentar": "x" * 2001, "versi": r.versi})
    assert "Komentar terlalu panjang: 2.001 karakter, paling banyak 2.000." in h.content.decode()
    r.refresh_from_db()
    assert r.status == "diajukan"


def test_8_a_csv_with_nul_says_nul_not_xlsx():
    from sakip.anggaran.impor.baca import baca_berkas

    hasil = baca_berkas("pagu.csv", b"kode;uraian;pagu\n076\x00;x;1\n")
    assert [(k.baris, k.pesan) for k in hasil.kesalahan] == [
        (
            2,
            "berkas CSV memuat karakter NUL (data biner); simpan ulang sebagai CSV UTF-8 atau XLSX",
        )
    ]


def test_8_a_number_message_names_the_field():
    from django import forms

    from sakip.formulir import AngkaField

    class F(forms.Form):
        pagu = AngkaField(label="Pagu", max_digits=18, decimal_places=2)

    f = F({"pagu": "1²"})
    assert not f.is_valid()
    assert f.errors["pagu"][0].startswith("Pagu: '1²' memuat angka yang bukan angka biasa 0–9")


# -- 9. an XLSX zip bomb is refused before it is unpacked; rows/cells/time while reading ----


def _xlsx_bom(mb: int) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml", "<workbook/>")
        z.writestr("xl/worksheets/sheet1.xml", b"<" + b"\x20" * (mb * 1024 * 1024))
    return buf.getvalue()


def test_9_an_xlsx_zip_bomb_is_refused_before_reading():
    import time

    from sakip.anggaran.impor.baca import baca_berkas

    data = _xlsx_bom(60)
    assert len(data) < 200_000
    mulai = time.monotonic()
    hasil = baca_berkas("bom.xlsx", data)
    assert time.monotonic() - mulai < 1
    assert len(hasil.kesalahan) == 1
    assert "xl/worksheets/sheet1.xml XLSX termampatkan" in hasil.kesalahan[0].pesan
    assert "berkas dibuat untuk membebani server" in hasil.kesalahan[0].pesan


def test_9_rows_and_time_are_limited_while_reading(monkeypatch):
    from openpyxl import Workbook

    from sakip.anggaran.impor import baca

    wb = Workbook()
    ws = wb.active
    ws.title = "pagu"
    ws.append(["kode", "uraian", "pagu"])
    for i in range(300):
        ws.append([f"076.01.CQ.6709.QGE.001.051.A.{521211 + i}", "Belanja", 1000])
    buf = io.BytesIO()
    wb.save(buf)
    monkeypatch.setattr(baca, "MAKS_BARIS", 100)
    hasil = baca.baca_berkas("pagu.xlsx", buf.getvalue())
    assert [k.pesan for k in hasil.kesalahan] == [
        "lembar kerja lebih dari 100 baris; pisahkan berkasnya"
    ]
    monkeypatch.setattr(baca, "MAKS_BARIS", 10_000)
    monkeypatch.setattr(baca, "MAKS_DETIK", 0.0)
    hasil = baca.baca_berkas("pagu.xlsx", buf.getvalue())
    assert [k.pesan for k in hasil.kesalahan] == [
        "lembar kerja pembacaan melebihi 0 detik; pisahkan berkasnya"
    ]


# -- 10. evidence uploads refused by content ------------------------------------------------

PNG_1PX = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def _docx_bom() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", b"<" + b"\x20" * (40 * 1024 * 1024))
    return buf.getvalue()


BERKAS_AKTIF = {
    "js.pdf": (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n",
        "PDF ini memuat JavaScript",
    ),
    "js-heks.pdf": (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/J#61vaScript/J#53(x)>>>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n",
        "PDF ini memuat JavaScript",
    ),
    "lampiran.pdf": (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Names<</EmbeddedFiles 2 0 R>>>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n",
        "PDF ini memuat berkas tersemat",
    ),
    "poliglot.png": (
        PNG_1PX[:-12] + b"<html><script>alert(1)</script></html>" + PNG_1PX[-12:],
        "Gambar PNG ini juga memuat kode HTML/skrip",
    ),
    "ekor.png": (PNG_1PX + b"\x00" * 5000, "membawa data lain setelah akhir gambarnya"),
    "bom.docx": (_docx_bom(), "termampatkan"),
    "bom.xlsx": (_xlsx_bom(40), "termampatkan"),
}


@pytest.mark.parametrize("nama", list(BERKAS_AKTIF))
def test_10_active_or_bomb_evidence_is_refused(client, pic, nama, settings, tmp_path):
    from sakip.pengukuran.tests.conftest import HARI, LOGISTIK, isi_nilai

    settings.SAKIP_HARI_INI = HARI.isoformat()
    settings.MEDIA_ROOT = tmp_path
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    isi, pesan = BERKAS_AKTIF[nama]
    client.force_login(pic)
    n = Bukti.objects.count()
    h = client.post(
        reverse("pengukuran:bukti_tambah", args=["3674", r.indikator_id, 2024, 2]),
        {"berkas": SimpleUploadedFile(nama, isi)},
    )
    assert h.status_code == 400
    assert pesan in h.content.decode()
    assert Bukti.objects.count() == n
    assert not any(tmp_path.rglob("*.*"))


# -- 11. rate limits: login, the document checker, document generation ---------------------


def test_11_login_is_limited_per_address_with_an_indonesian_429(client, demo, settings):
    settings.SAKIP_BATAS_LAJU = {**settings.SAKIP_BATAS_LAJU, "masuk": "3/m"}
    settings.RATELIMIT_ENABLE = True
    settings.AXES_FAILURE_LIMIT = 100
    cache.clear()
    for i in range(3):
        assert _gagal(client, f"orang{i}", "10.1.1.1").status_code == 200
    r = _gagal(client, "orang9", "10.1.1.1")
    assert r.status_code == 429
    assert (
        "Permintaan masuk (login) terlalu sering dari akun atau alamat Anda" in r.content.decode()
    )
    assert _gagal(client, "orang9", "10.1.1.2").status_code == 200  # another address


def test_11_the_checker_and_generation_are_limited_per_user(client, perencana, settings):
    settings.SAKIP_BATAS_LAJU = {**settings.SAKIP_BATAS_LAJU, "periksa": "2/m", "dokumen": "2/m"}
    settings.RATELIMIT_ENABLE = True
    cache.clear()
    client.force_login(perencana)
    url = reverse("pemeriksa:unggah")
    for _ in range(2):
        assert client.post(url, {}).status_code != 429
    r = client.post(url, {}, REMOTE_ADDR="10.9.9.9")  # another address, the same user
    assert r.status_code == 429
    assert "Permintaan pemeriksaan dokumen terlalu sering" in r.content.decode()
    buat = reverse("laporan:buat", args=["3674", 2099 if False else 2023, "lkj"])
    hasil = [client.post(buat, REMOTE_ADDR=f"10.0.2.{i}").status_code for i in range(3)]
    assert hasil[-1] == 429 and 429 not in hasil[:2]


# -- 13. security headers ------------------------------------------------------------------


def test_13_pages_send_csp_and_permissions_policy(client, perencana):
    client.force_login(perencana)
    for url in ("/masuk/", "/satker/3674/2023/", "/laporan/publik/"):
        r = client.get(url)
        csp = r.headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "object-src 'none'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "camera=()" in r.headers["Permissions-Policy"]


def test_13_check_deploy_is_clean():
    env = {
        "PATH": "/usr/bin:/bin",
        "SAKIP_PRODUCTION": "1",
        "SAKIP_SECRET_KEY": "k" * 60 + "-Zq9$wX2!rT7",
        "SAKIP_ALLOWED_HOSTS": "sakip.contoh.go.id",
        "DATABASE_URL": "sqlite:////tmp/sakip-check-deploy.sqlite3",
    }
    hasil = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=AKAR,
        env=env,
        capture_output=True,
        text=True,
    )
    assert hasil.returncode == 0, hasil.stdout + hasil.stderr
    assert "no issues" in hasil.stdout


def test_5_decimal_of_skor_and_value_digit_limits_come_from_the_model():
    from sakip.pengukuran.forms import _DIGIT_NILAI, _DIGIT_SKOR

    assert _DIGIT_NILAI == {"max_digits": 18, "decimal_places": 4}
    assert _DIGIT_SKOR == {"max_digits": 6, "decimal_places": 2}
    assert Decimal("1e13") < Decimal(10) ** 14
