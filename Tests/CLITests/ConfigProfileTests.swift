import AccessConfig
import AccessCore
import Foundation
import SendGridAPI
import TestSupport
import Testing

@testable import SGAccessCLI

/// A config home in a scratch folder: `variables` point HOME and XDG_CONFIG_HOME at it (never the real ~/.config).
struct ConfigHome {
    let folder: ScratchFolder
    var variables: [String: String]

    init(_ text: String?, extra: [String: String] = ["PROD_KEY": testKey]) throws {
        folder = try ScratchFolder("cfg")
        try FileManager.default.createDirectory(atPath: folder.file("sgaccess"), withIntermediateDirectories: true)
        if let text { try text.write(toFile: folder.file("sgaccess/config.toml"), atomically: false, encoding: .utf8) }
        variables = ["HOME": folder.path, "XDG_CONFIG_HOME": folder.path, "XDG_STATE_HOME": folder.file("state")]
        variables.merge(extra) { $1 }
    }

    var configPath: String { folder.file("sgaccess/config.toml") }
}

let twoProfiles = """
    default_profile = "prod"

    [profiles.prod]
    api_key_env = "PROD_KEY"
    my_ips = ["203.0.113.10"]
    accent = "red"
    subusers = ["sub1"]

    [profiles.eu]
    region = "eu"
    on_behalf_of = "eu-sub"
    api_key_env = "PROD_KEY"
    poll_interval = 9
    activity_limit = 40
    read_only = true
    """

@Suite struct ConfigProfileTests {
    @Test func theDefaultProfileChoosesKeyAndAddresses() async throws {
        let home = try ConfigHome(twoProfiles)
        let recorder = Recorder()
        let result = await run(["whoami", "--json"], variables: home.variables, recorder: recorder)
        #expect(result.status == 0, "\(result.err)")
        let configuration = try #require(recorder.configurations.first)
        #expect(configuration.apiKey.secret == testKey)
        #expect(configuration.baseURL == Region.global.baseURL)
        #expect(configuration.onBehalfOf == nil)
        #expect(result.out.contains("203.0.113.10"))
    }

    @Test func profileFlagSelectsAnotherProfile() async throws {
        let home = try ConfigHome(twoProfiles)
        let recorder = Recorder()
        let result = await run(["list", "--profile", "eu"], variables: home.variables, recorder: recorder)
        #expect(result.status == 0, "\(result.err)")
        #expect(recorder.configurations.first?.baseURL == Region.eu.baseURL)
        #expect(recorder.configurations.first?.onBehalfOf == "eu-sub")
    }

    @Test func sgaccessProfileVariableSelectsToo() async throws {
        var home = try ConfigHome(twoProfiles)
        home.variables["SGACCESS_PROFILE"] = "eu"
        let recorder = Recorder()
        _ = await run(["list"], variables: home.variables, recorder: recorder)
        #expect(recorder.configurations.first?.baseURL == Region.eu.baseURL)
    }

    @Test func flagsWinOverTheProfileAndTheProfileOverTheEnvironment() async throws {
        var home = try ConfigHome(twoProfiles)
        home.variables["SENDGRID_BASE_URL"] = "http://127.0.0.1:9999"
        let recorder = Recorder()
        _ = await run(["list", "--profile", "eu"], variables: home.variables, recorder: recorder)
        #expect(recorder.configurations.last?.baseURL == Region.eu.baseURL)
        _ = await run(
            ["list", "--profile", "eu", "--base-url", "http://127.0.0.1:8025", "--on-behalf-of", "x"],
            variables: home.variables, recorder: recorder)
        #expect(recorder.configurations.last?.baseURL.absoluteString == "http://127.0.0.1:8025")
        #expect(recorder.configurations.last?.onBehalfOf == "x")
    }

    @Test func anUnknownProfileIsAUsageErrorListingTheKnownOnes() async throws {
        let home = try ConfigHome(twoProfiles)
        let service = FakeService()
        let result = await run(["list", "--profile", "staging"], service: service, variables: home.variables)
        #expect(result.status == 2)
        #expect(result.err.contains("There is no profile 'staging' in \(home.configPath)."))
        #expect(result.err.contains("Known profiles: prod, eu."))
        #expect(await service.calls.isEmpty)
    }

