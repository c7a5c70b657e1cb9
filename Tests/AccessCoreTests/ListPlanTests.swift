import AccessCore
import Foundation
import Testing

/// The diff between a file and the live list, and the guard's view of it (adds first, removals judged after).
@Suite struct ListPlanTests {
    static func rule(_ id: Int, _ ip: String) -> AllowRule { AllowRule(id: id, ip: ip, createdAt: 0, updatedAt: 0) }
    static func document(_ text: String) throws -> ListDocument { try ListDocumentParser.parse(text).get() }
    static let host = IPAddress(v4: 203, 0, 113, 10)
    static func knowledge(_ addresses: [IPAddress] = [host]) -> AddressKnowledge {
        AddressKnowledge(given: addresses.map { MyAddress(address: $0, source: .configured) })
    }

    @Test func aBareAddressInTheFileIsTheLiveSlash32NoDrift() throws {
        let plan = ListPlan(
            document: try Self.document("1.2.3.4\n"), live: [Self.rule(7, "1.2.3.4/32")], annotations: [:])
        #expect(plan.isEmpty)
        #expect(plan.unchanged.map(\.id) == [7])
    }

    @Test func addsRemovesAndUnchangedAreSplitAndAddsKeepTheirNotes() throws {
        let live = [Self.rule(1, "192.0.2.0/24"), Self.rule(2, "198.51.100.7/32"), Self.rule(3, "10.0.0.0/8")]
        let plan = ListPlan(
            document: try Self.document("10.0.0.0/8\n203.0.113.0/24  # office\n192.0.2.0/24\n"), live: live,
            annotations: [:])
        #expect(plan.adds.map(\.range.description) == ["203.0.113.0/24"])
        #expect(plan.adds.first?.note == "office")
        #expect(plan.removeIDs == [2])
        #expect(plan.unchanged.map(\.id) == [1, 3])
        #expect(!plan.isEmpty)
    }

    @Test func aDifferentNoteOrExpiryOnARuleThatStaysIsAnAnnotationChange() throws {
        let live = [Self.rule(1, "192.0.2.0/24"), Self.rule(2, "198.51.100.7/32")]
        let notes = ["192.0.2.0/24": Annotation(note: "old"), "198.51.100.7/32": Annotation(note: "agent")]
        let plan = ListPlan(
            document: try Self.document("192.0.2.0/24  # new\n198.51.100.7\n"), live: live, annotations: notes)
        #expect(plan.adds.isEmpty && plan.removes.isEmpty)
        #expect(plan.annotationChanges.map(\.range.description) == ["192.0.2.0/24", "198.51.100.7/32"])
        #expect(plan.annotationChanges[1].to == nil, "the file is the whole truth: no note clears it")
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let after = plan.annotated(
            notes, document: try Self.document("192.0.2.0/24  # new\n198.51.100.7\n"), now: now, by: "ops@h")
        #expect(after["192.0.2.0/24"]?.note == "new")
        #expect(after["192.0.2.0/24"]?.by == "ops@h")
        #expect(after["198.51.100.7/32"] == nil)
    }

    @Test func liveDuplicatesStayAndUnparsableRulesAreLeftAlone() throws {
        let live = [Self.rule(1, "192.0.2.0/24"), Self.rule(2, "192.0.2.0/24"), Self.rule(3, "garbage")]
        let plan = ListPlan(document: try Self.document("192.0.2.0/24\n"), live: live, annotations: [:])
        #expect(plan.isEmpty)
        #expect(plan.unchanged.map(\.id) == [1, 2])
        #expect(plan.unparsable.map(\.id) == [3])
    }

    @Test func aReplacementIsJudgedWithTheAddsInPlaceSoItIsSafe() throws {
        // The file swaps the rule covering this host for a wider one that still covers it.
        let live = [Self.rule(1, "203.0.113.0/24")]
        let plan = ListPlan(document: try Self.document("203.0.112.0/23\n"), live: live, annotations: [:])
        let assessment = plan.assessment(live: live, knowledge: Self.knowledge(), attempts: [], now: 0)
        #expect(assessment.verdict == .safe)
        #expect(!assessment.isFlagged)
    }

    @Test func aFileWithoutThisHostsRangeLocksItOutAndNamesIt() throws {
        let live = [Self.rule(1, "203.0.113.0/24"), Self.rule(2, "192.0.2.0/24")]
        let plan = ListPlan(
            document: try Self.document("192.0.2.0/24\n198.51.100.0/24\n"), live: live, annotations: [:])
        let assessment = plan.assessment(live: live, knowledge: Self.knowledge(), attempts: [], now: 0)
        #expect(assessment.verdict.affectedAddresses == [Self.host])
        #expect(assessment.isFlagged)
    }

    @Test func removalsRefuseRecentCallersTheAddsDoNotCover() throws {
        let live = [Self.rule(1, "203.0.113.0/24"), Self.rule(2, "198.51.100.7/32"), Self.rule(3, "192.0.2.0/24")]
        let seen = [
            AccessAttempt(ip: "198.51.100.7", allowed: true, authMethod: "API", location: "", firstAt: 90, lastAt: 100),
            AccessAttempt(ip: "192.0.2.9", allowed: true, authMethod: "API", location: "", firstAt: 90, lastAt: 100),
        ]
        // 192.0.2.0/24 goes but 192.0.2.0/25 comes first, so only 198.51.100.7 would be refused.
        let plan = ListPlan(document: try Self.document("203.0.113.0/24\n192.0.2.0/25\n"), live: live, annotations: [:])
        let assessment = plan.assessment(live: live, knowledge: Self.knowledge(), attempts: seen, now: 200)
        #expect(assessment.recentRefusals.entries.map(\.address.description) == ["198.51.100.7"])
    }

    @Test func aWideAddIsReportedAndAFirstRuleOnAnEmptyListWithAnUnknownHostIsFlagged() throws {
        let plan = ListPlan(document: try Self.document("10.0.0.0/8\n"), live: [], annotations: [:])
        let assessment = plan.assessment(live: [], knowledge: Self.knowledge([]), attempts: [], now: 0)
        #expect(assessment.wide.map(\.range.description) == ["10.0.0.0/8"])
        #expect(assessment.hostUnknown)
    }
}
