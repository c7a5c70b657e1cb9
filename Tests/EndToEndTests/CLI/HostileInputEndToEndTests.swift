import Foundation
import TestSupport
import Testing

/// The real binary against faults of its surroundings: a log that cannot be written, hostile bytes in argv.
@Suite("sgaccess survives hostile surroundings", .serialized)
struct HostileInputEndToEndTests {
    @Test func aLogOnAFullDiskIsReportedOnceAndTheCommandCarriesOn() async throws {
        try await withSimulator { sim in
            let result = try await sim.run([
                "list", "--log-file", "/dev/full", "--log-level", "debug", "--my-ip", clientIP,
            ])
            #expect(result.status == 0, "no crash (FileHandle.write used to trap with SIGILL): \(result.err)")
            #expect(result.out.contains(officeRange), "the list is printed")
            let sentence = "The log at /dev/full cannot be written: No space left on device; continuing without it."
            #expect(result.err.components(separatedBy: sentence).count == 2, "said exactly once:\n\(result.err)")
        }
    }

    @Test(arguments: ["\u{1B}]0;HIJACK\u{07}\u{1B}[2J", "\u{1B}]0;HIJACK\u{07}", "\u{9B}2J\u{202E}x"])
    func hostileArgumentsAreNeverEchoedRaw(argument: String) async throws {
        try await withSimulator { sim in
            let result = try await sim.run(["check", argument])
            #expect(result.status == 2)
            #expect(
                result.err.contains("HIJACK") || result.err.contains("2J"),
                "the argument is quoted, made visible: \(result.err)")
            let bytes = Array(result.all.utf8)
            #expect(!bytes.contains(0x1B), "no ESC byte")
            #expect(!bytes.contains(0x07), "no BEL byte")
            #expect(!result.all.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
        }
    }

    @Test func hostileOptionValuesInArgumentParserMessagesAreSanitised() async throws {
        try await withSimulator { sim in
            let result = try await sim.run(["list", "--timeout", "1\u{1B}[2J"])
            #expect(result.status == 2)
            #expect(
                !Array(result.all.utf8).contains(0x1B),
                "swift-argument-parser quotes argv; it is sanitised: \(result.err)")
        }
    }
}
