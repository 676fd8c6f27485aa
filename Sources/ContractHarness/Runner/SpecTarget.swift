import Providers

/// Where specs run: the built-in fake or a live endpoint.
public protocol SpecTarget: Sendable {
    /// Fake or live, as reports name it.
    var kind: SpecTargetKind { get }
    /// Opens a session for a provider, or says why the provider cannot run here (a skip, not a failure).
    func open(_ provider: ProviderDescriptor) throws(TargetUnavailable) -> TargetSession
    /// The live run's ledger, block and dry-run handling; nil where nothing real can be harmed (the fake).
    var liveSafety: LiveSafety? { get }
}

extension SpecTarget {
    /// No live safety: the default for targets where nothing real can be harmed.
    public var liveSafety: LiveSafety? { nil }
}
