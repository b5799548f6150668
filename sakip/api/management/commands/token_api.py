"""python manage.py token_api USERNAME [--nama N] [--cabut ID] [--daftar]: personal API tokens."""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sakip.api import services
from sakip.api.models import TokenApi


class Command(BaseCommand):
    help = "Membuat, mendaftar atau mencabut token API pribadi seorang pengguna."

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--nama", default="baris perintah", help="nama token baru")
        parser.add_argument("--cabut", type=int, metavar="ID", help="cabut token bernomor ini")
        parser.add_argument("--daftar", action="store_true", help="daftar token pengguna")

    def handle(self, *args, **o):
        user = get_user_model().objects.filter(username=o["username"]).first()
        if user is None:
            raise CommandError(f"Pengguna '{o['username']}' tidak ditemukan.")
        try:
            if o["daftar"]:
                for t in TokenApi.objects.filter(user=user):
                    keadaan = "aktif" if t.aktif else "dicabut"
                    self.stdout.write(f"{t.pk}\t{t.awalan}…\t{t.nama}\t{keadaan}")
                return
            if o["cabut"] is not None:
                t = services.cabut_token(user, o["cabut"])
                self.stdout.write(f"Token {t.pk} ({t.nama}) dicabut.")
                return
            baru = services.buat_token(user, o["nama"])
        except services.TokenError as exc:
            raise CommandError(str(exc)) from exc
        self.stderr.write(
            f"Token '{baru.token.nama}' untuk {user.username} (simpan, tidak ditampilkan lagi):"
        )
        self.stdout.write(baru.rahasia)
