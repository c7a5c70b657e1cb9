import AccessConfig
import AccessCore
import Foundation
import TestSupport
import Testing

@testable import SGAccessCLI

@Suite struct InfoCommandTests {
    @Test func infoNamesVersionPathsProfileAndTargetButNeverTheKey() async throws {
        let home = try ConfigHome(twoProfiles)
        let result = await run(["info", "--profile", "eu"], variables: home.variables)
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.first == "Version:        \(SGAccessVersion.current)")
        #expect(lines.contains("Config file:    \(home.configPath) (read, 2 profiles)"))
        #expect(lines.contains("State folder:   \(home.folder.file("state"))/sgaccess"))
        #expect(
            lines.contains(
                "Log file:       \(home.folder.file("state"))/sgaccess/sgaccess.log (the terminal app's default)"))
        #expect(lines.contains("Profile:        eu"))
        #expect(lines.contains("Target:         profile eu · subuser eu-sub · eu"))
        #expect(lines.contains("Base URL:       https://api.eu.sendgrid.com"))
        #expect(lines.contains("On behalf of:   eu-sub"))
        #expect(lines.contains("API key:        environment variable PROD_KEY (profile eu, api_key_env): present"))
        #expect(lines.contains("Read-only:      yes"))
        #expect(lines.contains("Poll interval:  9 s (the activity)"))
        #expect(lines.contains("List interval:  60 s (the allow list)"))
        #expect(lines.contains("Activity limit: 40"))
        #expect(lines.contains("Profiles:       prod (default) [subusers: sub1], eu"))
        #expect(!result.all.contains(testKey))
    }

    @Test func infoWorksWithoutAKeyAndSaysHowToGiveOne() async throws {
        let home = try ConfigHome(nil, extra: [:])
        let service = FakeService()
        let result = await run(["info"], service: service, variables: home.variables)
        #expect(result.status == 0)
        #expect(result.out.contains("Config file:    \(home.configPath) (not found; optional"))
        #expect(result.out.contains("Profile:        none (flags and environment only)"))
        #expect(result.out.contains("API key:        environment variable SENDGRID_API_KEY: missing"))
        #expect(result.out.contains("Key problem: No API key: set SENDGRID_API_KEY"))
        #expect(result.out.contains("Or put it in \(home.folder.file("sgaccess/key")) (chmod 600)"))
        #expect(await service.calls.isEmpty)
    }

    @Test func infoJSONHoldsTheResolutionAndNoKey() async throws {
        let home = try ConfigHome(twoProfiles)
        let result = await run(["info", "--json"], variables: home.variables)
        #expect(result.status == 0)
        let json = try result.json()
        #expect(json["version"] as? String == SGAccessVersion.current)
        #expect(json["profile"] as? String == "prod")
        #expect(json["target"] as? String == "profile prod · parent account · global")
        #expect(json["accent"] as? String == "red")
        #expect(json["my_ips"] as? [String] == ["203.0.113.10"])
        let key = try #require(json["key"] as? [String: Any])
        #expect(key["variable"] as? String == "PROD_KEY")
        #expect(key["present"] as? Bool == true)
        let config = try #require(json["config"] as? [String: Any])
        #expect(config["exists"] as? Bool == true)
        #expect(config["path"] as? String == home.configPath)
        #expect((json["profiles"] as? [[String: Any]])?.map { $0["name"] as? String } == ["prod", "eu"])
        #expect(!result.all.contains(testKey))
    }

    @Test func infoReportsAMalformedFile() async throws {
        let home = try ConfigHome("[profiles.p]\nregion = \"us\"\n")
        let result = await run(["info", "--json"], variables: home.variables)
        #expect(result.status == 2)
        #expect(result.err.contains("Config file \(home.configPath), line 2, key profiles.p.region"))
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["kind"] as? String == "usage")
    }
}

@Suite struct VersionAndUnknownCommandTests {
    @Test func versionIsPrinted() async {
        let result = await run(["--version"], variables: [:])
        #expect(result.status == 0)
        #expect(result.out == "sgaccess \(SGAccessVersion.current)")
        #expect(result.err.isEmpty)
    }

    @Test func versionIsAnsweredBesideOtherArgumentsButNotAfterADoubleDash() async throws {
        for arguments in [
            ["list", "--version"], ["--profile", "x", "--version"], ["--version", "--log-level", "debug"],
        ] {
            let result = await run(arguments, variables: [:])
            #expect(result.status == 0, "\(arguments)")
            #expect(result.out == "sgaccess \(SGAccessVersion.current)", "\(arguments)")
        }
        let json = await run(["--version", "--json"], variables: [:])
        #expect(try json.json()["version"] as? String == SGAccessVersion.current)
        let literal = await run(["allow", "--", "--version"], variables: [:])
        #expect(literal.status == 2, "after --, --version is an argument (here: not an address)")
    }

    @Test func aTypoInTheCommandIsNamedAsSuch() async {
        let result = await run(["lst"], variables: [:])
        #expect(result.status == 2)
        #expect(result.err.contains("Error: Unknown command 'lst'. Did you mean 'list'?"))
        #expect(result.err.contains("Usage: sgaccess"))
        #expect(!result.err.contains("sgaccess tui"))
        #expect(result.out.isEmpty)
    }

    @Test func anUnknownCommandWithJSONGetsAJSONError() async throws {
        let result = await run(["frobnicate", "--json"], variables: [:])
        #expect(result.status == 2)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect((error["message"] as? String)?.hasPrefix("Unknown command 'frobnicate'.") == true)
    }

    @Test func noArgumentsAndAppFlagsStillOpenTheApp() throws {
        #expect(SGAccessProgram.unknownCommand(in: []) == nil)
        #expect(SGAccessProgram.unknownCommand(in: ["--read-only"]) == nil)
        #expect(SGAccessProgram.unknownCommand(in: ["list", "--json"]) == nil)
        #expect(try SGAccessCommand.parseAsRoot([]) is TUICommand)
        #expect(try SGAccessCommand.parseAsRoot(["--read-only"]) is TUICommand)
    }

    @Test func everyCommandThatTalksToTheAPITakesProfile() throws {
        for name in ["list", "activity", "allow", "remove", "check", "whoami", "info", "tui"] {
            let subcommand = try #require(
                SGAccessCommand.configuration.subcommands.first { $0.configuration.commandName == name })
            #expect(SGAccessCommand.helpMessage(for: subcommand).contains("--profile <NAME>"), "\(name)")
        }
    }
}
