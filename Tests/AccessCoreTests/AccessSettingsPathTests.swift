import AccessCore
import Testing

@Suite struct AccessSettingsPathTests {
    @Test func thePathsAreSendGrids() {
        #expect(AccessSettingsPath.rules == "/v3/access_settings/whitelist")
        #expect(AccessSettingsPath.ruleTemplate == "/v3/access_settings/whitelist/{rule_id}")
        #expect(AccessSettingsPath.activity == "/v3/access_settings/activity")
        #expect(AccessSettingsPath.rule(12) == "/v3/access_settings/whitelist/12")
    }

    @Test func theRuleIDIsReadBackAsSpelled() {
        #expect(AccessSettingsPath.ruleID(in: "/v3/access_settings/whitelist/12") == "12")
        #expect(AccessSettingsPath.ruleID(in: "/v3/access_settings/whitelist/abc") == "abc")
        #expect(AccessSettingsPath.ruleID(in: AccessSettingsPath.rules) == nil)
        #expect(AccessSettingsPath.ruleID(in: "/v3/access_settings/whitelist/") == nil)
        #expect(AccessSettingsPath.ruleID(in: "/v3/access_settings/whitelist/1/2") == nil)
        #expect(AccessSettingsPath.ruleID(in: "/v3/access_settings/whitelisted/1") == nil)
        #expect(AccessSettingsPath.ruleID(in: AccessSettingsPath.activity) == nil)
    }
}
