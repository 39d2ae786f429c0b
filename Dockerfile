# phi-proxy: the same server as `scripts/serve`, as a non-root user. scripts/docker-smoke builds and checks it.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 \
    PHI_PROXY_PORT=8080 \
    PHI_PROXY_DB=sqlite:////var/lib/phi-proxy/phi-proxy.db \
    PHI_PROXY_SECRET_KEY_FILE=/var/lib/phi-proxy/phi-proxy.key \
    PHI_PROXY_ALLOWLIST=/etc/phi-proxy/allowlist.yaml \
    PHI_PROXY_POLICIES=/etc/phi-proxy/policies \
    LITELLM_LOCAL_MODEL_COST_MAP=True

RUN groupadd --system --gid 10001 phiproxy \
    && useradd --system --uid 10001 --gid 10001 --home-dir /var/lib/phi-proxy --create-home phiproxy
WORKDIR /opt/phi-proxy
# The runtime lock: the same pins as requirements.lock without the test tools (tests/test_locks.py).
COPY requirements-runtime.lock pyproject.toml ./
RUN pip install --no-cache-dir --require-hashes --no-deps -r requirements-runtime.lock
COPY proxy ./proxy
RUN pip install --no-cache-dir --no-deps . && rm -rf /root/.cache
COPY allowlist.yaml /etc/phi-proxy/allowlist.yaml
COPY policies /etc/phi-proxy/policies

USER phiproxy
EXPOSE 8080
# Follows PHI_PROXY_PORT, so `docker run -e PHI_PROXY_PORT=9000` stays healthy.
HEALTHCHECK --interval=30s --timeout=5s CMD python -c "import os, urllib.request; urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('PHI_PROXY_PORT', '8080'))"
# Mount /etc/phi-proxy to manage the allowlist and policies; /var/lib/phi-proxy holds the SQLite file and key.
CMD ["phi-proxy", "serve", "--host", "0.0.0.0"]
