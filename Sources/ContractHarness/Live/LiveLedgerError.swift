/// The live ledger could not be read, locked or written: which file, what went wrong, and what to do.
public struct LiveLedgerError: Error, Sendable, CustomStringConvertible {
    /// The ledger or lock file.
    public let path: String
    /// What went wrong.
    public let problem: String

    /// Creates the error.
    public init(path: String, problem: String) {
        self.path = path
        self.problem = problem
    }

    /// The file, the problem, and what to do: delete the ledger or point `SMSCONTRACT_STATE_DIR` elsewhere.
    public var description: String {
        "the live ledger \(path): \(problem); delete it to start afresh, or set SMSCONTRACT_STATE_DIR to a writable folder"
    }
}
