"""The evaluation's permissions (LKE, LHE follow-up, IKPA entry, deadlines) on the small cast."""

import pytest

from sakip.organisasi import akses

from .test_akses import cast  # noqa: F401 - the fixture

pytestmark = pytest.mark.django_db

SEMUA = [
    "admin",
    "perencana",
    "pimpinan",
    "pic",
    "verifikator",
    "pic_hukum",
    "eval_ri",
    "eval_a",
    "eval_b",
    "perencana_b",
    "tanpa_kantor",
    "superuser",
]


@pytest.mark.parametrize(
    ("aturan", "boleh"),
    [
        ("boleh_isi_ikpa", {"admin", "perencana"}),
        ("boleh_menilai_mandiri", {"admin", "perencana", "pimpinan"}),
        ("boleh_menilai_lke", {"eval_ri", "eval_a"}),  # any evaluator above Kab A
        ("boleh_atur_evaluasi", {"admin"}),  # of Kab A itself: its admin (no evaluator there)
    ],
)
def test_per_kantor(cast, aturan, boleh):  # noqa: F811
    f = getattr(akses, aturan)
    assert {n for n in SEMUA if f(getattr(cast, n), cast.kab_a)} == boleh


def test_atur_evaluasi_di_provinsi(cast):  # noqa: F811
    assert {n for n in SEMUA if akses.boleh_atur_evaluasi(getattr(cast, n), cast.prov_a)} == {
        "eval_a"
    }


def test_tindak_lanjut_unit_penanggung_jawab(cast):  # noqa: F811
    kantor = {"admin", "perencana", "pimpinan"}
    umum = {
        n for n in SEMUA if akses.boleh_tindak_lanjut(getattr(cast, n), cast.kab_a, cast.umum.pk)
    }
    assert umum == kantor | {"pic", "verifikator"}
    tanpa_unit = {n for n in SEMUA if akses.boleh_tindak_lanjut(getattr(cast, n), cast.kab_a, None)}
    assert tanpa_unit == kantor
