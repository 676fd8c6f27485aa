import StructuredData

/// One spec file: a documented case of one provider's API, as steps with expectations.
public struct Spec: Sendable {
    /// Unique id, `provider/name` by convention, e.g. `lox24/send-basic-example`.
    public var id: String
    /// The provider id (`lox24`).
    public var provider: String
    /// A one-line summary of the case.
    public var title: String
    /// The document and section the spec encodes.
    public var seed: SeedReference
    /// Whether and how the spec may run against a live endpoint.
    public var live: LivePolicy
    /// Values the documents leave open that this spec assumes; a live recording settles them.
    public var assumed: [String]
    /// Response body paths whose values change on every call (ids, times) and are never drift.
    public var volatile: [JSONPathPattern]
    /// The steps, run in order.
    public var steps: [SpecStep]
    /// The file the spec was loaded from.
    public var sourcePath: String
    /// Whether the spec needs a callback receiver (`{{callbacks.url}}`, await steps).
    public var usesCallbacks = false
    /// Free labels for selecting specs (`run --tag T`), e.g. `smoke`, `lifecycle`.
    public var tags: [String] = []

    /// Creates a spec.
    public init(id: String, provider: String, title: String, seed: SeedReference, live: LivePolicy, assumed: [String] = [],
                volatile: [JSONPathPattern] = [], steps: [SpecStep], sourcePath: String) {
        self.id = id
        self.provider = provider
        self.title = title
        self.seed = seed
        self.live = live
        self.assumed = assumed
        self.volatile = volatile
        self.steps = steps
        self.sourcePath = sourcePath
    }

    /// Whether any step needs the fake (setup, clock, outbox), so the spec cannot run live as a whole.
    public var needsFake: Bool {
        steps.contains { !$0.fakeActions.isEmpty || $0.expectation?.outbox != nil }
    }
}
