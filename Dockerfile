# Council MailGuard: API, connectors and worker in one process.
#   docker build -t mailguard .
#   docker run -p 8000:8000 -v mailguard-data:/data mailguard                # SQLite in /data
#   docker run -e MAILGUARD_DATABASE_URL=postgresql+psycopg://... mailguard  # production
FROM python:3.12-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    MAILGUARD_HOST=0.0.0.0 \
    MAILGUARD_PORT=8000 \
    MAILGUARD_DATABASE_URL=sqlite:////data/mailguard.db \
    MAILGUARD_AUDIT_KEY_FILE=/data/audit.key

RUN groupadd --system mailguard && useradd --system --gid mailguard --home-dir /app --shell /usr/sbin/nologin mailguard

WORKDIR /app
# Dependencies first, so code changes do not reinstall them.
COPY pyproject.toml README.md ./
COPY app/__init__.py app/__init__.py
RUN pip install --no-compile . && pip uninstall -y council-mailguard
# The project itself: policies/ and migrations/ are read at run time from beside app/.
COPY app ./app
COPY connectors ./connectors
COPY policies ./policies
COPY migrations ./migrations
COPY addin ./addin
RUN pip install --no-compile --no-deps -e . \
    && mkdir -p /data && chown mailguard:mailguard /data

USER mailguard
VOLUME ["/data"]
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD python -c "import os, urllib.request; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"MAILGUARD_PORT\", \"8000\")}/healthz', timeout=4)" || exit 1

ENTRYPOINT ["mailguard"]
CMD ["serve"]
