import CNcursesw
import Dispatch
import TerminalKit

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CursesTerminal {
    /// The signals the terminal takes over with Dispatch sources.
    public static let terminationSignals: [Int32] = [SIGINT, SIGTERM, SIGHUP]

    func installInputSource() {
        let source = DispatchSource.makeReadSource(fileDescriptor: STDIN_FILENO, queue: .main)
        source.setEventHandler { [weak self] in
            MainActor.assumeIsolated {
                guard let self else { return }
                self.handleInputReady(estimatedBytes: source.data, source: source)
            }
        }
        sources.append(source)
        source.resume()
    }

    private func handleInputReady(estimatedBytes: UInt, source: any DispatchSourceRead) {
        let (keys, consumed) = session.drainInput()
        if estimatedBytes == 0, consumed == 0, session.isActive {
            // Readable with nothing to read: EOF, the terminal hung up. Stop listening so it cannot spin.
            source.cancel()
            deliver(.hangUp)
            return
        }
        deliver(.keys(keys))
    }

    func installSignalSources() {
        for signo in Self.terminationSignals {
            addSignalSource(signo) { loop in loop.handleTermination(signo) }
        }
        addSignalSource(SIGWINCH) { loop in loop.handleWindowChange() }
        addSignalSource(SIGTSTP) { loop in loop.handleSuspend() }
        addSignalSource(SIGCONT) { loop in loop.handleContinue() }
    }

    /// Dispatch can only see a signal whose default action is off, so ignore it first.
    private func addSignalSource(_ signo: Int32, _ handler: @escaping (CursesTerminal) -> Void) {
        sg_ignore_signal(signo)
        let source = DispatchSource.makeSignalSource(signal: signo, queue: .main)
        source.setEventHandler { [weak self] in
            MainActor.assumeIsolated {
                guard let self else { return }
                handler(self)
            }
        }
        sources.append(source)
        source.resume()
    }

    private func handleTermination(_ signo: Int32) {
        deliver(.signal(signo))
    }

    /// The Dispatch source swallowed SIGWINCH, so ncurses never saw it: read the size and resize ourselves.
    private func handleWindowChange() {
        let changed = session.refreshSize()
        // resizeterm queues a KEY_RESIZE; draining drops it and keeps any real keys in order.
        var keys = session.drainInput().keys
        if let changed { keys.insert(.resize(width: changed.width, height: changed.height), at: 0) }
        deliver(.keys(keys))
    }

    /// Ctrl-Z: the runtime decides (it may decline when nobody could resume the process).
    private func handleSuspend() {
        deliver(.suspendRequest)
    }

    private func handleContinue() {
        let changed = session.handleContinue()
        if let changed { deliver(.keys([.resize(width: changed.width, height: changed.height)])) }
    }
}
