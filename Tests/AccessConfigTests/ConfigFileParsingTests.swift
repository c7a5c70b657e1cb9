import AccessConfig
import Foundation
import SendGridAPI
import Testing

/// The whole contract of the issue, one profile per form of each setting.
let goodConfig = """
    # sgaccess profiles
    default_profile = "prod"

    [profiles.prod]
    region = "global"
    on_behalf_of = "sub1"
    api_key_env = "PROD_SENDGRID_KEY"
    my_ips = ["203.0.113.10", "2001:db8::1"]
    my_ip_url = "https://ip.example/plain"
    read_only = false
    poll_interval = 7
    list_interval = 90
    activity_limit = 250
    accent = "red"
    subusers = ["sub1", "sub2"]

    [profiles.eu-sub]
    region = "eu"
    on_behalf_of = "account-id:42"
    api_key_file = "~/.config/sgaccess/eu.key"
    read_only = true

    [profiles.local]
    base_url = "http://127.0.0.1:8080/v3"
    """

func parse(_ text: String) throws(ConfigError) -> ConfigFile {
    try ConfigFile.parse(text, path: "/home/op/.config/sgaccess/config.toml", home: "/home/op")
}

/// The error `text` gets, or nil when it parses.
func parseError(_ text: String) -> ConfigError? {
    do {
        _ = try parse(text)
        return nil
    } catch {
        return error
    }
}

@Suite struct ConfigFileParsingTests {
    @Test func goodFileGivesEveryKeyInFileOrder() throws {
        let file = try parse(goodConfig)
        #expect(file.defaultProfile == "prod")
        #expect(file.profiles.map(\.name) == ["prod", "eu-sub", "local"])
        let prod = try #require(file.profile(named: "prod"))
        #expect(prod.region == .global)
        #expect(prod.onBehalfOf == "sub1")
        #expect(prod.apiKeyEnv == "PROD_SENDGRID_KEY")
        #expect(prod.myIPs == ["203.0.113.10", "2001:db8::1"])
        #expect(prod.myIPURL?.absoluteString == "https://ip.example/plain")
        #expect(prod.readOnly == false)
        #expect(prod.pollInterval == 7)
        #expect(prod.listInterval == 90)
        #expect(prod.activityLimit == 250)
        #expect(prod.accent == .red)
        #expect(prod.subusers == ["sub1", "sub2"])
        let eu = try #require(file.profile(named: "eu-sub"))
        #expect(eu.region == .eu)
        #expect(eu.onBehalfOf == "account-id 42")
        #expect(eu.apiKeyFile == "/home/op/.config/sgaccess/eu.key")
        #expect(eu.readOnly == true)
        #expect(eu.pollInterval == nil)
        #expect(eu.listInterval == nil)
        let local = try #require(file.profile(named: "local"))
        #expect(local.baseURL?.absoluteString == "http://127.0.0.1:8080")
        #expect(local.region == nil)
    }

    @Test func emptyFileIsValid() throws {
        let file = try parse("# nothing yet\n")
        #expect(file.profiles.isEmpty)
        #expect(file.defaultProfile == nil)
    }

    @Test func syntaxErrorNamesFileLineAndColumn() throws {
        let error = try #require(parseError("[profiles.prod]\nregion = \"eu\"\npoll_interval = = 5\n"))
        #expect(error.line == 3)
        #expect(error.column != nil)
        #expect(error.message.hasPrefix("Config file /home/op/.config/sgaccess/config.toml, line 3, column "))
        #expect(error.message.contains("not valid TOML"))
    }

