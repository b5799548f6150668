"""The API against the pages' rules: same figures as the commands, same permissions, same workflow."""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.test import Client

from conftest import muat_anggaran_demo, pengguna
from sakip.api import services
from sakip.api.galat import PERLU_MASUK
from sakip.api.models import TokenApi
from sakip.pengukuran.models import JejakRealisasi, Realisasi
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db

LOGISTIK = "Persentase penyiapan sarana dan prasarana logistik"  # keuangan unit, value typed


@pytest.fixture(autouse=True)
def _hari(settings, tmp_path):
    # 10 April 2024: TW II 2024 is open for entry
    settings.SAKIP_HARI_INI = "2024-04-10"
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.SAKIP_API_BATAS = {"anonim": "1000/min", "pengguna": "1000/min"}


def klien(user) -> Client:
    """A client that authenticates with a fresh personal token of `user` (no session)."""
    rahasia = services.buat_token(user, "uji").rahasia
    return Client(headers={"Authorization": f"Bearer {rahasia}"})


def perintah(*args) -> object:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return json.loads(out.getvalue())


# -- authentication ---------------------------------------------------------------------


def test_anonim_mendapat_401_dengan_skema_bearer(demo):
    r = Client().get("/api/v1/satker/3674/capaian/2023/")
    assert r.status_code == 401
    assert r.headers["WWW-Authenticate"] == 'Bearer realm="sakip"'
    assert r.json() == {"detail": PERLU_MASUK}


def test_token_salah_atau_dicabut_401(perencana):
    rahasia = services.buat_token(perencana, "sementara")
    c = Client(headers={"Authorization": f"Bearer {rahasia.rahasia}"})
    assert c.get("/api/v1/satker/3674/").status_code == 200
    services.cabut_token(perencana, rahasia.token.pk)
    r = c.get("/api/v1/satker/3674/")
    assert r.status_code == 401
    assert "dicabut" in r.json()["detail"]
    palsu = Client(headers={"Authorization": "Bearer sakip_bukan-token"})
    assert palsu.get("/api/v1/satker/3674/").status_code == 401
    rusak = Client(headers={"Authorization": "Bearer a b"})
    assert rusak.get("/api/v1/satker/3674/").json()["detail"] == (
        "Header Authorization harus berbentuk 'Bearer <token>'."
    )


def test_token_disimpan_sebagai_sidik_saja(perencana):
    baru = services.buat_token(perencana, "dasbor")
    t = TokenApi.objects.get(pk=baru.token.pk)
    assert baru.rahasia not in (t.sidik, t.awalan)
    assert baru.rahasia.startswith(t.awalan) and len(t.sidik) == 64


def test_perintah_token_api(perencana):
    out = io.StringIO()
    call_command("token_api", "perencana", "--nama", "skrip", stdout=out, stderr=io.StringIO())
    rahasia = out.getvalue().strip()
    c = Client(headers={"Authorization": f"Bearer {rahasia}"})
    assert c.get("/api/v1/satker/3674/").json()["nama"] == "KPU Kota Tangerang Selatan"
    t = TokenApi.objects.get(user=perencana, nama="skrip")
    call_command("token_api", "perencana", "--cabut", str(t.pk), stdout=io.StringIO())
    assert c.get("/api/v1/satker/3674/").status_code == 401


def test_halaman_token_membuat_dan_mencabut(perencana):
    c = Client()
    c.force_login(perencana)
    r = c.post("/api/token/", {"nama": "dasbor provinsi"})
    assert r.status_code == 200
    t = TokenApi.objects.get(user=perencana)
    assert "tidak akan ditampilkan lagi" in r.content.decode()
    assert c.post("/api/token/", {"nama": ""}).status_code == 400
    r = c.post("/api/token/", {"cabut": str(t.pk)})
    assert r.status_code == 302
    t.refresh_from_db()
    assert not t.aktif
    # another user's token is not found
    lain = services.buat_token(pengguna("sekretaris"), "milik sekretaris").token
    assert c.post("/api/token/", {"cabut": str(lain.pk)}).status_code == 400
    lain.refresh_from_db()
    assert lain.aktif


