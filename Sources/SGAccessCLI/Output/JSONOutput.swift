import Foundation
import TerminalKit

/// Encodes the `--json` shapes: sorted keys, pretty-printed, slashes unescaped, and every scalar a terminal
/// could act on (C1 controls, DEL, bidi and zero-width format characters, line separators) written as a
/// `\uXXXX` escape. The data stays exact for a JSON reader, and printing it raw on a terminal is harmless.
///
/// The shapes are the `*Shape` types in `Output/Shapes/`, one per file. Keys are snake_case and sorted; timestamps
/// are Unix seconds; addresses and ranges are strings in SendGrid's normalised form. Fields are only ever added,
/// never renamed or removed. Full description with examples: `Sources/SGAccessCLI/JSONShapes.md`.
public enum JSONOutput {
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            return #"{"error":{"exit_code":4,"kind":"api","message":"Could not encode the result as JSON."}}"#
        }
        return escapeUnsafe(collapsingEmptyContainers(text))
    }

    /// `[]` and `{}` for empty arrays and objects: Foundation's pretty printer on Linux writes them as `[`, a blank
    /// line and an indented `]`. Only outside strings (a string's own newlines are escapes, never raw). Works on
    /// the UTF-8 bytes: the structure is ASCII, and no byte of a multi-byte scalar is.
    static func collapsingEmptyContainers(_ json: String) -> String {
        let bytes = Array(json.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var inString = false
        var escaped = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            out.append(byte)
            index += 1
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            if byte == UInt8(ascii: "\"") { inString = true; continue }
            guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "{") else { continue }
            var ahead = index
            while ahead < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[ahead]) { ahead += 1 }
            if ahead < bytes.count, bytes[ahead] == (byte == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}"))
            {
                out.append(bytes[ahead])
                index = ahead + 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Replaces unsafe scalars by JSON escapes. Only valid on JSON text, where such scalars can only be
    /// inside strings (the structure is ASCII). Runs of safe bytes are copied at once (`JSONByteWriter`).
    static func escapeUnsafe(_ json: String) -> String {
        var writer = JSONByteWriter(capacity: json.utf8.count + 64)
        writer.escapingUnsafe(json)
        return writer.takeAll()
    }

    /// TerminalKit's hostile scalars, and more: escaping loses nothing in JSON, so every control, format,
    /// separator, private-use, unassigned or noncharacter scalar is written as an escape too.
    static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        if Sanitizer.isHostile(scalar) || scalar.properties.isNoncharacterCodePoint { return true }
        switch scalar.properties.generalCategory {
        case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate, .privateUse, .unassigned: return true
        default: return false
        }
    }
}
