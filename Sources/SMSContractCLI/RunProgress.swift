import ContractHarness
import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// On a terminal, one line at the bottom that is redrawn as specs finish (done/total, the spec,
/// elapsed time), with the ordinary per-spec lines printed above it; elsewhere only the plain lines.
final class RunProgress: Sendable {
    private struct State {
        var done = 0
        var current = ""
        var shown = false
        var ticker: Ticker?
    }

    private let total: Int
    private let console: Console
    private let interactive: Bool
    private let started: ContinuousClock.Instant
    private let state = Mutex(State())

    init(total: Int, console: Console, interactive: Bool, started: ContinuousClock.Instant) {
        self.total = total
        self.console = console
        self.interactive = interactive
        self.started = started
    }

    /// On a terminal, redraws the line every second too, so the elapsed time moves while a slow
    /// (live) spec runs.
    func start() {
        guard interactive else { return }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue.global(qos: .utility))
        timer.schedule(deadline: .now() + 1, repeating: 1)
        timer.setEventHandler { [weak self] in self?.tick() }
        state.withLock { $0.ticker = Ticker(timer: timer) }
        timer.resume()
    }

    private func tick() {
        state.withLock { state in
            guard state.ticker != nil else { return }  // a tick that fired as the run ended
            state.shown = true
            Self.raw(ProgressLine.redraw(line(state.done, current: state.current).text(width: Self.width())))
        }
    }

    /// Prints result lines, above the progress line on a terminal.
    func print(_ lines: [String]) {
        state.withLock { state in
            if state.shown { Self.raw(ProgressLine.erase) }
            lines.forEach(console.out)
            if state.shown { Self.raw(ProgressLine.redraw(line(state.done, current: state.current).text(width: Self.width()))) }
        }
    }

    /// Counts a finished spec and redraws the line.
    func finished(_ result: SpecResult) {
        guard interactive else { return }
        state.withLock { state in
            state.done += 1
            state.current = result.spec
            state.shown = true
            Self.raw(ProgressLine.redraw(line(state.done, current: state.current).text(width: Self.width())))
        }
    }

    /// Erases the progress line before the summary.
    func end() {
        state.withLock { state in
            state.ticker?.timer.cancel()
            state.ticker = nil
            if state.shown { Self.raw(ProgressLine.erase) }
            state.shown = false
        }
    }

    private func line(_ done: Int, current: String) -> ProgressLine {
        let elapsed = ContinuousClock.now - started
        return ProgressLine(done: done, total: total, current: current,
                            elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    private static func raw(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    /// The terminal's width (TIOCGWINSZ where the C library's `ioctl` takes an unsigned request), else
    /// `COLUMNS`, else 80.
    private static func width() -> Int {
        #if canImport(Glibc) || canImport(Darwin)
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        #endif
        return ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) ?? 80
    }
}

/// The once-a-second redraw timer. `@unchecked Sendable` is safe here: a dispatch source may be
/// resumed and cancelled from any thread (Dispatch serialises that itself), and it is only ever
/// reached under `RunProgress`'s lock.
private struct Ticker: @unchecked Sendable {
    let timer: DispatchSourceTimer
}

