import AccessConfig
import AccessCore
import Foundation
import SendGridAPI
import TerminalApp
import TerminalUI
import Testing

@testable import SGAccessCLI

/// The account picker over the config file: what it offers, and what opening a choice builds.
@Suite struct ConfigAccountOpenerTests {
    static func opener(
        _ home: ConfigHome, arguments: [String] = [], recorder: Recorder = Recorder()
    ) throws -> ConfigAccountOpener {
        let command = try #require(try SGAccessCommand.parseAsRoot(arguments) as? TUICommand)
        let (config, _) = try CommandContext.resolve(
            command.global, terminal: command.terminal, variables: home.variables)
        let environment = CLIEnvironment(
            variables: home.variables, stdinIsTerminal: false, confirm: { _ in false },
            makeService: { configuration in
                recorder.add(configuration)
                return FakeService()
            },
            startSimulator: { _ in SimulatorHandle(baseURL: "http://127.0.0.1:1", stop: {}) },
            waitForTermination: {})
        return ConfigAccountOpener(
            config: config, flags: command.global.configFlags(terminal: command.terminal), environment: environment,
            logging: command.global.logging,
            logFailures: LogFailureRoute(output: OutputSink(out: { _ in }, err: { _ in })), timeout: 10)
    }

    @Test func itOffersEveryProfileAndItsSubusersInFileOrder() throws {
        let home = try ConfigHome(twoProfiles)
        let choices = try Self.opener(home).choices
        #expect(choices.map(\.id) == ["prod", "prod/sub1", "eu"])
        #expect(
            choices.map(\.target.description) == [
                "profile prod · parent account · global", "profile prod · subuser sub1 · global",
                "profile eu · subuser eu-sub · eu",
            ])
        #expect(choices.map(\.accent) == [.red, .red, nil])
    }

    @Test func openingASubuserUsesTheProfilesKeyHostAndAddresses() async throws {
        let home = try ConfigHome(twoProfiles)
        let recorder = Recorder()
        let opener = try Self.opener(home, recorder: recorder)
        let opened = try await opener.open(try #require(opener.choices.first { $0.id == "prod/sub1" }))
        let configuration = try #require(recorder.configurations.last)
        #expect(configuration.onBehalfOf == "sub1")
        #expect(configuration.baseURL == Region.global.baseURL)
        #expect(configuration.apiKey.secret == testKey)
        #expect(opened.config.target == AccountTarget(profile: "prod", onBehalfOf: "sub1", endpoint: .global))
        #expect(opened.config.myAddresses.map(\.address.description) == ["203.0.113.10"])
        #expect(opened.config.accent == .red)
    }

    @Test func accountFlagsStayWithTheStartingAccountAndAppFlagsFollowTheSwitch() async throws {
        let home = try ConfigHome(twoProfiles)
        let recorder = Recorder()
        let opener = try Self.opener(
            home,
            arguments: [
                "--base-url", "http://127.0.0.1:9", "--on-behalf-of", "someone", "--my-ip", "198.51.100.1",
                "--read-only", "--poll-interval", "3",
            ], recorder: recorder)
        let opened = try await opener.open(try #require(opener.choices.first { $0.id == "eu" }))
        let configuration = try #require(recorder.configurations.last)
        #expect(configuration.baseURL == Region.eu.baseURL, "the profile's host, not --base-url")
        #expect(configuration.onBehalfOf == "eu-sub", "the profile's subuser, not --on-behalf-of")
        #expect(!opened.config.myAddresses.contains { $0.address.description == "198.51.100.1" })
        #expect(opened.config.readOnly && opened.config.pollInterval == 3)
    }

    @Test func aKeyThatCannotBeReadIsASentenceAndNothingIsBuilt() async throws {
        let home = try ConfigHome(twoProfiles, extra: [:])
        let recorder = Recorder()
        let opener = try Self.opener(home, recorder: recorder)
        let choice = try #require(opener.choices.first { $0.id == "eu" })
        let error = await #expect(throws: AccountOpenError.self) { _ = try await opener.open(choice) }
        #expect(error?.message.contains("PROD_KEY") == true, "\(String(describing: error))")
        #expect(recorder.configurations.isEmpty)
    }
}
