// Benchmarks print figures; they never assert timings. `swift run -c release sgaccess-bench [core|render|ingest]`.
let which = CommandLine.arguments.dropFirst().first ?? "all"
if which == "all" || which == "core" { CoreBenchmarks.run() }
if which == "all" || which == "render" { RenderBenchmarks.run() }
if which == "all" || which == "ingest" { IngestBenchmarks.run() }
