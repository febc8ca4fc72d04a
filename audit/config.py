"""NCBI settings (email, API key, tool) from arguments, the environment or a config file."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from .errors import ConfigError

__all__ = ["NCBISettings", "load_settings", "config_path", "default_cache_path", "DEFAULT_TOOL"]

DEFAULT_TOOL = "claim-audit"

EMAIL_HELP = (
    "NCBI asks every E-utilities client for a contact email: pass --email you@example.org, "
    "set NCBI_EMAIL, or add email = \"you@example.org\" under [ncbi] in {path}"
)


@dataclass(frozen=True)
class NCBISettings:
    """Who we are to NCBI. ``repr`` never shows the API key (it must not reach logs)."""

    email: str | None = None
    api_key: str | None = None
    tool: str = DEFAULT_TOOL

    def __repr__(self) -> str:
        key = "set" if self.api_key else None
        return f"NCBISettings(email={self.email!r}, api_key={key!r}, tool={self.tool!r})"

    def require_email(self) -> str:
        """The contact email, or a ConfigError that says how to set one."""
        if not self.email:
            raise ConfigError("no contact email for NCBI. " + EMAIL_HELP.format(path=config_path()))
        return self.email

    @property
    def secrets(self) -> tuple[str, ...]:
        """Values that must be scrubbed from anything we write (messages, logs, caches)."""
        return tuple(s for s in (self.email, self.api_key) if s)


def config_path(env: Mapping[str, str] | None = None) -> Path:
    """``CLAIM_AUDIT_CONFIG`` or ``~/.config/claim-audit/config.toml`` (honours XDG_CONFIG_HOME)."""
    env = os.environ if env is None else env
    if env.get("CLAIM_AUDIT_CONFIG"):
        return Path(env["CLAIM_AUDIT_CONFIG"]).expanduser()
    base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else Path.home() / ".config"
    return base / "claim-audit" / "config.toml"


def default_cache_path(env: Mapping[str, str] | None = None) -> Path:
    """``CLAIM_AUDIT_CACHE`` or ``~/.cache/claim-audit/entrez.sqlite`` (honours XDG_CACHE_HOME)."""
    env = os.environ if env is None else env
    if env.get("CLAIM_AUDIT_CACHE"):
        return Path(env["CLAIM_AUDIT_CACHE"]).expanduser()
    base = Path(env["XDG_CACHE_HOME"]) if env.get("XDG_CACHE_HOME") else Path.home() / ".cache"
    return base / "claim-audit" / "entrez.sqlite"


def _read_file(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"config file {path} is not valid TOML ({exc}); fix or remove it") from None
    section = data.get("ncbi", {})
    if not isinstance(section, dict):
        raise ConfigError(f"config file {path}: [ncbi] must be a table with email, api_key, tool")
    return {k: str(v) for k, v in section.items() if k in ("email", "api_key", "tool") and v}


def load_settings(
    email: str | None = None,
    api_key: str | None = None,
    tool: str | None = None,
    *,
    env: Mapping[str, str] | None = None,
    path: str | os.PathLike[str] | None = None,
) -> NCBISettings:
    """Arguments first, then ``NCBI_EMAIL`` / ``NCBI_API_KEY`` / ``NCBI_TOOL``, then the config file."""
    env = os.environ if env is None else env
    file_values = _read_file(Path(path) if path else config_path(env))
    email = email or env.get("NCBI_EMAIL") or file_values.get("email")
    api_key = api_key or env.get("NCBI_API_KEY") or file_values.get("api_key")
    tool = tool or env.get("NCBI_TOOL") or file_values.get("tool") or DEFAULT_TOOL
    if email is not None and ("@" not in email or any(c.isspace() for c in email.strip())):
        raise ConfigError("the NCBI email given does not look like an email address; pass a real one")
    return NCBISettings(email=email.strip() if email else None, api_key=api_key or None, tool=tool)
