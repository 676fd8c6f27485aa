/// Where specs run, as reports and the CLI name it.
public enum SpecTargetKind: String, Sendable, CaseIterable, CustomStringConvertible {
    /// A fake started for each spec: fake actions, outbox and callbacks available.
    case fake
    /// A live endpoint (a sandbox account) from the environment.
    case live

    public var description: String { rawValue }
}
