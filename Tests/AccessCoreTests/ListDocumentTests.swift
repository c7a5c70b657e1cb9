import AccessCore
import Foundation
import Testing

/// The allow-list file: parsing (text and JSON), formatting (sorted, normalised, stable) and round trips.
@Suite struct ListDocumentTests {
    static let expiry = Date(timeIntervalSince1970: 1_798_761_600)  // 2027-01-01T00:00:00Z

    static func rule(_ id: Int, _ ip: String) -> AllowRule { AllowRule(id: id, ip: ip, createdAt: 0, updatedAt: 0) }

    static func parse(_ text: String) throws -> ListDocument { try ListDocumentParser.parse(text).get() }

    static func problems(_ text: String) -> [ListFileProblem] {
        guard case .failure(let failure) = ListDocumentParser.parse(text) else { return [] }
        return failure.problems
    }

    // MARK: text

    @Test func everyFormSendGridAcceptsIsNormalisedAndCommentsAndBlankLinesAreSkipped() throws {
        let document = try Self.parse(
            """
            # office and agents

            1.2.3.4
            203.0.113.*
               2001:DB8::/32   
            """)
        #expect(document.ranges.map(\.description) == ["1.2.3.4/32", "203.0.113.0/24", "2001:db8::/32"])
        #expect(document.entries.map(\.line) == [3, 4, 5])
        #expect(document.warnings.isEmpty)
    }

    @Test func aTrailingCommentCarriesTheNoteAndTheExpiryAsExportWritesThem() throws {
        let document = try Self.parse(
            "198.51.100.7/32  # build agent  expires=2027-01-01\n10.0.0.0/8 # expires=2027-01-01T12:00:00Z\n")
        #expect(document.entries[0].note == "build agent")
        #expect(document.entries[0].expires == Self.expiry)
        #expect(document.entries[1].note == nil)
        #expect(document.entries[1].expires == Self.expiry.addingTimeInterval(12 * 3600))
    }

