"""An indicator's value is written alike on the pages and in the LKj: one formatter."""

import pytest
from django.urls import reverse

from sakip.laporan.kumpul import kumpul_lkj
from sakip.laporan.teks import Penulis
from sakip.perencanaan.models import Indikator

pytestmark = pytest.mark.django_db


def test_the_web_writes_an_indicators_value_as_the_lkj_does(client, pimpinan):
    """'85 poin' on the dashboard, the indicator page, the PK page and in the LKj's sentence."""
    rb = Indikator.objects.get(nama="Indeks Reformasi Birokrasi")
    rb.satuan = "poin"
    rb.save()
    client.force_login(pimpinan)
    dasbor = client.get(reverse("dasbor", args=["3674", 2023])).content.decode()
    assert "<strong>85 poin</strong>" in dasbor and "<strong>80 poin</strong>" in dasbor
    assert '<td class="angka" data-kolom="target">85 poin</td>' in dasbor
    halaman = client.get(reverse("indikator", args=["3674", rb.pk])).content.decode()
    assert '<td class="angka">85 poin</td>' in halaman
    pk = client.get(reverse("pk", args=["3674", 2023])).content.decode()
    assert '<td class="angka">85 poin</td>' in pk
    teks = Penulis(kumpul_lkj(rb.satker, 2023)).bawaan("sasaran_2_target")
    assert "“Indeks Reformasi Birokrasi” ditargetkan 85 poin dan terealisasi 80 poin" in teks
