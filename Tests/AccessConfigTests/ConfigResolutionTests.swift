import AccessConfig
import AccessCore
import Foundation
import SendGridAPI
import Synchronization
import Testing

/// An in-memory disk: path -> text.
func memory(_ files: [String: String]) -> ConfigFileSystem {
    ConfigFileSystem(read: { files[$0] }, exists: { files[$0] != nil })
}

let home = ["HOME": "/home/op"]
let configPath = "/home/op/.config/sgaccess/config.toml"

func loaded(_ text: String = goodConfig, variables: [String: String] = home) throws -> ConfigResolution {
    try ConfigResolution.load(variables: variables, fileSystem: memory([configPath: text]))
}

@Suite struct ConfigLoadingTests {
    @Test func missingFileAtTheDefaultPathIsNoError() throws {
        let config = try ConfigResolution.load(variables: home, fileSystem: memory([:]))
        #expect(config.file == nil)
        #expect(config.paths.config == configPath)
        #expect(config.choices.isEmpty)
    }

    @Test func missingFileNamedBySGACCESS_CONFIGIsAnError() {
        #expect {
            try ConfigResolution.load(
                variables: ["HOME": "/home/op", "SGACCESS_CONFIG": "~/profiles.toml"], fileSystem: memory([:]))
        } throws: { error in
            let message = (error as? ConfigError)?.message ?? ""
            return message.hasPrefix("Config file /home/op/profiles.toml: the file does not exist, but SGACCESS_CONFIG")
        }
    }

    @Test func xdgConfigHomeWinsOverHome() throws {
        let paths = ConfigPaths(variables: ["HOME": "/home/op", "XDG_CONFIG_HOME": "/cfg", "XDG_STATE_HOME": "/st"])
        #expect(paths.config == "/cfg/sgaccess/config.toml")
        #expect(paths.defaultKeyFile == "/cfg/sgaccess/key")
        #expect(paths.logFile == "/st/sgaccess/sgaccess.log")
    }

    @Test func withoutHomeNothingIsRead() throws {
        let reads = Mutex<[String]>([])
        let disk = ConfigFileSystem(
            read: { path in
                reads.withLock { $0.append(path) }
                return nil
            }, exists: { _ in true })
        let config = try ConfigResolution.load(variables: [:], fileSystem: disk)
        #expect(config.paths.config == nil)
        #expect(reads.withLock { $0 }.isEmpty)
        #expect(config.file == nil)
    }

    @Test func aMalformedFileFailsTheLoad() {
        #expect(throws: ConfigError.self) { try loaded("[profiles.p]\nregion = 3\n") }
    }

    @Test func choicesListProfilesInFileOrderEachFollowedByItsSubusers() throws {
        #expect(
            try loaded().choices == [
                ProfileChoice(profile: "prod"), ProfileChoice(profile: "prod", subuser: "sub1"),
                ProfileChoice(profile: "prod", subuser: "sub2"), ProfileChoice(profile: "eu-sub"),
                ProfileChoice(profile: "local"),
            ])
    }
}

@Suite struct ConfigPrecedenceTests {
    @Test func noFileAndNoFlagsIsTodaysBehaviour() throws {
        let config = try ConfigResolution.load(variables: [:], fileSystem: memory([:]))
        let env = ["SENDGRID_BASE_URL": "http://127.0.0.1:9000", "SGACCESS_MY_IPS": "198.51.100.1"]
        let resolved = try config.resolveActive(flags: ConfigFlags(), environment: env)
        #expect(resolved.profile == nil)
        #expect(resolved.baseURL.absoluteString == "http://127.0.0.1:9000")
        #expect(resolved.keySource == .environment)
        #expect(resolved.usesEnvironmentMyIPs)
        #expect(resolved.addressEnvironment(env) == env)
        #expect(resolved.pollInterval == 5 && resolved.activityLimit == 100 && !resolved.readOnly)
        #expect(resolved.listInterval == 60)
        #expect(resolved.target.description == "parent account · 127.0.0.1:9000 (custom URL)")
    }

    @Test func theDefaultProfileApplies() throws {
        let env = ["SENDGRID_BASE_URL": "http://127.0.0.1:9000", "SGACCESS_MY_IPS": "198.51.100.1"]
        let resolved = try loaded().resolveActive(flags: ConfigFlags(), environment: env)
        #expect(resolved.profile == "prod")
        // The profile's region beats SENDGRID_BASE_URL; its my_ips replace SGACCESS_MY_IPS.
        #expect(resolved.baseURL == Region.global.baseURL)
        #expect(resolved.myIPs == ["203.0.113.10", "2001:db8::1"])
        #expect(!resolved.usesEnvironmentMyIPs)
        #expect(resolved.addressEnvironment(env)["SGACCESS_MY_IPS"] == nil)
        #expect(resolved.keySource == .profileVariable(profile: "prod", variable: "PROD_SENDGRID_KEY"))
        #expect(resolved.pollInterval == 7 && resolved.activityLimit == 250)
        #expect(resolved.listInterval == 90)
        #expect(resolved.accent == .red)
        #expect(resolved.target.description == "profile prod · subuser sub1 · global")
    }

