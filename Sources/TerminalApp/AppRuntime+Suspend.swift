import TerminalUI

extension AppRuntime {
    /// Ctrl-Z, as a key or as SIGTSTP: suspends when a shell can resume the process; otherwise (the app leads its
    /// session) tells the app, which explains in the flash line why it stays.
    func requestSuspend() {
        if backend.canSuspend {
            logger.info("suspending")
            backend.suspend()
        } else {
            logger.info("suspend declined", metadata: ["reason": "the process leads its session"])
            dispatch(.suspendDeclined)
        }
    }
}
