import AccessCore
import TerminalUI

extension MonkeyRun {
    static let addCandidates = [
        "0.0.0.0/0", "*.*.*.*", "0.0.0.0/1", "128.0.0.0/1", "10.0.0.0/8", "252.79.32.70/0",
        "2001::/16", "::/0", "198.51.100.0/24", "203.0.113.99", "192.0.2.0/25", "300.1.1.1",
    ]
    static let mainKeys: [Key] = [
        .character("j"), .character("j"), .character("k"), .character("g"), .character("G"), .tab, .character("1"),
        .character("2"), .character("3"), .character("d"), .character("d"), .character("d"), .character(" "),
        .character("a"), .character("a"), .character("A"), .character("n"), .character("u"), .character("r"),
        .character("s"), .character("b"), .enter, .escape, .character("q"), .character("?"), .character("/"),
    ]

    /// The next keys a tired operator might press, given what is on screen.
    mutating func nextKeys() -> [Key] {
        let roll = Double.random(in: 0..<1, using: &rng)
        switch state.overlay {
        case .confirm(let dialog)?:
            if let typed = dialog.typed {
                if roll < 0.35 { return typed.expected.map { Key.character($0) } + [.enter] }
                if roll < 0.5 { return "203.0.113".map { Key.character($0) } + [.enter] }
                if roll < 0.7 { return [.character("y")] }
                return [roll < 0.85 ? .enter : .escape]
            }
            if roll < 0.55 { return [.character("y")] }
            return [roll < 0.8 ? .enter : .escape]
        case .add?:
            if roll < 0.75 {
                let text = Self.addCandidates[Int.random(in: 0..<Self.addCandidates.count, using: &rng)]
                return [.control("u")] + text.map { Key.character($0) } + [.enter]
            }
            return [.escape]
        case .filter?:
            return roll < 0.5 ? "203".map { Key.character($0) } + [.enter] : [.escape]
        case .help?, .accounts?, .journal?, .note?:
            return [.escape]
        case .dismiss?:
            return [roll < 0.5 ? .enter : .escape]
        case nil:
            return [Self.mainKeys[Int.random(in: 0..<Self.mainKeys.count, using: &rng)]]
        }
    }
}
