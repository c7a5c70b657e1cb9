/// Where the runtime reports, for each terminal read holding keys, the time from handling the read to the end of
/// drawing the frame it produced (`SGACCESS_KEY_LATENCY_LOG`, an opt-in measure for `scripts/figures.sh`). Called
/// on the main actor, so `record` must be cheap (buffer, no blocking I/O per call); `flush` runs once at the end.
public protocol KeyLatencySink: Sendable {
    func record(_ latency: Duration)
    func flush()
}
