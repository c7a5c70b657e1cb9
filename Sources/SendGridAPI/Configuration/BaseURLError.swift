/// Why a base URL was refused.
public enum BaseURLError: Error, Hashable, Sendable {
    case invalid(String)
    case unsupportedScheme(String)
    case insecure(String)

    public var message: String {
        switch self {
        case .invalid(let text):
            return
                "The base URL '\(text)' is not a valid URL; give e.g. https://api.sendgrid.com or http://127.0.0.1:8025."
        case .unsupportedScheme(let text):
            return "The base URL '\(text)' must start with https:// (or http:// for a local simulator)."
        case .insecure(let text):
            return "The base URL '\(text)' uses plain http to a non-local host, which would send the API key "
                + "unencrypted; use https://, or http:// only with 127.0.0.1 or localhost."
        }
    }
}