    @Test func typeErrorNamesLineAndKey() throws {
        let error = try #require(parseError("[profiles.prod]\nregion = \"eu\"\n\npoll_interval = \"5\"\n"))
        #expect(error.line == 4)
        #expect(error.key == "profiles.prod.poll_interval")
        #expect(
            error.message
                == "Config file /home/op/.config/sgaccess/config.toml, line 4, key profiles.prod.poll_interval: "
                + "must be a whole number, not a string.")
    }

    @Test func unknownKeySuggestsTheNearMiss() throws {
        let error = try #require(parseError("[profiles.prod]\nregion = \"eu\"\npoll_intervall = 5\n"))
        #expect(error.line == 3)
        #expect(error.key == "profiles.prod.poll_intervall")
        #expect(error.message.contains("is not a known key in [profiles.prod]. Did you mean 'poll_interval'?"))
    }

    @Test func unknownTopLevelKey() throws {
        let error = try #require(parseError("default_profle = \"prod\"\n"))
        #expect(error.line == 1)
        #expect(error.message.contains("Did you mean 'default_profile'?"))
    }

    @Test(arguments: [
        ("region = \"us\"", "region", "'us' is not a SendGrid region"),
        ("poll_interval = 0", "poll_interval", "must be at least 1 second (got 0)"),
        ("list_interval = 0", "list_interval", "must be at least 1 second (got 0)"),
        ("list_interval = \"60\"", "list_interval", "must be a whole number"),
        ("activity_limit = 5000", "activity_limit", "must be between 1 and 1000 (got 5000)"),
        ("accent = \"mauve\"", "accent", "'mauve' is not a colour."),
        ("my_ips = [\"203.0.113.300\"]", "my_ips", "'203.0.113.300' is not an address."),
        ("base_url = \"http://api.example.com\"", "base_url", "plain http to a non-local host"),
        ("my_ip_url = \"ftp://x\"", "my_ip_url", "is not an http(s) URL"),
        ("on_behalf_of = \"two words\"", "on_behalf_of", "is not a subuser name"),
        ("api_key_env = \"1BAD\"", "api_key_env", "is not an environment variable name"),
        ("subusers = [\"ok\", \"\"]", "subusers", "is empty"),
        ("read_only = \"yes\"", "read_only", "must be true or false, not a string."),
        ("my_ips = \"203.0.113.1\"", "my_ips", "must be a list of strings"),
    ])
    func badValueNamesItsLine(line: String, key: String, reason: String) throws {
        let error = try #require(parseError("default_profile = \"p\"\n\n[profiles.p]\n\(line)\n"))
        #expect(error.line == 4)
        #expect(error.key == "profiles.p.\(key)")
        #expect(error.message.contains(reason))
    }

    @Test func regionAndBaseURLTogetherNameTheLaterLine() throws {
        let error = try #require(
            parseError("[profiles.p]\nbase_url = \"https://api.example.com\"\npoll_interval = 3\nregion = \"eu\"\n"))
        #expect(error.line == 4)
        #expect(error.message.contains("set either region or base_url, not both"))
    }

    @Test func keyEnvAndKeyFileTogetherAreRefused() throws {
        let error = try #require(
            parseError("[profiles.p]\napi_key_file = \"~/k\"\napi_key_env = \"K\"\n"))
        #expect(error.line == 3)
        #expect(error.message.contains("set either api_key_env or api_key_file, not both"))
    }

    @Test func defaultProfileMustExist() throws {
        let error = try #require(parseError("default_profile = \"prd\"\n[profiles.prod]\n[profiles.eu]\n"))
        #expect(error.line == 1)
        #expect(error.message.contains("names the profile 'prd', which the file does not define. Did you mean 'prod'?"))
        #expect(error.message.contains("Known profiles: prod, eu."))
    }

    @Test func anErrorInAProfileNotInUseIsStillAnError() throws {
        let text = goodConfig + "\n\n[profiles.spare]\npoll_interval = -1\n"
        let error = try #require(parseError(text))
        #expect(error.key == "profiles.spare.poll_interval")
        #expect(error.line == text.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
    }

    @Test func aProfileThatIsNotATableIsRefused() throws {
        let error = try #require(parseError("[profiles]\nprod = 3\n"))
        #expect(error.line == 2)
        #expect(error.message.contains("must be a table"))
    }

    @Test func dottedKeysFindTheirLine() throws {
        let error = try #require(parseError("profiles.prod.region = \"eu\"\nprofiles.prod.accent = \"teal\"\n"))
        #expect(error.line == 2)
        #expect(error.key == "profiles.prod.accent")
    }
}
