/// The account a journal entry, a note or a dismissal belongs to: the profile, the subuser acted for and the host.
/// `key` names the account's files in the state folder; two targets share records only when their keys match.
public struct LedgerAccount: Codable, Hashable, Sendable {
    public var profile: String?
    public var onBehalfOf: String?
    /// "global", "eu", or the custom URL's `host:port`.
    public var endpoint: String

    public init(profile: String?, onBehalfOf: String?, endpoint: String) {
        self.profile = profile
        self.onBehalfOf = onBehalfOf
        self.endpoint = endpoint
    }

    public init(_ target: AccountTarget) {
        let endpoint: String
        switch target.endpoint {
        case .global: endpoint = "global"
        case .eu: endpoint = "eu"
        case .custom(let hostAndPort): endpoint = hostAndPort
        }
        self.init(profile: target.profile, onBehalfOf: target.onBehalfOf, endpoint: endpoint)
    }

    /// A file-name-safe, injective name: `default`, `prod`, `prod@sub1`, `default~127.0.0.1%3A8080`. Anything
    /// but letters, digits, `.`, `_` and `-` is written `%XX`, so no key can reach outside its folder.
    public var key: String {
        var key = Self.escaped(profile ?? "default")
        if let onBehalfOf { key += "@" + Self.escaped(onBehalfOf) }
        if endpoint != "global" { key += "~" + Self.escaped(endpoint) }
        return key
    }

    static func escaped(_ text: String) -> String {
        var out = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: "."):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        // "." and ".." alone would name a folder.
        return out.allSatisfy({ $0 == "." }) ? String(repeating: "%2E", count: out.count) : out
    }
}
