import Foundation
import SGAccessCLI
import SendGridAPI
import SendGridURLSession

// The measuring build: `sgaccess` plus the URLSession transport, so that `SGACCESS_TRANSPORT=urlsession` can pick
// it (scripts/bench-transport.sh). The shipped `sgaccess` does not link FoundationNetworking at all.
signal(SIGPIPE, SIG_IGN)
HTTPTransportKind.register(.urlSession)
let status = await SGAccessProgram.run(
    arguments: Array(CommandLine.arguments.dropFirst()),
    environment: .live(),
    output: .standard
)
exit(status)
