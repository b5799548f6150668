"""Pages draw a chart once per data: a second view of the same data never calls matplotlib."""

from django.core.cache import cache
from django.db.models import F
from django.urls import reverse

from conftest import muat_anggaran_demo
from sakip.anggaran.models import RealisasiAnggaran
from sakip.lib import grafik
from sakip.pengukuran.models import Realisasi


def _lihat(client, url) -> tuple[int, bytes]:
    """Drawings made while the page answered, and its body."""
    sebelum = grafik.LUKISAN
    respons = client.get(url)
    assert respons.status_code == 200
    return grafik.LUKISAN - sebelum, respons.content


def test_the_dashboard_chart_is_drawn_once_per_data(client, perencana, demo):
    cache.clear()
    client.force_login(perencana)
    url = reverse("dasbor", args=["3674", 2023])
    digambar, pertama = _lihat(client, url)
    assert digambar == 1
    digambar, kedua = _lihat(client, url)
    assert digambar == 0
    svg = pertama[pertama.index(b"<svg") : pertama.index(b"</svg>")]
    assert svg in kedua  # the same drawing, from the cache
    assert b"<text" in pertama  # the SVG's labels are text, not glyph paths
    # other data (every realisation of the year one higher) is another chart: drawn once
    Realisasi.objects.filter(
        indikator__sasaran__renstra__satker=demo, tahun=2023, nilai__isnull=False
    ).update(nilai=F("nilai") + 1)
    assert _lihat(client, url)[0] == 1
    assert _lihat(client, url)[0] == 0


def test_the_budget_page_chart_is_drawn_once_per_data(client, perencana, demo):
    muat_anggaran_demo(demo)
    cache.clear()
    client.force_login(perencana)
    url = reverse("anggaran:ringkasan", args=["3674", 2023])
    assert _lihat(client, url)[0] == 1
    assert _lihat(client, url)[0] == 0
    # a realisation changes: another chart, drawn once
    baris = RealisasiAnggaran.objects.filter(pos__dipa__satker=demo, pos__dipa__tahun=2023)
    baris.filter(pk=baris.first().pk).update(jumlah=F("jumlah") + 1_000_000)
    assert _lihat(client, url)[0] == 1
    assert _lihat(client, url)[0] == 0
