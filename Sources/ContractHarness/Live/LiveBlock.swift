import Foundation

/// A block recorded in the ledger: which spec met it, the provider's text, and when it should lift.
public struct LiveBlock: Sendable, Equatable {
    /// The spec whose request was answered with the block.
    public let spec: String
    /// The provider's text.
    public let text: String
    /// When the block was met.
    public let since: Date
    /// When it should lift.
    public let until: Date

    init(_ block: LiveLedgerState.Block) {
        spec = block.spec
        text = block.text
        since = Date(timeIntervalSince1970: block.at)
        until = Date(timeIntervalSince1970: block.until)
    }
}
