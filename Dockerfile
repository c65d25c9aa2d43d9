# Newsbot: `docker build -t newsbot .` then `docker run --env-file .env -p 3000:3000 -v newsbot-data:/data newsbot`
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app

# Dependencies first, in their own layer: they change less often than the code.
COPY pyproject.toml ./
RUN python -c "import tomllib; print('\n'.join(tomllib.load(open('pyproject.toml', 'rb'))['project']['dependencies']))" \
        > /tmp/requirements.txt \
    && pip install -r /tmp/requirements.txt

COPY README.md ./
COPY config ./config
COPY handlers ./handlers
COPY bot ./bot
COPY seeds ./seeds
RUN pip install --no-deps . \
    && useradd --create-home --uid 10001 newsbot \
    && mkdir -p /data \
    && chown newsbot /data

USER newsbot

ENV NEWSBOT_HOST=0.0.0.0 \
    NEWSBOT_PORT=3000 \
    NEWSBOT_DATABASE_URL=sqlite:////data/newsbot.db \
    NEWSBOT_SEED_PATH=/app/seeds/model.json.xz \
    NEWSBOT_LOG_FORMAT=json

VOLUME ["/data"]
EXPOSE 3000

HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os, sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:%s/healthz' % os.environ.get('NEWSBOT_PORT', '3000'), timeout=4).status == 200 else 1)"

CMD ["newsbot", "serve"]
