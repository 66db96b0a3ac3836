# Two stages: build with the locked dependency set, run as a non-root user on a slim image.
# .ci/run runs the same `cargo build --release --locked --bin copydesk` (no Docker engine in CI).
FROM rust:1.95-slim-bookworm AS build
WORKDIR /src
COPY Cargo.toml Cargo.lock ./
COPY src ./src
COPY data ./data
COPY examples ./examples
COPY web ./web
COPY benches ./benches
RUN cargo build --release --locked --bin copydesk

FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends curl ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --no-create-home copydesk
COPY --from=build /src/target/release/copydesk /usr/local/bin/copydesk
USER copydesk
ENV COPYDESK_ADDR=0.0.0.0:8080
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=2s --start-period=5s --retries=3 \
  CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["copydesk"]
CMD ["serve"]
