import CNcursesw
import TerminalKit

/// What `wget_wch` returned: a character (status OK) or a function-key code (status KEY_CODE_YES).
public enum RawKey: Hashable, Sendable {
    case character(UInt32)
    case keyCode(Int32)
}

/// Turns `wget_wch` results into `Key`s. Pure, so the whole table is unit-tested.
public enum KeyDecoder {
    /// The key for one raw input, or nil for inputs the UI never sees (KEY_RESIZE, which the SIGWINCH
    /// handler reports itself, and KEY_MOUSE).
    public static func decode(_ raw: RawKey) -> Key? {
        switch raw {
        case .character(let code): decodeCharacter(code)
        case .keyCode(let code): decodeKeyCode(code)
        }
    }

    static func decodeCharacter(_ code: UInt32) -> Key {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(code) + 0x60)))
        case 0, 28...31, 0x80...0x9F: return .unknown(Int32(bitPattern: code))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown(Int32(bitPattern: code)) }
            return .character(Character(scalar))
        }
    }

    static func decodeKeyCode(_ code: Int32) -> Key? {
        if let key = keyCodeTable[code] { return key }
        switch code {
        case KEY_RESIZE, KEY_MOUSE: return nil
        case (KEY_F0 + 1)...(KEY_F0 + 63): return .function(Int(code - KEY_F0))
        default: return .unknown(code)
        }
    }

    private static let keyCodeTable: [Int32: Key] = [
        KEY_UP: .up, KEY_DOWN: .down, KEY_LEFT: .left, KEY_RIGHT: .right,
        KEY_HOME: .home, KEY_END: .end, KEY_SHOME: .home, KEY_SEND: .end,
        KEY_PPAGE: .pageUp, KEY_NPAGE: .pageDown, KEY_PREVIOUS: .pageUp, KEY_NEXT: .pageDown,
        KEY_ENTER: .enter, KEY_BTAB: .backTab, KEY_BACKSPACE: .backspace,
        KEY_DC: .delete, KEY_IC: .insert,
        // Keypad keys some terminals send in application mode.
        KEY_A1: .home, KEY_A3: .pageUp, KEY_C1: .end, KEY_C3: .pageDown,
    ]
}
