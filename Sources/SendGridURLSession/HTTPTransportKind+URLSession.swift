import SendGridAPI

extension HTTPTransportKind {
    /// URLSession (FoundationNetworking, libcurl on Linux) with whole-second timeouts: Linux ignores fractions, so
    /// `timeout` is rounded up. Linked only by tests and the measuring build `sgaccess-urlsession`.
    public static let urlSession = HTTPTransportKind(name: "urlsession") { timeout, _ in
        let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
        return URLSessionCodedTransport(timeoutSeconds: Int(seconds.rounded(.up)))
    }
}
