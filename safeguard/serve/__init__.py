"""``safeguard serve``: an OpenAI- and Anthropic-compatible guard proxy for apps in any language.

Point any SDK's ``base_url`` at the proxy; every call is checked with the same guard
the Python wrappers use. Needs the ``serve`` extra (uvicorn, aiohttp, httptools, uvloop)::

    from safeguard.serve import GuardProxy, ServeConfig
    app = GuardProxy(ServeConfig(policy="policies/default.yaml"))

``create_app()`` builds the app from ``SAFEGUARD_SERVE_CONFIG`` (what uvicorn workers use).
In a Starlette app: ``Starlette(routes=[Mount("/guard", app=app)], lifespan=app.lifespan)``.
"""

from safeguard.serve._app import GuardProxy
from safeguard.serve._config import ANTHROPIC_BASE_URL, OPENAI_BASE_URL, ServeConfig
from safeguard.serve._reload import PolicyHolder


def create_app() -> GuardProxy:
    """The app for one worker process, configured from ``SAFEGUARD_SERVE_CONFIG``."""
    return GuardProxy(ServeConfig.from_env())


__all__ = ["ANTHROPIC_BASE_URL", "OPENAI_BASE_URL", "GuardProxy", "PolicyHolder", "ServeConfig", "create_app"]
