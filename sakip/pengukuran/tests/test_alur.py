"""Every legal and illegal transition of the realisation workflow, in the services."""

from decimal import Decimal

import pytest

from sakip.pengukuran import services
from sakip.pengukuran.models import JejakRealisasi, Realisasi

from .conftest import HARI, LOGISTIK, isi_nilai

pytestmark = pytest.mark.django_db

UNIT = "Subbagian Keuangan, Umum dan Logistik"


def ke_status(status, pic, verifikator, pimpinan):
    """A TW II 2024 realisation of the logistics indicator brought to `status` by the services."""
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    if status == "draf":
        return r
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    if status == "dikembalikan":
        services.kembalikan(
            verifikator,
            r.pk,
            "Perbaiki.",
            versi=Realisasi.objects.get(pk=r.pk).versi,
            hari_ini=HARI,
        )
    if status in ("terverifikasi", "disetujui"):
        services.verifikasi(
            verifikator, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI
        )
    if status == "disetujui":
        services.setujui(pimpinan, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    r.refresh_from_db()
    assert r.status == status
    return r


def _jalankan(aksi, user, pk):
    """Run a workflow verb, with a comment for the verbs that require one."""
    if aksi in ("kembalikan", "buka_kembali"):
        return getattr(services, aksi)(
            user, pk, "Komentar.", versi=Realisasi.objects.get(pk=pk).versi, hari_ini=HARI
        )
    return getattr(services, aksi)(
        user, pk, versi=Realisasi.objects.get(pk=pk).versi, hari_ini=HARI
    )


@pytest.fixture
def cast(pic, verifikator, pimpinan):
    return pic, verifikator, pimpinan


def test_the_whole_chain_writes_one_audit_entry_per_step(pic, verifikator, pimpinan):
    r = isi_nilai(pic, LOGISTIK, nilai="90")
    assert (r.status, r.versi, r.nilai) == ("draf", 1, Decimal("90"))
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.kembalikan(
        verifikator,
        r.pk,
        "Lampirkan berita acara.",
        versi=Realisasi.objects.get(pk=r.pk).versi,
        hari_ini=HARI,
    )
    isi_nilai(pic, LOGISTIK, nilai="95")
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.verifikasi(
        verifikator,
        r.pk,
        "Sesuai berita acara.",
        versi=Realisasi.objects.get(pk=r.pk).versi,
        hari_ini=HARI,
    )
    services.setujui(pimpinan, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    services.buka_kembali(
        pimpinan,
        r.pk,
        "Nilai TW II direvisi BPK.",
        versi=Realisasi.objects.get(pk=r.pk).versi,
        hari_ini=HARI,
    )
    r.refresh_from_db()
    assert (r.status, r.versi, r.nilai) == ("dikembalikan", 8, Decimal("95"))
    jejak = list(
        JejakRealisasi.objects.filter(realisasi=r)
        .order_by("waktu", "pk")
        .values_list("aksi", "dari_status", "ke_status", "pengguna__username", "komentar")
    )
    assert jejak == [
        ("simpan", "", "draf", "pic-keuangan", ""),
        ("ajukan", "draf", "diajukan", "pic-keuangan", ""),
        ("kembalikan", "diajukan", "dikembalikan", "kasubbag-keuangan", "Lampirkan berita acara."),
        ("simpan", "dikembalikan", "dikembalikan", "pic-keuangan", ""),
        ("ajukan", "dikembalikan", "diajukan", "pic-keuangan", ""),
        ("verifikasi", "diajukan", "terverifikasi", "kasubbag-keuangan", "Sesuai berita acara."),
        ("setujui", "terverifikasi", "disetujui", "sekretaris", ""),
        ("buka_kembali", "disetujui", "dikembalikan", "sekretaris", "Nilai TW II direvisi BPK."),
    ]
    # every change is also in the history, with the user who made it
    assert r.history.count() == 8
    assert r.history.first().history_user.username == "sekretaris"


@pytest.mark.parametrize(
    ("aksi", "dari", "ke", "aktor"),
    [
        ("ajukan", "draf", "diajukan", 0),
        ("ajukan", "dikembalikan", "diajukan", 0),
        ("verifikasi", "diajukan", "terverifikasi", 1),
        ("kembalikan", "diajukan", "dikembalikan", 1),
        ("kembalikan", "diajukan", "dikembalikan", 2),
        ("kembalikan", "terverifikasi", "dikembalikan", 2),
        ("setujui", "terverifikasi", "disetujui", 2),
        ("buka_kembali", "disetujui", "dikembalikan", 2),
    ],
)
def test_legal_transitions(cast, aksi, dari, ke, aktor):
    r = ke_status(dari, *cast)
    versi = r.versi
    _jalankan(aksi, cast[aktor], r.pk)
    r.refresh_from_db()
    assert (r.status, r.versi) == (ke, versi + 1)
    terakhir = r.jejak.order_by("-pk").first()
    assert (terakhir.aksi, terakhir.dari_status, terakhir.ke_status) == (aksi, dari, ke)
    assert terakhir.pengguna == cast[aktor]
    assert terakhir.komentar == ("Komentar." if aksi in ("kembalikan", "buka_kembali") else "")


BOLEH = {
    "ajukan": ("pengajuan", "Draf atau Dikembalikan", 0),
    "verifikasi": ("verifikasi", "Diajukan", 1),
    "kembalikan": ("pengembalian", "Diajukan atau Terverifikasi", 2),
    "setujui": ("persetujuan", "Terverifikasi", 2),
    "buka_kembali": ("pembukaan kembali", "Disetujui", 2),
}
LABEL = {
    "draf": "Draf",
    "diajukan": "Diajukan",
    "terverifikasi": "Terverifikasi",
    "disetujui": "Disetujui",
    "dikembalikan": "Dikembalikan",
}
TIDAK_BOLEH = [
    (aksi, status)
    for aksi, (_, boleh, _) in BOLEH.items()
    for status in LABEL
    if LABEL[status] not in boleh.split(" atau ")
]


@pytest.mark.parametrize(("aksi", "status"), TIDAK_BOLEH)
def test_illegal_transitions_are_refused_with_the_reason_and_write_nothing(cast, aksi, status):
    r = ke_status(status, *cast)
    jejak, versi = r.jejak.count(), r.versi
    kata, boleh, aktor = BOLEH[aksi]
    with pytest.raises(services.WorkflowError) as exc:
        _jalankan(aksi, cast[aktor], r.pk)
    assert exc.value.status == 400
    assert exc.value.pesan == (
        f"Realisasi TW II 2024 berstatus {LABEL[status]}; {kata} hanya dapat dilakukan pada "
        f"realisasi berstatus {boleh}."
    )
    r.refresh_from_db()
    assert (r.status, r.versi, r.jejak.count()) == (status, versi, jejak)


def test_eighteen_of_the_twenty_five_verb_and_state_pairs_are_illegal():
    assert len(TIDAK_BOLEH) == 18


def test_the_verifier_may_not_return_what_is_already_verified(cast):
    r = ke_status("terverifikasi", *cast)
    with pytest.raises(services.WorkflowError) as exc:
        services.kembalikan(
            cast[1],
            r.pk,
            "Ada yang salah.",
            versi=Realisasi.objects.get(pk=r.pk).versi,
            hari_ini=HARI,
        )
    assert exc.value.pesan == (
        "Realisasi TW II 2024 sudah diverifikasi; sekarang hanya Sekretaris yang dapat "
        "mengembalikannya."
    )


@pytest.mark.parametrize(
    ("aksi", "pesan"),
    [
        ("kembalikan", "Tulis komentar yang menjelaskan apa yang harus diperbaiki PIC."),
        ("buka_kembali", "Tulis alasan membuka kembali realisasi yang sudah disetujui."),
    ],
)
def test_return_and_reopen_need_a_comment(cast, aksi, pesan):
    r = ke_status("diajukan" if aksi == "kembalikan" else "disetujui", *cast)
    with pytest.raises(services.WorkflowError) as exc:
        getattr(services, aksi)(
            cast[2], r.pk, "   ", versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI
        )
    assert exc.value.pesan == pesan
    r.refresh_from_db()
    assert r.status == ("diajukan" if aksi == "kembalikan" else "disetujui")


@pytest.mark.parametrize(
    ("status", "pesan"),
    [
        (
            "diajukan",
            "Realisasi TW II 2024 sudah diajukan dan menunggu verifikasi Kepala Subbagian; "
            "tidak dapat diubah kecuali dikembalikan.",
        ),
        (
            "terverifikasi",
            "Realisasi TW II 2024 sudah diverifikasi dan menunggu persetujuan Sekretaris; "
            "tidak dapat diubah kecuali dikembalikan.",
        ),
        (
            "disetujui",
            "Realisasi TW II 2024 sudah disetujui Sekretaris dan terkunci. "
            "Hanya Sekretaris yang dapat membukanya kembali.",
        ),
    ],
)
def test_a_submitted_or_approved_value_cannot_be_saved(cast, status, pesan):
    r = ke_status(status, *cast)
    with pytest.raises(services.WorkflowError) as exc:
        isi_nilai(cast[0], LOGISTIK, nilai="10")
    assert exc.value.pesan == pesan
    r.refresh_from_db()
    assert r.nilai == Decimal("90")


def test_after_reopening_the_pic_may_correct_and_resubmit(cast):
    pic, verifikator, pimpinan = cast
    r = ke_status("disetujui", *cast)
    services.buka_kembali(
        pimpinan, r.pk, "Koreksi.", versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI
    )
    isi_nilai(pic, LOGISTIK, nilai="97")
    services.ajukan(pic, r.pk, versi=Realisasi.objects.get(pk=r.pk).versi, hari_ini=HARI)
    r.refresh_from_db()
    assert (r.status, r.nilai) == ("diajukan", Decimal("97"))


PERAN = {
    "ajukan": ("pic",),
    "verifikasi": ("verifikator",),
    "kembalikan": ("verifikator", "pimpinan"),
    "setujui": ("pimpinan",),
    "buka_kembali": ("pimpinan",),
}
AWAL = {
    "ajukan": "draf",
    "verifikasi": "diajukan",
    "kembalikan": "diajukan",
    "setujui": "terverifikasi",
    "buka_kembali": "disetujui",
}
PESAN_PERAN = {
    "ajukan": f"Hanya PIC {UNIT} yang dapat mengajukan realisasi indikator ini.",
    "verifikasi": f"Hanya Kepala Subbagian {UNIT} yang dapat memverifikasi realisasi indikator ini.",
    "kembalikan": f"Hanya Kepala Subbagian {UNIT} atau Sekretaris yang dapat mengembalikan "
    "realisasi indikator ini.",
    "setujui": "Hanya Sekretaris yang dapat menyetujui realisasi.",
    "buka_kembali": "Hanya Sekretaris yang dapat membuka kembali realisasi yang sudah disetujui.",
}
ORANG = [
    "pic",
    "pic_hukum",
    "verifikator",
    "kasubbag_hukum",
    "pimpinan",
    "perencana",
    "admin_kantor",
    "evaluator",
]
LUAR = ["orang_luar", "evaluator_lain", "pic_luar"]


@pytest.mark.parametrize("aksi", list(PERAN))
@pytest.mark.parametrize("orang", ORANG)
def test_only_the_right_role_of_the_right_unit_may_act(request, cast, aksi, orang):
    r = ke_status(AWAL[aksi], *cast)
    user = request.getfixturevalue(orang)
    if orang in PERAN[aksi]:
        _jalankan(aksi, user, r.pk)
        r.refresh_from_db()
        assert r.status != AWAL[aksi]
        return
    with pytest.raises(services.AksesError) as exc:
        _jalankan(aksi, user, r.pk)
    assert (exc.value.status, exc.value.pesan) == (403, PESAN_PERAN[aksi])
    r.refresh_from_db()
    assert r.status == AWAL[aksi]


@pytest.mark.parametrize("aksi", list(PERAN))
@pytest.mark.parametrize("orang", LUAR)
def test_nobody_from_another_office_may_act_and_learns_nothing(request, cast, aksi, orang):
    r = ke_status(AWAL[aksi], *cast)
    with pytest.raises(services.BukanKantorError) as exc:
        _jalankan(aksi, request.getfixturevalue(orang), r.pk)
    assert (exc.value.status, exc.value.pesan) == (404, "Realisasi tidak ditemukan.")
    assert Realisasi.objects.get(pk=r.pk).status == AWAL[aksi]


@pytest.mark.parametrize(
    ("orang", "pesan"),
    [
        ("pic_hukum", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
        ("verifikator", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
        ("pimpinan", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
        ("perencana", f"Hanya PIC {UNIT} yang dapat mengisi realisasi indikator ini."),
    ],
)
def test_only_the_pic_of_the_unit_may_save(request, demo, orang, pesan):
    with pytest.raises(services.AksesError) as exc:
        isi_nilai(request.getfixturevalue(orang), LOGISTIK, nilai="90")
    assert exc.value.pesan == pesan
    assert not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()


def test_an_outsider_may_not_save(pic_luar):
    with pytest.raises(services.BukanKantorError):
        isi_nilai(pic_luar, LOGISTIK, nilai="90")
    assert not Realisasi.objects.filter(tahun=2024, triwulan=2).exists()
