import AccessCore
import ArgumentParser

/// `sgaccess`: the root command. Subcommands are listed in `configuration`; `SGAccessProgram.run` parses
/// and runs them. Exit codes: see `ExitStatus`.
public struct SGAccessCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sgaccess",
        abstract: "Manage a Twilio SendGrid account's IP Access Management allow list.",
        discussion: """
            The API key comes from SENDGRID_API_KEY, --api-key-file PATH (mode 600) or a profile of the config file \
            (~/.config/sgaccess/config.toml, or SGACCESS_CONFIG; choose one with --profile), never from the command line.
            Exit codes: 0 ok; 1 not allowed / nothing to do / declined; 2 usage or bad input; \
            3 refused by the lockout guard or the rule cap; 4 API or network error; 5 credentials (no key, unsafe key file, 401/403).
            """,
        version: SGAccessVersion.current,
        subcommands: [
            ListCommand.self, ActivityCommand.self, AllowCommand.self, RemoveCommand.self,
            CheckCommand.self, WhoamiCommand.self, InfoCommand.self, SimCommand.self, TUICommand.self,
            DemoCommand.self,
            JournalCommand.self, UndoCommand.self, ExpireCommand.self,
            ExportCommand.self, PlanCommand.self, ApplyCommand.self,
        ],
        // `sgaccess` alone opens the terminal app.
        defaultSubcommand: TUICommand.self
    )

    public init() {}
}
