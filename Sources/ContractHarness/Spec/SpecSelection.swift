/// Which specs of a loaded suite to run: providers, tags, id globs, excludes and a shard. Every
/// criterion given must hold; an empty criterion selects everything.
public struct SpecSelection: Sendable, Equatable {
    /// Provider ids; any of them.
    public var providers: [String]
    /// Tags; a spec must carry at least one of them.
    public var tags: [String]
    /// Globs over the spec id or its file; a spec must match at least one.
    public var ids: [GlobPattern]
    /// Globs over the spec id or its file; a spec matching any of them is left out.
    public var excludes: [GlobPattern]
    /// The shard to keep, if the suite is split.
    public var shard: SpecShard?

    /// Creates a selection.
    public init(providers: [String] = [], tags: [String] = [], ids: [GlobPattern] = [], excludes: [GlobPattern] = [], shard: SpecShard? = nil) {
        self.providers = providers
        self.tags = tags
        self.ids = ids
        self.excludes = excludes
        self.shard = shard
    }

    /// Whether `spec` is selected.
    public func includes(_ spec: Spec) -> Bool {
        guard providers.isEmpty || providers.contains(spec.provider) else { return false }
        guard tags.isEmpty || spec.tags.contains(where: tags.contains) else { return false }
        let names = [spec.id, spec.sourcePath]
        guard ids.isEmpty || ids.contains(where: { pattern in names.contains(where: pattern.matches) }) else { return false }
        guard !excludes.contains(where: { pattern in names.contains(where: pattern.matches) }) else { return false }
        return shard?.contains(id: spec.id) ?? true
    }

    /// The selected specs, in their order.
    public func apply(_ specs: [Spec]) -> [Spec] {
        specs.filter(includes)
    }
}
