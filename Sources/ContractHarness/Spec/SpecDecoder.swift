import Providers
import StructuredData

/// Turns a spec file into a `Spec`, or into every problem found in it, each with line and field.
public enum SpecDecoder {
    static let topLevelFields = ["id", "provider", "title", "description", "seed", "live", "assumed", "volatile", "steps", "notes", "tags"]
    static let stepFields = ["name", "fake", "receiver", "request", "email", "expect", "capture", "callbacks"]
    static let fakeFields = ["accounts", "advance_seconds", "control"]
    static let controlFields = ["method", "path", "json"]
    static let requestFields = ["method", "path", "query", "headers", "json", "text"]
    static let expectFields = ["status", "headers", "json", "xml", "json_match", "text", "outbox", "smtp", "transport_error"]
    static let seedFields = ["file", "section"]

    /// Decodes spec file bytes; `file` names the file in problems; `registry` has the providers a spec may name.
    public static func decode(_ bytes: [UInt8], file: String, registry: ProviderRegistry = .builtIn) throws(SpecLoadError) -> Spec {
        try SpecFieldReader.read(bytes, file: file) { root, reader in decode(root, registry: registry, reader: &reader) }
    }

    private static func decode(_ root: JSONValue, registry: ProviderRegistry, reader: inout SpecFieldReader) -> Spec? {
        let path = JSONPath.root
        guard let object = reader.object(root, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: topLevelFields)
        let id = reader.string(object["id"], at: path.appending("id"))
        let providerID = reader.string(object["provider"], at: path.appending("provider"))
        let provider = providerID.flatMap(registry.descriptor(for:))
        if let providerID, provider == nil {
            reader.report(path.appending("provider"), "unknown provider \"\(providerID)\"; expected one of \(registry.ids.joined(separator: ", "))")
        }
        let title = reader.string(object["title"], at: path.appending("title"))
        _ = reader.string(object["description"], at: path.appending("description"), required: false)
        let seed = decodeSeed(object["seed"], provider: provider, reader: &reader)
        let live = reader.oneOf(object["live"], at: path.appending("live"), as: LivePolicy.self, choices: LivePolicy.allCases.map(\.rawValue))
        let assumed = decodeStrings(object["assumed"], at: path.appending("assumed"), reader: &reader)
        _ = decodeStrings(object["notes"], at: path.appending("notes"), reader: &reader)
        let tags = decodeStrings(object["tags"], at: path.appending("tags"), reader: &reader)
        let volatile = decodeStrings(object["volatile"], at: path.appending("volatile"), reader: &reader).enumerated().compactMap { index, text in
            do {
                return try JSONPathPattern(parsing: text)
            } catch {
                reader.report(path.appending("volatile").appending(index), "\"\(text)\" is not a JSON path such as $.uuid or $.messages[*].id: \(error)")
                return nil
            }
        }
        var known = Set((provider?.credentials ?? []).map { "credentials.\($0.name)" } + ["callbacks.url"])
        var steps: [SpecStep] = []
        if let stepValues = reader.array(object["steps"], at: path.appending("steps")) {
            if stepValues.isEmpty { reader.report(path.appending("steps"), "a spec needs at least one step") }
            for (index, value) in stepValues.enumerated() {
                if let step = SpecStepDecoder.decode(value, at: path.appending("steps").appending(index), knownNames: &known, reader: &reader) {
                    if steps.contains(where: { $0.name == step.name }) {
                        reader.report(path.appending("steps").appending(index).appending("name"), "step name \"\(step.name)\" is used twice; names must be unique in a spec")
                    }
                    steps.append(step)
                }
            }
        }
        if let live, live != .never, let index = steps.firstIndex(where: { !$0.fakeActions.isEmpty }) {
            reader.report(path.appending("steps").appending(index).appending("fake"),
                          "fake actions cannot run on a live target; set \"live\": \"never\" for this spec")
        }
        guard let id, let providerID, let title, let seed, let live else { return nil }
        var spec = Spec(id: id, provider: providerID, title: title, seed: seed, live: live, assumed: assumed, volatile: volatile,
                        steps: steps, sourcePath: reader.file)
        spec.tags = tags
        spec.usesCallbacks = steps.contains { $0.callbacks != nil || $0.receiverStatus != nil }
            || JSONWriter.string(root).contains("{{callbacks.url}}")
        return spec
    }

    private static func decodeSeed(_ value: JSONValue?, provider: ProviderDescriptor?, reader: inout SpecFieldReader) -> SeedReference? {
        let path = JSONPath.root.appending("seed")
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: seedFields)
        let file = reader.string(object["file"], at: path.appending("file"))
        let section = reader.string(object["section"], at: path.appending("section"))
        if let file, let provider, file != provider.seedFile {
            reader.report(path.appending("file"), "\(provider.id) specs encode \(provider.seedFile), not \(file)")
        }
        guard let file, let section else { return nil }
        return SeedReference(file: file, section: section)
    }

    private static func decodeStrings(_ value: JSONValue?, at path: JSONPath, reader: inout SpecFieldReader) -> [String] {
        guard let array = reader.array(value, at: path, required: false) else { return [] }
        return array.enumerated().compactMap { index, element in reader.string(element, at: path.appending(index)) }
    }
}
