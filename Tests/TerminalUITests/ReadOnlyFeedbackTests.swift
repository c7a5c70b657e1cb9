import AccessCore
import Foundation
import Testing

@testable import TerminalUI

/// In read-only mode a key that would change the allow list says why it does nothing, from the keymap table.
@Suite struct ReadOnlyFeedbackTests {
    static let suffix = "is disabled (started with --read-only / read_only = true)"

    @Test func removeExplainsItself() {
        var state = Fixtures.loaded(readOnly: true)
        let effects = press(&state, .character("d"))
        #expect(state.flash?.text == "read-only: remove rule(s) \(Self.suffix)")
        #expect(state.flash?.kind == .info)
        #expect(effects.significant.isEmpty && state.overlay == nil, "nothing opens, nothing is sent")
        let lines = render(state, width: 80, height: 24).lines
        let flash = lines[21...22].map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        #expect(
            flash == "read-only: remove rule(s) \(Self.suffix)",
            "wrapped whole onto two rows:\n\(lines[21])\n\(lines[22])")
    }

    /// Every dangerous binding of the table, pressed where it applies, flashes its own help text.
    @Test func everyDangerousBindingOfTheTableExplainsItself() {
        let dangerous = Keymap.table.filter { $0.dangerous && [.rules, .attempts, .global].contains($0.scope) }
        #expect(
            Set(dangerous.map(\.command)) == [
                .remove, .add, .allow, .allowSlash24, .mark, .undo, .removeExpired, .editNote,
            ])
        for binding in dangerous {
            for key in binding.keys {
                var state = Fixtures.loaded(readOnly: true)
                if binding.scope == .attempts { press(&state, .character("2")) }
                let effects = press(&state, key)
                #expect(state.flash?.text == "read-only: \(binding.help) \(Self.suffix)", "\(binding.label)")
                #expect(effects.significant.isEmpty, "\(binding.label) sends nothing")
                #expect(state.rules.marked.isEmpty && state.overlay == nil)
            }
        }
    }

    @Test func aKeyBoundNowhereStaysSilent() {
        var state = Fixtures.loaded(readOnly: true)
        press(&state, .character("x"))
        #expect(state.flash == nil)
        press(&state, .character("2"), .character("d"))
        #expect(state.flash == nil, "d means nothing in the attempts pane, read-only or not")
    }

    @Test func outsideReadOnlyTheKeysWorkAsBefore() {
        var state = Fixtures.loaded()
        #expect(state.keymap.disabled.isEmpty)
        press(&state, .character("n"))
        if case .add = state.overlay {} else { Issue.record("n opens the add dialog") }
    }
}
