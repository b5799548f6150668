"""The pohon kinerja: drawn from the data on a page, and what it lacks."""

import pytest
from django.urls import reverse

from sakip.lib.pohon import Simpul, png_pohon, svg_pohon, tata_letak
from sakip.perencanaan.models import Renstra
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
