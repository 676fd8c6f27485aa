/// Every provider SMSContract knows, by id. Adding a provider adds one line here.
public enum ProviderRegistry {
    /// All providers, in the order of their seed documents.
    public static let all: [ProviderDescriptor] = [
        RoxProvider.descriptor,
        RoxEmailProvider.descriptor,
        SkycoreProvider.descriptor,
        LOX24Provider.descriptor,
        IovoxProvider.descriptor,
    ]

    /// The provider with that id, or nil.
    public static func descriptor(for id: String) -> ProviderDescriptor? {
        all.first { $0.id == id }
    }

    /// The known ids, for messages.
    public static var ids: [String] { all.map(\.id) }
}
