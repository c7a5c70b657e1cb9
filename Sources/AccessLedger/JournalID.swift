/// Journal entry ids: 8 lowercase hex digits from an injected source of randomness.
public enum JournalID {
    public static func make(_ random: UInt32) -> String {
        let hex = String(random, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }

    /// A fresh id from the system's generator.
    public static func random() -> String { make(UInt32.random(in: .min ... .max)) }
}
