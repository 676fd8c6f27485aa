import Foundation
import Providers
import StructuredData

/// Reads `Coverage/<provider>.json` files: `{"provider", "seed", "items": [{"id", "kind", "text", "sections", "specs"}]}`,
/// reporting every problem with file, line and field, as spec files are.
public enum DocumentItemsDecoder {
    static let topLevelFields = ["provider", "seed", "items", "notes"]
    static let itemFields = ["id", "kind", "text", "sections", "specs", "notes"]

    /// Decodes one file's bytes; `file` names it in problems, `registry` knows its provider.
    public static func decode(_ bytes: [UInt8], file: String, registry: ProviderRegistry = .builtIn) throws(SpecLoadError) -> DocumentItems {
        try SpecFieldReader.read(bytes, file: file) { root, reader in decode(root, reader: &reader, registry: registry) }
    }

    /// Every `*.json` in `directory`, sorted, decoded against `registry`; the lists and every problem.
    public static func loadAll(in directory: String, registry: ProviderRegistry = .builtIn) -> (lists: [DocumentItems], problems: [SpecProblem]) {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []).filter { $0.hasSuffix(".json") }.sorted()
        var lists: [DocumentItems] = []
        var problems: [SpecProblem] = []
        for name in names {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                problems.append(SpecProblem(file: path, location: nil, field: .root, message: "cannot read the file"))
                continue
            }
            do {
                let list = try decode(Array(data), file: path, registry: registry)
                if let other = lists.first(where: { $0.provider == list.provider }) {
                    problems.append(SpecProblem(file: path, location: nil, field: JSONPath.root.appending("provider"),
                                                message: "\(list.provider)'s items are already listed in \(other.sourcePath); one file per provider"))
                    continue
                }
                lists.append(list)
            } catch {
                problems += error.problems
            }
        }
        return (lists, problems)
    }

    private static func decode(_ root: JSONValue, reader: inout SpecFieldReader, registry: ProviderRegistry) -> DocumentItems? {
        let path = JSONPath.root
        guard let object = reader.object(root, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: topLevelFields)
        let providerID = reader.string(object["provider"], at: path.appending("provider"))
        let provider = providerID.flatMap(registry.descriptor(for:))
        if let providerID, provider == nil {
            reader.report(path.appending("provider"), "unknown provider \"\(providerID)\"; expected one of \(registry.ids.joined(separator: ", "))")
        }
        let seed = reader.string(object["seed"], at: path.appending("seed"))
        if let seed, let provider, seed != provider.seedFile {
            reader.report(path.appending("seed"), "\(provider.id)'s document is \(provider.seedFile), not \(seed)")
        }
        _ = strings(object["notes"], at: path.appending("notes"), reader: &reader)
        var items: [DocumentItem] = []
        for (index, value) in (reader.array(object["items"], at: path.appending("items")) ?? []).enumerated() {
            let itemPath = path.appending("items").appending(index)
            guard let item = decodeItem(value, at: itemPath, reader: &reader) else { continue }
            if items.contains(where: { $0.id == item.id }) {
                reader.report(itemPath.appending("id"), "item id \"\(item.id)\" is used twice; ids must be unique in a provider")
            }
            items.append(item)
        }
        guard let providerID, let seed else { return nil }
        return DocumentItems(provider: providerID, seed: seed, items: items, sourcePath: reader.file)
    }

    private static func decodeItem(_ value: JSONValue, at path: JSONPath, reader: inout SpecFieldReader) -> DocumentItem? {
        guard let object = reader.object(value, at: path) else { return nil }
        reader.rejectUnknownKeys(object, at: path, allowed: itemFields)
        let id = reader.string(object["id"], at: path.appending("id"))
        let kind = reader.oneOf(object["kind"], at: path.appending("kind"), as: DocumentItem.Kind.self, choices: DocumentItem.Kind.allCases.map(\.rawValue))
        let text = reader.string(object["text"], at: path.appending("text"))
        let sections = strings(object["sections"], at: path.appending("sections"), reader: &reader)
        // Every section text contains "": an empty one would count the item covered by every spec of the provider.
        for (index, section) in sections.enumerated() where section.trimmingCharacters(in: .whitespaces).isEmpty {
            reader.report(path.appending("sections").appending(index), "an empty section matches every spec's seed.section; name the section's text")
        }
        let specs = strings(object["specs"], at: path.appending("specs"), reader: &reader)
        _ = strings(object["notes"], at: path.appending("notes"), reader: &reader)
        if object["sections"] == nil && object["specs"] == nil {
            reader.report(path, "an item needs \"sections\" (section text a spec's seed.section contains) or \"specs\" (spec ids), or both")
        }
        guard let id, let kind, let text else { return nil }
        return DocumentItem(id: id, kind: kind, text: text, sections: sections, specs: specs)
    }

    private static func strings(_ value: JSONValue?, at path: JSONPath, reader: inout SpecFieldReader) -> [String] {
        guard let array = reader.array(value, at: path, required: false) else { return [] }
        return array.enumerated().compactMap { index, element in reader.string(element, at: path.appending(index)) }
    }
}
