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
    /// line and an indented `]`. Only outside strings (a string's own newlines are escapes, never raw).
    static func collapsingEmptyContainers(_ json: String) -> String {
        let scalars = Array(json.unicodeScalars)
        var out = String.UnicodeScalarView()
        var inString = false
        var escaped = false
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            out.append(scalar)
            index += 1
            if inString {
                if escaped {
                    escaped = false
                } else if scalar == "\\" {
                    escaped = true
                } else if scalar == "\"" {
                    inString = false
                }
                continue
            }
            if scalar == "\"" { inString = true; continue }
            guard scalar == "[" || scalar == "{" else { continue }
            var ahead = index
            while ahead < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[ahead]) { ahead += 1 }
            if ahead < scalars.count, scalars[ahead] == (scalar == "[" ? "]" : "}") {
                out.append(scalars[ahead])
                index = ahead + 1
            }
        }
        return String(out)
    }

    /// Replaces unsafe scalars by JSON escapes. Only valid on JSON text, where such scalars can only be
    /// inside strings (the structure is ASCII).
    static func escapeUnsafe(_ json: String) -> String {
        var out = ""
        out.reserveCapacity(json.utf8.count)
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F && needsEscape(scalar) {
                for unit in String(scalar).utf16 {
                    out += "\\u" + hex4(unit)
                }
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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

    private static func hex4(_ unit: UInt16) -> String {
        let digits = String(unit, radix: 16)
        return String(repeating: "0", count: 4 - digits.count) + digits
    }
}
