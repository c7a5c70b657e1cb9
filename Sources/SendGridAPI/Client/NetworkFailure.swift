import Foundation

/// A transport failure in words. Pure: a `URLError` code, libcurl's own description and the request's URL in, the
/// `APIError` (naming the URL, saying what happened and what to do next) and whether the request may have taken
/// effect out.
///
/// What URLSession on Linux (FoundationNetworking over libcurl) reports, measured:
///
/// | Situation | Code | libcurl's description |
/// |-----------|------|-----------------------|
/// | closed port on 127.0.0.1 or localhost | -1004 | "Failed to connect to 127.0.0.1 port 1 after 0 ms: Couldn't connect to server" |
/// | unknown host (`nonexistent.invalid`, `999.1.1.1`) | -1003 | "Could not resolve host: nonexistent.invalid" |
/// | https to a plain-HTTP port | -1 | "OpenSSL/3.0.19: error:0A00010B:SSL routines::wrong version number" |
/// | self-signed certificate | -1 | "SSL certificate problem: self-signed certificate" |
/// | server accepts, never answers | -1001 | none |
/// | server closes or resets the connection | -1005 | "Recv failure: Connection reset by peer" |
/// | any IPv6 literal (`http://[::1]:8080`), open port or not | -1000 | none: the loader rejects the URL |
///
/// AsyncHTTPClient's errors (SwiftNIO's) map to the same kinds in `NetworkFailure+NIO.swift`.
enum NetworkFailure {
    /// What happened, from the code (and, for libcurl's catch-all -1, its description).
    enum Kind: Hashable, Sendable {
        case refused, hostNotFound, tls, timedOut, reset, offline, rejectedURL, cancelled
        case other(code: Int)
    }

    /// The kind of a `URLError` code; `detail` is libcurl's description (TLS failures arrive as -1 on Linux).
    static func kind(code: Int, detail: String?) -> Kind {
        switch code {
        case -1004: return .refused
        case -1003, -1006: return .hostNotFound
        case -1001: return .timedOut
        case -1005: return .reset
        case -1009: return .offline
        case -1000, -1002: return .rejectedURL
        case -999: return .cancelled
        case -1200, -1201, -1202, -1203, -1204, -1205, -1206: return .tls
        case -1 where isTLS(detail): return .tls
        default: return .other(code: code)
        }
    }

    /// The error to report for a transport failure of the request to `url`, and whether it may have landed
    /// (only a failure before the connection existed guarantees the server saw nothing).
    /// - Parameter detail: libcurl's description, already made safe to print (it is ours, not the server's).
    static func error(code: Int, detail: String?, url: URL?, timeoutSeconds: Int) -> (APIError, mayHaveLanded: Bool) {
        error(kind: kind(code: code, detail: detail), detail: detail, url: url, timeoutSeconds: timeoutSeconds)
    }

    /// The error to report for a failure of `kind` (from either transport) of the request to `url`.
    static func error(kind: Kind, detail: String?, url: URL?, timeoutSeconds: Int) -> (APIError, mayHaveLanded: Bool) {
        let shown = url.map(display)
        let place = url.map(hostAndPort) ?? "the host"
        let settings = "Check --base-url, SENDGRID_BASE_URL or the profile's base_url"
        switch kind {
        case .timedOut:
            return (.timeout(seconds: timeoutSeconds, url: shown), true)
        case .refused:
            let next =
                url.map(isLoopback) == true
                ? "Is the simulator running (`sgaccess sim`)? \(settings)."
                : "\(settings), and any firewall or proxy in between."
            return (
                .connection(
                    reason: "the connection was refused: nothing is listening on \(place)", url: shown, next: next),
                false
            )
        case .hostNotFound:
            let host = url?.host.map { "“\($0)”" } ?? "the host name"
            return (
                .connection(
                    reason: "DNS found no address for \(host)", url: shown,
                    next: "\(settings) (or --region) for a typo, and this machine's DNS."),
                false
            )
        case .tls:
            return (
                .connection(
                    reason: "the TLS (https) connection failed" + (detail.map { " (\($0))" } ?? ""), url: shown,
                    next: "If the server speaks plain http (a local simulator), use an http:// URL; otherwise check "
                        + "any proxy and this machine's CA certificates."),
                false
            )
        case .reset:
            return (
                .connection(
                    reason: "the connection was closed before the answer arrived", url: shown,
                    next: "Try again; if it persists, check the base URL and any proxy in between."),
                true
            )
        case .offline:
            return (
                .connection(
                    reason: "this machine is not connected to a network", url: shown,
                    next: "Check the network connection and try again."),
                false
            )
        case .rejectedURL:
            return (rejected(url: url, shown: shown, settings: settings), false)
        case .cancelled:
            return (.connection(reason: "the request was cancelled", url: shown), true)
        case .other(let code):
            let what = code == 0 ? "a network error" : "network error \(code)"
            return (
                .connection(
                    reason: what + (detail.map { " (\($0))" } ?? ""), url: shown,
                    next: "\(settings), and any proxy; run with --log-level debug for details."),
                true
            )
        }
    }

