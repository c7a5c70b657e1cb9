import AccessConfig
import AccessCore
import Logging
import SendGridAPI
import TerminalApp
import TerminalUI

/// The app's account picker over the config file: every profile and each of its `subusers`, opened with the
/// same resolution the CLI uses (`ConfigResolution.resolve`).
///
/// Which flags follow a switch: only the app's own (`--read-only`, `--poll-interval`, `--activity-limit`).
/// The account flags (`--base-url`, `--region`, `--on-behalf-of`, `--api-key-file`, `--my-ip`, `--my-ip-url`)
/// describe the account the app was started with; applied to every profile they would send each one to the
/// same host, key or subuser, which is the wrong-target mistake the picker exists to prevent.
struct ConfigAccountOpener: AccountOpener {
    let config: ConfigResolution
    let appFlags: ConfigFlags
    let environment: CLIEnvironment
    let logging: LoggingOptions
    let logFailures: LogFailureRoute
    let timeout: Int
    /// Built once: the picker's list is fixed for the run.
    let choices: [AccountChoice]

    init(
        config: ConfigResolution, flags: ConfigFlags, environment: CLIEnvironment, logging: LoggingOptions,
        logFailures: LogFailureRoute, timeout: Int
    ) {
        let appFlags = ConfigFlags(
            readOnly: flags.readOnly, pollInterval: flags.pollInterval, listInterval: flags.listInterval,
            activityLimit: flags.activityLimit)
        self.config = config
        self.appFlags = appFlags
        self.environment = environment
        self.logging = logging
        self.logFailures = logFailures
        self.timeout = timeout
        // The whole file was validated when it was loaded, so a choice that does not resolve is one the
        // environment breaks (e.g. SENDGRID_BASE_URL for a profile without a host): left out of the list.
        choices = config.choices.compactMap { choice in
            guard
                let resolved = try? config.resolve(
                    profile: choice.profile, subuser: choice.subuser, flags: appFlags,
                    environment: environment.variables)
            else { return nil }
            return AccountChoice(id: Self.id(of: choice), target: resolved.target, accent: resolved.accent)
        }
    }

    /// "prod" or "prod/sub1".
    static func id(of choice: ProfileChoice) -> String {
        choice.subuser.map { "\(choice.profile)/\($0)" } ?? choice.profile
    }

    func open(_ choice: AccountChoice) async throws(AccountOpenError) -> OpenedAccount {
        guard let entry = config.choices.first(where: { Self.id(of: $0) == choice.id }) else {
            throw AccountOpenError("\(choice.label) is not in the config file any more; restart sgaccess to reread it.")
        }
        let variables = environment.variables
        let resolved: ResolvedProfile
        do {
            resolved = try config.resolve(
                profile: entry.profile, subuser: entry.subuser, flags: appFlags, environment: variables)
        } catch {
            throw AccountOpenError(error.message)
        }
        let key: APIKey
        switch resolved.keySource.load(variables: variables, hint: config.missingKeyHint) {
        case .success(let loaded): key = loaded
        case .failure(let error): throw AccountOpenError(error.message)
        }
        let service = try makeService(resolved, key: key)
        let mine = await MyAddressResolver(fetch: environment.fetchText)
            .resolve(
                myIPs: resolved.myIPs, environment: resolved.addressEnvironment(variables),
                discoveryURL: resolved.discoveryURL
            ).addresses
        return OpenedAccount(
            service: service, config: TUICommand.appConfig(resolved: resolved, mine: mine, timeout: timeout),
            ledger: CommandContext.ledger(for: resolved.target, environment: environment))
    }

    private func makeService(
        _ resolved: ResolvedProfile, key: APIKey
    ) throws(AccountOpenError) -> any AccessSettingsService {
        do {
            var logger = try logging.makeLogger(label: "sgaccess.cli", secrets: [key.secret], failures: logFailures)
            logger[metadataKey: "account"] = "\(resolved.target.description)"
            let configuration = ClientConfiguration(
                baseURL: resolved.baseURL, apiKey: key, onBehalfOf: resolved.onBehalfOf, timeoutSeconds: timeout,
                logger: logger)
            return try environment.makeService(configuration)
        } catch {
            throw AccountOpenError(
                "Could not open \(resolved.target.description): \((error as? CLIError)?.message ?? "\(error)")")
        }
    }
}
