import Foundation

/// Checks a discovery URL (`--my-ip-url`, a profile's `my_ip_url`). It carries no key, so plain http to any
/// host is acceptable.
public enum DiscoveryURL {
    /// The URL, or nil when `text` is not an http(s) URL with a host.
    public static func check(_ text: String) -> URL? {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(), ["http", "https"].contains(scheme),
            let host = url.host, !host.isEmpty
        else { return nil }
        return url
    }

    /// Why `text` was refused (callers prefix the flag or key).
    public static func problem(_ text: String) -> String {
        "'\(text)' is not an http(s) URL; write e.g. https://ifconfig.example/ip."
    }
}
