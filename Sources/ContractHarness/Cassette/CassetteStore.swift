import Foundation

/// Where cassettes live: `<root>/<spec id>.json`, e.g. `Recordings/lox24/send-basic-example.json`.
public struct CassetteStore: Sendable {
    /// The recordings folder.
    public let root: String

    /// Creates a store over `root`.
    public init(root: String) {
        self.root = root
    }

    /// The cassette path for a spec id.
    public func path(for specID: String) -> String {
        (root as NSString).appendingPathComponent(specID + ".json")
    }

    /// Loads the spec's cassette, nil when there is none; a malformed one is an error naming file and field.
    public func load(specID: String) throws(SpecLoadError) -> Cassette? {
        let file = path(for: specID)
        guard FileManager.default.fileExists(atPath: file) else { return nil }
        guard let data = FileManager.default.contents(atPath: file) else {
            throw SpecLoadError(problems: [SpecProblem(file: file, location: nil, field: .root, message: "cannot read the cassette")])
        }
        return try CassetteCodec.decode(Array(data), file: file)
    }

    /// Writes the cassette atomically in canonical form.
    public func save(_ cassette: Cassette) throws(AtomicFile.WriteError) {
        try AtomicFile.write(CassetteCodec.encode(cassette), to: path(for: cassette.spec))
    }
}
