/// The seed document and section a spec encodes.
public struct SeedReference: Sendable, Equatable {
    /// The seed file name, e.g. `003_d449210a1a403a84.txt`.
    public var file: String
    /// The section within it, e.g. `Examples › Basic SMS message`.
    public var section: String

    /// Creates a reference.
    public init(file: String, section: String) {
        self.file = file
        self.section = section
    }
}
