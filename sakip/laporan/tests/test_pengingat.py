"""kirim_pengingat on the demo's 2024 state: exact recipients and subjects, choices respected."""

from datetime import date

import pytest
from django.core import mail
from django.core.management import call_command

from conftest import pengguna
from sakip.lib.tenggat import tambah_bulan, tenggat_lkj, tenggat_pk
from sakip.pengukuran.models import Pengingat, PreferensiPengingat

pytestmark = pytest.mark.django_db

HARI = "2024-06-26"  # TW III 2024 opens in 5 days; LKj 2023 and PK 2024 are overdue


@pytest.fixture
def alamat(demo, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SAKIP_PENGINGAT_HARI = 7
    settings.SAKIP_PENGINGAT_TUNGGU_HARI = 5
    from django.contrib.auth import get_user_model

    for u in get_user_model().objects.all():
        u.email = f"{u.username}@kpu-tangsel.go.id"
        u.save(update_fields=["email"])


def _kirim(capsys, tanggal=HARI):
    call_command("kirim_pengingat", "--tanggal", tanggal)
    return capsys.readouterr().out


def _per_penerima():
    return {tuple(m.to): m.subject for m in mail.outbox}


MENUNGGU_VERIFIKASI = "[SAKIP] Realisasi TW I 2024 menunggu verifikasi Anda sejak 82 hari"
DIBUKA = "[SAKIP] Pengisian realisasi TW III 2024 dibuka dalam 5 hari"
DIHARAPKAN = {
    ("kasubbag-hukum@kpu-tangsel.go.id",): MENUNGGU_VERIFIKASI,
    ("kasubbag-keuangan@kpu-tangsel.go.id",): MENUNGGU_VERIFIKASI,
    ("kasubbag-teknis@kpu-tangsel.go.id",): MENUNGGU_VERIFIKASI,
    ("perencana@kpu-tangsel.go.id",): "[SAKIP] 2 pengingat",
    ("pic-hukum@kpu-tangsel.go.id",): DIBUKA,
    ("pic-keuangan@kpu-tangsel.go.id",): "[SAKIP] 2 pengingat",
    ("pic-perencanaan@kpu-tangsel.go.id",): DIBUKA,
    ("pic-teknis@kpu-tangsel.go.id",): DIBUKA,
    ("sekretaris@kpu-tangsel.go.id",): "[SAKIP] 4 pengingat",
}
TENGGAT = [
    "Laporan Kinerja 2023 belum diterbitkan; tenggat 29 Februari 2024 terlewati",
    "Perjanjian Kinerja 2024 belum ditandatangani; tenggat 31 Januari 2024 terlewati",
]


def _judul(username):
    return sorted(Pengingat.objects.filter(user__username=username).values_list("judul", flat=True))


def test_demo_2024_state_sends_the_expected_reminders(alamat, capsys):
    assert _kirim(capsys) == "14 pengingat baru, 9 surel terkirim.\n"
    assert _per_penerima() == DIHARAPKAN
    assert len(mail.outbox) == 9
    assert _judul("sekretaris") == [
        *TENGGAT,
        "Realisasi TW I 2024 menunggu persetujuan Anda sejak 79 hari",
        "Realisasi TW I 2024 menunggu persetujuan Anda sejak 79 hari",
    ]
    assert _judul("perencana") == TENGGAT
    assert _judul("pic-keuangan") == [
        DIBUKA.removeprefix("[SAKIP] "),
        "Realisasi TW I 2024 dikembalikan kepada Anda",
    ]
    isi = next(m.body for m in mail.outbox if m.to == ["pic-keuangan@kpu-tangsel.go.id"])
    assert "Jumlah rekomendasi belum sesuai LHP BPK" in isi  # the Kasubbag's comment
    assert "http://127.0.0.1:8000/pengukuran/3674/indikator/" in isi
    # the Admin, the evaluator and the Kasubbag without waiting items get nothing
    assert not Pengingat.objects.filter(
        user__username__in=["admin", "evaluator-banten", "kasubbag-perencanaan"]
    ).exists()


def test_each_reminder_is_given_once(alamat, capsys):
    _kirim(capsys)
    mail.outbox.clear()
    assert _kirim(capsys) == "0 pengingat baru, 0 surel terkirim.\n"
    assert mail.outbox == []


def test_user_choices_are_respected(alamat, capsys):
    PreferensiPengingat.objects.create(user=pengguna("sekretaris"), tenggat=False)
    PreferensiPengingat.objects.create(user=pengguna("pic-keuangan"), surel=False)
    PreferensiPengingat.objects.create(
        user=pengguna("kasubbag-teknis"), menunggu=False, jendela=True
    )
    assert _kirim(capsys) == "11 pengingat baru, 7 surel terkirim.\n"
    penerima = _per_penerima()
    assert penerima[("sekretaris@kpu-tangsel.go.id",)] == "[SAKIP] 2 pengingat"
    assert (
        _judul("sekretaris") == ["Realisasi TW I 2024 menunggu persetujuan Anda sejak 79 hari"] * 2
    )
    # in the app only
    assert ("pic-keuangan@kpu-tangsel.go.id",) not in penerima
    assert len(_judul("pic-keuangan")) == 2
    assert not Pengingat.objects.filter(user__username="pic-keuangan", dikirim_surel=True).exists()
    assert ("kasubbag-teknis@kpu-tangsel.go.id",) not in penerima
    assert _judul("kasubbag-teknis") == []


def test_users_without_address_get_them_in_the_app(demo, settings, capsys):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    keluar = _kirim(capsys)
    assert keluar.startswith("14 pengingat baru, 0 surel terkirim.\nTanpa alamat surel")
    assert "kasubbag-hukum, kasubbag-keuangan" in keluar
    assert mail.outbox == []


def test_window_closing_reminds_only_units_with_indicators_left(alamat, capsys, settings):
    # 10 July 2024: TW II 2024 closes on 15 July (in 5 days); nothing of TW II is filled
    settings.SAKIP_PENGINGAT_TUNGGU_HARI = 1000  # only the window and the returns
    _kirim(capsys, "2024-07-10")
    jendela = Pengingat.objects.filter(jenis="jendela").order_by("user__username")
    assert [(p.user.username, p.judul) for p in jendela] == [
        (u, "Pengisian realisasi TW II 2024 ditutup dalam 5 hari")
        for u in ["pic-hukum", "pic-keuangan", "pic-perencanaan", "pic-teknis"]
    ]
    assert "ditutup pada 15 Juli 2024" in jendela[0].pesan


def test_published_lkj_and_signed_pk_stop_the_deadline_reminders(alamat, capsys, demo):
    from sakip.laporan.models import VersiLaporan
    from sakip.perencanaan.models import PerjanjianKinerja

    pk = PerjanjianKinerja.objects.filter(satker=demo, tahun=2023).first()
    pk.pk = None
    pk.tahun = 2024
    pk.save()
    VersiLaporan.objects.create(
        satker=demo,
        tahun=2023,
        dokumen="lkj",
        nomor=1,
        sidik_data="0" * 64,
        sha256_pdf="0" * 64,
        sha256_docx="0" * 64,
        sha256_data="0" * 64,
    )
    _kirim(capsys)
    assert not Pengingat.objects.filter(jenis="tenggat").exists()


def test_bad_date_is_a_clear_error(demo):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Tanggal “26-06-2024” tidak dikenal"):
        call_command("kirim_pengingat", "--tanggal", "26-06-2024")


def test_deadline_rules():
    assert tenggat_lkj(2023) == date(2024, 2, 29)
    assert tenggat_lkj(2024) == date(2025, 2, 28)
    assert tenggat_pk(2025) == date(2025, 1, 31)
    assert tenggat_pk(2025, date(2024, 12, 5)) == date(2025, 1, 5)
    assert tambah_bulan(date(2024, 1, 31)) == date(2024, 2, 29)
    assert tambah_bulan(date(2024, 12, 31)) == date(2025, 1, 31)


def test_preferences_page_saves_the_choice(client, pic):
    client.force_login(pic)
    r = client.get("/pengingat/")
    assert r.status_code == 200
    r = client.post("/pengingat/", {"jendela": "on", "tenggat": "on"})
    assert r.status_code == 302
    p = PreferensiPengingat.objects.get(user=pic)
    assert (p.jendela, p.menunggu, p.dikembalikan, p.tenggat, p.surel) == (
        True,
        False,
        False,
        True,
        False,
    )
