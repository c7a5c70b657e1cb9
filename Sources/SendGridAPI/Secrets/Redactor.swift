import TerminalKit

/// Removes secrets from text before it reaches a log line, a screen or an error: the configured key(s),
/// anything shaped like a SendGrid key (`SG.` + 22 + `.` + 43 characters), and the value of any
/// `Authorization` header or `Bearer` token.
public struct Redactor: Sendable, Hashable {
    /// What replaces a removed secret.
    public static let placeholder = "<redacted>"

    private let secrets: [String]

    /// `secrets` are removed wherever they occur (empty and very short strings are ignored, so that redaction
    /// cannot shred ordinary text).
    public init(secrets: [String] = []) {
        self.secrets = secrets.filter { $0.count >= 8 }.sorted { $0.count > $1.count }
    }

    public init(key: APIKey) {
        self.init(secrets: [key.secret])
    }

    /// `text` with every secret replaced by `Redactor.placeholder`.
    public func redact(_ text: String) -> String {
        var out = text
        for secret in secrets where out.contains(secret) {
            out = out.replacing(secret, with: Redactor.placeholder)
        }
        // The patterns below need "SG." or (in any case) "authorization" or "bearer"; text without them is left as
        // it is without building them (every log line went through three regular expressions).
        guard Redactor.mayHoldToken(out) else { return out }
        out = out.replacing(/SG\.[\w-]{22}\.[\w-]{43}/, with: "SG." + Redactor.placeholder)
        out = out.replacing(/(?i)(authorization"?\s*[:=]\s*"?)(?:bearer\s+|basic\s+|token\s+)?[^\s",;]+/) { match in
            match.output.1 + Redactor.placeholder
        }
        out = out.replacing(/(?i)\b(bearer\s+)(?!<redacted>)[^\s",;]+/) { match in
            match.output.1 + Redactor.placeholder
        }
        return out
    }
}

extension Redactor {
    /// False only for text that none of the patterns can match: each needs "SG." or, in any case, "bearer" or
    /// "authorization". Case-insensitive matching of a character against an ASCII letter takes only that letter in
    /// either case, except for a few scalars that fold to ASCII (the Kelvin sign, the long s, the dotted and the
    /// dotless i): text holding one of those always goes through the patterns.
    static func mayHoldToken(_ text: String) -> Bool {
        if text.utf8.contains(where: { $0 >= 0x80 }),
            text.unicodeScalars.contains(where: { [0x212A, 0x017F, 0x0130, 0x0131].contains($0.value) })
        {
            return true
        }
        if text.utf8.contains(UInt8(ascii: "G")) && text.contains("SG.") { return true }
        let lower = text.lowercased()
        return lower.contains("bearer") || lower.contains("authorization")
    }

    /// Longest untrusted text kept in an error sentence, in terminal columns.
    public static let untrustedColumns = 300

    /// Text that came from the network or the environment, made safe to put into an error sentence: secrets
    /// redacted, then every hostile scalar replaced by TerminalKit's one `Sanitizer`, cut to
    /// `untrustedColumns` columns with `…`.
    public func untrusted(_ text: String) -> String {
        Sanitizer.clean(redact(text), maxColumns: Redactor.untrustedColumns)
    }
}
