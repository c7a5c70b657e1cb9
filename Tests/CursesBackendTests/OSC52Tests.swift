import Testing

@testable import CursesBackend

@Suite("OSC 52 and cell text")
struct OSC52Tests {
    @Test(
        "base64 matches RFC 4648 test vectors",
        arguments: [
            ("", ""), ("f", "Zg=="), ("fo", "Zm8="), ("foo", "Zm9v"), ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="), ("foobar", "Zm9vYmFy"),
        ])
    func base64(input: String, expected: String) {
        #expect(OSC52.base64(Array(input.utf8)) == expected)
    }

    @Test("plain OSC 52 sequence")
    func plain() {
        let bytes = OSC52.sequence(for: "198.51.100.23", tmux: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}]52;c;MTk4LjUxLjEwMC4yMw==\u{07}")
    }

    @Test("tmux wrapping: DCS passthrough with the inner ESC doubled")
    func tmux() {
        let bytes = OSC52.sequence(for: "198.51.100.23", tmux: true)
        #expect(
            String(decoding: bytes, as: UTF8.self) == "\u{1B}Ptmux;\u{1B}\u{1B}]52;c;MTk4LjUxLjEwMC4yMw==\u{07}\u{1B}\\"
        )
    }

    @Test("non-ASCII text is encoded as UTF-8")
    func utf8() {
        let bytes = OSC52.sequence(for: "日", tmux: false)
        #expect(String(decoding: bytes, as: UTF8.self) == "\u{1B}]52;c;5pel\u{07}")
    }

    @Test("cell text: hostile scalars become U+FFFD, empty becomes a space, at most 4 scalars")
    func cellText() {
        #expect(CellText.scalars(of: "a") == [0x61])
        #expect(CellText.scalars(of: "") == [0x20])
        // Hostile scalars become the one sanitiser's placeholder (was "?" from a table of its own).
        #expect(CellText.scalars(of: "\u{1B}") == [0xFFFD])
        #expect(CellText.scalars(of: "\u{9B}") == [0xFFFD])
        #expect(CellText.scalars(of: "\u{7F}") == [0xFFFD])
        #expect(CellText.scalars(of: "\u{202E}") == [0xFFFD], "bidi override")
        #expect(CellText.scalars(of: "\u{2028}") == [0xFFFD], "line separator")
        #expect(CellText.scalars(of: "\u{2062}") == [0xFFFD], "invisible times")
        #expect(CellText.scalars(of: "e\u{301}") == [0x65, 0x301])
        #expect(CellText.scalars(of: "a\u{301}\u{302}\u{303}\u{304}").count == CellText.maxScalars)
    }
}
