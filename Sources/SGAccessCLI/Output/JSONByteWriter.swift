/// Builds JSON text as UTF-8 bytes, copying runs of safe bytes at once. Strings are escaped exactly as
/// `JSONOutput.encode` writes them: Foundation's escapes for `"`, `\` and C0 controls, then a `\uXXXX` escape
/// (lowercase hex, UTF-16 units) for every scalar `JSONOutput.needsEscape` flags; everything else is copied.
struct JSONByteWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    /// Everything written so far, as text; the writer starts again empty (keeping its capacity).
    mutating func takeAll() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Like `takeAll()` for text that ends with a line feed, without that last line feed.
    mutating func takeLines() -> String {
        defer { bytes.removeAll(keepingCapacity: true) }
        return String(decoding: bytes.dropLast(), as: UTF8.self)
    }

    /// Appends `text` as it is (structure: ASCII only).
    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func int(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        let start = bytes.count
        repeat {
            bytes.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        } while magnitude > 0
        bytes[start...].reverse()
    }

    mutating func bool(_ value: Bool) {
        value ? raw("true") : raw("false")
    }

    /// `"text"`, escaped.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { appendEscaped($0, structural: false) }
        bytes.append(UInt8(ascii: "\""))
    }

    /// JSON text that is already valid, with only the unsafe scalars (all ≥ U+007F) escaped.
    mutating func escapingUnsafe(_ json: String) {
        var json = json
        json.withUTF8 { appendEscaped($0, structural: true) }
    }

    /// `structural`: the input is JSON text, so ASCII is copied as it is; otherwise it is a string's content.
    private mutating func appendEscaped(_ input: UnsafeBufferPointer<UInt8>, structural: Bool) {
        var index = 0
        var runStart = 0
        while index < input.count {
            let byte = input[index]
            if byte < 0x7F && (structural || Self.isPlain(byte)) {
                index += 1
                continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
            if byte < 0x80 {
                appendASCIIEscape(byte)
                index += 1
            } else {
                let length = Self.sequenceLength(byte)
                let scalar = Self.decode(input, at: index, length: length)
                if JSONOutput.needsEscape(scalar) {
                    appendEscape(scalar)
                } else {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[index..<index + length]))
                }
                index += length
            }
            runStart = index
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: input[runStart..<index]))
    }

    /// Printable ASCII that a JSON string holds as it is.
    private static func isPlain(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "\\")
    }

    private mutating func appendASCIIEscape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw(#"\""#)
        case UInt8(ascii: "\\"): raw(#"\\"#)
        case 0x08: raw(#"\b"#)
        case 0x09: raw(#"\t"#)
        case 0x0A: raw(#"\n"#)
        case 0x0C: raw(#"\f"#)
        case 0x0D: raw(#"\r"#)
        default: appendUnicodeEscape(UInt16(byte))
        }
    }

    /// One `\uXXXX` per UTF-16 unit: a surrogate pair above U+FFFF.
    private mutating func appendEscape(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        guard value > 0xFFFF else { return appendUnicodeEscape(UInt16(value)) }
        appendUnicodeEscape(UInt16(0xD800 + ((value - 0x1_0000) >> 10)))
        appendUnicodeEscape(UInt16(0xDC00 + ((value - 0x1_0000) & 0x3FF)))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func appendUnicodeEscape(_ unit: UInt16) {
        bytes.append(UInt8(ascii: "\\"))
        bytes.append(UInt8(ascii: "u"))
        for shift: UInt16 in [12, 8, 4, 0] {
            bytes.append(Self.hexDigits[Int((unit >> shift) & 0xF)])
        }
    }

    /// Length of the UTF-8 sequence a lead byte starts (the input is valid UTF-8: it comes from a `String`).
    private static func sequenceLength(_ lead: UInt8) -> Int {
        lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }

    private static func decode(_ input: UnsafeBufferPointer<UInt8>, at index: Int, length: Int) -> Unicode.Scalar {
        let leadBits: UInt32 = length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07
        var value = UInt32(input[index]) & leadBits
        for offset in 1..<length {
            value = value << 6 | UInt32(input[index + offset] & 0x3F)
        }
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
