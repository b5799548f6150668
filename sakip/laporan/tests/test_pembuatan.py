"""Making the PDF and DOCX: cached by data hash, in the job queue, polled by the page."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from sakip.laporan import services
from sakip.laporan.models import Pembuatan
from sakip.pengukuran.models import Realisasi


def test_made_once_per_data_hash_then_served_from_the_cache(
    pimpinan, pic, demo, media, render_cepat, monkeypatch
):
    dibuat = []
    monkeypatch.setattr(
        services, "render", lambda d, j, f: dibuat.append(f) or render_cepat(d, j, f)
    )
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert (job.status, job.kemajuan) == (Pembuatan.Status.SELESAI, 100)
    assert dibuat == ["pdf", "docx"]
    k = services.keadaan(pic, demo, 2023, "lkj")
    assert k.siap and k.berkas["pdf"].read_bytes().startswith(b"%PDF")
    services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert dibuat == ["pdf", "docx"]  # same data: nothing made again
    Realisasi.objects.filter(tahun=2023, triwulan=4).update(kendala="Kendala baru")
    assert not services.keadaan(pic, demo, 2023, "lkj").siap
    services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert dibuat == ["pdf", "docx", "pdf", "docx"]


def test_a_failure_is_reported_not_left_spinning(pimpinan, demo, media, monkeypatch):
    def rusak(*a):
        raise RuntimeError("font hilang")

    monkeypatch.setattr(services, "render", rusak)
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "pk")
    assert job.status == Pembuatan.Status.GAGAL
    assert "font hilang" in job.pesan


ANTREAN_DB = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}


def test_the_request_returns_while_the_job_waits_and_a_second_request_joins_it(
    pimpinan, demo, media, settings
):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = ANTREAN_DB
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert (job.status, job.kemajuan, job.tahap) == (Pembuatan.Status.ANTRI, 0, "Menunggu giliran")
    tugas = DBTaskResult.objects.get(id=job.id_tugas)
    assert tugas.task_path == "sakip.laporan.services.buat_dokumen"
    assert tugas.args_kwargs == {"args": [job.pk], "kwargs": {}}
    # a second request, and one for the PK of the same office, while it waits
    assert services.mulai_pembuatan(pimpinan, demo, 2023, "lkj").pk == job.pk
    assert DBTaskResult.objects.count() == 1
    services.mulai_pembuatan(pimpinan, demo, 2023, "pk")
    assert DBTaskResult.objects.count() == 2


def test_while_an_older_data_hash_is_made_a_new_request_joins_it(pimpinan, demo, media, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = ANTREAN_DB
    lama = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    Realisasi.objects.filter(tahun=2023, triwulan=4).update(kendala="Kendala baru")
    baru = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert baru.pk == lama.pk and DBTaskResult.objects.count() == 1


def test_the_task_refuses_data_changed_since_it_was_queued(pimpinan, demo, media, settings):
    settings.TASKS = ANTREAN_DB
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    Realisasi.objects.filter(tahun=2023, triwulan=4).update(kendala="Kendala baru")
    assert services.buat_dokumen.call(job.pk) == Pembuatan.Status.GAGAL
    job.refresh_from_db()
    assert job.pesan.startswith("Data berubah sejak pembuatan diminta")


def test_a_task_the_queue_reports_failed_is_shown_as_failed(pimpinan, demo, media, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = ANTREAN_DB
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "lkj")
    assert services.keadaan(pimpinan, demo, 2023, "lkj").pembuatan.status == "antri"
    DBTaskResult.objects.filter(id=job.id_tugas).update(status="FAILED")
    p = services.keadaan(pimpinan, demo, 2023, "lkj").pembuatan
    assert p.status == Pembuatan.Status.GAGAL
    assert p.pesan.startswith("Pekerja antrean tugas gagal menjalankan pembuatan")


@pytest.mark.parametrize("siapa", ["pic", "verifikator", "evaluator"])
def test_only_who_publishes_starts_a_generation(siapa, request, client, demo, media):
    pengguna = request.getfixturevalue(siapa)
    with pytest.raises(PermissionDenied):
        services.mulai_pembuatan(pengguna, demo, 2023, "lkj")
    client.force_login(pengguna)
    assert client.post(reverse("laporan:buat", args=["3674", 2023, "lkj"])).status_code == 403
    halaman = client.get(reverse("laporan:halaman", args=["3674", 2023])).content.decode()
    assert 'data-testid="buat-lkj"' not in halaman
    assert 'data-testid="belum-dibuat-lkj"' in halaman
    respons = client.get(reverse("laporan:unduh", args=["3674", 2023, "lkj", "pdf"]))
    assert respons.status_code == 302
    assert not Pembuatan.objects.filter(satker=demo).exists()


def test_the_page_starts_polls_and_downloads(client, pimpinan, demo, media, render_cepat):
    client.force_login(pimpinan)
    halaman = client.get(reverse("laporan:halaman", args=["3674", 2023])).content.decode()
    assert 'data-testid="buat-lkj"' in halaman
    respons = client.post(
        reverse("laporan:buat", args=["3674", 2023, "lkj"]), HTTP_HX_REQUEST="true"
    )
    assert 'data-testid="unduh-lkj-pdf"' in respons.content.decode()
    unduh = client.get(reverse("laporan:unduh", args=["3674", 2023, "lkj", "docx"]))
    assert unduh.status_code == 200
    assert unduh["Content-Disposition"].endswith('filename="LKj-3674-2023.docx"')
    assert b"".join(unduh.streaming_content).startswith(b"PK")


def test_downloading_before_making_starts_the_making(client, pimpinan, demo, media, render_cepat):
    client.force_login(pimpinan)
    respons = client.get(reverse("laporan:unduh", args=["3674", 2023, "pk", "pdf"]))
    assert respons.status_code == 302
    assert services.keadaan(pimpinan, demo, 2023, "pk").siap


@pytest.mark.parametrize("siapa", ["orang_luar", "evaluator_lain"])
def test_other_offices_cannot_make_or_download(siapa, request, client, demo, media):
    client.force_login(request.getfixturevalue(siapa))
    assert client.post(reverse("laporan:buat", args=["3674", 2023, "lkj"])).status_code == 404
    assert (
        client.get(reverse("laporan:unduh", args=["3674", 2023, "lkj", "pdf"])).status_code == 404
    )
    with pytest.raises(PermissionDenied):
        services.mulai_pembuatan(request.getfixturevalue(siapa), demo, 2023, "lkj")
