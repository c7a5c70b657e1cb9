import AccessCore
import Foundation
import SendGridAPI
import Testing

@testable import SGAccessCLI

/// `#N` ids, the read-back after a change, options that would do nothing, one-sentence JSON errors, `[]`, and
/// the target line.
@Suite struct RoughEdgeTests {
    let me = ["--my-ip", "203.0.113.10"]

    func service() -> FakeService {
        FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8", "198.51.100.0/24"])
    }

    @Test func removeAcceptsHashIDsAsEveryOutputPrintsThem() async {
        let service = service()
        let result = await run(["remove", "#3", "--yes"] + me, service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(await service.mutatingCalls == ["remove 3"])
        let mixed = await run(["remove", "#2,#42", "--yes", "--json"] + me, service: self.service())
        #expect(mixed.status == 0, "\(mixed.err)")
        #expect((try? mixed.json()["not_found"] as? [String]) == ["#42"])
    }

    @Test(arguments: ["#", "#0", "#x1", "##3"])
    func aBadHashIDIsAUsageError(text: String) async {
        let service = service()
        let result = await run(["remove", text, "--yes"] + me, service: service)
        #expect(result.status == 2, "\(text): \(result.err)")
        #expect(result.err.contains("'\(text)' is not"), "\(result.err)")
        #expect(await service.calls.isEmpty)
    }

    @Test func anAddTheServerIgnoredIsAnAPIError() async throws {
        let service = service()
        await service.ignoreWrites()
        let result = await run(["allow", "192.0.2.0/24", "--json"] + me, service: service)
        #expect(result.status == 4)
        let message =
            "SendGrid answered that it added 192.0.2.0/24, but the list read back afterwards does not hold it: "
            + "the server ignored the write. Run `sgaccess list` to see the list, and check --base-url."
        #expect(result.err.contains("Error: " + message))
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["message"] as? String == message)
        #expect(error["kind"] as? String == "api")
    }

    @Test func aRemovalTheServerIgnoredIsAnAPIError() async {
        let service = service()
        await service.ignoreWrites()
        let result = await run(["remove", "3", "--yes"] + me, service: service)
        #expect(result.status == 4)
        #expect(
            result.err.contains(
                "SendGrid answered that it removed #3, but the list read back afterwards still holds it: "
                    + "the server ignored the write."))
        #expect(!result.out.contains("Removed"))
    }

    @Test func aReadBackThatFailsSaysTheChangeWasSent() async {
        let service = FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8"])
        await service.failAfterMutation("list", with: .timeout(seconds: 10))
        let result = await run(["remove", "2", "--yes"] + me, service: service)
        #expect(result.status == 4)
        #expect(await service.mutatingCalls == ["remove 2"])
        #expect(
            result.err.contains(
                "The removal of #2 10.0.0.0/8 was sent and SendGrid confirmed it, but the list could not be read "
                    + "back to check it: SendGrid did not answer within 10 seconds."), "\(result.err)")
    }

    @Test func aReadBackRefusedWith403IsTheLockoutTheChangeMadeAndStillASuccess() async throws {
        let service = service()
        let forbidden = APIError.forbidden(messages: ["IP address is not on the allow list"], operation: "listRules")
        await service.failAfterMutation("list", with: forbidden)
        let result = await run(["remove", "1", "--yes", "--allow-lockout", "--json"] + me, service: service)
        #expect(result.status == 0, "\(result.err)")
        #expect(try result.json()["after"] is NSNull)
        let human = FakeService(ranges: ["203.0.113.0/24", "10.0.0.0/8"])
        await human.failAfterMutation("list", with: forbidden)
        let text = await run(["remove", "1", "--yes", "--allow-lockout"] + me, service: human)
        #expect(text.status == 0)
        #expect(text.out.contains("The list could not be read back: SendGrid now refuses this host (403)"))
    }

    @Test func theLastLineNamesTheTarget() async {
        let subuser = await run(["list", "--on-behalf-of", "sub1", "--region", "eu"], service: service())
        #expect(subuser.out.hasSuffix("\nAccount: subuser sub1 · eu"), "\(subuser.out)")
        let custom = await run(["check", "10.1.2.3", "--base-url", "http://127.0.0.1:8025"], service: service())
        #expect(custom.out.hasSuffix("\nAccount: parent account · 127.0.0.1:8025 (custom URL)"), "\(custom.out)")
        let json = await run(["list", "--json"], service: service())
        #expect(!json.out.contains("Account:"), "JSON output keeps its documented shape")
    }

    @Test(arguments: [
        (["tui", "--json"], "--json does nothing for the terminal app"),
        (["check", "10.1.2.3", "--my-ip", "203.0.113.10"], "--my-ip does nothing for `check`"),
        (["activity", "--my-ip-url", "http://127.0.0.1:9/ip"], "--my-ip-url does nothing for `activity`"),
        (["remove", "3", "--dry-run", "--yes"], "--yes does nothing with --dry-run"),
        (["sim", "--traffic-interval", "1"], "--traffic-interval does nothing without --traffic"),
    ])
    func optionsThatWouldDoNothingAreRefused(arguments: [String], fragment: String) async {
        let service = service()
        let result = await run(arguments, service: service)
        #expect(result.status == 2, "\(arguments): \(result.err)")
        #expect(result.err.contains(fragment), "\(result.err)")
        #expect(await service.calls.isEmpty)
    }

    @Test func aJSONUsageErrorIsOneSentenceAndTheUsageGoesToStandardError() async throws {
        let result = await run(["check", "999.1.1.1", "--json"])
        #expect(result.status == 2)
        let error = try #require(try result.json()["error"] as? [String: Any])
        let message = try #require(error["message"] as? String)
        #expect(!message.contains("\n") && !message.contains("\u{FFFD}") && !message.contains("Usage"), "\(message)")
        #expect(message == "Octet 1 '999' is greater than 255; each octet is a number from 0 to 255.")
        #expect(result.err.contains("Usage: sgaccess check"))
    }

    @Test func severalBadEntriesBecomeOneLine() {
        let text = SGAccessProgram.oneSentence("Error: 2 entries are not valid:\n  a is bad.\n  b is bad.\n")
        #expect(text == "2 entries are not valid: a is bad. b is bad.")
        #expect(
            SGAccessProgram.oneSentence("Missing expected argument '<address>'")
                == "Missing expected argument '<address>'.")
    }

    @Test func emptyArraysAndObjectsPrintCompactly() {
        struct Shape: Encodable {
            let none: [Int]
            let empty: [String: Int]
            let text: String
        }
        let json = JSONOutput.encode(Shape(none: [], empty: [:], text: "[\n  ] {\t}"))
        #expect(json.contains(#""none" : []"#), "\(json)")
        #expect(json.contains(#""empty" : {}"#), "\(json)")
        #expect(json.contains(#""text" : "[\n  ] {\t}""#), "strings are untouched: \(json)")
    }

    @Test func anEmptyListInJSONHasACompactArray() async {
        let result = await run(["list", "--json"], service: FakeService())
        #expect(result.out.contains(#""rules" : []"#), "\(result.out)")
    }
}
