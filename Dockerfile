# jobmojito-mcp in a container: MCP over stdio by default, over HTTP with
# JOBMOJITO_TRANSPORT=streamable-http (or sse). See the README's Docker section.
#
#   docker build -t jobmojito-mcp .
#   docker run -i --rm -e JOBMOJITO_API_TOKEN jobmojito-mcp
#   docker run --rm -p 8000:8000 -e JOBMOJITO_API_TOKEN -e JOBMOJITO_TRANSPORT=streamable-http jobmojito-mcp

# Build stage: install the package and its pinned dependencies into a virtual environment.
FROM python:3.12-slim AS builder
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1
WORKDIR /src
COPY pyproject.toml README.md constraints.txt ./
COPY jobmojito_mcp ./jobmojito_mcp
COPY scripts/install.sh ./scripts/
RUN bash scripts/install.sh /opt/jobmojito-mcp /src

# Runtime stage: the same base image, the environment from the build stage, a user without rights.
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    VENV_DIR=/opt/jobmojito-mcp \
    PATH=/opt/jobmojito-mcp/bin:$PATH
RUN useradd --create-home --uid 10001 --shell /usr/sbin/nologin mcp
COPY --from=builder /opt/jobmojito-mcp /opt/jobmojito-mcp
COPY --chmod=0755 scripts/start.sh /usr/local/bin/start-jobmojito-mcp
USER mcp
WORKDIR /home/mcp
EXPOSE 8000
ENTRYPOINT ["/usr/local/bin/start-jobmojito-mcp"]
