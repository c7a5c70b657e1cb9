import Testing

@testable import TerminalUI

@Suite struct KeymapTableTests {
    @Test func noKeyIsBoundTwiceInOneScope() {
        for scope in Scope.allCases {
            let keys = Keymap.table.filter { $0.scope == scope }.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "a key bound twice in \(scope)")
        }
    }

    @Test func changeAccountIsBoundToCInEveryMode() {
        for readOnly in [false, true] {
            let keymap = Keymap.standard(readOnly: readOnly)
            #expect(keymap.command(for: .character("c"), in: [.global]) == .changeAccount)
            #expect(keymap.bindings(in: .accounts).count == 4)
        }
    }
}
