#!/usr/bin/env bash
# Sets up newsgraph on Debian 12 and runs it on the bundled sample article:
#   1. installs the Debian packages that are missing (needs root, or sudo),
#   2. configures and builds into build/ (Release, with the tests),
#   3. extracts examples/trt-armenia-azerbaijan-2023.txt into output/graph.{jsonld,dot}
#      and renders output/graph.png with Graphviz.
# Run the tests afterwards with: ctest --test-dir build --output-on-failure
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(build-essential cmake pkg-config git
          libboost-graph-dev libgraphviz-dev graphviz nlohmann-json3-dev
          libgtest-dev googletest libbenchmark-dev libgeonames-dev iso-codes libgumbo-dev
          libmimalloc-dev
          python3 python3-rdflib python3-pyld python3-jsonschema python3-networkx
          python3-distributed)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release
cmake --build build -j"$(nproc)"
build/newsgraph extract examples/trt-armenia-azerbaijan-2023.txt -o output
make -f Makefile.viz png
echo "bootstrap: wrote output/graph.jsonld output/graph.dot output/graph.png"
