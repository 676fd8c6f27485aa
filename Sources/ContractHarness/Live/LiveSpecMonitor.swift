import Synchronization

/// What a live spec's requests met, as its ``LiveTransport`` saw them.
final class LiveSpecMonitor: Sendable {
    /// The block an answer carried: the request, its status and the provider's text.
    struct BlockAnswer: Sendable, Equatable {
        let request: String
        let status: Int
        let text: String
    }

    private struct State {
        var answered = 0
        var counted = 0
        var dryRuns = 0
        var block: BlockAnswer?
    }

    private let state = Mutex(State())

    /// How many answers arrived.
    var answered: Int { state.withLock { $0.answered } }
    /// How many answers counted toward the provider's defence.
    var counted: Int { state.withLock { $0.counted } }
    /// How many requests went to the dry-run endpoint.
    var dryRuns: Int { state.withLock { $0.dryRuns } }
    /// The block met, if any.
    var block: BlockAnswer? { state.withLock { $0.block } }

    func noteAnswer() { state.withLock { $0.answered += 1 } }
    func noteCounted() { state.withLock { $0.counted += 1 } }
    func noteDryRun() { state.withLock { $0.dryRuns += 1 } }
    func noteBlock(_ answer: BlockAnswer) { state.withLock { if $0.block == nil { $0.block = answer } } }
}
