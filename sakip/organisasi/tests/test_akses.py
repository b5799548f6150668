"""The one permission module, on a small cast built here (no demo): who may read and act."""

from types import SimpleNamespace

import pytest
from django.core.exceptions import PermissionDenied
from django.http import Http404

from sakip.organisasi import akses
from sakip.organisasi.models import Keanggotaan, Peran, Satker, UnitKerja

pytestmark = pytest.mark.django_db


@pytest.fixture
def cast(django_user_model):
    """KPU RI → two provinces → one kab/kota each; one user per role in Kabupaten A."""
    ri = Satker.objects.create(kode="90", nama="KPU RI (uji)", jenis="pusat")
    prov_a = Satker.objects.create(kode="91", nama="KPU Provinsi A", jenis="provinsi", induk=ri)
    prov_b = Satker.objects.create(kode="92", nama="KPU Provinsi B", jenis="provinsi", induk=ri)
    kab_a = Satker.objects.create(kode="9101", nama="KPU Kab A", jenis="kabkota", induk=prov_a)
    kab_b = Satker.objects.create(kode="9201", nama="KPU Kab B", jenis="kabkota", induk=prov_b)
    umum = UnitKerja.objects.create(satker=kab_a, kode="umum", nama="Subbagian Umum")
    hukum = UnitKerja.objects.create(satker=kab_a, kode="hukum", nama="Subbagian Hukum")

    def orang(nama, satker, peran, unit=None, **lain):
        user = django_user_model.objects.create_user(nama, password="rahasia-123", **lain)
        if satker is not None:
            Keanggotaan.objects.create(user=user, satker=satker, peran=peran, unit=unit)
        return user

    return SimpleNamespace(
        ri=ri,
        prov_a=prov_a,
        prov_b=prov_b,
        kab_a=kab_a,
        kab_b=kab_b,
        umum=umum,
        hukum=hukum,
        admin=orang("admin-a", kab_a, Peran.ADMIN),
        perencana=orang("perencana-a", kab_a, Peran.PERENCANA),
        pimpinan=orang("sekretaris-a", kab_a, Peran.PIMPINAN),
        pic=orang("pic-umum-a", kab_a, Peran.PIC, umum),
        verifikator=orang("kasubbag-umum-a", kab_a, Peran.VERIFIKATOR, umum),
        pic_hukum=orang("pic-hukum-a", kab_a, Peran.PIC, hukum),
        eval_ri=orang("evaluator-ri", ri, Peran.EVALUATOR),
        eval_a=orang("evaluator-a", prov_a, Peran.EVALUATOR),
        eval_b=orang("evaluator-b", prov_b, Peran.EVALUATOR),
        perencana_b=orang("perencana-b", kab_b, Peran.PERENCANA),
        tanpa_kantor=orang("tamu", None, None),
        superuser=orang("it", None, None, is_superuser=True, is_staff=True),
    )


def _indikator(satker, unit):
    """What the realisation rules read of an indicator: its office and unit."""
    return SimpleNamespace(satker=satker, unit_id=unit.pk if unit else None)


def test_members_read_their_office_and_evaluators_every_office_below_theirs(cast):
    baca = akses.boleh_membaca
    for user in (cast.admin, cast.perencana, cast.pimpinan, cast.pic, cast.verifikator):
        assert baca(user, cast.kab_a) and not baca(user, cast.kab_b)
        assert not baca(user, cast.prov_a)  # not upwards either
    assert baca(cast.eval_a, cast.kab_a) and baca(cast.eval_a, cast.prov_a)
    assert not baca(cast.eval_a, cast.kab_b) and not baca(cast.eval_a, cast.ri)
    assert all(baca(cast.eval_ri, s) for s in (cast.ri, cast.prov_b, cast.kab_a, cast.kab_b))
    assert not baca(cast.perencana_b, cast.kab_a)
    assert not baca(cast.tanpa_kantor, cast.kab_a)
    assert not baca(SimpleNamespace(is_authenticated=False), cast.kab_a)


def test_the_offices_a_user_may_read_are_listed_by_the_same_rule(cast):
    def kode(user):
        return sorted(akses.satker_yang_dapat_dibaca(user).values_list("kode", flat=True))

    assert kode(cast.pic) == ["9101"]
    assert kode(cast.eval_a) == ["91", "9101"]
    assert kode(cast.eval_ri) == ["90", "91", "9101", "92", "9201"]
    assert kode(cast.tanpa_kantor) == []
    assert kode(cast.superuser) == sorted(Satker.objects.values_list("kode", flat=True))


