/// Replaces what an ASCII-only terminal cannot show with printable ASCII, one column for one column, so widths
/// and alignment stay exactly as in UTF-8: known symbols get a look-alike (★ `*`, ✓ `+`, ✗ `x`, box lines
/// `| - +`, arrows `^ v < >`, · `.`, ● `o`, … `~`, dashes `-`), Latin letters with diacritics their base letter
/// ("São" → "Sao"), and anything else one `?` per column it takes (a wide "東" → "??").
public enum ASCIIFold {
    /// What a scalar that is not printable ASCII becomes.
    public static let unknown: Character = "?"

    /// The one printable-ASCII character for a one-column scalar.
    public static func character(for scalar: Unicode.Scalar) -> Character {
        let v = scalar.value
        if v >= 0x20 && v < 0x7F { return Character(scalar) }
        if v < 0xA0 { return unknown }  // C0, DEL and C1 controls
        if let symbol = symbols[v] { return symbol }
        return baseLetter(of: scalar) ?? unknown
    }

    /// `text` as printable ASCII of the same display width: zero-width scalars are dropped, a wide scalar
    /// becomes `??`, line feeds and tabs are kept (for multi-line CLI output).
    public static func fold(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar == "\n" || scalar == "\t" {
                out.unicodeScalars.append(scalar)
                continue
            }
            switch DisplayWidth.of(scalar) {
            case 0: continue
            case 2: out += "??"
            default: out.append(character(for: scalar))
            }
        }
        return out
    }

    /// "LATIN SMALL LETTER A WITH TILDE" → "a": the Unicode name says which base letter a Latin letter carries.
    /// Nil for anything that is not one Latin letter (æ, ß, Greek, Cyrillic, …).
    static func baseLetter(of scalar: Unicode.Scalar) -> Character? {
        guard scalar.value < 0x2C00, let name = scalar.properties.name else { return nil }
        let words = name.split(separator: " ")
        guard words.count >= 4, words[0] == "LATIN", words[2] == "LETTER" else { return nil }
        let letter = words[3]
        guard letter.count == 1, let first = letter.unicodeScalars.first, first.value >= 0x41, first.value <= 0x5A
        else { return nil }
        switch words[1] {
        case "CAPITAL": return Character(first)
        case "SMALL": return Character(Unicode.Scalar(first.value + 0x20)!)
        default: return nil
        }
    }

    /// Look-alikes for the symbols sgaccess draws and a few common neighbours.
    static let symbols: [UInt32: Character] = {
        var table: [UInt32: Character] = [
            0x00A0: " ", 0x00B7: ".", 0x00D7: "x", 0x00AB: "<", 0x00BB: ">", 0x00B0: "o", 0x00A9: "c",
            0x2010: "-", 0x2011: "-", 0x2012: "-", 0x2013: "-", 0x2014: "-", 0x2015: "-", 0x2212: "-",
            0x2018: "'", 0x2019: "'", 0x201A: ",", 0x201C: "\"", 0x201D: "\"", 0x201E: "\"", 0x2032: "'",
            0x2022: "o", 0x2026: "~", 0x2190: "<", 0x2191: "^", 0x2192: ">", 0x2193: "v", 0x2194: "-",
            0x2195: "|", 0x21B5: "<", 0x2264: "<", 0x2265: ">", 0x2260: "#", 0x2248: "~",
            0x2500: "-", 0x2501: "-", 0x2502: "|", 0x2503: "|", 0x2550: "=", 0x2551: "|",
            0x2588: "#", 0x2591: "#", 0x2592: "#", 0x2593: "#", 0x258C: "|", 0x2590: "|",
            0x25B2: "^", 0x25B4: "^", 0x25B6: ">", 0x25B8: ">", 0x25BC: "v", 0x25BE: "v", 0x25C0: "<",
            0x25C2: "<", 0x25CF: "o", 0x25CB: "o", 0x25C6: "*", 0x25C7: "*", 0x2605: "*", 0x2606: "*",
            0x26A0: "!", 0x2713: "+", 0x2714: "+", 0x2717: "x", 0x2718: "x", 0x2715: "x", 0x2716: "x",
            0xFFFD: "?",
        ]
        // Box-drawing corners, tees and crosses (U+250C…U+254B, U+2552…U+256C): all "+".
        for v in UInt32(0x250C)...0x254B where table[v] == nil { table[v] = "+" }
        for v in UInt32(0x2552)...0x256C { table[v] = "+" }
        for v in UInt32(0x256D)...0x2570 { table[v] = "+" }  // rounded corners
        return table
    }()
}
