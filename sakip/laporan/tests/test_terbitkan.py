"""Publishing: the Sekretaris freezes a version; the public reads it without logging in."""

import hashlib
import json

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from sakip.laporan import services
from sakip.laporan.models import VersiLaporan


@pytest.fixture(autouse=True)
def _data_tanpa_galat(anggaran):
    """The checks publishing runs first pass: the DIPA is loaded and the one indicator that
    requires evidence has it for every 2023 quarter (sakip.laporan.pemeriksaan)."""
    from sakip.pengukuran.models import Bukti, Realisasi

    for r in Realisasi.objects.filter(tahun=2023, indikator__wajib_bukti=True):
        Bukti.objects.create(
            realisasi=r, berkas="bukti/x.pdf", nama="x.pdf", jenis="pdf", ukuran=1, sha256=str(r.pk)
        )


def _sha(berkas):
    with berkas.open("rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def test_the_sekretaris_publishes_a_frozen_version(pimpinan, demo, media, render_cepat):
    v = services.terbitkan(demo, 2023, pimpinan)
    assert (v.nomor, v.dokumen, v.diterbitkan_oleh) == (1, "lkj", pimpinan)
    assert v.sha256_pdf == _sha(v.pdf) and v.sha256_docx == _sha(v.docx)
    assert v.sha256_data == _sha(v.data)
    with v.data.open("rb") as f:
        data = json.load(f)
    assert data["tahun"] == 2023 and data["satker"]["kode"] == "3674"
    assert len(data["sasaran"]) == 8


def test_unchanged_data_is_not_published_twice(pimpinan, demo, media, render_cepat):
    services.terbitkan(demo, 2023, pimpinan)
    with pytest.raises(services.LaporanError, match="tidak berubah sejak versi 1"):
        services.terbitkan(demo, 2023, pimpinan)


def test_a_later_edit_makes_a_new_version_and_the_old_one_stays(
    pimpinan, perencana, demo, media, render_cepat, client
):
    v1 = services.terbitkan(demo, 2023, pimpinan)
    services.simpan_narasi(perencana, demo, 2023, "kesimpulan", "Kesimpulan yang disunting.")
    v2 = services.terbitkan(demo, 2023, pimpinan)
    assert v2.nomor == 2 and v2.sidik_data != v1.sidik_data
    for v in (v1, v2):
        url = reverse("laporan:publik_unduh", args=["3674", 2023, "lkj", v.nomor, "pdf"])
        respons = client.get(url)
        assert respons.status_code == 200
        assert hashlib.sha256(b"".join(respons.streaming_content)).hexdigest() == v.sha256_pdf


@pytest.mark.parametrize("siapa", ["perencana", "pic", "verifikator", "evaluator", "orang_luar"])
def test_only_the_pimpinan_publishes(siapa, request, demo, media, render_cepat, client):
    user = request.getfixturevalue(siapa)
    with pytest.raises(PermissionDenied):
        services.terbitkan(demo, 2023, user)
    client.force_login(user)
    respons = client.post(reverse("laporan:terbitkan", args=["3674", 2023, "lkj"]))
    assert respons.status_code == (404 if siapa == "orang_luar" else 403)
    assert not VersiLaporan.objects.exists()


def test_publishing_through_the_page(client, pimpinan, media, render_cepat):
    client.force_login(pimpinan)
    respons = client.post(reverse("laporan:terbitkan", args=["3674", 2023, "pk"]), follow=True)
    assert "Perjanjian Kinerja 2023 versi 1 diterbitkan" in respons.content.decode()
    respons = client.post(reverse("laporan:terbitkan", args=["3674", 2023, "pk"]), follow=True)
    assert "tidak berubah sejak versi 1" in respons.content.decode()


def test_the_public_pages_need_no_login_and_list_only_published_versions(
    client, pimpinan, demo, media, render_cepat
):
    halaman = reverse("laporan:publik_satker", args=["3674"])
    assert "belum menerbitkan" in client.get(halaman).content.decode()
    v = services.terbitkan(demo, 2023, pimpinan)
    isi = client.get(halaman).content.decode()
    assert v.sha256_pdf in isi and "Laporan Kinerja" in isi
    assert (
        "KPU Kota Tangerang Selatan"
        in client.get(reverse("laporan:publik_daftar")).content.decode()
    )
    json_url = reverse("laporan:publik_unduh", args=["3674", 2023, "lkj", 1, "json"])
    assert client.get(json_url).status_code == 200
    assert (
        client.get(
            reverse("laporan:publik_unduh", args=["3674", 2023, "lkj", 2, "pdf"])
        ).status_code
        == 404
    )
    assert client.get(reverse("laporan:publik_satker", args=["9999"])).status_code == 404
    # drafts are not public
    assert (
        client.get(reverse("laporan:unduh", args=["3674", 2023, "lkj", "pdf"])).status_code == 302
    )
