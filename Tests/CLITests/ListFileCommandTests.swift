import AccessCore
import Foundation
import SendGridAPI
import Testing

@testable import SGAccessCLI

/// `export`, `plan` and `apply` in process against FakeService, with the ledger in a scratch XDG_STATE_HOME.
@Suite struct ListFileCommandTests {
    let me = ["--my-ip", "203.0.113.10"]

    @Test func exportThenPlanOfTheSameFileIsInSyncAndOneMoreLineIsPending() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "198.51.100.7", "2001:db8::/48"])
        let exported = await sgaccess.run(["export"])
        #expect(exported.status == 0, "\(exported.err)")
        #expect(exported.out.hasSuffix("198.51.100.7/32\n203.0.113.0/24\n2001:db8::/48"))
        let same = await sgaccess.run(["plan", "-"] + me, stdin: exported.out)
        #expect(same.status == 0, "\(same.all)")
        #expect(same.out.contains("The live list matches standard input: 3 rules, nothing to change."))
        let more = await sgaccess.run(["plan", "-"] + me, stdin: exported.out + "\n192.0.2.0/24  # lab\n")
        #expect(more.status == 1, "\(more.all)")
        #expect(more.out.contains("  + 192.0.2.0/24  # \"lab\""))
        #expect(await sgaccess.service.mutatingCalls.isEmpty, "plan sends nothing")
    }

    @Test func exportIsTheSameBytesTwiceAndJSONReadsBackInSync() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "10.0.0.0/16", "10.0.0.0/8"])
        let once = await sgaccess.run(["export", "--format", "json"])
        let twice = await sgaccess.run(["export", "--json"])
        #expect(once.out == twice.out)
        #expect(once.out.contains(#"{"range": "10.0.0.0/8"},"# + "\n" + #"    {"range": "10.0.0.0/16"},"#))
        let plan = await sgaccess.run(["plan", "-", "--json"] + me, stdin: once.out)
        #expect(plan.status == 0, "\(plan.all)")
        let json = try plan.json()
        #expect(json["in_sync"] as? Bool == true)
        #expect(json["format"] as? String == "json")
        #expect(json["unchanged"] as? Int == 3)
    }

    @Test func aBadLineIsExit2WithTheLineNamedAndNothingIsAsked() async throws {
        let sgaccess = try ListFileRunner()
        let result = await sgaccess.run(["plan", "-"], stdin: "203.0.113.0/24\n# ok\n192.0.2.256\n")
        #expect(result.status == 2)
        #expect(result.err.contains("standard input is not a valid allow list: line 3: Octet 4 '256'"))
        #expect(await sgaccess.service.calls.isEmpty, "a bad file is refused before any request")
        let apply = await sgaccess.run(["apply", "-", "--yes"], stdin: "10.0.0.0/8 # x expires=2d\n")
        #expect(apply.status == 2)
        #expect(apply.err.contains("line 1: expires=2d is relative"))
    }

    @Test func applyAddsOnlyWithOnePOSTAndJournalsIt() async throws {
        let sgaccess = try ListFileRunner()
        let file = "203.0.113.0/24\n192.0.2.0/24  # lab  expires=2027-01-01\n198.51.100.7\n"
        let plan = await sgaccess.run(["plan", "-"] + me, stdin: file)
        #expect(plan.status == 1)
        let applied = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: file)
        #expect(applied.status == 0, "\(applied.all)")
        #expect(await sgaccess.service.mutatingCalls == ["add 192.0.2.0/24,198.51.100.7/32"])
        #expect(applied.out.contains("Applied standard input: added 2, removed 0"))
        #expect(applied.out.contains("The list now holds 3 rules"))
        let journal = try sgaccess.journal()
        #expect(journal.count == 2)
        let intent = try #require(journal.first?["intent"] as? [String: Any])
        #expect(intent["kind"] as? String == "apply")
        #expect((journal.last?["outcome"] as? [String: Any])?["status"] as? String == "succeeded")
        let exported = await sgaccess.run(["export"])
        #expect(exported.out.contains("192.0.2.0/24  # lab  expires=2027-01-01"))
        #expect(await sgaccess.run(["plan", "-"] + me, stdin: file).status == 0)
    }

    @Test func applyRemovesOnlyInOneDELETE() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "198.51.100.7/32", "192.0.2.0/24"])
        let applied = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: "203.0.113.0/24\n")
        #expect(applied.status == 0, "\(applied.all)")
        #expect(await sgaccess.service.mutatingCalls == ["remove 2,3"])
        #expect(await sgaccess.service.rules.map(\.ip) == ["203.0.113.0/24"])
    }

    @Test func aReplacementAddsBeforeItRemoves() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24"])
        let applied = await sgaccess.run(["apply", "-", "--yes", "--json"] + me, stdin: "203.0.112.0/23\n")
        #expect(applied.status == 0, "\(applied.all)")
        #expect(await sgaccess.service.mutatingCalls == ["add 203.0.112.0/23", "remove 1"])
        let json = try applied.json()
        #expect((json["added"] as? [[String: Any]])?.first?["range"] as? String == "203.0.112.0/23")
        #expect((json["removed"] as? [[String: Any]])?.first?["id"] as? Int == 1)
        #expect((json["after"] as? [String: Any])?["count"] as? Int == 1)
    }

    @Test func aFileThatLocksOutThisHostIsRefusedWithTheAddressNamed() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "192.0.2.0/24"])
        let plan = await sgaccess.run(["plan", "-", "--json"] + me, stdin: "192.0.2.0/24\n")
        #expect(plan.status == 3, "\(plan.all)")
        #expect(plan.err.contains("Add a rule covering 203.0.113.10 first"))
        let lockout = try #require(try plan.json()["lockout"] as? [String: Any])
        #expect(lockout["addresses"] as? [String] == ["203.0.113.10"])
        #expect(lockout["refused"] as? Bool == true)
        let apply = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: "192.0.2.0/24\n")
        #expect(apply.status == 3)
        #expect(apply.err.contains("203.0.113.10"))
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
        #expect(try sgaccess.journal().isEmpty, "nothing refused is journalled")
    }

    @Test func theCapCountsTheAddsBeforeTheRemovals() async throws {
        let full = (0..<1000).map { "10.\($0 / 250).\($0 % 250).0/24" }
        let sgaccess = try ListFileRunner(full + [])
        // Swap one rule for another: fine if removals went first, but apply adds first.
        let file = (full.dropFirst() + ["192.0.2.0/24", "203.0.113.0/24"]).joined(separator: "\n")
        let plan = await sgaccess.run(["plan", "-", "--json", "--my-ip", "10.0.1.1"], stdin: file)
        #expect(plan.status == 3, "\(plan.err)")
        let capacity = try #require(try plan.json()["capacity"] as? [String: Any])
        #expect(capacity["after_adds"] as? Int == 1002)
        #expect(capacity["refused"] as? Bool == true)
        #expect(plan.err.contains("apply adds before it removes"))
        let apply = await sgaccess.run(["apply", "-", "--yes", "--my-ip", "10.0.1.1"], stdin: file)
        #expect(apply.status == 3)
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
    }

    @Test func aRemovalSaysWhoItWouldHaveRefusedRecently() async throws {
        let seen = [attempt("198.51.100.7", allowed: true)]
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "198.51.100.7/32"], attempts: seen)
        let plan = await sgaccess.run(["plan", "-"] + me, stdin: "203.0.113.0/24\n")
        #expect(plan.status == 1, "\(plan.all)")
        #expect(plan.out.contains("Would have refused 1 address seen allowed in the last 24h: 198.51.100.7"))
    }

    @Test func aSubuserAndTheEURegionReachTheClientAndTheJournal() async throws {
        let sgaccess = try ListFileRunner()
        let file = "203.0.113.0/24\n192.0.2.0/24\n"
        let applied = await sgaccess.run(
            ["apply", "-", "--yes", "--on-behalf-of", "sub1", "--region", "eu"] + me, stdin: file)
        #expect(applied.status == 0, "\(applied.all)")
        let configurations = sgaccess.recorder.configurations
        #expect(configurations.map(\.baseURL.absoluteString) == ["https://api.eu.sendgrid.com"])
        #expect(configurations.map(\.onBehalfOf) == ["sub1"])
        let intent = try #require(try sgaccess.journal().first?["intent"] as? [String: Any])
        let account = try #require(intent["account"] as? [String: Any])
        #expect(account["onBehalfOf"] as? String == "sub1")
        #expect(applied.out.contains("sub1"))
    }

    @Test func withoutYesOffATerminalNothingIsSent() async throws {
        let sgaccess = try ListFileRunner()
        let result = await sgaccess.run(["apply", "-"] + me, stdin: "203.0.113.0/24\n192.0.2.0/24\n")
        #expect(result.status == 2)
        #expect(result.err.contains("without confirmation: standard input is not a terminal"))
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
    }

    @Test func aFlaggedChangeMustBeConfirmedByTypingTheAddress() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "192.0.2.0/24"])
        let file = "192.0.2.0/24\n"
        let wrong = await sgaccess.run(["apply", "-", "--allow-lockout"] + me, stdin: file, tty: true, typed: "yes")
        #expect(wrong.status == 1, "\(wrong.all)")
        #expect(sgaccess.recorder.questions.last?.contains("Type 203.0.113.10 to apply remove 1") == true)
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
        let typed = await sgaccess.run(
            ["apply", "-", "--allow-lockout"] + me, stdin: file, tty: true, typed: "203.0.113.10")
        #expect(typed.status == 0, "\(typed.all)")
        #expect(await sgaccess.service.mutatingCalls == ["remove 1"])
    }

    @Test func aPlainChangeOnATerminalIsAskedYesOrNo() async throws {
        let sgaccess = try ListFileRunner()
        let declined = await sgaccess.run(["apply", "-"] + me, stdin: "203.0.113.0/24\n192.0.2.0/24\n", tty: true)
        #expect(declined.status == 1)
        #expect(sgaccess.recorder.questions == ["Apply add 1?"])
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
    }

    @Test func aFailedRemovalAfterTheAddsSaysWhatLandedAndIsJournalledPartial() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24", "198.51.100.7/32"])
        await sgaccess.service.fail("remove", with: .server(status: 500, messages: ["boom"]))
        let result = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: "203.0.113.0/24\n192.0.2.0/24\n")
        #expect(result.status == 4, "\(result.all)")
        #expect(result.err.contains("The adds landed: #3 192.0.2.0/24."))
        #expect(result.err.contains("The removal of #2 failed: no rule was removed."))
        let outcome = try #require(try sgaccess.journal().last?["outcome"] as? [String: Any])
        #expect(outcome["status"] as? String == "partial")
        #expect((outcome["added"] as? [[String: Any]])?.first?["id"] as? Int == 3)
        #expect(outcome["removedIDs"] as? [Int] == [])
    }

    @Test func notesOfRulesThatStayAreUpdatedWithoutARequest() async throws {
        let sgaccess = try ListFileRunner(["203.0.113.0/24"])
        let file = "203.0.113.0/24  # office  expires=2027-01-01\n"
        #expect(await sgaccess.run(["plan", "-"] + me, stdin: file).status == 1)
        let applied = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: file)
        #expect(applied.status == 0, "\(applied.all)")
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
        #expect(applied.out.contains("1 note changed"))
        #expect(await sgaccess.run(["export"]).out.contains("203.0.113.0/24  # office  expires=2027-01-01"))
        #expect(await sgaccess.run(["plan", "-"] + me, stdin: file).status == 0)
    }

    @Test func applyOfAFileTheListMatchesSendsNothingAndSucceeds() async throws {
        let sgaccess = try ListFileRunner()
        let result = await sgaccess.run(["apply", "-", "--yes"] + me, stdin: "203.0.113.0/24\n")
        #expect(result.status == 0)
        #expect(result.out.contains("nothing to change"))
        #expect(await sgaccess.service.mutatingCalls.isEmpty)
        #expect(try sgaccess.journal().isEmpty)
    }

    @Test func aFileOnDiskIsReadAndAMissingOneIsNamed() async throws {
        let sgaccess = try ListFileRunner()
        try "203.0.113.0/24\n".write(toFile: sgaccess.state.file("allow.txt"), atomically: true, encoding: .utf8)
        #expect(await sgaccess.run(["plan", sgaccess.state.file("allow.txt")] + me).status == 0)
        let missing = await sgaccess.run(["plan", sgaccess.state.file("nope.txt")])
        #expect(missing.status == 2)
        #expect(missing.err.contains("nope.txt does not exist"))
    }
}
