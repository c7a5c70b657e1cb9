#!/usr/bin/env bash
# Regenerates Sources/SendGridAPI/Generated/ from spec/openapi.yaml with
# swift-openapi-generator 1.14.3 (built once into .build-generator/).
# The output is committed so that ordinary builds skip the generator plugin.
set -euo pipefail
cd "$(dirname "$0")/.."
tool=.build-generator
mkdir -p "$tool"
cat > "$tool/Package.swift" <<'PKG'
// swift-tools-version:6.0
import PackageDescription
let package = Package(
    name: "generator-runner",
    dependencies: [.package(url: "https://github.com/apple/swift-openapi-generator", exact: "1.14.3")]
)
PKG
echo "building swift-openapi-generator (first time ~2 min)..." >&2
swift build --package-path "$tool" -c release --product swift-openapi-generator >&2
out=Sources/SendGridAPI/Generated
mkdir -p "$out"
"$tool/.build/release/swift-openapi-generator" generate spec/openapi.yaml \
    --config spec/openapi-generator-config.yaml --output-directory "$out"
echo "regenerated $out" >&2
