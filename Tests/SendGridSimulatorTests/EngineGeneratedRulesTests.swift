import AccessCore
import Testing

@testable import SendGridSimulator

/// `generatedRules`: many distinct rules at start, to measure at scale.
@Suite struct EngineGeneratedRulesTests {
    @Test func generatedRulesFollowTheSeedWithDistinctValidEntries() throws {
        let engine = try makeEngine {
            $0.seed = .demo
            $0.generatedRules = 2_000
            $0.ruleCap = 2_015
        }
        let rules = engine.rules()
        #expect(rules.count == DemoSeed.rules.count + 2_000)
        #expect(rules.map(\.id) == Array(1...rules.count))
        let generated = rules.dropFirst(DemoSeed.rules.count)
        #expect(Set(generated.map(\.ip)).count == 2_000)
        #expect(generated.allSatisfy { $0.range != nil && $0.createdAt <= t0 })
        #expect(generated.first?.ip == "10.0.0.1/32")
        #expect(generated.dropFirst(3).first?.ip == "2001:db8:0:3::/64")
    }

    @Test func theyAreListedAndFurtherIDsFollowThem() throws {
        var engine = try makeEngine {
            $0.enforce = false
            $0.generatedRules = 300
            $0.ruleCap = 301
        }
        #expect(resultRows(engine.handle(request("GET", whitelist), now: t0)).count == 300)
        let added = engine.handle(addRequest(["192.0.2.1"]), now: t0)
        #expect(resultRows(added).first?["id"] as? Int == 301)
    }

    @Test func entriesStayDistinctAcrossTheWholeRange() {
        let sample = [0, 1, 255, 256, 65_535, 65_536, 999_998, 999_999]
        let entries = sample.map(GeneratedRules.entry)
        #expect(Set(entries).count == sample.count)
        #expect(entries.allSatisfy { (try? AllowEntryParser.parse($0).get()) != nil })
    }

    @Test(arguments: [(-1, 10, "from 0 to"), (20, 10, "The rule cap 10 is below the 20 rules")])
    func aCapBelowTheGeneratedRulesIsRefused(count: Int, cap: Int, expected: String) {
        #expect {
            _ = try makeEngine {
                $0.generatedRules = count
                $0.ruleCap = cap
            }
        } throws: { error in
            "\(error)".contains(expected)
        }
    }
}
