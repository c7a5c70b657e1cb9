import SendGridAPI
import TerminalUI

/// What opening an account gives: the service the runtime talks to from now on and the state's configuration.
public struct OpenedAccount: Sendable {
    public let service: any AccessSettingsService
    public let config: AppConfig

    public init(service: any AccessSettingsService, config: AppConfig) {
        self.service = service
        self.config = config
    }
}
