"""Work lists and their counts (database aggregates), and the dashboard's states per quarter."""

from datetime import date

import pytest
from django.urls import reverse

from sakip.pengukuran import tugas
from sakip.pengukuran.models import PengecualianKunci

from .conftest import HARI, pengguna

pytestmark = pytest.mark.django_db


def hitung(user, hari=HARI):
    r = tugas.ringkasan(user, hari)
    return None if r is None else (r.isi, r.dikembalikan, r.verifikasi, r.setujui, r.total)


@pytest.mark.parametrize(
    ("username", "angka"),
    [
        # keuangan TW I: laporan (empty) + logistik (draft); TW II: its 4 indicators
        ("pic-keuangan", (6, 1, 0, 0, 7)),
        ("pic-hukum", (5, 0, 0, 0, 5)),
        ("pic-teknis", (5, 0, 0, 0, 5)),
        ("kasubbag-keuangan", (0, 0, 1, 0, 1)),
        ("kasubbag-hukum", (0, 0, 1, 0, 1)),
        ("kasubbag-perencanaan", (0, 0, 0, 0, 0)),
        ("sekretaris", (0, 0, 0, 2, 2)),
        ("perencana", None),
        ("admin", None),
        ("evaluator-banten", None),
    ],
)
def test_counts_per_role_on_the_demo(demo, username, angka):
    assert hitung(pengguna(username)) == angka


def test_the_counts_are_a_handful_of_queries(demo, django_assert_max_num_queries):
    pic = pengguna("pic-keuangan")
    pic.keanggotaan  # noqa: B018 - the membership is loaded once per request anyway
    with django_assert_max_num_queries(8):
        assert hitung(pic) == (6, 1, 0, 0, 7)


def test_only_quarters_open_today_are_to_fill(demo):
    PengecualianKunci.objects.all().delete()
    pic = pengguna("pic-keuangan")
    assert hitung(pic, date(2024, 5, 1)) == (4, 1, 0, 0, 5)  # TW II only
    assert hitung(pic, date(2024, 4, 10)) == (6, 1, 0, 0, 7)  # TW I still open
    assert [p.triwulan.kode for p in tugas.periode_terbuka(demo, date(2024, 5, 1))] == ["2024-TW2"]


def test_a_lock_exception_puts_its_quarter_on_the_list(demo):
    pic = pengguna("pic-keuangan")
    # demo: TW I 2024 carries an exception for all indicators; on 1 May both quarters count
    assert [p.triwulan.kode for p in tugas.periode_terbuka(demo, date(2024, 5, 1))] == [
        "2024-TW1",
        "2024-TW2",
    ]
    assert hitung(pic, date(2024, 5, 1)) == (6, 1, 0, 0, 7)


def test_the_lists_hold_the_rows_behind_the_counts(demo):
    daftar = tugas.daftar(pengguna("pic-keuangan"), HARI)
    isi = [
        (b.triwulan.kode, b.indikator.nama[:40], b.realisasi.status if b.realisasi else None)
        for b in daftar["isi"]
    ]
    assert isi[:2] == [
        ("2024-TW2", "Persentase Ketepatan waktu pelaporan keu", None),
        ("2024-TW2", "Persentase penyelesaian rekomendasi BPK,", None),
    ]
    assert len(isi) == 6
    assert ("2024-TW1", "Persentase penyiapan sarana dan prasaran", "draf") in isi
    kembali = daftar["dikembalikan"]
    assert [b.indikator.nama[:35] for b in kembali] == ["Persentase penyelesaian rekomendasi"]
    assert kembali[0].realisasi.komentar_terakhir.startswith("Jumlah rekomendasi belum sesuai")


def test_tasks_page_of_the_pic_shows_the_returned_comment(client, pic):
    client.force_login(pic)
    html = client.get(reverse("pengukuran:tugas")).content.decode()
    assert "Dikembalikan untuk diperbaiki" in html
    assert "Jumlah rekomendasi belum sesuai LHP BPK" in html
    assert 'data-testid="jumlah-tugas">7<' in html


def test_tasks_page_of_the_sekretaris_lists_what_to_approve(client, pimpinan):
    client.force_login(pimpinan)
    r = client.get(reverse("pengukuran:tugas"))
    html = r.content.decode()
    assert "Menunggu persetujuan Anda" in html
    assert [b.indikator.nama[:27] for b in r.context["daftar"]["setujui"]] == [
        "Indeks Reformasi Birokrasi",
        "Persentase keterbukaan Info",
    ]


def test_roles_without_tasks_have_no_badge(client, perencana):
    client.force_login(perencana)
    html = client.get(reverse("pengukuran:tugas")).content.decode()
    assert "tidak mengisi, memverifikasi atau menyetujui realisasi" in html
    assert "jumlah-tugas" not in html


def test_dashboard_counts_states_per_quarter(client, perencana, django_assert_max_num_queries):
    client.force_login(perencana)
    r = client.get(reverse("dasbor", args=["3674", 2024]))
    tw1 = r.context["status_triwulan"][0]
    assert tw1.triwulan.kode == "2024-TW1"
    assert (tw1.belum_diisi, tw1.jumlah) == (
        4,
        {"draf": 3, "diajukan": 3, "terverifikasi": 2, "disetujui": 1, "dikembalikan": 1},
    )
    tw2 = r.context["status_triwulan"][1]
    assert (tw2.belum_diisi, sum(tw2.jumlah.values())) == (14, 0)
    with django_assert_max_num_queries(3):
        tugas.sebaran_status(r.context["satker"], 2024)


def test_dashboard_2023_shows_every_quarter_approved(client, perencana):
    client.force_login(perencana)
    r = client.get(reverse("dasbor", args=["3674", 2023]))
    assert [(s.belum_diisi, s.jumlah["disetujui"]) for s in r.context["status_triwulan"]] == [
        (0, 14)
    ] * 4
    assert 'data-testid="status-triwulan"' in r.content.decode()