    @Test func aBadLineIsNamedWithWhatIsWrongAndEveryBadLineIsReported() {
        let problems = Self.problems("192.0.2.0/24\n192.0.2.300\n# fine\n10.0.0.0/8 10.1.0.0/16\n")
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems[0].description.hasPrefix("line 2: Octet 4 '300'"))
        #expect(problems[1].message.contains("write one range per line"))
        guard case .failure(let failure) = ListDocumentParser.parse("x\n") else {
            Issue.record("not refused")
            return
        }
        #expect(failure.message(file: "allow.txt").contains("allow.txt is not a valid allow list: line 1:"))
    }

    @Test func aRelativeExpiryIsRefusedBecauseAFileIsReadOnManyDays() {
        let problems = Self.problems("192.0.2.0/24  # temp  expires=7d\n")
        #expect(problems.count == 1)
        #expect(problems[0].line == 1)
        #expect(problems[0].message.contains("is relative"))
        #expect(Self.problems("192.0.2.0/24 # expires=soon")[0].message.contains("'soon' is not an expiry"))
    }

    @Test func aDuplicateWrittenDifferentlyCountsOnceWithAWarning() throws {
        let document = try Self.parse("1.2.3.4\n1.2.3.4/32\n")
        #expect(document.ranges.map(\.description) == ["1.2.3.4/32"])
        #expect(document.warnings.map(\.line) == [2])
        #expect(document.warnings[0].message.contains("'1.2.3.4/32' is 1.2.3.4/32, already on line 1"))
    }

    @Test func aDuplicateWithADifferentNoteIsAnError() {
        let problems = Self.problems("1.2.3.4  # agent\n1.2.3.4/32  # office\n")
        #expect(problems.map(\.line) == [2])
        #expect(problems[0].message.contains("with a different note or expiry"))
    }

    @Test func hostBitsAreAWarningNamingTheNetwork() throws {
        let document = try Self.parse("10.1.2.3/8\n")
        #expect(document.ranges.map(\.description) == ["10.0.0.0/8"])
        #expect(document.warnings.first?.message.contains("means 10.0.0.0/8") == true)
    }

    // MARK: JSON

    @Test func theJSONExportWritesIsReadBack() throws {
        let rules = [Self.rule(2, "203.0.113.0/24"), Self.rule(1, "198.51.100.7/32")]
        let notes = ["198.51.100.7/32": Annotation(note: #"build "agent" \ 1"#, expires: Self.expiry)]
        let json = ListDocumentFormatter.json(rules: rules, annotations: notes)
        let document = try Self.parse(json)
        #expect(document.ranges.map(\.description) == ["198.51.100.7/32", "203.0.113.0/24"])
        #expect(document.entries[0].note == #"build "agent" \ 1"#)
        #expect(document.entries[0].expires == Self.expiry)
        #expect(document.entries.map(\.line) == [3, 4])
    }

    @Test func aBadJSONRuleNamesItsNumberAndLine() {
        let problems = Self.problems(
            """
            {"rules": [
              {"range": "192.0.2.0/24"},
              {"range": "192.0.2.999"},
              {"range": "10.0.0.0/8", "notes": "typo"}
            ]}
            """)
        #expect(problems.map(\.line) == [3, 4])
        #expect(problems[0].message.hasPrefix("rule 2: Octet 4 '999'"))
        #expect(problems[1].message.contains("unknown key 'notes'"))
        #expect(Self.problems("{\"rules\": [}")[0].message.contains("not valid JSON"))
        #expect(Self.problems("{\"list\": []}")[0].message.contains(#"no "rules" array"#))
    }

    // MARK: formatter

    @Test func theTextIsSortedByFamilyAddressAndPrefixNormalisedAndOnceEach() {
        let rules = [
            Self.rule(1, "2001:db8::/32"), Self.rule(2, "203.0.113.0/24"), Self.rule(3, "10.0.0.0/8"),
            Self.rule(4, "10.0.0.0/16"), Self.rule(5, "1.2.3.4"), Self.rule(6, "1.2.3.4/32"), Self.rule(7, "nonsense"),
        ]
        let text = ListDocumentFormatter.text(
            rules: rules, annotations: ["1.2.3.4/32": Annotation(note: "agent", expires: Self.expiry)])
        let body = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(
            body == [
                "1.2.3.4/32  # agent  expires=2027-01-01", "10.0.0.0/8", "10.0.0.0/16", "203.0.113.0/24",
                "2001:db8::/32",
            ])
        #expect(text.hasSuffix("/32\n"))
    }

    @Test func theSameListGivesTheSameBytesWhateverItsOrder() {
        let rules = (0..<50).map { Self.rule($0 + 1, "10.\($0 % 7).\($0).0/24") }
        let once = ListDocumentFormatter.text(rules: rules, annotations: [:])
        let shuffled = ListDocumentFormatter.text(rules: rules.reversed(), annotations: [:])
        #expect(once == shuffled)
        #expect(
            ListDocumentFormatter.json(rules: rules, annotations: [:])
                == ListDocumentFormatter.json(rules: rules.reversed(), annotations: [:]))
    }

    @Test func aNoteCannotCarryControlCharactersIntoTheFile() {
        let text = ListDocumentFormatter.text(
            rules: [Self.rule(1, "192.0.2.1")], annotations: ["192.0.2.1/32": Annotation(note: "a\u{1B}[31mb\u{202E}")])
        #expect(text.contains("192.0.2.1/32  # a\u{FFFD}[31mb\u{FFFD}\n"))
    }

    @Test func exportThenParseGivesBackEveryRangeAndNote() throws {
        let rules = [Self.rule(1, "198.51.100.7"), Self.rule(2, "2001:db8::/48"), Self.rule(3, "192.0.2.0/24")]
        let notes = [
            "198.51.100.7/32": Annotation(note: "build # agent", expires: Self.expiry),
            "2001:db8::/48": Annotation(note: "v6 office"),
        ]
        for format in ListDocument.Format.allCases {
            let file =
                format == .text
                ? ListDocumentFormatter.text(rules: rules, annotations: notes)
                : ListDocumentFormatter.json(rules: rules, annotations: notes)
            let document = try ListDocumentParser.parse(file).get()
            let plan = ListPlan(document: document, live: rules, annotations: notes)
            #expect(plan.isEmpty, "\(format): \(plan)")
            #expect(document.entries.first { $0.range.description == "198.51.100.7/32" }?.note == "build # agent")
        }
    }
}