    /// The clause alone ("DNS found no address for “x.invalid”", "timed out"), for a message of the caller's own.
    static func reason(code: Int, url: URL) -> String {
        reason(kind: kind(code: code, detail: nil), url: url)
    }

    /// The clause alone for a failure of `kind`.
    static func reason(kind: Kind, url: URL) -> String {
        switch error(kind: kind, detail: nil, url: url, timeoutSeconds: 0).0 {
        case .connection(let reason, _, _): return reason
        case .timeout: return "timed out"
        default: return "a network error"
        }
    }

    /// -1000/-1002: the URL loader refused the URL before connecting. On Linux it does so for every IPv6 literal.
    private static func rejected(url: URL?, shown: String?, settings: String) -> APIError {
        if let host = url?.host, host.contains(":") || host.hasPrefix("[") {
            return .connection(
                reason: "URLSession on Linux cannot connect to an IPv6 address literal", url: shown,
                next: "Use a host name or an IPv4 address instead (http://localhost:PORT, http://127.0.0.1:PORT).")
        }
        return .connection(reason: "the URL loader rejected the URL", url: shown, next: "\(settings).")
    }

    /// `scheme://host[:port]/path` of `url`: no user, password, query or fragment (nothing secret is ever shown).
    static func display(_ url: URL) -> String {
        let port = url.port.map { ":\($0)" } ?? ""
        return "\(url.scheme ?? "http")://\(bracketed(url.host ?? ""))\(port)\(url.path)"
    }

    /// The request's URL: the base URL's scheme, host and port with the request path (its query dropped) appended
    /// to the base URL's own path.
    static func requestURL(baseURL: URL, path: String?) -> URL {
        guard let path, !path.isEmpty else { return baseURL }
        let plain = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)
        let text = baseURL.absoluteString
        let base = text.hasSuffix("/") ? String(text.dropLast()) : text
        return URL(string: base + (plain ?? "")) ?? baseURL
    }

    /// "127.0.0.1:8080", "api.sendgrid.com:443", "[::1]:80": where the connection went, with the effective port.
    static func hostAndPort(_ url: URL) -> String {
        let port = url.port ?? (url.scheme == "https" ? 443 : 80)
        return "\(bracketed(url.host ?? "the host")):\(port)"
    }

    /// An IPv6 host in brackets, as a URL writes it (Foundation's `host` drops them).
    private static func bracketed(_ host: String) -> String {
        host.contains(":") && !host.hasPrefix("[") ? "[\(host)]" : host
    }

    private static func isLoopback(_ url: URL) -> Bool {
        let host = (url.host ?? "").lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        return host == "localhost" || host.hasPrefix("127.") || host == "::1"
    }

    private static func isTLS(_ detail: String?) -> Bool {
        guard let lower = detail?.lowercased() else { return false }
        return ["ssl", "tls", "certificate"].contains { lower.contains($0) }
    }
}
