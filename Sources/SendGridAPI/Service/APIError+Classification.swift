extension APIError {
    /// True for a 403 whose body says the caller's address is not on the allow list (enforcement), as opposed to
    /// a key that lacks a scope. SendGrid's plain "access forbidden" cannot be told apart and reads false.
    public var isAddressNotAllowed: Bool {
        guard case .forbidden(let messages, _) = self else { return false }
        return messages.contains { text in
            let lower = text.lowercased()
            return lower.contains("allow list") || lower.contains("allowlist") || lower.contains("allow-list")
        }
    }

    /// True when the same request may succeed later without any change: rate limits, 5xx, timeouts and
    /// connection failures.
    public var isTransient: Bool {
        switch self {
        case .rateLimited, .server, .timeout, .connection: return true
        default: return false
        }
    }
}
