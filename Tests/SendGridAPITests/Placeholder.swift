import Testing
@Test func SendGridAPITestsPlaceholder() { #expect(Bool(true)) }
