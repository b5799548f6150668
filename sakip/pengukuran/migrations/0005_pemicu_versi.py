"""The data-version triggers on this app's tables (sakip/organisasi/versi.py)."""

from django.db import migrations

from sakip.organisasi.versi import PasangPemicu


class Migration(migrations.Migration):
    dependencies = [
        ("organisasi", "0004_versi_data"),
        ("pengukuran", "0004_pengingat_dan_preferensi"),
    ]

    operations = [
        PasangPemicu(
            {
                "pengukuran_realisasi": (
                    "(SELECT rs.satker_id FROM perencanaan_indikator i JOIN perencanaan_sasaran s ON s.id = i.sasaran_id JOIN perencanaan_renstra rs ON rs.id = s.renstra_id WHERE i.id = {r}.indikator_id)"
                ),
                "pengukuran_bukti": (
                    "(SELECT rs.satker_id FROM pengukuran_realisasi re JOIN perencanaan_indikator i ON i.id = re.indikator_id JOIN perencanaan_sasaran s ON s.id = i.sasaran_id JOIN perencanaan_renstra rs ON rs.id = s.renstra_id WHERE re.id = {r}.realisasi_id)"
                ),
                "pengukuran_jejakrealisasi": (
                    "(SELECT rs.satker_id FROM pengukuran_realisasi re JOIN perencanaan_indikator i ON i.id = re.indikator_id JOIN perencanaan_sasaran s ON s.id = i.sasaran_id JOIN perencanaan_renstra rs ON rs.id = s.renstra_id WHERE re.id = {r}.realisasi_id)"
                ),
                "pengukuran_pengecualiankunci": "{r}.satker_id",
                "pengukuran_preferensipengingat": "0",
                "pengukuran_pengingat": "0",
            }
        ),
    ]
