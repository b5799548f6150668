"""Every role against every workflow page: own unit, other unit, other office, anonymous."""

from datetime import date

import pytest
from django.urls import reverse

from sakip.pengukuran import services
from sakip.pengukuran.models import PengecualianKunci, Realisasi

from .conftest import HARI, LOGISTIK, indikator, isi_nilai

pytestmark = pytest.mark.django_db

DI_KANTOR = [
    "pic",
    "pic_hukum",
    "verifikator",
    "kasubbag_hukum",
    "pimpinan",
    "perencana",
    "admin_kantor",
]
PEMBACA = DI_KANTOR + ["evaluator"]
LUAR = ["orang_luar", "evaluator_lain", "pic_luar"]
UNIT = "Subbagian Keuangan, Umum dan Logistik"


def url(nama, *arg, triwulan=2):
    ind = indikator(LOGISTIK)
    return reverse(f"pengukuran:{nama}", args=["3674", ind.pk, 2024, triwulan, *arg])


def masuk(client, request, orang):
    if orang != "anonim":
        client.force_login(request.getfixturevalue(orang))


@pytest.mark.parametrize("orang", PEMBACA + LUAR + ["anonim"])
def test_realisation_page(request, client, demo, kantor_lain, orang):
    masuk(client, request, orang)
    r = client.get(url("realisasi"))
    if orang == "anonim":
        assert (r.status_code, r.url.startswith("/masuk/?next=")) == (302, True)
    elif orang in LUAR:
        assert r.status_code == 404
    else:
        assert r.status_code == 200
        html = r.content.decode()
        assert "Realisasi <strong>TW II 2024</strong>" in html
        assert ('data-testid="form-realisasi"' in html) == (orang == "pic")


@pytest.mark.parametrize("orang", PEMBACA + LUAR + ["anonim"])
def test_saving(request, client, demo, kantor_lain, orang):
    masuk(client, request, orang)
    r = client.post(url("simpan"), {"versi": "0", "nilai": "90"})
    if orang == "anonim":
        assert r.status_code == 302 and r.url.startswith("/masuk/?next=")
    elif orang == "pic":
        assert r.status_code == 302
        assert Realisasi.objects.get(tahun=2024, triwulan=2).nilai == 90
        return
    elif orang in LUAR:
        assert r.status_code == 404
    else:
        assert r.status_code == 403
        assert f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini." in r.content.decode()
    assert not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()


