import Foundation
import TestSupport
import Testing

/// `export`, `plan` and `apply` of the real binary against an in-process demo simulator (client address
/// 203.0.113.10, covered by 203.0.113.0/24), the ledger in a scratch XDG_STATE_HOME, files in the same folder.
@Suite("sgaccess export, plan and apply against the simulator", .serialized)
struct ListFileEndToEndTests {
    /// Runs with the ledger in `folder` and this host's address given.
    func run(_ sim: SimulatorFixture, _ folder: ScratchFolder, _ arguments: [String]) async throws -> ProcessResult {
        try await sim.run(arguments + ["--my-ip", clientIP], ["XDG_STATE_HOME": folder.path])
    }

    func write(_ text: String, _ name: String, in folder: ScratchFolder) throws -> String {
        try text.write(toFile: folder.file(name), atomically: true, encoding: .utf8)
        return folder.file(name)
    }

    @Test func exportThenPlanIsInSyncAndOneMoreLineIsPending() async throws {
        try await ScratchFolder.with("e2e-file") { folder in
            try await withSimulator { sim in
                let exported = try await run(sim, folder, ["export"])
                #expect(exported.status == 0, "\(exported.err)")
                let file = try write(exported.out, "allow.txt", in: folder)
                let same = try await run(sim, folder, ["plan", file])
                #expect(same.status == 0, "\(same.all)")
                let more = try write(exported.out + "192.0.2.0/24  # lab\n", "more.txt", in: folder)
                let pending = try await run(sim, folder, ["plan", more])
                #expect(pending.status == 1, "\(pending.all)")
                #expect(pending.out.contains("+ 192.0.2.0/24"))
                #expect(!sim.simulator.requestLog().contains { $0.method != "GET" })
            }
        }
    }

    @Test func aReplacementIsOnePOSTThenOneDELETEAndIsJournalled() async throws {
        try await ScratchFolder.with("e2e-file") { folder in
            try await withSimulator { sim in
                let exported = try await run(sim, folder, ["export"])
                let kept = exported.out.split(separator: "\n").filter { !$0.hasPrefix("198.51.100.7/32") }
                #expect(kept.count < exported.out.split(separator: "\n").count, "the demo seed has 198.51.100.7/32")
                let file = try write((kept + ["192.0.2.0/24  # lab"]).joined(separator: "\n"), "new.txt", in: folder)
                let applied = try await run(sim, folder, ["apply", file, "--yes"])
                #expect(applied.status == 0, "\(applied.all)")
                let writes = sim.simulator.requestLog().filter { $0.method != "GET" }.map(\.method)
                #expect(writes == ["POST", "DELETE"])
                #expect(sim.rule("192.0.2.0/24") != nil)
                #expect(sim.rule("198.51.100.7/32") == nil)
                #expect(folder.read("sgaccess/journal.jsonl").contains(#""kind":"apply""#))
                let again = try await run(sim, folder, ["plan", file])
                #expect(again.status == 0, "\(again.all)")
                #expect(try await run(sim, folder, ["export"]).out.contains("192.0.2.0/24  # lab"))
            }
        }
    }

    @Test func aFileWithoutTheClientsRangeIsRefusedNamingIt() async throws {
        try await ScratchFolder.with("e2e-file") { folder in
            try await withSimulator { sim in
                let file = try write("192.0.2.0/24\n", "lockout.txt", in: folder)
                let plan = try await run(sim, folder, ["plan", file])
                #expect(plan.status == 3, "\(plan.all)")
                #expect(plan.err.contains("Add a rule covering \(clientIP) first"))
                let apply = try await run(sim, folder, ["apply", file, "--yes"])
                #expect(apply.status == 3)
                #expect(apply.err.contains(clientIP))
                #expect(!sim.simulator.requestLog().contains { $0.method != "GET" })
                #expect(sim.rule(officeRange) != nil)
            }
        }
    }

    @Test func aFileOverTheCapAndABadLineAreRefusedBeforeAnyChange() async throws {
        try await ScratchFolder.with("e2e-file") { folder in
            try await withSimulator { sim in
                let big = [officeRange] + (0..<1000).map { "10.\($0 / 250).\($0 % 250).0/24" }
                let over = try write(big.joined(separator: "\n"), "big.txt", in: folder)
                let plan = try await run(sim, folder, ["plan", over, "--json"])
                #expect(plan.status == 3, "\(plan.err)")
                #expect((try plan.json()["capacity"] as? [String: Any])?["refused"] as? Bool == true)
                let bad = try write("\(officeRange)\n\n10.0.0.0/33\n", "bad.txt", in: folder)
                let refused = try await run(sim, folder, ["apply", bad, "--yes"])
                #expect(refused.status == 2)
                #expect(refused.err.contains("line 3: The prefix /33 is out of range"))
                #expect(!sim.simulator.requestLog().contains { $0.method != "GET" })
            }
        }
    }

    @Test func aSubuserTenantGetsTheFileAndTheParentKeepsItsList() async throws {
        try await ScratchFolder.with("e2e-file") { folder in
            try await withSimulator { sim in
                let parent = sim.ranges
                let file = try write("\(officeRange)\n192.0.2.0/24\n", "sub.txt", in: folder)
                let applied = try await run(sim, folder, ["apply", file, "--yes", "--on-behalf-of", "sub1"])
                #expect(applied.status == 0, "\(applied.all)")
                #expect(
                    sim.simulator.rules(tenant: "sub1").compactMap { $0.range?.description }.sorted()
                        == ["192.0.2.0/24", officeRange])
                #expect(sim.ranges == parent)
                let plan = try await run(sim, folder, ["plan", file, "--on-behalf-of", "sub1"])
                #expect(plan.status == 0, "\(plan.all)")
            }
        }
    }
}
