import CNcursesw
import TerminalKit
import Testing

@testable import CursesBackend

@Suite("Key decoding")
struct KeyDecoderTests {
    @Test(
        "function-key codes map to keys",
        arguments: [
            (KEY_UP, Key.up), (KEY_DOWN, .down), (KEY_LEFT, .left), (KEY_RIGHT, .right),
            (KEY_HOME, .home), (KEY_END, .end), (KEY_PPAGE, .pageUp), (KEY_NPAGE, .pageDown),
            (KEY_ENTER, .enter), (KEY_BTAB, .backTab), (KEY_BACKSPACE, .backspace),
            (KEY_DC, .delete), (KEY_IC, .insert), (KEY_F0 + 1, .function(1)), (KEY_F0 + 12, .function(12)),
        ])
    func keyCodes(code: Int32, expected: Key) {
        #expect(KeyDecoder.decode(.keyCode(code)) == expected)
    }

    @Test("KEY_RESIZE and KEY_MOUSE never reach the UI")
    func droppedCodes() {
        #expect(KeyDecoder.decode(.keyCode(KEY_RESIZE)) == nil)
        #expect(KeyDecoder.decode(.keyCode(KEY_MOUSE)) == nil)
    }

    @Test("unknown key codes are reported, not dropped")
    func unknownCode() {
        #expect(KeyDecoder.decode(.keyCode(KEY_F0 + 64)) == .unknown(KEY_F0 + 64))
        #expect(KeyDecoder.decode(.keyCode(KEY_SUSPEND)) == .unknown(KEY_SUSPEND))
    }

    @Test(
        "control characters",
        arguments: [
            (UInt32(13), Key.enter), (10, .enter), (9, .tab), (27, .escape), (127, .backspace), (8, .backspace),
            (21, .control("u")), (4, .control("d")), (12, .control("l")), (1, .control("a")), (26, .control("z")),
            (0, .unknown(0)), (28, .unknown(28)), (0x9B, .unknown(0x9B)),
        ])
    func controls(code: UInt32, expected: Key) {
        #expect(KeyDecoder.decode(.character(code)) == expected)
    }

    @Test("printable characters, ASCII and beyond", arguments: ["q", "G", "/", " ", "é", "日", "€", "😀"])
    func printable(text: String) {
        let scalar = text.unicodeScalars.first!
        #expect(KeyDecoder.decode(.character(scalar.value)) == .character(Character(text)))
    }

    @Test("an invalid scalar (surrogate) is unknown, not a crash")
    func invalidScalar() {
        #expect(KeyDecoder.decode(.character(0xD800)) == .unknown(0xD800))
        #expect(KeyDecoder.decode(.character(0x11_0000)) == .unknown(0x11_0000))
    }
}
