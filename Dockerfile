# digestbot at scale: one image for the chat front-ends (`digestbot web`) and the task workers
# (`digestbot worker`) on PostgreSQL; compose.yaml wires them. The embedded default needs none of
# this: `bash dev.sh demo` runs on SQLite in one process.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    DIGESTBOT_LOG_FORMAT=json DIGESTBOT_HEALTH_HOST=0.0.0.0 DIGESTBOT_HEALTH_PORT=8080
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY summarizer ./summarizer
RUN pip install '.[postgres]' \
    && useradd --system --uid 10001 --home-dir /app digestbot
USER digestbot
# 3000: Slack's HTTP endpoints (/slack/events, /slack/install, /slack/oauth_redirect); 8080: /health, /metrics
EXPOSE 3000 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s \
    CMD python -c "import json,sys,urllib.request as u; sys.exit(0 if json.load(u.urlopen('http://127.0.0.1:8080/health', timeout=4)).get('ok') else 1)"
CMD ["digestbot", "run"]
