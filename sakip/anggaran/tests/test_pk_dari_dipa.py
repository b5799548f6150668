"""The PK's Program | Anggaran rows taken from the DIPA."""

import pytest
from django.urls import reverse

from conftest import muat_anggaran_demo
from sakip.anggaran.models import Pagu
from sakip.perencanaan.models import PerjanjianKinerja

pytestmark = pytest.mark.django_db


def test_the_first_pk_takes_the_original_dipa_per_program(client, perencana, demo):
    muat_anggaran_demo(demo)
    client.force_login(perencana)
    r = client.post(reverse("anggaran:pk_dari_dipa", args=["3674", 2023]))
    assert r.status_code == 302 and r.url == "/perencanaan/3674/2023/pk/"
    pk = PerjanjianKinerja.berlaku(demo, 2023)
    baris = [(a.urutan, a.kode_program, a.anggaran) for a in pk.anggaran.all()]
    awal = Pagu.objects.filter(revisi__dipa__satker=demo, revisi__nomor=0)
    harapan = {}
    for p in awal.select_related("pos"):
        harapan[p.pos.program] = harapan.get(p.pos.program, 0) + p.jumlah
    assert [k for _, k, _ in baris] == sorted(harapan)
    assert {k: j for _, k, j in baris} == harapan
    assert pk.total_anggaran() == sum(harapan.values())
    assert [a.nama_program for a in pk.anggaran.all()] == [
        "Program Penyelenggaraan Pemilu dalam Proses Konsolidasi Demokrasi",
        "Program Dukungan Manajemen",
    ]


def test_without_a_dipa_the_rows_stay_and_the_page_says_why(client, perencana, demo):
    client.force_login(perencana)
    pk = PerjanjianKinerja.berlaku(demo, 2023)
    sebelum = list(pk.anggaran.values_list("kode_program", "anggaran"))
    r = client.post(reverse("anggaran:pk_dari_dipa", args=["3674", 2023]), follow=True)
    assert "Belum ada DIPA KPU Kota Tangerang Selatan tahun 2023" in r.content.decode()
    assert list(pk.anggaran.values_list("kode_program", "anggaran")) == sebelum


def test_only_the_planners_of_the_office(client, pic, orang_luar, demo):
    url = reverse("anggaran:pk_dari_dipa", args=["3674", 2023])
    client.force_login(pic)
    assert client.post(url).status_code == 403
    client.force_login(orang_luar)
    assert client.post(url).status_code == 404
