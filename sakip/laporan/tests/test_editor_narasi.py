"""The narrative editor's one form: save one section, save all changed, reset, refuse all-or-none."""

import pytest
from django.urls import reverse

from sakip.laporan import services
from sakip.laporan.models import NarasiLaporan

pytestmark = pytest.mark.django_db

URL = reverse("laporan:simpan_narasi_semua", args=["3674", 2023])
EDITOR = reverse("laporan:narasi", args=["3674", 2023])


def _teks(perencana, demo):
    return {n.bagian.kunci: n.teks for n in services.daftar_narasi(perencana, demo, 2023)}


def _kirim(client, teks, **tombol):
    return client.post(URL, {**{f"teks-{k}": v for k, v in teks.items()}, **tombol})


def test_editor_has_a_table_of_contents_and_one_form(client, perencana, demo):
    client.force_login(perencana)
    html = client.get(EDITOR).content.decode()
    daftar = services.daftar_narasi(perencana, demo, 2023)
    assert html.count('data-testid="isi-') == len(daftar) > 20
    for n in daftar:
        assert f'href="#narasi-{n.bagian.kunci}"' in html
        assert f'id="narasi-{n.bagian.kunci}"' in html
    assert html.count("<textarea") == len(daftar)
    assert 'data-testid="simpan-semua"' in html and "data-peringatan-ubah" in html
    assert "<script>" not in html and "onclick" not in html


def test_save_all_stores_only_the_changed_sections(client, perencana, demo):
    client.force_login(perencana)
    teks = _teks(perencana, demo)
    teks["latar_belakang"] = "Latar belakang yang disunting."
    teks["sdm"] = "SDM yang disunting."
    r = _kirim(client, teks, semua="1")
    assert r.status_code == 302 and r.url == EDITOR
    assert dict(
        NarasiLaporan.objects.filter(satker=demo, tahun=2023).values_list("bagian", "teks")
    ) == {"latar_belakang": "Latar belakang yang disunting.", "sdm": "SDM yang disunting."}
    # the editor now shows the generated default beside each edited text
    html = client.get(EDITOR).content.decode()
    assert html.count('data-testid="bawaan-') == 2


def test_one_section_button_saves_that_section_only(client, perencana, demo):
    client.force_login(perencana)
    teks = _teks(perencana, demo)
    teks["latar_belakang"] = "Hanya ini."
    teks["sdm"] = "Ini tidak disimpan."
    r = _kirim(client, teks, bagian="latar_belakang")
    assert r.url == EDITOR + "#narasi-latar_belakang"
    assert list(NarasiLaporan.objects.values_list("bagian", flat=True)) == ["latar_belakang"]
    r = _kirim(client, teks, bawaan="latar_belakang")
    assert not NarasiLaporan.objects.exists()


def test_an_unknown_section_saves_nothing(client, perencana, demo):
    client.force_login(perencana)
    teks = _teks(perencana, demo)
    teks["sdm"] = "Disunting."
    teks["bab_9"] = "Tidak ada."
    r = _kirim(client, teks, semua="1")
    assert r.status_code == 400
    assert "Bagian narasi &#x27;bab_9&#x27; tidak ada" in r.content.decode()
    assert not NarasiLaporan.objects.exists()
    assert "Disunting." in r.content.decode()  # what was typed is kept on the page


@pytest.mark.parametrize("siapa", ["pimpinan", "pic", "evaluator"])
def test_only_the_perencana_saves(client, request, demo, siapa):
    client.force_login(request.getfixturevalue(siapa))
    assert client.post(URL, {"teks-sdm": "x", "semua": "1"}).status_code == 403
    assert not NarasiLaporan.objects.exists()
