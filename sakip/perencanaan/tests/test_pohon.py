"""The pohon kinerja: drawn from the data on a page, and what it lacks."""

from datetime import date

import pytest
from django.urls import reverse

from sakip.laporan.pemeriksaan import periksa_data
from sakip.lib.periksa.temuan import ERROR, WARNING
from sakip.lib.pohon import Simpul, png_pohon, svg_pohon, tata_letak
from sakip.organisasi.models import Keanggotaan, Peran, UnitKerja
from sakip.perencanaan.models import Indikator, Renstra, Sasaran
from sakip.perencanaan.pohon import masalah_pohon, pohon_kinerja

pytestmark = pytest.mark.django_db


def test_the_layout_is_one_node_a_row_indented_by_level():
    akar = [Simpul("Visi", "akar", [Simpul("Sasaran 1", "sasaran", [Simpul("IK 1.1")])])]
    kotak, tinggi = tata_letak(akar, 400)
    assert [(k.x, k.y, k.w) for k in kotak] == [(8, 8.0, 384), (30, 47.0, 362), (52, 86.0, 340)]
    assert kotak[1].garis == (19.0, 39.0)
    assert tinggi == 125.0
    svg = svg_pohon(akar, 400, judul="Pohon <uji>")
    assert svg.startswith('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 125"')
    assert "Pohon &lt;uji&gt;" in svg and svg.count("<rect") == 3
    assert png_pohon(akar, 400).startswith(b"\x89PNG")


def test_the_demo_tree_on_a_page_with_nothing_missing(client, pic, demo):
    client.force_login(pic)
    r = client.get(reverse("perencanaan:pohon", args=["3674"]))
    html = r.content.decode()
    assert r.status_code == 200
    assert html.count('class="simpul simpul-sasaran"') == 8
    assert html.count('class="simpul simpul-indikator"') == 14
    assert "PIC: pic-keuangan" in html
    assert 'data-testid="masalah-pohon"' not in html
    renstra = Renstra.objects.get(satker=demo)
    assert masalah_pohon(renstra) == []
    assert pohon_kinerja(renstra)[0].teks.startswith("Visi: Menjadi Penyelenggara Pemilu")


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