def test_an_office_the_user_may_not_read_is_a_404_that_does_not_say_it_exists(cast):
    assert akses.satker_terlihat(cast.eval_a, "9101") == cast.kab_a
    for kode in ("9201", "9999"):
        with pytest.raises(Http404, match="Satuan kerja tidak ditemukan"):
            akses.satker_terlihat(cast.eval_a, kode)


def test_plan_narrative_and_publishing_belong_to_their_roles_in_the_office(cast):
    assert [
        u.username
        for u in (cast.admin, cast.perencana, cast.pimpinan, cast.pic, cast.eval_a)
        if akses.boleh_mengelola_perencanaan(u, cast.kab_a)
    ] == ["admin-a", "perencana-a"]
    assert akses.boleh_sunting_narasi(cast.perencana, cast.kab_a)
    assert not akses.boleh_sunting_narasi(cast.perencana, cast.kab_b)
    assert not akses.boleh_sunting_narasi(cast.eval_a, cast.kab_a)
    assert akses.boleh_terbitkan(cast.pimpinan, cast.kab_a)
    assert not akses.boleh_terbitkan(cast.perencana, cast.kab_a)
    assert not akses.boleh_terbitkan(cast.pimpinan, cast.kab_b)


def test_a_realisation_is_for_the_pic_and_kepala_subbagian_of_its_unit_and_the_sekretaris(cast):
    umum_a = _indikator(cast.kab_a, cast.umum)
    assert akses.pic_unit(cast.pic, umum_a) and not akses.pic_unit(cast.pic_hukum, umum_a)
    assert akses.verifikator_unit(cast.verifikator, umum_a)
    assert not akses.verifikator_unit(cast.pic, umum_a)
    assert akses.sekretaris(cast.pimpinan, umum_a) and not akses.sekretaris(cast.perencana, umum_a)
    # an indicator without a unit has no PIC yet: nobody fills it
    tanpa_unit = _indikator(cast.kab_a, None)
    assert not akses.pic_unit(cast.pic, tanpa_unit)
    assert not akses.verifikator_unit(cast.verifikator, tanpa_unit)
    # the same unit code in another office is another unit
    assert not akses.pic_unit(cast.pic, _indikator(cast.kab_b, cast.umum))


def test_a_superuser_reads_every_office_but_acts_only_through_a_membership(cast):
    for satker in (cast.ri, cast.kab_a, cast.kab_b):
        assert akses.boleh_membaca(cast.superuser, satker)
        assert not akses.boleh_mengelola_perencanaan(cast.superuser, satker)
        assert not akses.boleh_sunting_narasi(cast.superuser, satker)
        assert not akses.boleh_terbitkan(cast.superuser, satker)
        assert not akses.sekretaris_kantor(cast.superuser, satker)
    umum_a = _indikator(cast.kab_a, cast.umum)
    assert not akses.pic_unit(cast.superuser, umum_a)
    assert not akses.verifikator_unit(cast.superuser, umum_a)
    assert not akses.sekretaris(cast.superuser, umum_a)


def test_pastikan_refuses_with_its_reason():
    akses.pastikan(True, "tidak dipakai")
    with pytest.raises(PermissionDenied, match="^Hanya Sekretaris$"):
        akses.pastikan(False, "Hanya Sekretaris")


def test_only_the_office_admin_and_the_national_superuser_manage_an_office(cast):
    kelola = akses.boleh_kelola_kantor
    assert kelola(cast.admin, cast.kab_a) and not kelola(cast.admin, cast.kab_b)
    assert not kelola(cast.admin, cast.prov_a)
    for user in (cast.perencana, cast.pimpinan, cast.pic, cast.verifikator, cast.eval_a):
        assert not kelola(user, cast.kab_a)
    assert all(kelola(cast.superuser, s) for s in (cast.ri, cast.kab_a, cast.kab_b))
    assert akses.boleh_buat_kantor(cast.superuser)
    assert not any(
        akses.boleh_buat_kantor(u) for u in (cast.admin, cast.eval_ri, cast.tanpa_kantor)
    )
    # managing an office's users is no licence to plan or publish there
    assert not akses.boleh_mengelola_perencanaan(cast.superuser, cast.kab_a)