    @Test func flagsWinOverTheProfile() throws {
        let flags = ConfigFlags(
            baseURL: "http://localhost:8025", onBehalfOf: "other", apiKeyFile: "/keys/k", myIPs: ["192.0.2.7"],
            myIPURL: "http://ip.local/", readOnly: true, pollInterval: 2, listInterval: 30, activityLimit: 10)
        let resolved = try loaded().resolveActive(flags: flags, environment: [:])
        #expect(resolved.baseURL.absoluteString == "http://localhost:8025")
        #expect(resolved.onBehalfOf == "other")
        #expect(resolved.keySource == .flagFile("/keys/k"))
        #expect(resolved.myIPs == ["192.0.2.7"])
        #expect(resolved.myIPsOrigin == "--my-ip")
        #expect(resolved.discoveryURL?.absoluteString == "http://ip.local/")
        #expect(resolved.readOnly && resolved.pollInterval == 2 && resolved.activityLimit == 10)
        #expect(resolved.listInterval == 30)
    }

    @Test func aRegionFlagBeatsTheProfilesBaseURL() throws {
        let resolved = try loaded().resolve(
            profile: "local", flags: ConfigFlags(region: .eu), environment: [:])
        #expect(resolved.baseURL == Region.eu.baseURL)
    }

    @Test func readOnlyFromTheProfileCannotBeTurnedOffByTheAbsentFlag() throws {
        let resolved = try loaded().resolve(profile: "eu-sub", flags: ConfigFlags(), environment: [:])
        #expect(resolved.readOnly)
        #expect(resolved.target.description == "profile eu-sub · subuser account-id 42 · eu")
        #expect(resolved.keySource == .profileFile(profile: "eu-sub", path: "/home/op/.config/sgaccess/eu.key"))
    }

    @Test func profileChoiceOrder() throws {
        let config = try loaded()
        #expect(
            try config.activeProfile(flags: ConfigFlags(profile: "local"), environment: ["SGACCESS_PROFILE": "eu-sub"])
                == "local")
        #expect(try config.activeProfile(flags: ConfigFlags(), environment: ["SGACCESS_PROFILE": "eu-sub"]) == "eu-sub")
        #expect(try config.activeProfile(flags: ConfigFlags(), environment: [:]) == "prod")
    }

    @Test func anUnknownProfileListsTheKnownOnes() throws {
        #expect {
            try loaded().resolveActive(flags: ConfigFlags(profile: "lcoal"), environment: [:])
        } throws: { error in
            (error as? ResolutionError)?.message
                == "There is no profile 'lcoal' in \(configPath). Did you mean 'local'? Known profiles: prod, eu-sub, local."
        }
    }

    @Test func aProfileWithoutAFileIsAnError() throws {
        let config = try ConfigResolution.load(variables: home, fileSystem: memory([:]))
        #expect(throws: ResolutionError.self) {
            try config.resolveActive(flags: ConfigFlags(profile: "prod"), environment: [:])
        }
    }

    @Test func aSubuserChoiceActsOnBehalfOfItWithTheProfilesKeyAndHost() throws {
        let resolved = try loaded().resolve(profile: "prod", subuser: "sub2", flags: ConfigFlags(), environment: [:])
        #expect(resolved.onBehalfOf == "sub2")
        #expect(resolved.baseURL == Region.global.baseURL)
        #expect(resolved.keySource == .profileVariable(profile: "prod", variable: "PROD_SENDGRID_KEY"))
        #expect(resolved.target == AccountTarget(profile: "prod", onBehalfOf: "sub2", endpoint: .global))
    }

    @Test func theDefaultKeyFileIsUsedOnlyWhenNothingElseGivesAKey() throws {
        let keyPath = "/home/op/.config/sgaccess/key"
        let config = try ConfigResolution.load(variables: home, fileSystem: memory([keyPath: "x"]))
        #expect(try config.resolveActive(flags: ConfigFlags(), environment: [:]).keySource == .defaultFile(keyPath))
        let withEnvironment = try config.resolveActive(flags: ConfigFlags(), environment: ["SENDGRID_API_KEY": "SG.x"])
        #expect(withEnvironment.keySource == .environment)
    }
}
