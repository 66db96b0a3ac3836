#!/usr/bin/env bash
# Validates the Kubernetes manifests offline (no cluster, no network once the validator is installed).
#
# Usage: scripts/validate-deploy.sh [DIR]        (default deploy/kubernetes)
# Env:   KUBE_VERSIONS  Kubernetes versions to validate against (default "1.29.0 1.37.0": the oldest
#                       release still commonly run and the newest the validator knows)
#        TOOLS_DIR      where the validator's virtualenv goes if it is not on PATH
#                       (default ~/.cache/copydesk-tools)
#
# Checks, and exits non-zero if any fails:
#   1. every *.yaml in DIR except kustomization.yaml (so secret.example.yaml too) parses and validates
#      against the Kubernetes JSON schemas in strict mode (unknown fields are errors), with
#      kubernetes-validate, which ships the schemas; a kind it has no schema for is an error too;
#   2. kustomization.yaml, without kustomize: every file under `resources` exists, every manifest of DIR
#      except secret.example.yaml is listed, and secret.example.yaml is not;
#   3. if kubectl (or kustomize) is on PATH: the rendered `kustomize build` output validates as well.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-deploy/kubernetes}
versions=${KUBE_VERSIONS:-"1.29.0 1.37.0"}
KV_VERSION=1.37.0
tools=${TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/copydesk-tools}

# --- the validator -----------------------------------------------------------------------------------
if command -v kubernetes-validate >/dev/null 2>&1 \
  && [ "$(kubernetes-validate --version 2>/dev/null)" = "$KV_VERSION" ]; then
  kv=kubernetes-validate
  py=python3
else
  venv="$tools/kubernetes-validate-$KV_VERSION"
  if [ ! -x "$venv/bin/kubernetes-validate" ]; then
    echo "installing kubernetes-validate==$KV_VERSION into $venv" >&2
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "kubernetes-validate==$KV_VERSION"
  fi
  kv="$venv/bin/kubernetes-validate"
  py="$venv/bin/python"
fi

[ -d "$dir" ] || { echo "no such directory: $dir" >&2; exit 2; }
[ -f "$dir/kustomization.yaml" ] || { echo "FAIL $dir/kustomization.yaml is missing" >&2; exit 1; }

failed=0
manifests=()
for f in "$dir"/*.yaml "$dir"/*.yml; do
  [ -e "$f" ] || continue
  case "$(basename "$f")" in kustomization.yaml | kustomization.yml) continue ;; esac
  manifests+=("$f")
done
[ ${#manifests[@]} -gt 0 ] || { echo "FAIL no manifests in $dir" >&2; exit 1; }

# kubernetes-validate only warns (exit 0) about a kind it has no schema for, e.g. a misspelt kind:
# treat that warning as a failure.
validate() { # label, files...
  local label=$1 out rc
  shift
  for v in $versions; do
    rc=0
    out=$("$kv" --strict -k "$v" "$@" 2>&1) || rc=$?
    printf '%s\n' "$out" | sed "s/^/[$label k8s $v] /"
    if [ "$rc" -ne 0 ] || grep -q "Couldn't find schema" <<<"$out"; then
      failed=1
    fi
  done
}

# --- 1. each manifest against the schemas ------------------------------------------------------------
validate schema "${manifests[@]}"

# --- 2. kustomization.yaml without kustomize --------------------------------------------------------
if ! "$py" - "$dir" <<'EOF'; then failed=1; fi
import os, sys, yaml
d = sys.argv[1]
ok = True
def fail(msg):
    global ok
    ok = False
    print(f"FAIL kustomization: {msg}")
try:
    with open(os.path.join(d, "kustomization.yaml")) as fh:
        k = yaml.safe_load(fh)
except Exception as e:
    print(f"FAIL kustomization: cannot parse: {e}")
    sys.exit(1)
if not isinstance(k, dict):
    fail("not a mapping"); sys.exit(1)
if k.get("kind") != "Kustomization":
    fail(f"kind is {k.get('kind')!r}, not Kustomization")
if k.get("apiVersion") not in ("kustomize.config.k8s.io/v1beta1", "kustomize.config.k8s.io/v1"):
    fail(f"unexpected apiVersion {k.get('apiVersion')!r}")
resources = k.get("resources") or []
if not isinstance(resources, list) or not resources:
    fail("no resources listed")
    resources = []
for r in resources:
    p = os.path.join(d, str(r))
    if not os.path.exists(p):
        fail(f"resource {r!r} does not exist ({p})")
    else:
        print(f"ok   kustomization: resource {r} exists")
listed = {os.path.normpath(str(r)) for r in resources}
if "secret.example.yaml" in listed:
    fail("secret.example.yaml must not be listed (it holds placeholder keys)")
for f in sorted(os.listdir(d)):
    if f.endswith((".yaml", ".yml")) and f not in ("kustomization.yaml", "kustomization.yml", "secret.example.yaml") \
            and f not in listed:
        fail(f"{f} is in {d} but not listed in resources")
for img in k.get("images") or []:
    if not isinstance(img, dict) or "name" not in img:
        fail(f"images entry without a name: {img!r}")
sys.exit(0 if ok else 1)
EOF

# --- 3. the rendered kustomization, when a kustomize is at hand ---------------------------------------
render=()
if command -v kustomize >/dev/null 2>&1; then
  render=(kustomize build)
elif command -v kubectl >/dev/null 2>&1; then
  render=(kubectl kustomize)
fi
if [ ${#render[@]} -gt 0 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  if "${render[@]}" "$dir" >"$tmp/rendered.yaml" 2>"$tmp/err"; then
    validate rendered "$tmp/rendered.yaml"
  else
    echo "FAIL ${render[*]} $dir:"; cat "$tmp/err"
    failed=1
  fi
else
  echo "skip rendered check: neither kustomize nor kubectl on PATH"
fi

if [ "$failed" -ne 0 ]; then
  echo "deploy manifests: INVALID" >&2
  exit 1
fi
echo "deploy manifests: valid (${#manifests[@]} files, Kubernetes $versions)"
