"""A big upload on the import page is imported by the job queue; the page follows its state."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from conftest import kerjakan_antrean
from sakip.anggaran import services
from sakip.anggaran.models import Dipa, RealisasiAnggaran

from .berkas import KODE_A, dipa_kecil, xlsx

pytestmark = pytest.mark.django_db

ANTREAN_DB = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
BURUK = xlsx(
    {"pagu": [["kode", "uraian", "pagu"], [KODE_A, "Bahan", "abc"], ["076.01.XX1", "x", 1]]}
)


@pytest.fixture
def besar(monkeypatch, settings, tmp_path):
    """Every upload counts as big; queued files go to a temporary folder."""
    settings.MEDIA_ROOT = tmp_path / "media"
    monkeypatch.setattr(services, "UKURAN_ANTREAN", 0)
    return settings.MEDIA_ROOT


def _url(nama="impor", *lain):
    return reverse(f"anggaran:{nama}", args=["3674", 2023, *lain])


def _unggah(client, data):
    return client.post(_url(), {"berkas": SimpleUploadedFile("dipa.xlsx", data)})


def _realisasi():
    return dipa_kecil(realisasi=[["kode", "bulan", "realisasi"], [KODE_A, 1, 400000]])


def _ditolak_dengan_letak(html: str) -> None:
    """BURUK's refusal: its two errors counted, the first with sheet, row and column."""
    assert "Impor ditolak: 2 kesalahan." in html
    assert (
        "Lembar <strong>pagu</strong>, baris <strong>2</strong>, kolom <strong>C (pagu)</strong>"
        in html
    )


def test_a_big_upload_run_at_once_looks_as_a_small_one(client, perencana, besar):
    """Tests (and SAKIP_TASKS=immediate) run the task inside the request."""
    client.force_login(perencana)
    r = client.post(_url(), {"berkas": SimpleUploadedFile("dipa.xlsx", _realisasi())}, follow=True)
    assert r.redirect_chain == [(_url("ringkasan"), 302)]
    assert "Impor berhasil. Pagu DIPA awal (revisi 0) disimpan." in r.content.decode()
    assert RealisasiAnggaran.objects.get().jumlah == 400000
    r = _unggah(client, BURUK)
    assert r.status_code == 400
    html = r.content.decode()
    _ditolak_dengan_letak(html)
    assert list((besar / "antrean-impor").iterdir()) == []


def test_the_page_follows_a_queued_import_to_the_summary(client, perencana, besar, settings):
    settings.TASKS = ANTREAN_DB
    client.force_login(perencana)
    r = _unggah(client, _realisasi())
    assert r.status_code == 302
    halaman = r.url
    assert halaman.startswith(_url())
    assert not Dipa.objects.exists()  # the request only queued it
    r = client.get(halaman)
    assert r.status_code == 200
    assert "Menunggu giliran di antrean tugas" in r.content.decode()
    r = client.get(halaman, headers={"HX-Request": "true"})
    assert r.content.decode().lstrip().startswith('<div id="status-impor"')
    kerjakan_antrean()
    r = client.get(halaman, headers={"HX-Request": "true"})
    assert r["HX-Redirect"] == halaman
    r = client.get(halaman, follow=True)
    assert r.redirect_chain == [(_url("ringkasan"), 302)]
    assert "Impor berhasil. Pagu DIPA awal (revisi 0) disimpan." in r.content.decode()
    assert RealisasiAnggaran.objects.get().jumlah == 400000
    assert list((besar / "antrean-impor").iterdir()) == []


def test_a_refused_queued_import_lists_its_errors_with_row_and_column(
    client, perencana, besar, settings
):
    settings.TASKS = ANTREAN_DB
    client.force_login(perencana)
    halaman = _unggah(client, BURUK).url
    kerjakan_antrean()
    r = client.get(halaman)
    assert r.status_code == 200
    html = r.content.decode()
    _ditolak_dengan_letak(html)
    assert "baris <strong>3</strong>" in html
    assert 'id="formImpor"' in html  # upload the corrected file from here
    assert not Dipa.objects.exists()


def test_a_task_the_worker_could_not_finish_is_shown_as_failed(client, perencana, besar, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = ANTREAN_DB
    client.force_login(perencana)
    halaman = _unggah(client, _realisasi()).url
    DBTaskResult.objects.update(status="FAILED")
    r = client.get(halaman)
    assert "Pekerja antrean tugas gagal menjalankan impor" in r.content.decode()
    assert not Dipa.objects.exists()


def test_an_import_running_past_the_limit_is_shown_as_failed_not_polled_forever(
    client, perencana, besar, settings
):
    """A worker that died inside the import leaves its task RUNNING; nothing was written."""
    import datetime

    from django.utils import timezone
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = ANTREAN_DB
    client.force_login(perencana)
    halaman = _unggah(client, _realisasi()).url
    mulai = timezone.now() - datetime.timedelta(minutes=29)
    DBTaskResult.objects.update(status="RUNNING", started_at=mulai)
    assert "Impor tidak selesai" not in client.get(halaman).content.decode()
    DBTaskResult.objects.update(started_at=mulai - datetime.timedelta(minutes=2))
    html = client.get(halaman).content.decode()
    assert (
        "Impor tidak selesai dalam 30 menit: pekerja antrean tugas berhenti di tengahnya. "
        "Impor berjalan dalam satu transaksi, jadi tidak ada data yang disimpan."
    ) in html
    assert "hx-trigger" not in html  # no longer polled
    assert not Dipa.objects.exists()


def test_only_who_may_import_there_sees_a_queued_import(
    client, perencana, pic, orang_luar, besar, settings
):
    settings.TASKS = ANTREAN_DB
    client.force_login(perencana)
    halaman = _unggah(client, _realisasi()).url
    id_tugas = halaman.rstrip("/").rsplit("/", 1)[-1]
    for pengguna in (pic, orang_luar):
        client.force_login(pengguna)
        assert client.get(halaman).status_code in (403, 404)
    client.force_login(perencana)
    lain = reverse("anggaran:impor_tugas", args=["3674", 2024, id_tugas])
    assert client.get(lain).status_code == 404  # another year's address
    assert client.get(_url("impor_tugas", "bukan-tugas")).status_code == 404
    assert client.get(halaman).status_code == 200


def test_a_queued_import_whose_importer_lost_the_right_is_refused(perencana, demo, besar, settings):
    from sakip.organisasi.models import Keanggotaan

    settings.TASKS = ANTREAN_DB
    keadaan = services.mulai_impor(perencana, demo, 2023, [("dipa.xlsx", _realisasi())])
    assert keadaan.status == "antri"
    Keanggotaan.objects.filter(user=perencana).delete()
    kerjakan_antrean()
    hasil = services.impor_di_antrean.get_result(keadaan.id_tugas)
    assert hasil.return_value["status"] == "ditolak"
    assert "Hanya Perencana atau Admin" in hasil.return_value["kesalahan"][0]["pesan"]
    assert not Dipa.objects.exists()
