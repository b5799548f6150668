"""A real browser queues a document and watches the real worker finish it."""

import signal
from pathlib import Path

import pytest
from django.core.management import call_command

from conftest import masuk

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_job_started_from_the_page_finishes_while_the_page_shows_its_progress(
    live_server, halaman, settings, tmp_path
):
    from sakip.demo.muat import muat_semua
    from sakip.laporan.models import Pembuatan

    muat_semua()
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {
        "default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}
    }
    masuk(halaman, live_server, "sekretaris")
    halaman.goto(f"{live_server.url}/laporan/3674/2023/")
    halaman.click("[data-testid=buat-pk]")
    # queued: the page shows the job's state and polls it
    kemajuan = halaman.locator("[data-testid=kemajuan-pk]")
    kemajuan.wait_for()
    assert kemajuan.get_attribute("value") == "0"
    assert "Menunggu giliran" in halaman.locator("[data-testid=status-pk]").inner_text()
    assert Pembuatan.objects.get(dokumen="pk").status == Pembuatan.Status.ANTRI
    # the real worker (the same command as `make run` starts) takes the job and finishes
    # (its signal handlers are put back after: this process is the test runner)
    handler = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    try:
        call_command("db_worker", "--batch", "--no-startup-delay")
    finally:
        for s, h in handler.items():
            signal.signal(s, h)
    halaman.locator("[data-testid=unduh-pk-pdf]").wait_for()
    job = Pembuatan.objects.get(dokumen="pk")
    assert (job.status, job.kemajuan, job.tahap) == (Pembuatan.Status.SELESAI, 100, "Selesai")
    with halaman.expect_download() as unduhan:
        halaman.click("[data-testid=unduh-pk-docx]")
    assert unduhan.value.suggested_filename == "PK-3674-2023.docx"
    assert Path(unduhan.value.path()).read_bytes()[:2] == b"PK"
