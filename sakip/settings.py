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
    "csp",
    "django_tasks",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "sakip.organisasi",
    "sakip.perencanaan",
    "sakip.pengukuran",
    "sakip.anggaran",
    "sakip.evaluasi",
    "sakip.laporan",
    "sakip.pemeriksa",
    "sakip.penilaian",
    "sakip.demo",
    "sakip.api",
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
    "csp.middleware.CSPMiddleware",
    "sakip.keamanan.KebijakanIzinMiddleware",
    "sakip.keamanan.TolakNulMiddleware",
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
                "sakip.navigasi.navigasi",  # i17: the one navigation bar, by role
            ],
            "builtins": [
                "sakip.templatetags.format_id",
                "sakip.templatetags.kata",  # i17: plain-words filters
            ],
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

# --- i17: e-mail and reminders (kirim_pengingat) ------------------------------------------
# Development prints e-mails on the console; production sets SAKIP_EMAIL_BACKEND to
# django.core.mail.backends.smtp.EmailBackend and the SMTP variables below.
EMAIL_BACKEND = os.environ.get(
    "SAKIP_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = os.environ.get("SAKIP_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("SAKIP_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("SAKIP_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("SAKIP_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("SAKIP_EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("SAKIP_EMAIL_DARI", "SAKIP <sakip@localhost>")
# The address in reminder e-mails' links, e.g. https://sakip.kpu-tangsel.go.id
SAKIP_ALAMAT_SITUS = os.environ.get("SAKIP_ALAMAT_SITUS", "http://127.0.0.1:8000")
# A reminder is sent this many days before an input window opens or closes, a deadline
# passes; and when an item has waited this many days for verification or approval.
SAKIP_PENGINGAT_HARI = int(os.environ.get("SAKIP_PENGINGAT_HARI", "7"))
SAKIP_PENGINGAT_TUNGGU_HARI = int(os.environ.get("SAKIP_PENGINGAT_TUNGGU_HARI", "5"))
# --- end i17 -----------------------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("SAKIP_LOG_LEVEL", "WARNING")},
}


# --- hardening (issue 15) ------------------------------------------------------------------
# SQLite (the `make run` default) under simultaneous writes: WAL lets readers go on while one
# writes, a busy timeout makes a writer wait instead of failing at once, and BEGIN IMMEDIATE
# takes the write lock when a transaction starts, so a read-then-write transaction never has
# to upgrade its lock (the "database is locked" that waiting cannot cure).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": int(os.environ.get("SAKIP_SQLITE_TIMEOUT", "20")),
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
        }
    )

# Login lockout: the pair (username, client address) is locked, not the whole address, so one
# person's mistakes do not lock an office behind one proxy. The client address is read by
# sakip.keamanan.alamat_klien, behind SAKIP_PROXY_COUNT trusted reverse proxies.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "sakip.keamanan.alamat_klien"
SAKIP_PROXY_COUNT = int(os.environ.get("SAKIP_PROXY_COUNT", "0"))

# Rate limits (django-ratelimit), per user and per client address; a refusal is a 429 page.
RATELIMIT_ENABLE = env_bool("SAKIP_RATELIMIT", True)
RATELIMIT_VIEW = "sakip.keamanan.terlalu_sering"
SAKIP_BATAS_LAJU = {
    "masuk": os.environ.get("SAKIP_LAJU_MASUK", "20/m"),
    "periksa": os.environ.get("SAKIP_LAJU_PERIKSA", "10/m"),
    "dokumen": os.environ.get("SAKIP_LAJU_DOKUMEN", "20/m"),
}

# Content-Security-Policy (django-csp 4): only the app's own scripts, styles and images.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        # elements: our static CSS and the one <style> matplotlib writes into every SVG chart
        "style-src-elem": ["'self'", "'sha256-2Iqu4MW0P4n79bqVmTDfLWhO8TS7MxwRJn7HVNDr7EQ='"],
        # attributes: the SVG charts' own style="" (drawing only; no script can run from it)
        "style-src-attr": ["'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
    "interest-cohort=(), browsing-topics=()"
)
# The history's "revert" in the admin would rewrite a row without the workflow's checks.
SIMPLE_HISTORY_REVERT_DISABLED = True
# -- speed: the chart cache and the job queue (issue 12) ----------------------------------
# Drawn charts are cached by a hash of their inputs (sakip.lib.grafik), the busy pages by
# their user, address and data versions (sakip.organisasi.tembolok) in a cache of their own
# ("halaman"). One server: the in-process memory cache (each worker keeps its own). Several
# servers: set SAKIP_CACHE to "db" (the table of `manage.py createcachetable`, shared
# through the database) or to a redis:// URL (needs the `redis` package), so every worker
# reuses one drawing and one page. "tanpa": no cache at all (the anchor of bench_beban).
_CACHE = os.environ.get("SAKIP_CACHE", "")
if _CACHE == "db":
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "sakip_cache",
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "halaman")
    }
elif _CACHE == "tanpa":
    CACHES = {
        alias: {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
        for alias in ("default", "halaman")
    }
elif _CACHE.startswith(("redis://", "rediss://")):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": _CACHE,
            "KEY_PREFIX": alias,
        }
        for alias in ("default", "halaman")
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sakip",
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
        # pages are 10-60 KB: at most ~60 MB per worker
        "halaman": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "sakip-halaman",
            "OPTIONS": {"MAX_ENTRIES": 1000},
        },
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

# -- the JSON API (/api/v1/): DRF with drf-spectacular; docs served locally (sidecar) --------
REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "sakip.api.autentikasi.TokenBearer",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_THROTTLE_CLASSES": [
        "sakip.api.autentikasi.BatasAnonim",
        "sakip.api.autentikasi.BatasPengguna",
    ],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "sakip.api.galat.penangan_galat",
    "UNAUTHENTICATED_USER": "django.contrib.auth.models.AnonymousUser",
}
SAKIP_API_BATAS = {
    "anonim": os.environ.get("SAKIP_API_BATAS_ANONIM", "60/min"),
    "pengguna": os.environ.get("SAKIP_API_BATAS_PENGGUNA", "600/min"),
}
SPECTACULAR_SETTINGS = {
    "TITLE": "SAKIP API",
    "DESCRIPTION": (
        "Data kinerja dan anggaran kantor KPU: satker, Renstra, indikator, target, PK, "
        "realisasi, tabel capaian, ringkasan anggaran, temuan pemeriksaan data dan laporan "
        "terbit. Autentikasi: header `Authorization: Bearer <token>` (token dibuat di "
        "/api/token/) atau sesi peramban. Hak akses sama dengan halaman web."
    ),
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "sakip.api.skema.tambah_galat",
    ],
    "ENUM_NAME_OVERRIDES": {
        "JenisSatkerEnum": "sakip.organisasi.models.Satker.Jenis",
        "JenisIndikatorEnum": "sakip.perencanaan.models.Indikator.Jenis",
    },
}
# -- The production path past one server (i11): connection pool, read replica, media on S3 --
# See sakip/produksi.py and the README ("Menjalankan di produksi"). Without the variables
# nothing changes: one database, files on the local file system.
from sakip.produksi import basis_data, penyimpanan_default  # noqa: E402

DATABASES, DATABASE_ROUTERS = basis_data(DATABASES["default"], os.environ)
STORAGES["default"] = penyimpanan_default(os.environ)
