import AccessCore
import Foundation

extension AccountTarget.Endpoint {
    /// The endpoint a resolved base URL names: a region's own host is that region, anything else is custom.
    public init(baseURL: URL) {
        let host = (baseURL.host ?? "").lowercased()
        if baseURL.scheme == "https", baseURL.port == nil, host == Region.global.baseURL.host {
            self = .global
        } else if baseURL.scheme == "https", baseURL.port == nil, host == Region.eu.baseURL.host {
            self = .eu
        } else {
            let shown = host.contains(":") ? "[\(host)]" : host
            self = .custom(hostAndPort: baseURL.port.map { "\(shown):\($0)" } ?? shown)
        }
    }
}