# -- the same figures as the commands ---------------------------------------------------


def test_tabel_capaian_sama_dengan_perintah(perencana):
    api = klien(perencana).get("/api/v1/satker/3674/capaian/2023/")
    assert api.status_code == 200
    assert api.json() == perintah("capaian", "--satker", "3674", "--tahun", "2023", "--json")
    assert len(api.json()) == 14


def test_ringkasan_anggaran_sama_dengan_perintah(demo, perencana):
    muat_anggaran_demo(demo)
    api = klien(perencana).get("/api/v1/satker/3674/anggaran/2023/")
    assert api.status_code == 200
    assert api.json() == perintah("anggaran", "--satker", "3674", "--tahun", "2023", "--json")
    sebagian = klien(perencana).get("/api/v1/satker/3674/anggaran/2023/?sampai_bulan=6")
    assert sebagian.json() == perintah(
        "anggaran", "--satker", "3674", "--tahun", "2023", "--sampai-bulan", "6", "--json"
    )
    assert (
        klien(perencana).get("/api/v1/satker/3674/anggaran/2023/?sampai_bulan=13").status_code
        == 400
    )
    r = klien(perencana).get("/api/v1/satker/3674/anggaran/2019/")
    assert r.status_code == 404
    assert r.json()["detail"] == "Belum ada DIPA KPU Kota Tangerang Selatan tahun 2019."


def test_renstra_indikator_pk(perencana):
    c = klien(perencana)
    renstra = c.get("/api/v1/satker/3674/renstra/").json()
    assert [(r["tahun_awal"], r["tahun_akhir"]) for r in renstra] == [(2020, 2024)]
    ind = [i for s in renstra[0]["sasaran"] for i in s["indikator"]]
    assert len(ind) == Indikator.objects.filter(sasaran__renstra__satker__kode="3674").count()
    halaman = c.get("/api/v1/satker/3674/indikator/?tahun=2023").json()
    assert halaman["count"] == len(ind)
    assert {i["nama"] for i in halaman["results"]} == {i["nama"] for i in ind}
    pk = c.get("/api/v1/satker/3674/pk/?tahun=2023").json()
    assert [p["tahun"] for p in pk] == [2023]
    assert len(pk[0]["baris"]) == 14
    assert c.get("/api/v1/satker/3674/pk/?tahun=abc").status_code == 400


# -- permissions ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "jalur",
    [
        "/api/v1/satker/3674/",
        "/api/v1/satker/3674/renstra/",
        "/api/v1/satker/3674/indikator/",
        "/api/v1/satker/3674/pk/",
        "/api/v1/satker/3674/realisasi/",
        "/api/v1/satker/3674/capaian/2023/",
        "/api/v1/satker/3674/anggaran/2023/",
        "/api/v1/satker/3674/pemeriksaan/2023/",
    ],
)
def test_kantor_lain_dan_provinsi_lain_404(jalur, orang_luar, evaluator_lain, evaluator):
    for user in (orang_luar, evaluator_lain):
        r = klien(user).get(jalur)
        assert r.status_code == 404, (user, jalur)
        assert r.json() == {"detail": "Satuan kerja tidak ditemukan."}
    assert klien(evaluator).get(jalur).status_code in (200, 404)  # 404 only: no DIPA loaded
    assert Client().get(jalur).status_code == 401


def test_daftar_satker_per_peran(evaluator, orang_luar, evaluator_lain):
    kode = lambda u: [s["kode"] for s in klien(u).get("/api/v1/satker/").json()["results"]]  # noqa: E731
    assert kode(evaluator) == ["36", "3671", "3674"]  # 3671: orang_luar's office
    assert kode(orang_luar) == ["3671"]
    assert kode(evaluator_lain) == ["32"]
    assert klien(evaluator).get("/api/v1/satker/36/").json()["anak"] == ["3671", "3674"]


