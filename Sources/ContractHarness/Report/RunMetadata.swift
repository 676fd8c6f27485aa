/// What a report says about the run itself: when, from which commit, by which command.
public struct RunMetadata: Sendable, Equatable {
    /// When the run started, ISO 8601.
    public var time: String
    /// The commit checked out, when known (`GITHUB_SHA`, or `git rev-parse HEAD`).
    public var commit: String?
    /// The command line, as typed.
    public var command: String?
    /// Whether skips fail the run (`--fail-on-skip`), so the report's headlines match the exit code.
    public var failOnSkip: Bool

    /// Creates metadata.
    public init(time: String, commit: String? = nil, command: String? = nil, failOnSkip: Bool = false) {
        self.time = time
        self.commit = commit
        self.command = command
        self.failOnSkip = failOnSkip
    }
}
