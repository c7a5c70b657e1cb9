import Foundation
import TestSupport
import Testing

/// The man page and the completion scripts that `scripts/install` installs come from the command definitions
/// themselves: every subcommand and `--profile` appear in each.
@Suite struct InstallArtifactsEndToEndTests {
    static let subcommands =
        ["list", "activity", "allow", "remove", "check", "whoami", "info", "sim", "tui", "demo"]
        + ["journal", "undo", "expire", "export", "plan", "apply"]

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsCoverEverySubcommandAndProfile(shell: String) async throws {
        let result = try await SGAccessBinary.run(["--generate-completion-script", shell], environment: [:])
        #expect(result.status == 0, "\(result.err)")
        for name in Self.subcommands {
            #expect(result.out.contains(name), "\(shell) completion lacks \(name)")
        }
        let option = shell == "fish" ? "-l 'profile'" : "--profile"
        #expect(result.out.contains(option), "\(shell) completion lacks --profile")
    }

    @Test func profileNamesCompleteFromTheConfigFile() async throws {
        let folder = try ScratchFolder("compl")
        try FileManager.default.createDirectory(atPath: folder.file("sgaccess"), withIntermediateDirectories: true)
        try "[profiles.prod]\n[profiles.eu-sub]\n".write(
            toFile: folder.file("sgaccess/config.toml"), atomically: false, encoding: .utf8)
        let result = try await SGAccessBinary.run(
            ["---completion", "list", "--", "--profile", ""], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.split(separator: "\n") == ["prod", "eu-sub"])
    }

    /// `generate-manual` (swift-argument-parser's, built by scripts/manual-tool into its own build folder) run
    /// on the debug binary, exactly as scripts/install runs it on the release one.
    @Test(.timeLimit(.minutes(10)))
    func theManPageIsGeneratedFromTheCommandDefinitions() async throws {
        let root = try #require(Self.packageRoot(), "the package root is not above the test bundle")
        let build = try ChildProcess(
            "/bin/bash", [root + "/scripts/manual-tool"], environment: ProcessInfo.processInfo.environment)
        defer { build.cleanUp() }
        let built = try await build.waitForExit(timeout: .seconds(540))
        #expect(built == 0, "scripts/manual-tool failed: \(build.stderr())")
        let tool = build.stdout().trimmingCharacters(in: .whitespacesAndNewlines)
        let manual = try ChildProcess(
            tool, [try BuiltProducts.sgaccess(), "--output-directory", "-"],
            environment: ProcessInfo.processInfo.environment)
        defer { manual.cleanUp() }
        #expect(try await manual.waitForExit(timeout: .seconds(60)) == 0, "\(manual.stderr())")
        let page = manual.stdout()
        #expect(page.contains(".Dt SGACCESS 1"))
        #expect(page.contains("Manage a Twilio SendGrid account"))
        for name in Self.subcommands {
            #expect(page.contains(".It Em \(name)"), "the man page lacks the subcommand \(name)")
        }
        #expect(page.contains(".It Fl -profile Ar NAME"))
        #expect(page.contains("Use the config file's profile NAME"))
    }

    /// The folder holding Package.swift, above the running test bundle (.build/<triple>/debug/…).
    static func packageRoot() -> String? {
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<8 {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path),
                FileManager.default.fileExists(atPath: folder.appendingPathComponent("scripts/manual-tool").path)
            {
                return folder.path
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
