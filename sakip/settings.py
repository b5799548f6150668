"""Settings of sakip, read from environment variables with safe local defaults."""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no environment variable."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "ya", "on"}


def env_list(name: str, default: str) -> list[str]:
    """Read a comma-separated environment variable."""
    return [v.strip() for v in os.environ.get(name, default).split(",") if v.strip()]


DEBUG = env_bool("SAKIP_DEBUG", False)
# The local default key is only for a laptop; production must set SAKIP_SECRET_KEY.
SECRET_KEY = os.environ.get("SAKIP_SECRET_KEY", "sakip-lokal-bukan-untuk-produksi-ganti-kunci-ini")
PRODUCTION = env_bool("SAKIP_PRODUCTION", False)
if PRODUCTION and "SAKIP_SECRET_KEY" not in os.environ:
    raise RuntimeError("SAKIP_PRODUCTION=1 membutuhkan SAKIP_SECRET_KEY")
ALLOWED_HOSTS = env_list("SAKIP_ALLOWED_HOSTS", "127.0.0.1,localhost,[::1],testserver")
CSRF_TRUSTED_ORIGINS = env_list("SAKIP_CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "simple_history",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "sakip.organisasi",
    "sakip.perencanaan",
    "sakip.pengukuran",
    "sakip.anggaran",
    "sakip.evaluasi",
    "sakip.laporan",
    "sakip.pemeriksa",
    "sakip.penilaian",
    "sakip.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "sakip.urls"
WSGI_APPLICATION = "sakip.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "sakip" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "sakip.organisasi.context.navigasi",
                "sakip.pengukuran.context.tugas_saya",
                "sakip.evaluasi.context.tindak_lanjut_saya",
            ],
            "builtins": ["sakip.templatetags.format_id"],
        },
    }
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'sakip.sqlite3'}",
        conn_max_age=int(os.environ.get("SAKIP_DB_CONN_MAX_AGE", "60")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "beranda"
LOGOUT_REDIRECT_URL = "login"
AXES_FAILURE_LIMIT = int(os.environ.get("SAKIP_AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 1  # hours
AXES_LOCKOUT_TEMPLATE = "registration/terkunci.html"
AXES_RESET_ON_SUCCESS = True

LANGUAGE_CODE = "id"
LANGUAGES = [("id", "Bahasa Indonesia")]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "sakip" / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
MEDIA_ROOT = Path(os.environ.get("SAKIP_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media-tidak-dilayani/"  # evidence is served only through permission-checked views

SAKIP_UPLOAD_MAX_MB = int(os.environ.get("SAKIP_UPLOAD_MAX_MB", "20"))
# A quarter's realisation may be entered until this many days after the quarter ends.
SAKIP_BATAS_HARI_SETELAH_TRIWULAN = int(os.environ.get("SAKIP_BATAS_HARI_SETELAH_TRIWULAN", "15"))
# "Today" for the period windows, as YYYY-MM-DD; empty means the real date (set only for training).
SAKIP_HARI_INI = os.environ.get("SAKIP_HARI_INI", "")
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# -- Evaluation (i14): IKPA choices where EVALUASI.md says UNVERIFIED, and the LKE -------------
# Overrides of the IKPA rule set's UNVERIFIED choices (keys: sakip.lib.ikpa.PILIHAN_UBAH), e.g.
# {"batas_penyerapan": None, "ambang_deviasi": "5"}; each choice in force is stated on the IKPA page.
SAKIP_IKPA_PILIHAN: dict = {}
# Name of the indicator whose realisation the final Nilai AKIP becomes.
SAKIP_INDIKATOR_NAK = "Nilai Akuntabilitas Kinerja"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = env_bool("SAKIP_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SAKIP_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SAKIP_LOG_LEVEL", "WARNING")},
}

# -- speed: the chart cache and the job queue (issue 12) ----------------------------------
# Drawn charts are cached by a hash of their inputs (sakip.lib.grafik). One server: the
# in-process memory cache. Several servers: set SAKIP_CACHE to "db" (the table of
# `manage.py createcachetable`, shared through the database) or to a redis:// URL (needs
# the `redis` package), so every worker reuses one drawing.
_CACHE = os.environ.get("SAKIP_CACHE", "")
if _CACHE == "db":
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "sakip_cache",
        }
    }
elif _CACHE == "tanpa":  # no cache at all: the anchor of bench_beban (every chart drawn)
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
elif _CACHE.startswith(("redis://", "rediss://")):
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": _CACHE}
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sakip",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        }
    }
# Long work (document generation, big imports, national checks) runs as Django tasks
# (django-tasks backport) stored in the database (django-tasks-db): `manage.py db_worker`
# runs them; `make run` starts one beside gunicorn, production runs any number, anywhere
# the database is reachable. SAKIP_TASKS=immediate runs each task inside the request.
TASKS = {
    "default": {
        "BACKEND": "django_tasks.backends.immediate.ImmediateBackend"
        if os.environ.get("SAKIP_TASKS") == "immediate"
        else "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}

# -- The production path past one server (i11): connection pool, read replica, media on S3 --
# See sakip/produksi.py and the README ("Menjalankan di produksi"). Without the variables
# nothing changes: one database, files on the local file system.
from sakip.produksi import basis_data, penyimpanan_default  # noqa: E402

DATABASES, DATABASE_ROUTERS = basis_data(DATABASES["default"], os.environ)
STORAGES["default"] = penyimpanan_default(os.environ)