def _ke(status, pic, verifikator, pimpinan):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    if status != "draf":
        services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    if status in ("terverifikasi", "disetujui"):
        services.verifikasi(
            verifikator, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI
        )
    if status == "disetujui":
        services.setujui(pimpinan, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    return Realisasi.objects.get(pk=r.pk)


AKSI = {
    # url slug: (starting state, roles allowed, state after)
    "ajukan": ("draf", {"pic"}, "diajukan"),
    "verifikasi": ("diajukan", {"verifikator"}, "terverifikasi"),
    "kembalikan": ("diajukan", {"verifikator", "pimpinan"}, "dikembalikan"),
    "setujui": ("terverifikasi", {"pimpinan"}, "disetujui"),
    "buka-kembali": ("disetujui", {"pimpinan"}, "dikembalikan"),
}


@pytest.mark.parametrize("aksi", list(AKSI))
@pytest.mark.parametrize("orang", PEMBACA + LUAR + ["anonim"])
def test_workflow_actions(request, client, pic, verifikator, pimpinan, kantor_lain, aksi, orang):
    awal, boleh, akhir = AKSI[aksi]
    r = _ke(awal, pic, verifikator, pimpinan)
    masuk(client, request, orang)
    respons = client.post(url("aksi", aksi), {"komentar": "Catatan.", "versi": r.versi})
    r.refresh_from_db()
    if orang == "anonim":
        assert respons.status_code == 302 and respons.url.startswith("/masuk/?next=")
        assert r.status == awal
    elif orang in LUAR:
        assert respons.status_code == 404
        assert r.status == awal
    elif orang in boleh:
        assert respons.status_code == 302
        assert r.status == akhir
    else:
        assert respons.status_code == 403
        assert r.status == awal
        assert "Hanya " in respons.content.decode()


def test_an_illegal_transition_through_the_page_is_400_with_the_reason(client, pic, verifikator):
    isi_nilai(pic, LOGISTIK, nilai="90")
    client.force_login(verifikator)
    r = client.post(url("aksi", "verifikasi"), {"versi": 1})
    assert r.status_code == 400
    assert (
        "Realisasi TW II 2024 berstatus Draf; verifikasi hanya dapat dilakukan pada realisasi "
        "berstatus Diajukan." in r.content.decode()
    )
    assert Realisasi.objects.get(tahun=2024, triwulan=2).status == "draf"


def test_returning_without_a_comment_is_400(client, pic, verifikator, pimpinan):
    awal = _ke("diajukan", pic, verifikator, pimpinan)
    client.force_login(verifikator)
    r = client.post(url("aksi", "kembalikan"), {"komentar": "", "versi": awal.versi})
    assert r.status_code == 400
    assert "Tulis komentar yang menjelaskan apa yang harus diperbaiki PIC." in r.content.decode()


def test_an_action_on_an_empty_quarter_is_400(client, verifikator):
    client.force_login(verifikator)
    r = client.post(url("aksi", "verifikasi"), {"versi": 0})
    assert r.status_code == 400
    assert "Realisasi TW II 2024 belum diisi; belum ada yang dapat diproses." in r.content.decode()


def test_unknown_action_quarter_and_year_are_404(client, pic):
    client.force_login(pic)
    assert client.post(url("aksi", "hapus-semua"), {}).status_code == 404
    assert client.get(url("realisasi", triwulan=5)).status_code == 404
    ind = indikator(LOGISTIK)
    assert (
        client.get(reverse("pengukuran:realisasi", args=["3674", ind.pk, 2030, 1])).status_code
        == 404
    )


def test_get_on_a_post_only_view_is_405(client, pic):
    client.force_login(pic)
    assert client.get(url("simpan")).status_code == 405
    assert client.get(url("aksi", "ajukan")).status_code == 405


@pytest.mark.parametrize(
    ("orang", "status", "pesan"),
    [
        ("perencana", "draf", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
        ("pic_hukum", "draf", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
        (
            "pic",
            "disetujui",
            "Realisasi TW II 2024 sudah disetujui Sekretaris dan terkunci. Hanya Sekretaris yang "
            "dapat membukanya kembali.",
        ),
        (
            "pic",
            "diajukan",
            "Realisasi TW II 2024 sudah diajukan dan menunggu verifikasi Kepala Subbagian; tidak "
            "dapat diubah kecuali dikembalikan.",
        ),
    ],
)
def test_the_page_says_why_it_cannot_be_edited(
    request, client, pic, verifikator, pimpinan, orang, status, pesan
):
    _ke(status, pic, verifikator, pimpinan)
    masuk(client, request, orang)
    html = client.get(url("realisasi")).content.decode()
    assert 'data-testid="alasan-kunci"' in html
    assert pesan in html
    assert 'data-testid="form-realisasi"' not in html


def test_the_page_says_the_window_closed(client, pic, settings):
    settings.SAKIP_HARI_INI = "2024-07-20"
    client.force_login(pic)
    html = client.get(url("realisasi")).content.decode()
    assert (
        "Periode TW II 2024 sudah ditutup pada 15 Juli 2024 (15 hari setelah triwulan berakhir). "
        "Pengisian hanya dapat dilakukan dengan pengecualian kunci dari Sekretaris." in html
    )
    assert 'data-testid="form-realisasi"' not in html


def test_the_open_page_says_until_when(client, pic):
    client.force_login(pic)
    html = client.get(url("realisasi")).content.decode()
    assert "Periode TW II 2024 terbuka untuk pengisian sampai 15 Juli 2024." in html


@pytest.mark.parametrize(
    ("orang", "tombol"),
    [
        ("pic", []),
        ("verifikator", ["verifikasi", "kembalikan"]),
        ("pimpinan", ["kembalikan"]),
        ("perencana", []),
        ("evaluator", []),
    ],
)
def test_buttons_follow_the_role(request, client, pic, verifikator, pimpinan, orang, tombol):
    _ke("diajukan", pic, verifikator, pimpinan)
    masuk(client, request, orang)
    assert client.get(url("realisasi")).context["tombol"] == tombol


def test_a_form_error_is_400_and_keeps_what_was_typed(client, pic):
    client.force_login(pic)
    r = client.post(url("simpan"), {"versi": "0", "nilai": "12,3,4", "kendala": "hujan"})
    assert r.status_code == 400
    html = r.content.decode()
    assert "Isian belum benar; periksa kolom yang ditandai." in html
    assert "hujan" in html
    assert not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()


def test_indonesian_numbers_are_accepted(client, pic):
    client.force_login(pic)
    r = client.post(url("simpan"), {"versi": "0", "nilai": "92,5"})
    assert r.status_code == 302
    assert str(Realisasi.objects.get(tahun=2024, triwulan=2).nilai) == "92.5000"


def test_a_rule_error_is_shown_on_its_field(client, pic):
    client.force_login(pic)
    r = client.post(url("simpan"), {"versi": "0", "nilai": "150"})
    assert r.status_code == 400
    assert "Nilai persentase 150 % di luar rentang 0–100 %." in r.content.decode()


def test_a_warning_is_shown_after_saving(client, pic):
    client.force_login(pic)
    r = client.post(url("simpan"), {"versi": "0", "nilai": "90"}, follow=True)
    assert "Realisasi TW II 2024 tersimpan." in r.content.decode()
    assert "lebih rendah dari TW I 2024 (100)" in r.content.decode()


@pytest.mark.parametrize("orang", PEMBACA + LUAR + ["anonim"])
def test_quarter_overview(request, client, demo, kantor_lain, orang):
    masuk(client, request, orang)
    r = client.get(reverse("pengukuran:periode", args=["3674", 2024, 1]))
    if orang == "anonim":
        assert r.status_code == 302
    elif orang in LUAR:
        assert r.status_code == 404
    else:
        assert r.status_code == 200
        assert len(r.context["baris"]) == 14


@pytest.mark.parametrize("orang", PEMBACA + LUAR)
def test_tasks_page_opens_for_everyone_logged_in(request, client, demo, kantor_lain, orang):
    masuk(client, request, orang)
    assert client.get(reverse("pengukuran:tugas")).status_code == 200


def test_tasks_page_needs_login(client):
    r = client.get(reverse("pengukuran:tugas"))
    assert r.status_code == 302 and r.url.startswith("/masuk/?next=")


@pytest.mark.parametrize("orang", PEMBACA + LUAR + ["anonim"])
def test_lock_exceptions_page(request, client, demo, kantor_lain, orang):
    masuk(client, request, orang)
    alamat = reverse("pengukuran:pengecualian", args=["3674"])
    data = {
        "tahun": "2024",
        "triwulan": "2",
        "indikator": "",
        "alasan": "Data BPK terlambat.",
        "berlaku_sampai": "2024-08-31",
    }
    sebelum = PengecualianKunci.objects.count()
    r_get, r_post = client.get(alamat), client.post(alamat, data)
    if orang == "anonim":
        assert (r_get.status_code, r_post.status_code) == (302, 302)
    elif orang in LUAR:
        assert (r_get.status_code, r_post.status_code) == (404, 404)
    elif orang == "pimpinan":
        assert (r_get.status_code, r_post.status_code) == (200, 302)
        p = PengecualianKunci.objects.latest("pk")
        assert (p.tahun, p.triwulan, p.berlaku_sampai) == (2024, 2, date(2024, 8, 31))
        return
    else:
        assert (r_get.status_code, r_post.status_code) == (200, 403)
        assert (
            "Hanya Sekretaris yang dapat memberikan pengecualian kunci." in r_post.content.decode()
        )
    assert PengecualianKunci.objects.count() == sebelum


def test_an_exception_form_error_is_400(client, pimpinan):
    client.force_login(pimpinan)
    r = client.post(
        reverse("pengukuran:pengecualian", args=["3674"]),
        {"tahun": "2024", "triwulan": "2", "alasan": "x", "berlaku_sampai": "2024-01-01"},
    )
    assert r.status_code == 400
    assert "Tanggal berakhir 1 Januari 2024 sudah lewat; pilih tanggal mulai 10 April 2024." in (
        r.content.decode()
    )


def test_the_exception_reopens_the_page_for_the_pic(client, pic, pimpinan, settings):
    settings.SAKIP_HARI_INI = "2024-07-20"
    services.beri_pengecualian(
        pimpinan,
        pic.keanggotaan.satker,
        2024,
        2,
        "Susulan.",
        date(2024, 7, 31),
        hari_ini=date(2024, 7, 20),
    )
    client.force_login(pic)
    html = client.get(url("realisasi")).content.decode()
    assert 'data-testid="form-realisasi"' in html
    assert "pengecualian kunci yang berlaku sampai 31 Juli 2024" in html
