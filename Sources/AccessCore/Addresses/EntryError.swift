/// Why a piece of text is not an address or range SendGrid accepts. `message` is a sentence for the operator.
public enum EntryError: Error, Hashable, Sendable {
    case empty
    /// The text split on '.' does not give 4 parts. One part means the text is not an address at all.
    case wrongOctetCount(String, Int)
    case badOctet(String, position: Int, reason: String)
    case wildcardNotAllowed
    case wildcardInMiddle(String)
    case wildcardWithPrefix(String)
    /// The text after '/' is not a decimal number (or too long to be one).
    case badPrefix(String)
    case prefixOutOfRange(Int, max: Int)
    case badIPv6(String, reason: String)

    public var message: String {
        switch self {
        case .empty:
            return "The address is empty: type an IPv4 or IPv6 address, a CIDR range or a wildcard like 203.0.113.*."
        case .wrongOctetCount(let text, 1):
            return
                "'\(text)' is not an IP address: type e.g. 203.0.113.7, 203.0.113.0/24, 203.0.113.* or 2001:db8::/32."
        case .wrongOctetCount(let text, let count):
            return "'\(text)' has \(count) parts; an IPv4 address has 4 (e.g. 203.0.113.7)."
        case .badOctet(let text, let position, let reason):
            return "Octet \(position) '\(text)' \(reason); each octet is a number from 0 to 255."
        case .wildcardNotAllowed:
            return "A wildcard '*' is not allowed here; use it only for trailing octets of an IPv4 rule."
        case .wildcardInMiddle(let text):
            return
                "'\(text)' has a wildcard before a number; wildcards may only replace trailing octets (25.203.44.*, 192.*.*.*)."
        case .wildcardWithPrefix(let text):
            return "'\(text)' mixes a wildcard and a /prefix; use one or the other."
        case .badPrefix(let text) where !text.isEmpty && text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }):
            return "The prefix '/\(text)' is far too large; it must be between /0 and /32 (IPv4) or /128 (IPv6)."
        case .badPrefix(let text):
            return "The prefix '/\(text)' is not a number; write e.g. /24."
        case .prefixOutOfRange(let prefix, let max):
            return "The prefix /\(prefix) is out of range; it must be between /0 and /\(max)."
        case .badIPv6(let text, let reason):
            return "'\(text)' is not a valid IPv6 address: \(reason)."
        }
    }

    /// A clause for nesting inside another message ("octet 4 '256' is greater than 255").
    var shortReason: String {
        switch self {
        case .badOctet(let text, let position, let reason): return "octet \(position) '\(text)' \(reason)"
        case .wrongOctetCount(_, let count): return "it has \(count) part\(count == 1 ? "" : "s") instead of 4"
        case .wildcardNotAllowed: return "wildcards are not allowed there"
        default: return message
        }
    }
}

extension EntryError: CustomStringConvertible {
    public var description: String { message }
}
