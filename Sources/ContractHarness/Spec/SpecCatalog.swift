import Foundation
import Providers
import StructuredData

/// Finds and loads spec files: every `*.json` below a folder, in a stable order.
public enum SpecCatalog {
    /// The spec files below `directory` (recursively), sorted by path; `README`s and hidden files are skipped.
    public static func files(in directory: String) -> [String] {
        let root = URL(fileURLWithPath: directory)
        guard let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles]) else {
            return []
        }
        var files: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "json" {
            files.append(relativePath(url.path, to: directory))
        }
        return files.sorted()
    }

    /// Loads one spec file naming one of `registry`'s providers.
    public static func load(_ path: String, registry: ProviderRegistry = .builtIn) throws(SpecLoadError) -> Spec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecLoadError(problems: [SpecProblem(file: path, location: nil, field: .root, message: "cannot read the file (missing, or not readable)")])
        }
        return try SpecDecoder.decode(Array(data), file: path, registry: registry)
    }

    /// Loads every given file, returning the specs and every problem (including ids used twice).
    public static func loadAll(_ paths: [String], registry: ProviderRegistry = .builtIn) -> (specs: [Spec], problems: [SpecProblem]) {
        var specs: [Spec] = []
        var problems: [SpecProblem] = []
        var seen: [String: String] = [:]
        for path in paths {
            do {
                let spec = try load(path, registry: registry)
                if let first = seen[spec.id] {
                    problems.append(SpecProblem(file: path, location: nil, field: JSONPath.root.appending("id"),
                                                message: "id \"\(spec.id)\" is already used by \(first); ids must be unique"))
                    continue
                }
                seen[spec.id] = path
                specs.append(spec)
            } catch {
                problems.append(contentsOf: error.problems)
            }
        }
        return (specs, problems)
    }

    private static func relativePath(_ path: String, to directory: String) -> String {
        let base = URL(fileURLWithPath: directory).standardizedFileURL.path
        let standardized = URL(fileURLWithPath: path).standardizedFileURL.path
        guard standardized.hasPrefix(base + "/") else { return path }
        let relative = String(standardized.dropFirst(base.count + 1))
        return directory.hasSuffix("/") ? directory + relative : directory + "/" + relative
    }
}
