/// The `on-behalf-of` header's two forms: a subuser's username, or `account-id N` for a customer account.
public enum OnBehalfOf: Hashable, Sendable {
    case subuser(String)
    case accountID(String)

    /// The header value.
    public var headerValue: String {
        switch self {
        case .subuser(let name): return name
        case .accountID(let id): return "account-id \(id)"
        }
    }

    /// Parses what an operator typed: `account-id 123` (also `account-id:123`, `account-id=123`), else a subuser
    /// name. Refuses empty text, control characters and names with spaces, which SendGrid would not match.
    public static func parse(_ text: String) -> Result<OnBehalfOf, OnBehalfOfError> {
        let trimmed = text.trimmingSpacesAndNewlines()
        guard !trimmed.isEmpty else { return .failure(.empty) }
        guard !trimmed.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else {
            return .failure(.invalid(trimmed))
        }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("account-id") {
            let rest = trimmed.dropFirst("account-id".count).drop { $0 == " " || $0 == ":" || $0 == "=" }
            guard !rest.isEmpty, rest.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else {
                return .failure(.invalid(trimmed))
            }
            return .success(.accountID(String(rest)))
        }
        guard !trimmed.contains(where: \.isWhitespace) else { return .failure(.invalid(trimmed)) }
        return .success(.subuser(trimmed))
    }
}
