"""Load the bundled LKE framework of PermenPAN-RB 88/2021 (the same JSON `muat_lke` reads)."""

import json
from pathlib import Path

from django.db import migrations

BERKAS = Path(__file__).resolve().parents[1] / "data" / "lke_permenpanrb_88_2021.json"


def muat(apps, schema_editor):
    KerangkaLke = apps.get_model("evaluasi", "KerangkaLke")
    data = json.loads(BERKAS.read_text(encoding="utf-8"))
    KerangkaLke.objects.update_or_create(
        kode=data["kode"],
        defaults={"nama": data["nama"], "tahun_mulai": data["tahun_mulai"], "struktur": data},
    )


class Migration(migrations.Migration):
    dependencies = [("evaluasi", "0001_lke_lhe_tindak_lanjut_ikpa")]
    operations = [migrations.RunPython(muat, migrations.RunPython.noop)]
