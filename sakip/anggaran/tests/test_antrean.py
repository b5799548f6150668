"""Big imports in the job queue: the task in the caller, and a real `db_worker` process."""

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from sakip.anggaran.models import Pagu
from sakip.anggaran.services import antrekan_impor
from sakip.organisasi.models import Satker

from .berkas import dipa_kecil

AKAR = Path(__file__).resolve().parents[3]


def test_a_queued_import_writes_the_same_rows_and_removes_its_files(db_kosong, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    satker = Satker.objects.create(kode="6301", nama="KPU Kabupaten Tanah Laut", jenis="kabkota")
    hasil = antrekan_impor(None, satker, 2025, [("dipa.xlsx", dipa_kecil())])
    assert hasil.return_value["status"] == "selesai"
    assert hasil.return_value["pesan"][0] == "Pagu DIPA awal (revisi 0) disimpan."
    assert sorted(Pagu.objects.values_list("jumlah", flat=True)) == [
        Decimal("1000000.00"),
        Decimal("2500000.00"),
        Decimal("3000000.00"),
    ]
    assert list((tmp_path / "antrean-impor").iterdir()) == []


def _manage(env, *argumen, input=None) -> str:
    jalan = subprocess.run(
        [sys.executable, "manage.py", *argumen],
        cwd=AKAR,
        env=env,
        input=input,
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert jalan.returncode == 0, jalan.stderr
    return jalan.stdout


def test_a_real_db_worker_process_runs_a_queued_import(tmp_path):
    """Another process enqueues into a database file; `db_worker --batch` finishes the job."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'antrean.sqlite3'}",
        "SAKIP_MEDIA_ROOT": str(tmp_path / "media"),
        "DJANGO_SETTINGS_MODULE": "sakip.settings",
    }
    env.pop("SAKIP_TASKS", None)
    _manage(env, "migrate", "--noinput", "-v0")
    berkas = tmp_path / "dipa.xlsx"
    berkas.write_bytes(dipa_kecil())
    keluar = _manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "from django.core.management import call_command; "
        "from sakip.anggaran.models import Pagu; from sakip.organisasi.models import Satker; "
        "Satker.objects.create(kode='9901', nama='KPU Kabupaten Contoh', jenis='kabkota'); "
        f"call_command('impor_anggaran', '{berkas}', '--satker', '9901', '--tahun', '2024', "
        "'--antrean'); print(Pagu.objects.count())",
    )
    antre, sebelum = keluar.strip().splitlines()[-2:]
    id_tugas = antre.rsplit(" ", 1)[-1]
    assert antre.startswith("Impor masuk antrean tugas:")
    assert sebelum == "0"  # queued, not run by the command
    _manage(env, "db_worker", "--batch", "--no-startup-delay")
    hasil = _manage(
        env,
        "shell",
        "--no-imports",
        "-c",
        "import json; from django_tasks_db.models import DBTaskResult; "
        "from sakip.anggaran.models import Pagu; "
        f"t = DBTaskResult.objects.get(id='{id_tugas}'); "
        "print(json.dumps([t.status, t.return_value, Pagu.objects.filter("
        "revisi__dipa__satker__kode='9901', revisi__dipa__tahun=2024).count()]))",
    )
    status, nilai, jumlah = json.loads(hasil.strip().splitlines()[-1])
    assert (status, nilai["status"], jumlah) == ("SUCCESSFUL", "selesai", 3)
