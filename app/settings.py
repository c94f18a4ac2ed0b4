"""Settings: MAILGUARD_* environment variables and an optional TOML/YAML config file.

Built once by an entry point and passed down; never instantiated at import.
Secrets are SecretStr, so they never appear in logs or reprs.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import httpx
import yaml
from pydantic import BaseModel, Field, SecretStr
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict


class GraphSettings(BaseModel):
    tenant_id: str = ""
    client_id: str = ""
    client_secret: SecretStr | None = None
    certificate_path: Path | None = None
    certificate_thumbprint: str = ""
    graph_base_url: str = "https://graph.microsoft.com/v1.0"
    login_base_url: str = "https://login.microsoftonline.com"
    notification_url: str = ""
    max_concurrency_per_mailbox: int = 4


class ReviewSettings(BaseModel):
    base_url: str = ""  # older name of Settings.public_base_url, still honoured when that is unset
    session_secret: SecretStr | None = None  # set it when several processes serve the desk
    secure_cookies: bool = True
    entra_enabled: bool | None = None  # None: on when graph tenant_id, client_id and client_secret are set
    login_max_failures: int = 5  # per account and client address
    login_max_failures_per_client: int = 20  # per client address, over all accounts it tries
    login_window_minutes: int = 15
    session_hours: int = 12


class AddinSettings(BaseModel):
    """The add-in's deployment: where it is served from and which Entra app its tokens are for."""

    base_url: str = ""  # the origin the manifest was written for, e.g. https://mailguard.example.gov.uk
    client_id: str = ""  # the add-in API's Entra application (client) id
    app_id_uri: str = ""  # api://... ; default api://<host of base_url>/<client_id>
    login_base_url: str = "https://login.microsoftonline.com"
    leeway_s: int = 60
    jwks_refetch_after_s: int = 30  # an unknown kid fetches keys again, at most this often
    # The handler's ONE wait for token, settings and verdict together. Outlook tells the user the add-in
    # is "taking longer than expected" at 5 s (onmessagesend-onappointmentsend-events.md), so under that.
    timeout_ms: int = Field(4000, ge=500, le=4500)
    on_unavailable: Literal["soft-block", "hard-block"] = "soft-block"  # default when a council sets nothing
    required_scope: str = "access_as_user"  # the delegated scope the add-in API exposes (the token's scp)

    def audiences(self) -> list[str]:
        return [a for a in (self.client_id, self.default_app_id_uri()) if a]

    def default_app_id_uri(self) -> str:
        if self.app_id_uri:
            return self.app_id_uri
        host = httpx.URL(self.base_url).host if self.base_url else ""
        return f"api://{host}/{self.client_id}" if host and self.client_id else ""

    def origin(self) -> str:
        if not self.base_url:
            return ""
        url = httpx.URL(self.base_url)
        port = f":{url.port}" if url.port else ""
        return f"{url.scheme}://{url.host}{port}"


class DeliverySettings(BaseModel):
    """How long the worker keeps trying, and how soon a running service sees mailbox changes."""

    retry_horizon_days: float = Field(default=3.0, gt=0)  # then "delivery failed": desk, digest, notices
    mailbox_refresh_s: float = Field(default=5.0, gt=0)


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MAILGUARD_", env_nested_delimiter="__", extra="forbid", case_sensitive=False
    )

    database_url: str = "sqlite:///mailguard.db"
    policies_dir: Path | None = None
    host: str = "127.0.0.1"
    port: int = 8000
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["text", "json"] = "text"  # text: "time LEVEL logger: message"; json: one object a line
    # Where people reach this service (https://mailguard.council.gov.uk): every link it writes
    # (digests, the findings page, Microsoft sign-in's redirect) starts with it. Default: host and port.
    public_base_url: str = ""
    max_request_bytes: int = 30 * 1024 * 1024  # POST /evaluate bodies
    poll_interval_s: float = 1.0
    # Admission control: requests in progress per server process; more are answered 503 with
    # Retry-After at once instead of queueing. Also the request threads; the pool is sized to it.
    max_in_flight: int = Field(16, ge=1, le=512)
    # Threads that run admitted requests' database and check work (at most max_in_flight; the rest
    # wait their turn without using the CPU). Python runs one thread at a time, so more threads add
    # no throughput, only turns the event loop waits for (bench/loop_lag.py).
    request_threads: int = Field(8, ge=1, le=512)
    workers: int = Field(1, ge=1, le=64)  # HTTP server processes (`serve --workers N`)
    # Messages (and Graph JSON bodies) of this many bytes or more are parsed and checked in a pool of
    # other processes, so a big or hostile one never holds the server's GIL (app/offload.py); 0: none.
    offload_bytes: int = Field(64 * 1024, ge=0)
    offload_processes: int = Field(1, ge=1, le=16)  # per server process
    offload_deadline_s: float = Field(30.0, gt=0)  # past it the pool process is stopped and the message held
    offload_memory_mb: int = Field(1024, ge=32)  # memory one message may use in the pool; past it: held
    # Addresses (or CIDR networks) of reverse proxies whose X-Forwarded-For / -Proto are believed.
    # Empty: the headers are ignored and the client is the TCP peer (the sign-in throttle's key).
    trusted_proxies: list[str] = []
    worker_id: str = Field(default_factory=lambda: f"{os.uname().nodename}:{os.getpid()}")
    retention_days: int = 365  # message bodies are deleted this long after their decision
    retention_interval_s: float = 3600.0  # how often `serve` runs the retention purge
    # The audit chain's HMAC key (created 0600 on first use); default: beside a SQLite file,
    # else ~/.config/mailguard/audit.key (app.store.audit_key).
    audit_key_file: Path | None = None
    config_file: Path | None = None
    graph: GraphSettings = GraphSettings()
    review: ReviewSettings = ReviewSettings()
    addin: AddinSettings = AddinSettings()
    delivery: DeliverySettings = DeliverySettings()

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return (init_settings, env_settings, _ConfigFileSource(settings_cls), file_secret_settings)


class _ConfigFileSource(PydanticBaseSettingsSource):
    """Values from the YAML file named by MAILGUARD_CONFIG_FILE (environment wins over it)."""

    def get_field_value(self, field, field_name):  # pragma: no cover - required by the ABC
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = os.environ.get("MAILGUARD_CONFIG_FILE")
        if not path:
            return {}
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        if not isinstance(data, dict):
            raise ValueError(f"{path}: expected a mapping of settings")
        return data


def public_base_url(settings: Settings) -> str:
    """The origin of every link the service writes: the setting, else where `serve` listens."""
    given = settings.public_base_url or settings.review.base_url
    if given:
        return given.rstrip("/")
    host = settings.host
    if host in ("0.0.0.0", "::", ""):  # listening everywhere: loopback is the one address sure to answer
        host = "127.0.0.1"
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"http://{host}:{settings.port}"


def request_threads(settings: Settings) -> int:
    """Threads per process for requests' blocking work."""
    return min(settings.request_threads, settings.max_in_flight)


def pool_size(settings: Settings) -> int:
    """Database connections per process: one per admitted request, plus the worker and background jobs."""
    return settings.max_in_flight + 6


def load_settings(**overrides: Any) -> Settings:
    return Settings(**overrides)