def test_realisasi_disetujui_bawaan_lainnya_hanya_anggota(perencana, evaluator):
    semua = klien(perencana).get("/api/v1/satker/3674/realisasi/?status=semua&tahun=2024")
    assert semua.status_code == 200
    status = {r["status"] for r in semua.json()["results"]}
    assert status - {"disetujui"}, "the demo 2024 has values not yet approved"
    bawaan = klien(evaluator).get("/api/v1/satker/3674/realisasi/?tahun=2024").json()
    assert {r["status"] for r in bawaan["results"]} <= {"disetujui"}
    assert (
        bawaan["count"]
        == Realisasi.objects.filter(
            tahun=2024, status="disetujui", indikator__sasaran__renstra__satker__kode="3674"
        ).count()
    )
    r = klien(evaluator).get("/api/v1/satker/3674/realisasi/?status=draf")
    assert r.status_code == 403
    assert (
        r.json()["detail"]
        == "Realisasi yang belum disetujui hanya dapat dibaca anggota kantor itu."
    )
    assert klien(evaluator).get("/api/v1/satker/3674/realisasi/?status=x").status_code == 400


def test_batas_laju_429(settings, perencana):
    settings.SAKIP_API_BATAS = {"anonim": "2/min", "pengguna": "3/min"}
    from django.core.cache import cache

    cache.clear()
    c = klien(perencana)
    kode = [c.get("/api/v1/satker/3674/").status_code for _ in range(4)]
    assert kode == [200, 200, 200, 429]
    anonim = [Client().get("/api/v1/laporan/").status_code for _ in range(3)]
    assert anonim == [200, 200, 429]
    cache.clear()


# -- writes through the services --------------------------------------------------------


def _jalur(ind: Indikator, tw: int = 2, tahun: int = 2024) -> str:
    return f"/api/v1/satker/3674/indikator/{ind.pk}/realisasi/{tahun}/{tw}/"


def test_pic_mengisi_dan_mengajukan_lewat_api(pic):
    ind = Indikator.objects.get(nama__startswith=LOGISTIK)
    c = klien(pic)
    r = c.put(
        _jalur(ind),
        {"versi": 0, "nilai": "87,5", "analisis": "Sesuai rencana."},
        content_type="application/json",
    )
    assert r.status_code == 200, r.content
    d = r.json()
    assert (d["nilai"], d["status"], d["versi"], d["analisis"]) == (
        "87.5000",
        "draf",
        1,
        "Sesuai rencana.",
    )
    # a stale version is refused with 409 and nothing changes
    r = c.put(_jalur(ind), {"versi": 0, "nilai": "10"}, content_type="application/json")
    assert r.status_code == 409
    assert Realisasi.objects.get(pk=d["id"]).nilai == 87.5
    # bad numbers are a 400 naming the field
    r = c.put(_jalur(ind), {"versi": 1, "nilai": "delapan"}, content_type="application/json")
    assert r.status_code == 400 and "nilai" in r.json()
    # versi is required for a transition
    assert c.post(_jalur(ind) + "ajukan/", {}, content_type="application/json").status_code == 400
    r = c.post(_jalur(ind) + "ajukan/", {"versi": 1}, content_type="application/json")
    assert r.status_code == 200, r.content
    assert r.json()["status"] == "diajukan"
    jejak = list(JejakRealisasi.objects.filter(realisasi_id=d["id"]).values_list("aksi", flat=True))
    assert jejak == ["simpan", "ajukan"]
    # the PIC may not approve: the service's own 403 message
    r = c.post(_jalur(ind) + "setujui/", {"versi": 2}, content_type="application/json")
    assert r.status_code == 403
    assert (
        c.post(_jalur(ind) + "hapus/", {"versi": 2}, content_type="application/json").status_code
        == 404
    )


def test_pic_kantor_lain_tidak_dapat_menulis(orang_luar):
    ind = Indikator.objects.get(nama__startswith=LOGISTIK)
    sebelum = Realisasi.objects.count()
    r = klien(orang_luar).put(
        _jalur(ind), {"versi": 0, "nilai": "50"}, content_type="application/json"
    )
    assert r.status_code == 404
    assert Realisasi.objects.count() == sebelum


