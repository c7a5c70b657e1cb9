import AccessCore
import Testing

@Suite struct AccountTargetTests {
    @Test func theDescriptionNamesProfileAccountAndHost() {
        let sub = AccountTarget(profile: "prod-eu", onBehalfOf: "sub1", endpoint: .eu)
        #expect(sub.description == "profile prod-eu · subuser sub1 · eu")
        let parent = AccountTarget(endpoint: .custom(hostAndPort: "127.0.0.1:8080"))
        #expect(parent.description == "parent account · 127.0.0.1:8080 (custom URL)")
        #expect(AccountTarget(onBehalfOf: "account-id 42", endpoint: .global).accountLabel == "subuser account-id 42")
    }
}
