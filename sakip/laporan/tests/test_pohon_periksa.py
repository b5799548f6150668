"""The pohon kinerja's checks in the office data checks (sakip.perencanaan.pohon)."""

from datetime import date

import pytest
from django.urls import reverse

from sakip.laporan.pemeriksaan import periksa_data
from sakip.lib.periksa.temuan import ERROR, WARNING
from sakip.organisasi.models import Keanggotaan, Peran, UnitKerja
from sakip.perencanaan.models import Indikator, Renstra, Sasaran
from sakip.perencanaan.pohon import masalah_pohon

pytestmark = pytest.mark.django_db


def test_the_checks_find_what_the_tree_lacks(client, perencana, demo):
    renstra = Renstra.objects.get(satker=demo)
    kosong = Sasaran.objects.create(renstra=renstra, nomor=9, uraian="Sasaran tanpa indikator")
    s1 = renstra.sasaran.get(nomor=1)
    s2 = renstra.sasaran.get(nomor=2)
    lepas = s1.indikator.first()
    Indikator.objects.filter(pk=lepas.pk).update(unit=None)
    Indikator.objects.create(sasaran=s2, nomor=9, nama=f"  {s1.indikator.last().nama.upper()} ")
    Keanggotaan.objects.filter(satker=demo, peran=Peran.PIC, unit__kode="hukum").delete()
    masalah = [(m.jenis, m.pesan) for m in masalah_pohon(Renstra.objects.get(pk=renstra.pk))]
    jenis = [j for j, _ in masalah]
    assert jenis.count("sasaran_tanpa_indikator") == 1
    assert jenis.count("tanpa_unit") == 2  # the one set free and the new one
    assert jenis.count("dua_sasaran") == 1
    assert (
        jenis.count("tanpa_pic")
        == Indikator.objects.filter(sasaran__renstra=renstra, unit__kode="hukum").count()
    )
    assert (
        "sasaran_tanpa_indikator",
        "Sasaran 9 “Sasaran tanpa indikator” belum memiliki indikator.",
    ) in masalah
    temuan = [
        f
        for f in periksa_data(demo, 2023, hari_ini=date(2024, 4, 10)).findings
        if f.kind == "pohon"
    ]
    assert {(f.severity, f.tautan) for f in temuan if "Sasaran 9" in f.message} == {
        (ERROR, f"/perencanaan/3674/sasaran/{kosong.pk}/indikator/baru/")
    }
    assert all(f.severity == WARNING for f in temuan if "belum memiliki PIC" in f.message)
    client.force_login(perencana)
    html = client.get(reverse("perencanaan:pohon", args=["3674"])).content.decode()
    assert 'data-testid="masalah-pohon"' in html and "Belum ada indikator" in html
    assert UnitKerja.objects.filter(satker=demo).count() == 4
