# One image, two roles: `subscout web` (default) or `subscout worker`.
FROM python:3.11-slim AS base
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_COMPILE_BYTECODE=1 UV_LINK_MODE=copy \
    DATA_DIR=/data HOST=0.0.0.0 PORT=8000 PATH="/app/.venv/bin:$PATH"
RUN pip install --no-cache-dir uv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY src ./src
RUN uv sync --frozen --no-dev && useradd --system --uid 10001 subscout && mkdir -p /data && chown subscout /data
USER subscout
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["subscout"]
CMD ["web"]