def test_bukti_diperiksa_isinya(pic):
    ind = Indikator.objects.get(nama__startswith=LOGISTIK)
    c = klien(pic)
    assert (
        c.put(_jalur(ind), {"versi": 0, "nilai": "90"}, content_type="application/json").status_code
        == 200
    )
    from django.core.files.uploadedfile import SimpleUploadedFile

    palsu = SimpleUploadedFile(
        "laporan.pdf", b"MZ\x90\x00 bukan pdf", content_type="application/pdf"
    )
    r = c.post(_jalur(ind) + "bukti/", {"berkas": palsu})
    assert r.status_code == 400
    assert "detail" in r.json()
    pdf = SimpleUploadedFile("laporan.pdf", b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    r = c.post(_jalur(ind) + "bukti/", {"berkas": pdf})
    assert r.status_code == 201, r.content
    assert r.json()["nama"] == "laporan.pdf"


def test_impor_anggaran_lewat_api(demo, perencana, pic):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from sakip.anggaran.models import Dipa
    from sakip.demo.anggaran import BERKAS_DEMO

    rusak = SimpleUploadedFile("dipa.xlsx", b"bukan lembar kerja")
    r = klien(perencana).post("/api/v1/satker/3674/anggaran/2023/impor/", {"berkas": [rusak]})
    assert r.status_code == 400
    assert r.json()["detail"] == "Berkas ditolak; tidak ada yang disimpan."
    assert r.json()["kesalahan"]
    assert not Dipa.objects.filter(satker=demo, tahun=2023).exists()
    isi = BERKAS_DEMO.read_bytes()
    r = klien(pic).post(
        "/api/v1/satker/3674/anggaran/2023/impor/",
        {"berkas": [SimpleUploadedFile("dipa.xlsx", isi)]},
    )
    assert r.status_code == 403
    r = klien(perencana).post(
        "/api/v1/satker/3674/anggaran/2023/impor/",
        {"berkas": [SimpleUploadedFile("dipa.xlsx", isi)]},
    )
    assert r.status_code == 200, r.content
    assert Dipa.objects.filter(satker=demo, tahun=2023).exists()
    assert klien(perencana).get("/api/v1/satker/3674/anggaran/2023/").json() == perintah(
        "anggaran", "--satker", "3674", "--tahun", "2023", "--json"
    )


# -- schema -----------------------------------------------------------------------------


def test_skema_openapi_3_sah(demo):
    from openapi_spec_validator import validate

    r = Client().get("/api/v1/schema/?format=json")
    assert r.status_code == 200
    skema = r.json()
    assert skema["openapi"].startswith("3.")
    validate(skema)
    assert "/api/v1/satker/{kode}/capaian/{tahun}/" in skema["paths"]
    docs = Client().get("/api/v1/docs/")
    assert docs.status_code == 200
    assert "cdn" not in docs.content.decode().lower()


def test_rekap_sama_dengan_perintah_dan_hanya_untuk_evaluator(evaluator, pic, evaluator_lain):
    r = klien(evaluator).get("/api/v1/satker/36/rekap/2023/")
    assert r.status_code == 200, r.content
    perintah_rekap = perintah("rekap", "--satker", "36", "--tahun", "2023", "--json")
    assert r.json()["results"] == perintah_rekap
    assert r.json()["count"] == len(perintah_rekap) >= 1
    assert [b["kode"] for b in perintah_rekap] == ["3674"]
    urut = klien(evaluator).get("/api/v1/satker/36/rekap/2023/?urut=x")
    assert urut.status_code == 400
    ditolak = klien(pic).get("/api/v1/satker/3674/rekap/2023/")
    assert ditolak.status_code == 403
    assert klien(evaluator_lain).get("/api/v1/satker/36/rekap/2023/").status_code == 404


def test_alamat_api_tak_dikenal_404_json_juga_dengan_baris_baru(demo):
    for jalur in ("/api/v1/tidak-ada/", "/api/v1/satker/3674/indikator/1/realisasi/2024/r%0AX/"):
        r = Client().get(jalur)
        assert r.status_code == 404, jalur
        assert r.json() == {"detail": "Alamat API tidak dikenal; lihat /api/v1/docs/."}
