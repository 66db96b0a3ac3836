#!/usr/bin/env bash
# Mirrors the Dockerfile's build stage without a Docker engine: copies exactly what its COPY lines
# copy into an empty directory and runs its `cargo build` there, so a file the image would miss
# fails here too. The binary lands in target/release/copydesk (the shared target directory).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
# COPY lines of the first (build) stage, up to the second FROM.
awk '/^FROM/ {n++} n == 1 && /^COPY / && !/--from/' Dockerfile | while read -r _ args; do
  read -r -a parts <<<"$args"
  dest=${parts[-1]}
  for src in "${parts[@]:0:${#parts[@]}-1}"; do
    case "$dest" in
      */) mkdir -p "$ctx/$dest"; cp -r "$src" "$ctx/$dest" ;;
      *) mkdir -p "$(dirname "$ctx/$dest")"; cp -r "$src" "$ctx/$dest" ;;
    esac
  done
done
cmd=$(awk '/^FROM/ {n++} n == 1 && /^RUN cargo build/ {sub(/^RUN /, ""); print}' Dockerfile)
echo "docker build stage: $cmd (in $ctx)"
(cd "$ctx" && CARGO_TARGET_DIR="$root/target" bash -c "$cmd")
ls -l target/release/copydesk
