"""Publishing never renders in the web request: the files are made by the queue, which publishes."""

import pytest
from django.urls import reverse

from conftest import kerjakan_antrean
from sakip.laporan import services
from sakip.laporan.models import Pembuatan, VersiLaporan
from sakip.organisasi.models import Keanggotaan, Peran

ANTREAN_DB = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
TERBITKAN = reverse("laporan:terbitkan", args=["3674", 2023, "pk"])


@pytest.fixture
def antrean(settings):
    """The real database queue; the test runs its tasks as db_worker does (kerjakan_antrean)."""
    settings.TASKS = ANTREAN_DB


def test_the_request_queues_the_making_and_the_worker_publishes(
    client, pimpinan, demo, media, render_cepat, antrean, monkeypatch
):
    dibuat = []
    monkeypatch.setattr(
        services, "render", lambda d, j, f: dibuat.append(f) or render_cepat(d, j, f)
    )
    client.force_login(pimpinan)
    respons = client.post(TERBITKAN, follow=True)
    html = respons.content.decode()
    assert "sedang dibuat dari data terbaru; versi baru terbit begitu selesai" in html
    assert dibuat == []  # nothing rendered in the request
    assert not VersiLaporan.objects.exists()
    job = Pembuatan.objects.get(satker=demo, tahun=2023, dokumen="pk")
    assert (job.status, job.terbitkan_oleh, job.versi_terbit) == ("antri", pimpinan, None)
    assert "Versi baru terbit begitu selesai." in html  # the polled status says so

    kerjakan_antrean()
    job.refresh_from_db()
    versi = VersiLaporan.objects.get(satker=demo, tahun=2023, dokumen="pk")
    assert (versi.nomor, versi.diterbitkan_oleh) == (1, pimpinan)
    assert (job.status, job.versi_terbit, job.pesan) == ("selesai", versi, "Versi 1 diterbitkan.")
    assert dibuat == ["pdf", "docx"]
    status = client.get(reverse("laporan:status", args=["3674", 2023, "pk"])).content.decode()
    assert "Versi 1 diterbitkan." in status


def test_with_the_files_made_it_publishes_at_once_without_rendering(
    client, pimpinan, demo, media, render_cepat, antrean, monkeypatch
):
    services.mulai_pembuatan(pimpinan, demo, 2023, "pk")
    kerjakan_antrean()
    assert services.keadaan(pimpinan, demo, 2023, "pk").siap
    monkeypatch.setattr(services, "render", lambda *a: pytest.fail("dirender lagi"))
    client.force_login(pimpinan)
    respons = client.post(TERBITKAN, follow=True)
    assert "Perjanjian Kinerja 2023 versi 1 diterbitkan" in respons.content.decode()


def test_a_second_press_while_it_is_made_joins_the_same_job(
    client, pimpinan, demo, media, render_cepat, antrean
):
    from django_tasks_db.models import DBTaskResult

    client.force_login(pimpinan)
    client.post(TERBITKAN)
    client.post(TERBITKAN)
    assert DBTaskResult.objects.count() == 1
    kerjakan_antrean()
    assert VersiLaporan.objects.filter(satker=demo, dokumen="pk").count() == 1


def test_pressing_while_a_plain_generation_runs_asks_it_to_publish(
    pimpinan, demo, media, render_cepat, antrean
):
    job = services.mulai_pembuatan(pimpinan, demo, 2023, "pk")
    assert job.terbitkan_oleh is None
    hasil = services.minta_terbit(demo, 2023, pimpinan, "pk", akui_peringatan=True)
    assert hasil.pk == job.pk
    assert (hasil.terbitkan_oleh, hasil.akui_peringatan) == (pimpinan, True)
    kerjakan_antrean()
    assert VersiLaporan.objects.filter(satker=demo, dokumen="pk", nomor=1).exists()


def test_a_role_lost_before_the_worker_runs_makes_the_files_but_does_not_publish(
    pimpinan, demo, media, render_cepat, antrean
):
    services.minta_terbit(demo, 2023, pimpinan, "pk")
    Keanggotaan.objects.filter(user=pimpinan).update(peran=Peran.PERENCANA)
    kerjakan_antrean()
    job = Pembuatan.objects.get(satker=demo, tahun=2023, dokumen="pk")
    assert job.status == "selesai" and job.versi_terbit is None
    assert job.pesan == (
        "PDF dan DOCX sudah dibuat, tetapi tidak diterbitkan: "
        "Hanya Pimpinan (Sekretaris) kantor ini yang boleh menerbitkan."
    )
    assert not VersiLaporan.objects.exists()


def test_the_checks_refuse_at_once_before_anything_is_queued(
    client, pimpinan, demo, media, render_cepat, antrean
):
    """The demo's LKj 2023 has data errors (evidence missing): refused in the request, with
    the reason, and nothing queued."""
    client.force_login(pimpinan)
    respons = client.post(reverse("laporan:terbitkan", args=["3674", 2023, "lkj"]), follow=True)
    assert respons.status_code == 200
    assert "Laporan Kinerja 2023 belum dapat diterbitkan: data masih memuat 4 galat." in (
        respons.content.decode()
    )
    assert not Pembuatan.objects.exists()
    assert not VersiLaporan.objects.exists()
