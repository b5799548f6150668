"""Entry windows of the quarters and the Sekretaris' lock exceptions."""

from datetime import date
from decimal import Decimal

import pytest

from sakip.pengukuran import services
from sakip.pengukuran.models import PengecualianKunci, Realisasi

from .conftest import HARI, IRB, LOGISTIK, indikator, isi_nilai, pdf

pytestmark = pytest.mark.django_db

SETELAH_TW2 = date(2024, 7, 16)  # TW II 2024 closed on 15 July
DITUTUP = (
    "Periode TW II 2024 sudah ditutup pada 15 Juli 2024 (15 hari setelah triwulan berakhir). "
    "Pengisian hanya dapat dilakukan dengan pengecualian kunci dari Sekretaris."
)


def test_entry_on_the_last_day_of_the_window_is_accepted(pic):
    r = isi_nilai(pic, LOGISTIK, nilai="90", hari=date(2024, 7, 15))
    assert r.nilai == Decimal("90")


def test_entry_after_the_window_is_refused_with_the_date(pic):
    with pytest.raises(services.WorkflowError) as exc:
        isi_nilai(pic, LOGISTIK, nilai="90", hari=SETELAH_TW2)
    assert exc.value.pesan == DITUTUP
    assert not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()


def test_entry_before_the_quarter_starts_is_refused(pic):
    with pytest.raises(services.WorkflowError) as exc:
        isi_nilai(pic, LOGISTIK, triwulan=3, nilai="90")
    assert exc.value.pesan == "Periode TW III 2024 belum dibuka: pengisian dimulai 1 Juli 2024."
    assert not Realisasi.objects.filter(tahun=2024, triwulan=3).exists()


def test_the_number_of_days_is_a_setting(pic, settings):
    settings.SAKIP_BATAS_HARI_SETELAH_TRIWULAN = 30
    r = isi_nilai(pic, LOGISTIK, nilai="90", hari=date(2024, 7, 30))
    assert r.nilai == Decimal("90")


def test_submission_after_the_window_is_refused_but_verification_is_not(pic, verifikator):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    with pytest.raises(services.WorkflowError) as exc:
        services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=SETELAH_TW2)
    assert exc.value.pesan == DITUTUP
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.verifikasi(
        verifikator, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=SETELAH_TW2
    )
    r.refresh_from_db()
    assert r.status == "terverifikasi"


def test_evidence_cannot_be_added_after_the_window(pic):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    with pytest.raises(services.WorkflowError) as exc:
        services.tambah_bukti(pic, r.pk, pdf(), hari_ini=SETELAH_TW2)
    assert exc.value.pesan == DITUTUP
    assert r.bukti.count() == 0


def test_a_lock_exception_opens_the_quarter_until_its_end_date(pic, pimpinan, demo):
    p = services.beri_pengecualian(
        pimpinan, demo, 2024, 2, "Data BPK terlambat.", date(2024, 7, 31), hari_ini=SETELAH_TW2
    )
    assert (p.diberikan_oleh, p.alasan, p.indikator) == (pimpinan, "Data BPK terlambat.", None)
    assert p.history.first().history_user == pimpinan
    assert isi_nilai(pic, LOGISTIK, nilai="90", hari=date(2024, 7, 31)).nilai == Decimal("90")
    with pytest.raises(services.WorkflowError) as exc:
        isi_nilai(pic, LOGISTIK, nilai="91", hari=date(2024, 8, 1))
    assert exc.value.pesan == (
        "Periode TW II 2024 sudah ditutup pada 15 Juli 2024 (15 hari setelah triwulan berakhir); "
        "pengecualian kunci terakhir berakhir 31 Juli 2024. "
        "Minta Sekretaris memberikan pengecualian kunci baru."
    )
    assert Realisasi.objects.get(tahun=2024, triwulan=2).nilai == Decimal("90")


def test_an_exception_for_one_indicator_does_not_open_the_others(pic, pic_hukum, pimpinan, demo):
    services.beri_pengecualian(
        pimpinan, demo, 2024, 2, "Susulan.", date(2024, 8, 31), indikator(LOGISTIK), SETELAH_TW2
    )
    assert isi_nilai(pic, LOGISTIK, nilai="90", hari=SETELAH_TW2).nilai == Decimal("90")
    with pytest.raises(services.WorkflowError) as exc:
        isi_nilai(pic_hukum, IRB, nilai="80", hari=SETELAH_TW2)
    assert exc.value.pesan == DITUTUP


@pytest.mark.parametrize("orang", ["pic", "verifikator", "perencana", "admin_kantor", "evaluator"])
def test_only_the_sekretaris_grants_exceptions(request, demo, orang):
    with pytest.raises(services.AksesError) as exc:
        services.beri_pengecualian(
            request.getfixturevalue(orang),
            demo,
            2024,
            2,
            "x",
            date(2024, 8, 1),
            hari_ini=SETELAH_TW2,
        )
    assert exc.value.pesan == "Hanya Sekretaris yang dapat memberikan pengecualian kunci."
    assert PengecualianKunci.objects.filter(tahun=2024, triwulan=2).count() == 0


def test_the_sekretaris_of_another_office_cannot_open_ours(demo, kantor_lain, django_user_model):
    from sakip.organisasi.models import Keanggotaan, Peran

    lain = django_user_model.objects.create_user("sekretaris-3671")
    Keanggotaan.objects.create(user=lain, satker=kantor_lain, peran=Peran.PIMPINAN)
    with pytest.raises(services.AksesError):
        services.beri_pengecualian(lain, demo, 2024, 2, "x", date(2024, 8, 1), hari_ini=SETELAH_TW2)
    with pytest.raises(services.BukanKantorError):
        services.beri_pengecualian(
            lain, kantor_lain, 2024, 2, "x", date(2024, 8, 1), indikator(LOGISTIK), SETELAH_TW2
        )
    assert PengecualianKunci.objects.filter(tahun=2024, triwulan=2).count() == 0


@pytest.mark.parametrize(
    ("alasan", "sampai", "pesan"),
    [
        ("  ", date(2024, 8, 1), "Tulis alasan pengecualian kunci."),
        (
            "Susulan.",
            date(2024, 7, 15),
            "Tanggal berakhir 15 Juli 2024 sudah lewat; pilih tanggal mulai 16 Juli 2024.",
        ),
    ],
)
def test_an_exception_needs_a_reason_and_a_future_end(pimpinan, demo, alasan, sampai, pesan):
    with pytest.raises(services.WorkflowError) as exc:
        services.beri_pengecualian(pimpinan, demo, 2024, 2, alasan, sampai, hari_ini=SETELAH_TW2)
    assert exc.value.pesan == pesan
    assert PengecualianKunci.objects.filter(tahun=2024, triwulan=2).count() == 0
