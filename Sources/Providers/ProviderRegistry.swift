/// The providers a run knows, by id: a value passed to the spec decoder, catalog, runner, secret
/// scanner and CLI, so a package can add providers of its own beside the built-in five.
///
/// ```swift
/// let registry = ProviderRegistry.builtIn.adding(.acme)
/// ```
public struct ProviderRegistry: Sendable {
    /// The providers, in the order they were given (lists and messages follow it; nothing else does).
    public let providers: [ProviderDescriptor]

    /// A registry of `providers`; a later descriptor with an id already given replaces the earlier one.
    public init(_ providers: [ProviderDescriptor]) {
        var kept: [ProviderDescriptor] = []
        for provider in providers {
            if let index = kept.firstIndex(where: { $0.id == provider.id }) { kept[index] = provider } else { kept.append(provider) }
        }
        self.providers = kept
    }

    /// The five providers SMSContract ships, in the order of their seed documents.
    public static let builtIn = ProviderRegistry([.rox, .roxEmail, .skycore, .lox24, .iovox])

    /// This registry with `provider` added (or replacing the one with its id).
    public func adding(_ provider: ProviderDescriptor) -> ProviderRegistry {
        ProviderRegistry(providers + [provider])
    }

    /// The provider with that id, or nil.
    public func descriptor(for id: String) -> ProviderDescriptor? {
        providers.first { $0.id == id }
    }

    /// The known ids, for messages.
    public var ids: [String] { providers.map(\.id) }

    /// The built-in providers. Prefer a registry passed in (`registry.providers`).
    public static var all: [ProviderDescriptor] { builtIn.providers }

    /// The built-in provider with that id, or nil. Prefer a registry passed in (`registry.descriptor(for:)`).
    public static func descriptor(for id: String) -> ProviderDescriptor? { builtIn.descriptor(for: id) }

    /// The built-in ids. Prefer a registry passed in (`registry.ids`).
    public static var ids: [String] { builtIn.ids }
}
