import Testing
@Test func TerminalUITestsPlaceholder() { #expect(Bool(true)) }
