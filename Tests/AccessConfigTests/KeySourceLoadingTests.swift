import AccessConfig
import Foundation
import SendGridAPI
import TestSupport
import Testing

let sampleKey = "SG.abcdefghijklmnopqrstuv.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQ"

@Suite struct KeySourceLoadingTests {
    @Test func aProfilesVariableIsRead() throws {
        let source = KeySource.profileVariable(profile: "prod", variable: "PROD_KEY")
        let key = try source.load(variables: ["PROD_KEY": sampleKey, "SENDGRID_API_KEY": "SG.other"]).get()
        #expect(key.secret == sampleKey)
    }

    @Test func anUnsetProfileVariableIsNamed() {
        let source = KeySource.profileVariable(profile: "prod", variable: "PROD_KEY")
        guard case .failure(let error) = source.load(variables: ["SENDGRID_API_KEY": sampleKey]) else {
            Issue.record("an unset PROD_KEY must not fall back to SENDGRID_API_KEY")
            return
        }
        #expect(
            error.message
                == "No API key: profile prod takes it from the environment variable PROD_KEY (api_key_env), "
                + "which is not set. Export PROD_KEY, or change api_key_env.")
    }

    @Test func aMalformedKeyInTheProfileVariableNamesTheVariableNotTheKey() {
        let source = KeySource.profileVariable(profile: "prod", variable: "PROD_KEY")
        guard case .failure(let error) = source.load(variables: ["PROD_KEY": "SG.a b"]) else {
            Issue.record("a key with a space must be refused")
            return
        }
        #expect(error.message.contains("The API key in PROD_KEY is not a single key"))
        #expect(!error.message.contains("SG.a"))
    }

    @Test func aProfileKeyFileOpenToOthersIsRefused() throws {
        let folder = try ScratchFolder("cfgkey")
        let path = folder.file("prod.key")
        try (sampleKey + "\n").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(chmod(path, 0o644) == 0)
        guard case .failure(let error) = KeySource.profileFile(profile: "prod", path: path).load(variables: [:]) else {
            Issue.record("a 0644 key file must be refused")
            return
        }
        #expect(error.message.contains("has permissions 0644"))
        #expect(error.message.contains("chmod 600 \(path)"))
        #expect(!error.message.contains(sampleKey))
        #expect(chmod(path, 0o600) == 0)
        #expect(try KeySource.profileFile(profile: "prod", path: path).load(variables: [:]).get().secret == sampleKey)
    }

    @Test func theMissingKeyHintNamesTheDefaultKeyFile() throws {
        let config = try ConfigResolution.load(variables: ["HOME": "/home/op"], fileSystem: memory([:]))
        guard case .failure(let error) = KeySource.environment.load(variables: [:], hint: config.missingKeyHint) else {
            Issue.record("no key anywhere must fail")
            return
        }
        #expect(error.message.hasPrefix("No API key: set SENDGRID_API_KEY"))
        #expect(error.message.contains("Or put it in /home/op/.config/sgaccess/key (chmod 600)"))
    }

    @Test func nearMissSuggestsOnlyPlausibleTypos() {
        #expect(NearMiss.suggestion(for: "lst", among: ["list", "allow", "remove"]) == "list")
        #expect(NearMiss.suggestion(for: "zzzzzzzz", among: ["list", "allow"]) == nil)
    }
}