    @Test func aMalformedFileStopsEveryCommandNamingFileLineAndKey() async throws {
        let home = try ConfigHome(twoProfiles + "\n\n[profiles.spare]\naccent = \"mauve\"\n")
        let service = FakeService()
        let result = await run(["list"], service: service, variables: home.variables)
        #expect(result.status == 2)
        #expect(result.err.contains("Config file \(home.configPath), line 18, key profiles.spare.accent: 'mauve'"))
        #expect(await service.calls.isEmpty)
    }

    @Test func aMissingFileNamedBySGACCESS_CONFIGIsAnError() async throws {
        var home = try ConfigHome(nil)
        home.variables["SGACCESS_CONFIG"] = home.folder.file("nope.toml")
        let result = await run(["list"], variables: home.variables)
        #expect(result.status == 2)
        #expect(result.err.contains("the file does not exist, but SGACCESS_CONFIG names it"))
    }

    @Test func noFileMeansTodaysFlagsAndEnvironment() async throws {
        let home = try ConfigHome(
            nil, extra: ["SENDGRID_API_KEY": testKey, "SENDGRID_BASE_URL": "http://127.0.0.1:7000"])
        let recorder = Recorder()
        let result = await run(["list"], variables: home.variables, recorder: recorder)
        #expect(result.status == 0)
        #expect(recorder.configurations.first?.baseURL.absoluteString == "http://127.0.0.1:7000")
    }

    @Test func theDefaultKeyFileIsReadWithTheOwnerOnlyCheck() async throws {
        let home = try ConfigHome(nil, extra: [:])
        let keyPath = home.folder.file("sgaccess/key")
        try (testKey + "\n").write(toFile: keyPath, atomically: false, encoding: .utf8)
        #expect(chmod(keyPath, 0o644) == 0)
        let refused = await run(["list"], variables: home.variables)
        #expect(refused.status == 5)
        #expect(refused.err.contains("Run `chmod 600 \(keyPath)`"))
        #expect(chmod(keyPath, 0o600) == 0)
        let recorder = Recorder()
        let used = await run(["list"], variables: home.variables, recorder: recorder)
        #expect(used.status == 0)
        #expect(recorder.configurations.first?.apiKey.secret == testKey)
        #expect(!refused.all.contains(testKey) && !used.all.contains(testKey))
    }

    @Test func aProfileKeyVariableThatIsUnsetIsNamed() async throws {
        let home = try ConfigHome(twoProfiles, extra: ["SENDGRID_API_KEY": testKey])
        let result = await run(["list"], variables: home.variables)
        #expect(result.status == 5)
        #expect(result.err.contains("profile prod takes it from the environment variable PROD_KEY"))
    }

    @Test func theTerminalAppTakesItsSettingsFromTheProfileUnlessFlagsSayOtherwise() throws {
        let home = try ConfigHome(twoProfiles)
        func app(_ arguments: [String]) throws -> AppConfigSummary {
            let command = try #require(try SGAccessCommand.parseAsRoot(arguments) as? TUICommand)
            let (_, resolved) = try CommandContext.resolve(
                command.global, terminal: command.terminal, variables: home.variables)
            let config = TUICommand.appConfig(resolved: resolved, mine: [], timeout: command.global.timeout)
            return AppConfigSummary(
                account: config.target.profile ?? "", onBehalfOf: config.target.onBehalfOf,
                region: config.target.endpoint.label,
                readOnly: config.readOnly, poll: config.pollInterval, limit: config.activityLimit)
        }
        #expect(
            try app(["--profile", "eu"])
                == AppConfigSummary(
                    account: "eu", onBehalfOf: "eu-sub", region: "eu", readOnly: true, poll: 9, limit: 40))
        #expect(
            try app(["tui", "--profile", "eu", "--poll-interval", "2", "--activity-limit", "7"])
                == AppConfigSummary(
                    account: "eu", onBehalfOf: "eu-sub", region: "eu", readOnly: true, poll: 2, limit: 7))
        #expect(
            try app(["--read-only"])
                == AppConfigSummary(
                    account: "prod", onBehalfOf: nil, region: "global", readOnly: true, poll: 5, limit: 100))
    }
}

struct AppConfigSummary: Equatable {
    let account: String
    let onBehalfOf: String?
    let region: String
    let readOnly: Bool
    let poll: Int
    let limit: Int
}
