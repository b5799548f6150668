"""Making the PDF and DOCX: cached by data hash, in the background, polled by the page."""

import threading

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from sakip.laporan import services
from sakip.laporan.models import Pembuatan
from sakip.pengukuran.models import Realisasi


def test_made_once_per_data_hash_then_served_from_the_cache(
    pic, demo, media, render_cepat, monkeypatch
):
    dibuat = []
    monkeypatch.setattr(
        services, "render", lambda d, j, f: dibuat.append(f) or render_cepat(d, j, f)
    )
    job = services.mulai_pembuatan(pic, demo, 2023, "lkj")
    assert (job.status, job.kemajuan) == (Pembuatan.Status.SELESAI, 100)
    assert dibuat == ["pdf", "docx"]
    k = services.keadaan(pic, demo, 2023, "lkj")
    assert k.siap and k.berkas["pdf"].read_bytes().startswith(b"%PDF")
    services.mulai_pembuatan(pic, demo, 2023, "lkj")
    assert dibuat == ["pdf", "docx"]  # same data: nothing made again
    Realisasi.objects.filter(tahun=2023, triwulan=4).update(kendala="Kendala baru")
    assert not services.keadaan(pic, demo, 2023, "lkj").siap
    services.mulai_pembuatan(pic, demo, 2023, "lkj")
    assert dibuat == ["pdf", "docx", "pdf", "docx"]


def test_a_failure_is_reported_not_left_spinning(pic, demo, media, monkeypatch):
    def rusak(*a):
        raise RuntimeError("font hilang")

    monkeypatch.setattr(services, "render", rusak)
    job = services.mulai_pembuatan(pic, demo, 2023, "pk")
    assert job.status == Pembuatan.Status.GAGAL
    assert "font hilang" in job.pesan


def test_the_request_returns_while_a_thread_makes_the_files(
    pic, demo, media, settings, monkeypatch
):
    settings.SAKIP_LAPORAN_LATAR = True
    mulai = []
    monkeypatch.setattr(
        threading,
        "Thread",
        lambda target, args, **kw: type("T", (), {"start": lambda s: mulai.append(args)})(),
    )
    job = services.mulai_pembuatan(pic, demo, 2023, "lkj")
    assert job.status == Pembuatan.Status.ANTRI and len(mulai) == 1
    # a second request while it runs starts nothing more
    services.mulai_pembuatan(pic, demo, 2023, "lkj")
    assert len(mulai) == 1


def test_the_page_starts_polls_and_downloads(client, verifikator, demo, media, render_cepat):
    client.force_login(verifikator)
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


def test_downloading_before_making_starts_the_making(client, pic, demo, media, render_cepat):
    client.force_login(pic)
    respons = client.get(reverse("laporan:unduh", args=["3674", 2023, "pk", "pdf"]))
    assert respons.status_code == 302
    assert services.keadaan(pic, demo, 2023, "pk").siap


@pytest.mark.parametrize("siapa", ["orang_luar", "evaluator_lain"])
def test_other_offices_cannot_make_or_download(siapa, request, client, demo, media):
    client.force_login(request.getfixturevalue(siapa))
    assert client.post(reverse("laporan:buat", args=["3674", 2023, "lkj"])).status_code == 404
    assert (
        client.get(reverse("laporan:unduh", args=["3674", 2023, "lkj", "pdf"])).status_code == 404
    )
    with pytest.raises(PermissionDenied):
        services.mulai_pembuatan(request.getfixturevalue(siapa), demo, 2023, "lkj")
