"""The report pages: who sees what (members and parent evaluators read, others get 404)."""

import pytest
from django.urls import reverse

URL = {
    "halaman": lambda: reverse("laporan:halaman", args=["3674", 2023]),
    "pratinjau_lkj": lambda: reverse("laporan:pratinjau", args=["3674", 2023, "lkj"]),
    "pratinjau_pk": lambda: reverse("laporan:pratinjau", args=["3674", 2023, "pk"]),
    "status": lambda: reverse("laporan:status", args=["3674", 2023, "lkj"]),
}
PEMBACA = ["pimpinan", "perencana", "pic", "verifikator", "evaluator"]


@pytest.mark.parametrize("siapa", PEMBACA)
@pytest.mark.parametrize("halaman", list(URL))
def test_members_and_the_parent_evaluator_read(siapa, halaman, request, client, demo):
    client.force_login(request.getfixturevalue(siapa))
    assert client.get(URL[halaman]()).status_code == 200


@pytest.mark.parametrize("siapa", ["orang_luar", "evaluator_lain"])
@pytest.mark.parametrize("halaman", [*URL, "narasi"])
def test_another_office_gets_404(siapa, halaman, request, client, demo):
    client.force_login(request.getfixturevalue(siapa))
    url = reverse("laporan:narasi", args=["3674", 2023]) if halaman == "narasi" else URL[halaman]()
    assert client.get(url).status_code == 404


def test_anonymous_users_are_sent_to_login(client, demo):
    respons = client.get(URL["halaman"]())
    assert respons.status_code == 302 and reverse("login") in respons["Location"]


def test_the_preview_is_the_document(client, pimpinan):
    client.force_login(pimpinan)
    html = client.get(URL["pratinjau_lkj"]()).content.decode()
    for judul in ("KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "PENDAHULUAN", "AKUNTABILITAS KINERJA"):
        assert judul in html
    assert "94,12" in html and "85,71" in html


def test_the_narrative_editor_is_the_perencanas(client, perencana, pimpinan):
    url = reverse("laporan:narasi", args=["3674", 2023])
    client.force_login(perencana)
    respons = client.get(url)
    assert respons.status_code == 200
    assert 'data-testid="narasi-sasaran_2_target"' in respons.content.decode()
    client.force_login(pimpinan)
    assert client.get(url).status_code == 403


def test_saving_a_narrative_through_the_page(client, perencana, pimpinan, demo):
    url = reverse("laporan:simpan_narasi", args=["3674", 2023, "sdm"])
    client.force_login(pimpinan)
    assert client.post(url, {"teks": "Teks."}).status_code == 403
    client.force_login(perencana)
    respons = client.post(url, {"teks": "Didukung 99 orang."}, follow=True)
    assert "tidak ada dalam data" in respons.content.decode()
    respons = client.post(url, {"aksi": "bawaan"}, follow=True)
    assert "Narasi disimpan." in respons.content.decode()
    assert (
        client.post(
            reverse("laporan:simpan_narasi", args=["3674", 2023, "x"]), {"teks": "a"}
        ).status_code
        == 400
    )


def test_the_signing_place_and_date(client, perencana, demo):
    from sakip.laporan.kumpul import kumpul_lkj

    url = reverse("laporan:pengesahan", args=["3674", 2023])
    client.force_login(perencana)
    assert client.post(url, {"tempat": "Serpong", "tanggal": "13 Jan"}).status_code == 400
    client.post(url, {"tempat": "Serpong", "tanggal": "2024-01-13"})
    data = kumpul_lkj(demo, 2023)
    assert (data.tempat, data.tanggal.isoformat()) == ("Serpong", "2024-01-13")


def test_a_year_without_data_and_an_unknown_document(client, pimpinan):
    client.force_login(pimpinan)
    assert client.get(reverse("laporan:halaman", args=["3674", 2019])).status_code == 404
    assert client.get(reverse("laporan:pratinjau", args=["3674", 2023, "xyz"])).status_code == 404


def test_public_list_by_year_and_name(client, demo):
    from sakip.laporan.models import VersiLaporan

    VersiLaporan.objects.create(
        satker=demo,
        tahun=2023,
        dokumen="lkj",
        nomor=1,
        sidik_data="0" * 64,
        sha256_pdf="a" * 64,
        sha256_docx="b" * 64,
        sha256_data="c" * 64,
    )
    url = reverse("laporan:publik_daftar")
    assert [s.kode for s in client.get(url).context["kantor"]] == ["3674"]
    assert [s.kode for s in client.get(url, {"tahun": 2023}).context["kantor"]] == ["3674"]
    r = client.get(url, {"tahun": 2022})
    assert list(r.context["kantor"]) == []
    assert "Tidak ada laporan terbit yang cocok untuk tahun 2022" in r.content.decode()
    assert [s.kode for s in client.get(url, {"q": "tangerang sel"}).context["kantor"]] == ["3674"]
    assert list(client.get(url, {"q": "Bandung"}).context["kantor"]) == []
    assert client.get(url, {"tahun": "abc"}).status_code == 404
    html = client.get(reverse("laporan:publik_satker", args=["3674"])).content.decode()
    assert "kode keaslian <code>aaaaaaaaaa…</code>" in html and "a" * 64 in html
