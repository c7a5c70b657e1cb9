import ArgumentParser

/// `sgaccess`: the root command. Subcommands are listed in `configuration`; `SGAccessProgram.run` parses
/// and runs them. Exit codes: see `ExitStatus`.
public struct SGAccessCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sgaccess",
        abstract: "Manage a Twilio SendGrid account's IP Access Management allow list.",
        discussion: """
            The API key comes from SENDGRID_API_KEY or --api-key-file PATH (mode 600), never from the command line.
            Exit codes: 0 ok; 1 not allowed / nothing to do / declined; 2 usage or bad input; \
            3 refused by the lockout guard or the rule cap; 4 API or network error; 5 credentials (no key, unsafe key file, 401/403).
            """,
        subcommands: [
            ListCommand.self, ActivityCommand.self, AllowCommand.self, RemoveCommand.self,
            CheckCommand.self, WhoamiCommand.self, SimCommand.self, TUICommand.self, DemoCommand.self,
        ],
        // `sgaccess` alone opens the terminal app.
        defaultSubcommand: TUICommand.self
    )

    public init() {}
}
