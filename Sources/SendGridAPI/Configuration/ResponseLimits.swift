/// How much one answer may hold. SendGrid documents a cap of 1000 rules per account (about 90 KB of JSON), but
/// the spec says "no limit" and a simulator accepts any: the limits leave room for 100 000-rule lists (8.8 MB)
/// and stop a runaway or hostile server before it takes the app's memory. An answer past either limit fails with
/// `APIError.tooLarge` / `.tooManyRows`; nothing of it is used.
public struct ResponseLimits: Hashable, Sendable {
    /// Bytes of one response body, counted as they arrive (before decoding).
    public var maxBytes: Int
    /// Rules (or activity rows) in one decoded answer.
    public var maxRows: Int

    public init(maxBytes: Int, maxRows: Int) {
        self.maxBytes = maxBytes
        self.maxRows = maxRows
    }

    /// 32 MiB and 250 000 rows: about 3.6× and 2.5× a 100 000-rule list, 250× SendGrid's documented cap.
    public static let standard = ResponseLimits(maxBytes: 32 * 1024 * 1024, maxRows: 250_000)

    /// "32 MB", "512 KB", "900 bytes": the byte limit in words.
    public static func describe(bytes: Int) -> String {
        if bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024 && bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes) bytes"
    }
}
